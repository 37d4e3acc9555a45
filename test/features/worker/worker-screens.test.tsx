/** @jest-environment jest-fixed-jsdom */
import '../../ui/dom-config'
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { renderWithQuery as render } from '../../support/render-with-query'
import { navigations, resetTaroMock } from '../../support/taro-mock'
import { clientFor, signIn, testBackend, verifiedResident } from '../../support/backend'
import { submitResidenceProof } from '../cases/support'
import { setApi, type GovApi } from '@/api'
import { CaseScreen, QueueScreen, StatsScreen } from '@/features/worker'
import { useSessionStore } from '@/stores/session-store'
import { templatesFor } from '@/domain/cases/reply-templates'
import { formatRate } from '@/domain/stats/compute-stats'
import { MeAccount } from '@/features/identity/screens/me-account'

async function asStaff(
  persona: string,
  backend = testBackend().backend,
): Promise<{ api: GovApi; backend: typeof backend }> {
  const api = clientFor(backend)
  const session = await api.login({ persona })
  useSessionStore.getState().setSession(session)
  setApi(api)
  return { api, backend }
}

/** Taro's H5 Input renders its inner <input> a moment after mount: wait for it. */
async function findEl(selector: string, index = 0): Promise<Element> {
  return waitFor(() => {
    const el = document.querySelectorAll(selector)[index]
    if (!el) throw new Error(`no ${selector} yet`)
    return el
  })
}

function tapText(text: string | RegExp) {
  fireEvent.click(screen.getByText(text))
}

beforeEach(() => {
  resetTaroMock()
  useSessionStore.setState({ session: null })
})
afterEach(() => setApi(null))

describe('worker queue', () => {
  it('without a staff session offers the staff accounts only, and signs in', async () => {
    const { backend } = testBackend()
    setApi(clientFor(backend))
    render(<QueueScreen />)
    expect(await screen.findByText('李娜 · 窗口人员')).toBeTruthy()
    expect(screen.queryByText(/王志强/)).toBeNull()
    await act(async () => tapText('李娜 · 窗口人员'))
    expect(await screen.findByText(/共 \d+ 件/)).toBeTruthy()
    expect(useSessionStore.getState().session?.user.role).toBe('clerk')
  })

  it('shows SLA badges in words and filters to overdue; tapping a row opens the case', async () => {
    await asStaff('staff-clerk')
    render(<QueueScreen />)
    await screen.findByText(/共 \d+ 件/)
    await act(async () => fireEvent.click(screen.getAllByText('已超期')[0])) // the filter chip comes first
    await waitFor(() => expect(screen.getByText('✓ 已超期')).toBeTruthy())
    await waitFor(() => expect(screen.queryByText('待受理')).toBeNull()) // the not-yet-due complaints are gone
    expect(screen.getAllByText('已超期').length).toBeGreaterThan(1) // every row says it in words
    await act(async () => tapText(/\[办件\] 居住证明/))
    expect(navigations.at(-1)?.url).toMatch(/^\/packages\/worker\/pages\/case\/index\?id=case-/)
  })

  it('renders only a window of rows from a 10 000-case queue', async () => {
    const { backend } = testBackend(undefined, { bulkCases: 10_000 })
    await asStaff('staff-admin', backend)
    const { container } = render(<QueueScreen />)
    await screen.findByText(/共 1000\d 件/, undefined, { timeout: 10_000 })
    const rows = container.querySelectorAll('.worker-list__row')
    expect(rows.length).toBeGreaterThan(3)
    expect(rows.length).toBeLessThan(20)
  }, 30_000)

  it('batch 受理 of an already-accepted case reports it as not done, with the reason', async () => {
    await asStaff('staff-clerk')
    render(<QueueScreen />)
    await screen.findByText(/共 \d+ 件/)
    await act(async () => tapText('批量处理'))
    expect(screen.getByText('先勾选待受理的办件')).toBeTruthy()
    await act(async () => tapText(/\[办件\] 居住证明/))
    await act(async () => tapText(/受理所选办件（1）/))
    // the seeded case is already accepted: the per-item list says why it failed
    expect(await screen.findByText(/成功 0 件，未成功 1 件/)).toBeTruthy()
    expect(screen.getByText(/⚠/)).toBeTruthy()
  })
})

describe('窗口代录 panel', () => {
  it('blocks an empty entry with messages, then files and opens the new case', async () => {
    const { backend } = await asStaff('staff-clerk')
    render(<QueueScreen />)
    await screen.findByText(/共 \d+ 件/)
    await act(async () => tapText('窗口代录'))
    await act(async () => tapText('提交代录'))
    expect(screen.getByText('请输入身份证号码')).toBeTruthy()
    expect(screen.getByText('请选择问题类型')).toBeTruthy()
    fireEvent.input(await findEl('.worker-form input'), {
      target: { value: backend.state.residents.get('r-sun-guilan')!.idNumber },
    })
    fireEvent.input(await findEl('.worker-form textarea'), {
      target: { value: '楼道灯坏了，晚上上下楼看不见。' },
    })
    await act(async () => tapText('公共设施'))
    await act(async () => tapText('提交代录'))
    await waitFor(() => expect(navigations.at(-1)?.url).toMatch(/packages\/worker\/pages\/case\/index\?id=case-/))
    expect(backend.state.audit.some((e) => e.action === 'walk-in')).toBe(true)
  })
})

describe('worker case page', () => {
  async function openSeeded() {
    const { api, backend } = await asStaff('staff-clerk')
    const page = await api.workerQueue({ sla: 'overdue' })
    const id = page.items.find((c) => c.title === '居住证明')!.id
    render(<CaseScreen id={id} />)
    await screen.findByText(/办理记录/)
    return { api, backend, id }
  }

  it('says what is missing with no id', async () => {
    await asStaff('staff-clerk')
    render(<CaseScreen />)
    expect(await screen.findByText('没有指定要看的办件')).toBeTruthy()
  })

  it('masks the applicant until a reveal with a reason', async () => {
    const { backend, id } = await openSeeded()
    expect(screen.getAllByText('周*').length).toBeGreaterThan(0)
    expect(document.body.textContent).not.toContain('周敏') // form values and history alike
    await act(async () => tapText('查看完整手机号'))
    await act(async () => tapText('确认查看（记入审计）'))
    expect(screen.getByText(/请填写查看原因/)).toBeTruthy()
    fireEvent.input(await findEl('.worker-form input'), { target: { value: '电话通知领取' } })
    await act(async () => tapText('确认查看（记入审计）'))
    expect(await screen.findByText(/手机号（已查看，已记录）/)).toBeTruthy()
    expect(backend.state.audit.some((e) => e.action === 'reveal-pii' && e.caseId === id)).toBe(true)
  })

  it('blocks a rejection without a reason, then approves through the generic sheet', async () => {
    await openSeeded()
    await act(async () => tapText('驳回'))
    await act(async () => tapText('确认驳回'))
    expect(screen.getByText('请选择理由类型')).toBeTruthy()
    expect(screen.getByText('请填写理由')).toBeTruthy()
    await act(async () => tapText('取消'))
    await act(async () => tapText('审核通过'))
    await act(async () => tapText('确认审核通过'))
    expect(await screen.findByText(/✓ 已审核通过/)).toBeTruthy()
    expect(screen.getByText('已出证')).toBeTruthy()
  })

  it('409: says who changed the case and refreshes it', async () => {
    const { backend, id } = await openSeeded()
    const admin = await signIn(backend, 'staff-admin')
    const c = await admin.workerGetCase(id)
    await admin.workerAct(id, {
      action: 'add-note',
      version: c.version,
      input: { note: '已电话联系居民', visibility: 'internal' },
      idempotencyKey: 'n1',
    })
    await act(async () => tapText('审核通过'))
    await act(async () => tapText('确认审核通过'))
    expect(await screen.findByText(/这件办件刚被刘强做了「添加备注」，已为您刷新/)).toBeTruthy()
    expect(await screen.findByText(/说明：已电话联系居民/)).toBeTruthy() // the refreshed history
    expect(backend.state.cases.get(id)!.status).toBe('accepted')
  })
})

describe('worker stats page', () => {
  it('shows the rates and counts the server computed, and each grid’s open and overdue cases in a table', async () => {
    const { api } = await asStaff('staff-admin')
    const stats = await api.workerStats()
    expect(stats.open).toBeGreaterThan(0) // the seeded cases give the page numbers to show
    const { container } = render(<StatsScreen />)
    await screen.findAllByText('按期办结率')
    const kpis = Object.fromEntries(
      [...container.querySelectorAll('.worker-kpi')].map((k) => [
        k.querySelector('.worker-kpi__label')!.textContent,
        k.querySelector('.worker-kpi__value')!.textContent,
      ]),
    )
    expect(kpis).toMatchObject({
      按期办结率: formatRate(stats.onTimeRate),
      好评率: formatRate(stats.satisfactionRate),
      在办: `${stats.open} 件`,
      已超期: `${stats.overdue} 件`,
    })
    const byGrid = screen.getByText('按网格').closest('.section')!
    const rows = [...byGrid.querySelectorAll('.worker-table__row:not(.worker-table__row--head)')].map((r) =>
      [...r.children].map((c) => c.textContent),
    )
    expect(rows.length).toBeGreaterThan(0)
    expect(rows).toEqual(stats.byGrid!.map((g) => [g.label, String(g.open), String(g.overdue)]))
  })

  it('turns a grid worker away', async () => {
    await asStaff('staff-grid-1')
    render(<StatsScreen />)
    expect(await screen.findByText('您的岗位看不到这一页')).toBeTruthy()
  })
})

describe('what a worker reads and how they get out (issue 16)', () => {
  async function openOverdueProof() {
    const { api, backend } = await asStaff('staff-clerk')
    const page = await api.workerQueue({ sla: 'overdue' })
    const id = page.items.find((c) => c.title === '居住证明')!.id
    render(<CaseScreen id={id} />)
    await screen.findByText(/办理记录/)
    return { api, backend, id }
  }

  it('the 承诺书 row is in words, never the raw key pledgeAccepted', async () => {
    const { backend } = testBackend()
    const resident = await verifiedResident(backend, 'resident-new')
    const proof = await submitResidenceProof(backend, resident)
    await asStaff('staff-clerk', backend)
    render(<CaseScreen id={proof.id} />)
    await screen.findByText(/办理记录/)
    expect(document.body.textContent).not.toContain('pledgeAccepted')
    expect(screen.getByText('承诺书')).toBeTruthy()
    expect(screen.getByText('已阅读并承诺遵守')).toBeTruthy()
  })

  it('a closed case no longer says 按期办理中 or a due date as if it were running', async () => {
    await openOverdueProof()
    expect(screen.getByText(/已超期（.*到期）/)).toBeTruthy()
    await act(async () => tapText('审核通过'))
    await act(async () => tapText('确认审核通过'))
    expect(await screen.findByText(/✓ 已审核通过/)).toBeTruthy()
    expect(screen.queryByText(/按期办理中|已超期（|到期）/)).toBeNull()
  })

  it('the approval template for a dog licence speaks of the 犬证, not a 证明', () => {
    const dog = templatesFor('application', 'resultText', 'dog-licence').map((t) => t.text)
    expect(dog.join('')).toMatch(/犬证/)
    expect(dog.join('')).not.toMatch(/证明/)
    expect(templatesFor('application', 'resultText', 'proof-document').map((t) => t.text).join('')).toMatch(/证明已出具/)
  })

  it('queue and case offer 我的 and a way back; 退出登录 ends the staff session', async () => {
    const { id } = await openOverdueProof()
    await act(async () => tapText('‹ 返回待办'))
    expect(navigations.at(-1)).toEqual({ kind: 'redirectTo', url: '/packages/worker/pages/queue/index' })
    await act(async () => tapText('我的'))
    expect(navigations.at(-1)).toEqual({ kind: 'switchTab', url: '/pages/me/index' })
    cleanup()
    render(<QueueScreen />)
    await screen.findByText(/共 \d+ 件/)
    await act(async () => tapText('我的'))
    expect(navigations.at(-1)).toEqual({ kind: 'switchTab', url: '/pages/me/index' })
    await act(async () => tapText('退出登录'))
    await waitFor(() => expect(useSessionStore.getState().session).toBeNull())
    expect(navigations.at(-1)).toEqual({ kind: 'switchTab', url: '/pages/me/index' })
    void id
  })

  it('a 随手拍 located by GPS shows its place (coordinates and a map link); a typed address is the 位置 row', async () => {
    const { backend } = testBackend()
    const resident = await verifiedResident(backend, 'resident-new')
    const gps = await resident.createComplaint({
      categoryId: 'sanitation',
      description: '垃圾堆了三天没人清理，味道很大',
      photos: [],
      location: { lat: 31.2175, lng: 107.4822, address: '' },
      anonymous: false,
      public: true,
      idempotencyKey: 'k-gps',
    })
    const typed = await resident.createComplaint({
      categoryId: 'sanitation',
      description: '垃圾堆了三天没人清理，味道很大',
      photos: [],
      location: null,
      anonymous: false,
      public: true,
      extra: { address: '凤凰大道 40 号后门' },
      idempotencyKey: 'k-typed',
    })
    await asStaff('staff-grid-1', backend)
    render(<CaseScreen id={gps.id} />)
    await screen.findByText(/办理记录/)
    expect(screen.getByText(/定位点：北纬 31\.21750°，东经 107\.48220°/)).toBeTruthy()
    expect(screen.getByText('在地图上查看')).toBeTruthy()
    cleanup()
    render(<CaseScreen id={typed.id} />)
    await screen.findByText(/办理记录/)
    expect(screen.getByText(/凤凰大道 40 号后门/).closest('.cell')!.textContent).toContain('位置')
    expect(screen.queryByText('address')).toBeNull()
  })

  it("a staff member's 我的 links back to the 工作台", async () => {
    await asStaff('staff-grid-1')
    render(<MeAccount />)
    await act(async () => tapText('进入工作台'))
    expect(navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/packages/worker/pages/queue/index' })
  })
})

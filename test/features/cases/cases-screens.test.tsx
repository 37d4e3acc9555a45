/** @jest-environment jest-fixed-jsdom */
import '../../ui/dom-config'
import { act, configure, fireEvent, screen, waitFor } from '@testing-library/react'
import { renderWithQuery as render } from '../../support/render-with-query'
import { modals, navigations, resetTaroMock } from '../../support/taro-mock'
import { clientFor, testBackend } from '../../support/backend'
import { signInVerified } from '../../support/verified-session'
import { clerk, submitDogRegistration, submitResidenceProof } from './support'
import { setApi } from '@/api'
import { RenewalNotices } from '@/features/cases'
import { CaseDetailScreen } from '@/features/cases/case-detail-screen'
import { CaseListScreen } from '@/features/cases/case-list-screen'
import { useSessionStore } from '@/stores/session-store'

jest.mock('@/platform/media', () => ({
  ...jest.requireActual('@/platform/media'),
  pickMaterials: jest.fn(async () => [
    { path: 'tmp/1.jpg', name: 'photo-1.jpg', mime: 'image/jpeg', size: 2048, kind: 'photo' },
  ]),
}))

/** A verified resident in the app: the api over the backend, and the session the screens read. */
async function residentApp(now?: string, persona = 'resident-new') {
  const { backend, clock } = testBackend(now)
  const api = clientFor(backend)
  await signInVerified(api, persona)
  return { backend, clock, api }
}

function type(el: Element, value: string) {
  act(() => {
    el.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

const text = (c: Element) => (c.textContent ?? '').replace(/\s+/g, ' ')

// the machine is shared and slow: give the fake backend round trips time
configure({ asyncUtilTimeout: 5000 })
jest.setTimeout(30_000)

beforeEach(() => {
  resetTaroMock()
  useSessionStore.getState().setSession(null)
})
afterEach(() => setApi(null))

describe('我的办件 list', () => {
  it('not signed in: asks to sign in and sends the resident to login', () => {
    render(<CaseListScreen />)
    expect(screen.getByText('登录后查看我的办件')).toBeTruthy()
    expect(navigations[0]?.url).toMatch(/^\/pages\/login\/index\?returnUrl=/)
  })

  it('shows 轮到您了 on a case waiting for 补正, and filters by bucket', async () => {
    const { backend, api } = await residentApp()
    const dog = await submitDogRegistration(backend, api)
    await clerk(backend, dog.id, 'request-supplement', {
      supplementItems: ['vaccinationCertPhoto'],
      reason: '看不清编号',
    })
    const proof = await submitResidenceProof(backend, api)
    await api.withdrawCase(proof.id, { version: proof.version, reason: '不需要了' })

    const { container } = render(<CaseListScreen />)
    await waitFor(() => expect(container.querySelectorAll('.case-row')).toHaveLength(2))
    const rows = [...container.querySelectorAll('.case-row')].map(text)
    const dogRow = rows.find((r) => r.includes('养犬登记'))!
    expect(dogRow).toContain('轮到您了')
    expect(dogRow).toContain('需要您补充材料')
    expect(dogRow).toContain(dog.caseNo)
    expect(rows.find((r) => r.includes('居住证明'))).not.toContain('轮到您了')

    fireEvent.click(screen.getByText('未通过'))
    await waitFor(() => expect(container.querySelectorAll('.case-row')).toHaveLength(1))
    expect(text(container.querySelector('.case-row')!)).toContain('您已撤回')

    fireEvent.click(screen.getByText('已办结'))
    await screen.findByText('还没有办结的事')

    fireEvent.click(screen.getByText('全部'))
    await waitFor(() => expect(container.querySelectorAll('.case-row')).toHaveLength(2))
    fireEvent.click(screen.getByText('养犬登记'))
    expect(navigations.at(-1)?.url).toBe(`/packages/cases/pages/detail/index?id=${dog.id}`)
  })
})

describe('办件详情', () => {
  it('without an id says so instead of crashing', () => {
    render(<CaseDetailScreen />)
    expect(screen.getByText('没有找到这件事')).toBeTruthy()
  })

  it('补正: shows exactly the flagged item and its reason, refuses an empty resubmission, then resubmits', async () => {
    const { backend, api } = await residentApp()
    const dog = await submitDogRegistration(backend, api)
    await clerk(backend, dog.id, 'accept')
    await clerk(backend, dog.id, 'request-supplement', {
      supplementItems: ['vaccinationCertPhoto'],
      reason: '免疫证照片看不清编号',
    })

    const { container } = render(<CaseDetailScreen caseId={dog.id} />)
    await screen.findByText('需要您补充')
    expect(text(container)).toContain('工作人员说明：免疫证照片看不清编号')
    expect(text(container)).toContain('请补充：「狂犬病免疫证明」')
    // only that one item is editable
    expect(container.querySelectorAll('.supplement .form-field')).toHaveLength(1)

    fireEvent.click(screen.getByText('提交补正材料'))
    expect(await screen.findByText('⚠ 请重新上传这项材料')).toBeTruthy()
    expect((await api.getCase(dog.id)).status).toBe('needs-supplement')

    fireEvent.click(screen.getByText('拍照或选择文件'))
    // the new photo shows as a picture, not as a file name
    await screen.findByText('✓ 第1张已上传')
    expect(container.querySelector('.supplement__file .file-thumb')).toBeTruthy()
    fireEvent.click(screen.getByText('提交补正材料'))
    await waitFor(() => expect(text(container)).toContain('已受理，审核中'))
    expect(screen.queryByText('需要您补充')).toBeNull()
    const fresh = await api.getCase(dog.id)
    expect(fresh.status).toBe('accepted')
    expect(fresh.materials.vaccinationCertPhoto.map((f) => f.name)).toEqual(['photo-1.jpg'])
  })

  it('shows the timeline with workers as surname + 工号, and no full ID number', async () => {
    const { backend, api } = await residentApp()
    const dog = await submitDogRegistration(backend, api)
    await clerk(backend, dog.id, 'accept')
    const { container } = render(<CaseDetailScreen caseId={dog.id} />)
    await screen.findByText('办理记录')
    const timeline = text(container.querySelector('.timeline')!)
    expect(timeline).toMatch(/工作人员 .（工号 \S+） 受理了申请/)
    expect(timeline).toContain('提交了申请')
    expect(text(container)).not.toMatch(/\d{17}[\dX]/)
    expect(text(container)).toContain('犬只名字')
  })

  it('withdraw before acceptance: asks why, confirms, and the case is 您已撤回', async () => {
    const { backend, api } = await residentApp()
    const proof = await submitResidenceProof(backend, api)
    const { container } = render(<CaseDetailScreen caseId={proof.id} />)
    fireEvent.click(await screen.findByText('撤回申请'))
    fireEvent.click(screen.getByText('确认撤回'))
    expect(await screen.findByText('⚠ 请写一下撤回的原因，例如：不需要办了')).toBeTruthy()
    type(container.querySelector('.withdraw taro-textarea-core')!, '填错了，要重新申请')
    fireEvent.click(screen.getByText('确认撤回'))
    // the app's own dialog (big type in 长辈版), not the platform modal
    const dialog = await waitFor(() => container.querySelector('[role="alertdialog"]')!)
    expect(dialog.textContent).toContain('确定撤回吗？')
    expect(modals).toEqual([])
    fireEvent.click(screen.getByText('确定撤回'))
    await waitFor(() => expect(text(container)).toContain('您已撤回'))
    expect(text(container)).toContain('已撤回')
    expect(screen.queryByText('撤回申请')).toBeNull()
  })

  it('no withdraw button after acceptance', async () => {
    const { backend, api } = await residentApp()
    const proof = await submitResidenceProof(backend, api)
    await clerk(backend, proof.id, 'accept')
    render(<CaseDetailScreen caseId={proof.id} />)
    await screen.findByText('办理记录')
    expect(screen.queryByText('撤回申请')).toBeNull()
  })

  it('好差评: 不满意 needs a reason; after rating the form is gone and the rating shown', async () => {
    const { backend, api } = await residentApp()
    const proof = await submitResidenceProof(backend, api)
    await clerk(backend, proof.id, 'accept')
    await clerk(backend, proof.id, 'approve')
    const { container } = render(<CaseDetailScreen caseId={proof.id} />)
    await screen.findByText('评价这次办事')
    for (const l of ['非常满意', '满意', '基本满意', '不满意', '非常不满意']) expect(screen.getByText(l)).toBeTruthy()
    fireEvent.click(screen.getByText('不满意'))
    fireEvent.click(screen.getByText('提交评价'))
    expect(await screen.findByText('⚠ 请说明不满意的原因，我们会回访处理')).toBeTruthy()
    type(container.querySelector('.rating taro-textarea-core')!, '等了很久才通知我')
    fireEvent.click(screen.getByText('提交评价'))
    await screen.findByText('您的评价')
    expect(text(container)).toContain('不满意：等了很久才通知我')
    expect(screen.queryByText('提交评价')).toBeNull()
    expect((await api.getCase(proof.id)).rating?.level).toBe('dissatisfied')
  })

  it('an approved 养犬登记 shows the e-licence with its QR code and code', async () => {
    const { backend, api } = await residentApp()
    const dog = await submitDogRegistration(backend, api)
    await clerk(backend, dog.id, 'accept')
    await clerk(backend, dog.id, 'approve')
    const { container } = render(<CaseDetailScreen caseId={dog.id} />)
    await waitFor(() => expect(container.querySelector('.cert')).not.toBeNull())
    const cert = text(container.querySelector('.cert')!)
    expect(cert).toContain('电子犬证')
    expect(cert).toContain('有效')
    expect(cert).toContain('比熊')
    expect(cert).toMatch(/核验码\s*[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{6}/)
    expect(cert).toContain('王*强')
    expect(container.querySelectorAll('.qr__row').length).toBeGreaterThanOrEqual(29)
    expect(container.querySelectorAll('.qr__dark').length).toBeGreaterThan(50)
    // the dog's photo itself, not 已存档（file name）
    await waitFor(() => expect(container.querySelector('.cert .cert__photo')).not.toBeNull())
    expect(cert).not.toMatch(/已存档|\.jpg/)
  })
})

describe('RenewalNotices', () => {
  it('陈静 sees the 犬证 renewal notice 26 days before expiry, with a way to act on it', async () => {
    await residentApp('2026-12-15T10:00:00+08:00', 'resident-dog')
    render(<RenewalNotices />)
    expect(await screen.findByText(/「豆豆」的犬证快到期了/)).toBeTruthy()
    expect(screen.getByText(/还有 26 天/)).toBeTruthy()
    fireEvent.click(screen.getByText('去办理犬只年检'))
    expect(navigations.at(-1)?.url).toBe('/pages/matter/index?id=dog-annual-review')
  })

  it('renders nothing when no licence is due', async () => {
    await residentApp('2026-11-23T10:00:00+08:00', 'resident-dog')
    const { container } = render(<RenewalNotices />)
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20))
    })
    expect(container.textContent).toBe('')
  })
})

/** @jest-environment jest-fixed-jsdom */
/**
 * A complaint's progress page over the real backend: level in words, due date, the public
 * timeline with the result; after 已办结 the reporter reopens (reason required) or confirms,
 * then rates (a bad rating needs a reason). 社区动态 shows no names.
 */
import '../../ui/dom-config'
import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { renderWithQuery as render } from '../../support/render-with-query'
import { setApi } from '@/api'
import type { GovApi } from '@/api/contract/gov-api'
import { BoardScreen, ComplaintDetailScreen } from '@/features/complaints'
import { resetTaroMock } from '../../support/taro-mock'
import { signIn, testBackend, verifiedResident } from '../../support/backend'

function typeInto(el: Element, value: string) {
  act(() => {
    el.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

let resident: GovApi
let worker: GovApi
let id: string

async function resolvedCase(anonymous = false) {
  const { backend } = testBackend()
  resident = await verifiedResident(backend, 'resident-new')
  worker = await signIn(backend, 'staff-grid-1')
  const c = await resident.createComplaint({
    categoryId: 'sanitation',
    description: '凤凰大道 40 号后面的垃圾堆了三天没人清理，味道很大。',
    photos: [],
    location: null,
    anonymous,
    public: true,
    idempotencyKey: `detail-${anonymous}`,
  })
  id = c.id
  const w = await worker.workerAct(id, { action: 'triage', version: c.version, input: { level: 'yellow' }, idempotencyKey: 't' })
  await worker.workerAct(id, { action: 'resolve', version: w.version, input: { resultText: '已安排环卫工人清运，并增加每日清运一次。' }, idempotencyKey: 'r' })
  setApi(resident)
}

beforeEach(() => resetTaroMock())
afterAll(() => setApi(null))

describe('诉求详情', () => {
  it('says where it stands: status, 黄 level in words, due date, the result in the timeline', async () => {
    await resolvedCase()
    render(<ComplaintDetailScreen id={id} />)
    await screen.findByText('已办结，请您确认')
    expect(screen.getByText('黄·3个工作日')).toBeTruthy()
    expect(screen.getByText(/答复期限：\d{4}-\d{2}-\d{2}/)).toBeTruthy()
    expect(screen.getByText('办理结果：已安排环卫工人清运，并增加每日清运一次。')).toBeTruthy()
    expect(screen.getByText('分级：黄·3个工作日')).toBeTruthy()
  })

  it('reopen needs a reason; with one the case goes back to the community', async () => {
    await resolvedCase()
    render(<ComplaintDetailScreen id={id} />)
    fireEvent.click(await screen.findByText('没解决，重新打开'))
    fireEvent.click(screen.getByText('重新打开'))
    expect(await screen.findByText('请写下问题哪里还没解决，方便社区继续处理')).toBeTruthy()
    typeInto(document.querySelector('taro-textarea-core')!, '第二天又堆满了，没有每日清运')
    fireEvent.click(screen.getByText('重新打开'))
    await screen.findByText('已重新打开，处理中', {}, { timeout: 5000 })
    expect((await resident.getCase(id)).status).toBe('reopened')
  })

  it('confirm, then rate: 不满意 needs a reason, 满意 does not', async () => {
    await resolvedCase()
    render(<ComplaintDetailScreen id={id} />)
    fireEvent.click(await screen.findByText('已解决，确认办结'))
    await screen.findByText('评价这次办理（好差评）', {}, { timeout: 5000 })
    fireEvent.click(screen.getByText('不满意'))
    fireEvent.click(screen.getByText('提交评价'))
    expect(await screen.findByText('请说明不满意的原因，我们会回访处理')).toBeTruthy()
    fireEvent.click(screen.getByText('满意'))
    fireEvent.click(screen.getByText('提交评价'))
    await screen.findByText('您的评价', {}, { timeout: 5000 })
    await waitFor(async () => expect((await resident.getCase(id)).rating?.level).toBe('satisfied'))
    expect(screen.queryByText('提交评价')).toBeNull()
  })

  it('no id → a helpful empty state, no crash', () => {
    render(<ComplaintDetailScreen />)
    expect(screen.getByText('没有指定诉求')).toBeTruthy()
  })
})

describe('社区动态', () => {
  it('lists public reports with street-level place and counts, and never the anonymous name', async () => {
    await resolvedCase(true)
    render(<BoardScreen />)
    await screen.findByText('📍 西外大街附近')
    const text = document.body.textContent ?? ''
    expect(text).toContain('匿名居民')
    expect(text).not.toMatch(/王\*强|王志强|88 号/)
    expect(text).toContain("2 人反映")
  })
})

/** @jest-environment jest-fixed-jsdom */
/** 办事指南 over the fake backend: what to bring, how long, where; 在线申请 / 继续填写 / window-only. */
import '../../ui/dom-config'
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { renderWithQuery as render } from '../../support/render-with-query'
import { navigations, resetTaroMock } from '../../support/taro-mock'
import { clientFor, testBackend } from '../../support/backend'
import { signInVerified } from '../../support/verified-session'
import { setApi } from '@/api'
import { MatterGuideScreen } from '@/features/apply'
import { useDraftsStore } from '@/stores/drafts-store'
import { useSessionStore } from '@/stores/session-store'

beforeEach(() => {
  resetTaroMock()
  useDraftsStore.setState({ drafts: {} })
  setApi(clientFor(testBackend().backend))
})
afterEach(() => {
  cleanup()
  setApi(null)
  useSessionStore.getState().setSession(null)
})

const tap = (text: string) =>
  act(async () => {
    fireEvent.click(screen.getByText(text))
  })

it('养犬登记: materials with 容缺 explained, working-day limit vs statutory, fee, window, and 在线申请 to the form', async () => {
  await signInVerified(clientFor(testBackend().backend))
  render(<MatterGuideScreen matterId='dog-registration' />)
  await screen.findByText('要准备的材料')
  const text = document.body.textContent!
  expect(text).toContain('容缺受理')
  expect(text).toMatch(/\d+个工作日/)
  expect(text).toContain('办理依据')
  await tap('在线申请')
  expect(navigations.at(-1)).toEqual({
    kind: 'navigateTo',
    url: '/packages/apply/pages/form/index?id=dog-registration',
  })
})

it('a signed-out resident is sent to sign in, coming back to the form', async () => {
  render(<MatterGuideScreen matterId='residence-proof' />)
  await screen.findByText('在线申请')
  await tap('在线申请')
  expect(navigations.at(-1)?.url).toBe(
    `/pages/login/index?returnUrl=${encodeURIComponent('/packages/apply/pages/form/index?id=residence-proof')}`,
  )
})

it('offers 继续填写 when a draft exists', async () => {
  useDraftsStore.getState().saveDraft('r-wang-zhiqiang', 'residence-proof', { values: { purpose: 'job' } })
  render(<MatterGuideScreen matterId='residence-proof' />)
  await screen.findByText('继续填写')
  expect(screen.queryByText('在线申请')).toBeNull()
})

it('a window-only matter says where to go; no id or an unknown id leads back to the hall', async () => {
  const { MATTERS } = await import('@/domain/matters/catalog')
  const guideOnly = MATTERS.find((m) => m.guide.mode === 'guide' && m.guide.window)!
  render(<MatterGuideScreen matterId={guideOnly.id} />)
  await screen.findByText(/这件事暂不能在手机上办/)
  expect(screen.queryByText('在线申请')).toBeNull()
  cleanup()
  render(<MatterGuideScreen matterId='no-such-matter' />)
  await screen.findByText('没有找到这个事项')
  await tap('去办事大厅')
  expect(navigations.at(-1)).toEqual({ kind: 'switchTab', url: '/pages/hall/index' })
  cleanup()
  render(<MatterGuideScreen matterId='' />)
  expect(screen.getByText('还没有选择事项')).toBeTruthy()
})

it('居住证明 (即办 at the window) tells an online applicant what online filing gives, as the receipt will', async () => {
  render(<MatterGuideScreen matterId='residence-proof' />)
  await screen.findByText('在线申请')
  const text = document.body.textContent!
  expect(text).not.toContain('即办（当场办好）')
  expect(text).toContain('网上申请当天办结')
  expect(text).toContain('网上申请：工作日当天办结，休息日提交的下一个工作日办结；到窗口办：当场办好')
})

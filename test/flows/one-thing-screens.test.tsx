/** @jest-environment jest-fixed-jsdom */
/**
 * 高效办成一件事 on screen, through the real session store, the GovApi client and the fake
 * backend: the 您可享受 card on 首页 (two taps to confirm 高龄津贴), the bundle form's typed-field
 * count (the matter engine's), a bundle case naming the rejected part, and 帮办 authorised from 我的.
 */
import '../ui/dom-config'
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { renderWithQuery as render } from '../support/render-with-query'
import { navigations, resetTaroMock } from '../support/taro-mock'
import { signIn, testBackend, TEST_NOW } from '../support/backend'
import { signInVerified } from '../support/verified-session'
import { setApi } from '@/api'
import { createGovApiClient } from '@/api/client'
import { inProcessTransport } from '@/api/mock-adapter'
import { findBundle } from '@/domain/bundles'
import { autofillValues, PLEDGE_KEY, typedFieldCount } from '@/domain/matters/engine'
import { getMatter } from '@/domain/matters/catalog'
import { todayInChina } from '@/domain/time/china-time'
import { setAppClock } from '@/lib/app-clock'
import { HomeScreen } from '@/features/home'
import { AssistNotices } from '@/features/one-thing'
import { AssistReviewScreen, BundleApplyScreen, BundleCaseScreen } from '@/features/one-thing/screens'
import { AssistWorkerScreen } from '@/features/one-thing/assist-worker-screen'
import { CaseListScreen } from '@/features/cases/case-list-screen'
import { sessionTokenStore, useSessionStore } from '@/stores/session-store'

jest.mock('@/platform/media', () => {
  const actual = jest.requireActual('@/platform/media')
  return {
    ...actual,
    pickMaterials: jest.fn(async () => [{ path: 'blob:form', name: 'form.jpg', mime: 'image/jpeg', size: 200_000, kind: 'photo' }]),
  }
})

// the screens and the fake backend run on the pinned TEST_NOW; a baby born that day
const TODAY = todayInChina(Date.parse(TEST_NOW))

beforeEach(() => {
  setAppClock(() => Date.parse(TEST_NOW))
  resetTaroMock()
})
afterEach(() => {
  setAppClock(null)
  cleanup()
  setApi(null)
  useSessionStore.getState().setSession(null)
})

async function residentApi(persona: string) {
  const { backend } = testBackend(TEST_NOW)
  const api = createGovApiClient(inProcessTransport(backend), sessionTokenStore)
  await signInVerified(api, persona)
  return { backend, api }
}

let taps = 0
async function tap(text: string) {
  taps++
  await act(async () => {
    fireEvent.click(screen.getByText(text))
  })
}

it('首页: the 83-year-old sees 您可享受 高龄津贴 with why, how much and where it is paid, and confirms it in one tap', async () => {
  const { backend } = await residentApi('resident-elder')
  render(<HomeScreen />)
  await screen.findByText('您可享受')
  expect(screen.getByText('高龄津贴')).toBeTruthy()
  expect(screen.getByText('每月 100 元')).toBeTruthy()
  expect(screen.getByText(/您已年满 80 周岁/)).toBeTruthy()
  expect(screen.getAllByText('本人社会保障卡（金融账户）').length).toBeGreaterThan(0)
  taps = 0
  const card = document.querySelector('[data-benefit="longevity-allowance"]')!
  await act(async () => {
    fireEvent.click(card.querySelector('taro-button-core')!)
  })
  taps++
  await screen.findByText(/已确认，按规则核准/)
  expect(taps).toBe(1)
  const granted = [...backend.state.cases.values()].find((c) => c.matterId === 'longevity-allowance')!
  expect(granted.status).toBe('approved')
  expect(granted.values.payTo).toBe('本人社会保障卡（金融账户）')
})

it('首页: a 79-year-old sees no 高龄津贴 card', async () => {
  await residentApi('resident-li-xiuying')
  render(<HomeScreen />)
  await screen.findByText('老年人优待证')
  expect(screen.queryByText('高龄津贴')).toBeNull()
})

it('the bundle form asks only what no record knows: the typed count is the engine\'s', async () => {
  const { backend } = await residentApi('resident-new')
  render(<BundleApplyScreen bundleId='newborn' />)
  const counted = await screen.findByText(/还需要您手动输入/)
  const bundle = findBundle('newborn')!
  const auto = autofillValues(bundle.form, backend.state.residents.get('r-wang-zhiqiang')!)
  const engine = typedFieldCount(bundle.form, Object.keys(auto.sources), auto.values)
  expect(counted.textContent).toBe(`还需要您手动输入 ${engine} 项`)
  expect(engine).toBe(3) // 宝宝姓名, 出生医学证明编号, 出生医院
  expect(screen.getByText('新生儿入户')).toBeTruthy()
  expect(screen.getByText(/公安办理/)).toBeTruthy()
})

it('a bundle case names the rejected part and why', async () => {
  const { backend, api } = await residentApi('resident-new')
  const bundle = findBundle('newborn')!
  const auto = autofillValues(bundle.form, backend.state.residents.get('r-wang-zhiqiang')!)
  const photo = await api.uploadFile({ path: 'tmp/b.jpg', name: 'b.jpg', mime: 'image/jpeg', size: 100_000, purpose: 'material' })
  const filed = await api.submitBundle({
    bundleId: 'newborn',
    values: { ...auto.values, babyName: '王小满', babyGender: 'female', babyBirthDate: TODAY, birthCertNo: 'Q510123456', birthHospital: '达州市中心医院', insurancePayment: 'parent-pays', [PLEDGE_KEY]: true },
    materials: { birthCertPhoto: [photo.fileId] },
    idempotencyKey: 'screen-newborn',
  })
  const clerk = await signIn(backend, 'staff-clerk')
  const part = filed.parts[1]
  await clerk.workerAct(part.caseId, { action: 'reject', version: part.version, input: { reasonCode: 'false-information', reason: '出生医学证明编号与证明上的不一致' }, idempotencyKey: 'screen-reject' })
  render(<BundleCaseScreen id={filed.id} />)
  await screen.findByText('「新生儿入户」未通过：出生医学证明编号与证明上的不一致')
  expect(screen.getByText('修改后重新提交')).toBeTruthy()
  expect(screen.getAllByText('撤回这一项')).toHaveLength(2)
})

it('帮办: a notice in 我的 → review → 同意 submits it as the resident\'s own case', async () => {
  const { backend } = await residentApi('resident-new')
  const clerk = await signIn(backend, 'staff-clerk')
  const r = backend.state.residents.get('r-wang-zhiqiang')!
  const draft = await clerk.prepareAssist({
    idNumber: r.idNumber,
    matterId: 'residence-proof',
    values: { ...autofillValues(getMatter('residence-proof').form!, r).values, purpose: 'school', recipient: 'school', delivery: 'electronic', [PLEDGE_KEY]: true },
    materials: {},
    place: 'window',
    idempotencyKey: 'screen-assist',
  })
  render(<AssistNotices />)
  await screen.findByText('李（工号 0101）帮您填写了「居住证明」')
  cleanup()
  render(<AssistReviewScreen id={draft.id} />)
  await screen.findByText('同意并提交')
  await tap('同意并提交')
  await waitFor(() => expect(navigations.some((n) => n.url?.includes('/packages/cases/pages/detail/index'))).toBe(true))
  const c = [...backend.state.cases.values()].find((x) => x.assist)!
  expect(c.applicantId).toBe('r-wang-zhiqiang')
  expect(c.assist?.authorisation).toBe('phone')
})

it('我的办件 shows a bundle once, with its derived status, not its parts one by one', async () => {
  const { backend, api } = await residentApi('resident-new')
  const bundle = findBundle('newborn')!
  const auto = autofillValues(bundle.form, backend.state.residents.get('r-wang-zhiqiang')!)
  const photo = await api.uploadFile({ path: 'tmp/c.jpg', name: 'c.jpg', mime: 'image/jpeg', size: 100_000, purpose: 'material' })
  await api.submitBundle({
    bundleId: 'newborn',
    values: { ...auto.values, babyName: '王小满', babyGender: 'female', babyBirthDate: TODAY, birthCertNo: 'Q510123456', birthHospital: '达州市中心医院', insurancePayment: 'parent-pays', [PLEDGE_KEY]: true },
    materials: { birthCertPhoto: [photo.fileId] },
    idempotencyKey: 'screen-list',
  })
  render(<CaseListScreen />)
  await screen.findByText('新生儿出生一件事')
  expect(screen.getByText('办理中（已办结 0/3 项）')).toBeTruthy()
  expect(screen.queryByText('新生儿入户')).toBeNull()
})

it('工作台 → 帮办: a resident without a phone — the helper photographs the signed form, another worker reviews it', async () => {
  const { backend } = testBackend(TEST_NOW)
  const grid = createGovApiClient(inProcessTransport(backend), sessionTokenStore)
  await grid.login({ persona: 'staff-grid-1' })
  const defu = backend.state.residents.get('r-wang-defu')!
  await grid.prepareAssist({
    idNumber: defu.idNumber,
    matterId: 'residence-proof',
    values: { applicantPhone: '13908182345', ...autofillValues(getMatter('residence-proof').form!, defu).values, purpose: 'school', recipient: 'school', delivery: 'electronic', [PLEDGE_KEY]: true },
    materials: {},
    place: 'home',
    idempotencyKey: 'screen-defu',
  })
  setApi(grid)
  render(<AssistWorkerScreen />)
  await screen.findByText('等待居民在手机上同意')
  await tap('居民没有手机：拍照登记现场授权书')
  await screen.findByText('现场授权待第二名工作人员复核')
  cleanup()

  const clerk = createGovApiClient(inProcessTransport(backend), sessionTokenStore)
  await clerk.login({ persona: 'staff-clerk' })
  setApi(clerk)
  render(<AssistWorkerScreen />)
  await screen.findByText('复核通过并提交')
  await tap('复核通过并提交')
  await screen.findByText('已授权并提交')
  const c = [...backend.state.cases.values()].find((x) => x.assist?.authorisation === 'in-person')!
  expect(c.applicantId).toBe('r-wang-defu')
  expect(c.assist?.reviewedBy).toBe('w-clerk')
})

it('the bundle form keeps what was typed as a draft: leaving and coming back restores it', async () => {
  await residentApi('resident-new')
  render(<BundleApplyScreen bundleId='newborn' />)
  await screen.findByText(/还需要您手动输入/)
  const input = document.getElementById('field-babyName')!.querySelector('taro-input-core')!
  await act(async () => {
    fireEvent(input, new CustomEvent('input', { detail: { value: '王小满' }, bubbles: true }))
  })
  await act(async () => {
    await new Promise((r) => setTimeout(r, 700))
  })
  cleanup()
  render(<BundleApplyScreen bundleId='newborn' />)
  await screen.findByText('已恢复您上次填写的内容')
  expect(document.getElementById('field-babyName')!.querySelector('taro-input-core')!.getAttribute('value')).toBe('王小满')
})

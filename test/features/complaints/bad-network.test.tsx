/** @jest-environment jest-fixed-jsdom */
/**
 * 随手拍 on a bad network (issue 14), through the real screen, stores, client, outbox and fake
 * backend with the tester's fault injector in front: a photo that fails three times stays
 * failed with a Chinese reason and the draft intact, nothing half-sent; a send that times out
 * waits in 待发送 and goes out once on reconnect; sending again files no second case.
 */
import '../../ui/dom-config'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { renderWithQuery as render } from '../../support/render-with-query'
import { setApi } from '@/api'
import { createGovApiClient } from '@/api/client'
import type { GovApi, TesterApi } from '@/api/contract/gov-api'
import { inProcessTransport } from '@/api/mock-adapter'
import { COMPLAINT_CATEGORIES } from '@/domain/complaints'
import { ComposerScreen } from '@/features/complaints'
import { FaultInjector } from '@mock/faults/faults'
import { faultyTransport } from '@mock/faults/fault-transport'
import { useComplaintDraftStore, emptyDraft } from '@/stores/complaint-draft-store'
import { getOutbox, resetOutbox } from '@/stores/outbox-store'
import { sessionTokenStore, useSessionStore } from '@/stores/session-store'
import Taro, { navigations, resetTaroMock } from '../../support/taro-mock'
import { testBackend } from '../../support/backend'
import { signInVerified } from '../../support/verified-session'

jest.mock('@/platform/location', () => {
  const types = jest.requireActual('@/platform/location-types')
  return {
    ...types,
    canPickOnMap: false,
    locateMe: jest.fn(async () => ({ lat: 31.2175, lng: 107.4822, address: '' })),
    pickOnMap: jest.fn(async () => {
      throw new types.LocationError('cancelled', '没有选择位置')
    }),
  }
})
jest.mock('@/platform/photo', () => {
  const types = jest.requireActual('@/platform/photo-types')
  return {
    ...types,
    pickPhotos: jest.fn(async () => [{ path: 'wxfile://tmp/p1.jpg', size: 300_000, mime: 'image/jpeg', name: 'p1.jpg' }]),
    compressPhoto: jest.fn(async (p: { path: string }) => ({ ...p, size: 200_000, mime: 'image/jpeg' })),
  }
})

let api: GovApi & TesterApi
let backend: ReturnType<typeof testBackend>['backend']
let faults: FaultInjector

beforeEach(async () => {
  resetTaroMock()
  resetOutbox()
  useSessionStore.setState({ session: null })
  useComplaintDraftStore.setState({ drafts: { snap: emptyDraft(), complaint: emptyDraft() } })
  backend = testBackend().backend
  faults = new FaultInjector()
  api = createGovApiClient(faultyTransport(inProcessTransport(backend), faults, async () => undefined), sessionTokenStore, {
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
  })
  await signInVerified(api)
})

afterEach(() => resetOutbox())
afterAll(() => setApi(null))

const WORDS = '垃圾桶旁边的垃圾堆了三天，没人清理'
const sanitation = COMPLAINT_CATEGORIES.find((c) => c.id === 'sanitation')!.name

async function fillSnap() {
  render(<ComposerScreen kind='snap' />)
  await screen.findByText(/当前位置/)
  fireEvent.click(screen.getByText('拍照或选照片'))
  await screen.findByText('第1张 · 待上传')
  fireEvent.click(screen.getByText(sanitation))
  const box = document.querySelector('textarea')
  if (box) fireEvent.input(box, { target: { value: WORDS } })
  useComplaintDraftStore.getState().update('snap', { description: WORDS })
}

describe('随手拍 on a bad network', () => {
  it('a photo that fails three times: nothing is sent, the reason is in Chinese, the words stay; then it goes', async () => {
    faults.set([{ method: 'POST', path: '/v1/files', kind: 'error-503' }])
    await fillSnap()
    fireEvent.click(screen.getByText('发送'))
    await screen.findByText(/有照片没有上传成功/, {}, { timeout: 5000 })
    for (let i = 0; i < 2; i++) {
      fireEvent.click(screen.getByText('重试'))
      await waitFor(() => expect(screen.getByText('第1张 · 没有成功')).toBeTruthy())
    }
    expect(screen.getByText(/上传失败：服务暂时不可用，请稍后重试/)).toBeTruthy()
    expect(faults.stats.injected['error-503']).toBeGreaterThanOrEqual(3)
    expect(await api.listMyCases({ kind: 'complaint' })).toHaveLength(0)
    expect(useComplaintDraftStore.getState().drafts.snap.description).toBe(WORDS)
    expect(navigations).toEqual([])

    faults.clear()
    fireEvent.click(screen.getByText('重试'))
    await screen.findByText('第1张 · 已上传', {}, { timeout: 5000 })
    fireEvent.click(screen.getByText('发送'))
    await waitFor(() => expect(navigations.filter((n) => n.kind === 'redirectTo')).toHaveLength(1), { timeout: 5000 })
    const cases = await api.listMyCases({ kind: 'complaint' })
    expect(cases).toHaveLength(1)
    const detail = await api.getCase(cases[0].id)
    expect(detail.complaint!.photos).toHaveLength(1)
  }, 15_000)

  it('a send that times out waits in 待发送 with the draft intact, goes out once on reconnect and opens the receipt', async () => {
    await fillSnap()
    faults.set([{ method: 'POST', path: '/v1/complaints', kind: 'timeout', latencyMs: 0 }])
    fireEvent.click(screen.getByText('发送'))
    await screen.findByText(/已放入待发送，恢复网络后会自动发送，不用重新填写/, {}, { timeout: 5000 })
    expect(getOutbox().entries().map((e) => e.state)).toEqual(['pending'])
    expect(useComplaintDraftStore.getState().drafts.snap.description).toBe(WORDS)
    expect(await api.listMyCases({ kind: 'complaint' })).toHaveLength(0)

    faults.clear()
    getOutbox().setOnline(false)
    getOutbox().setOnline(true) // onNetworkStatusChange → drain
    await waitFor(() => expect(getOutbox().entries().map((e) => e.state)).toEqual(['delivered']), { timeout: 5000 })
    // acknowledged: the draft is done and the receipt opens
    await waitFor(() => expect(navigations.filter((n) => n.kind === 'redirectTo')).toHaveLength(1))
    expect(useComplaintDraftStore.getState().drafts.snap.description).toBe('')
    const cases = await api.listMyCases({ kind: 'complaint' })
    expect(cases).toHaveLength(1)
    expect(navigations.find((n) => n.kind === 'redirectTo')!.url).toContain(cases[0].id)
  }, 15_000)

  it('storage full on the phone: the send still waits in 待发送, and the resident is told to keep the app open', async () => {
    await fillSnap()
    faults.set([{ method: 'POST', path: '/v1/complaints', kind: 'timeout', latencyMs: 0 }])
    const real = Taro.setStorageSync
    Taro.setStorageSync = (key: string, value: unknown) => {
      if (key.startsWith('sqt:outbox')) throw new Error('setStorageSync:fail exceed storage max size 10MB')
      real(key, value)
    }
    try {
      fireEvent.click(screen.getByText('发送'))
      await screen.findByText(/手机存储空间已满：请不要关闭小程序，直到发送成功/, {}, { timeout: 5000 })
      expect(useComplaintDraftStore.getState().drafts.snap.description).toBe(WORDS)
      expect(getOutbox().persisted).toBe(false)
    } finally {
      Taro.setStorageSync = real
    }
  }, 15_000)
})

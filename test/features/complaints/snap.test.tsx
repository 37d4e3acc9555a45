/** @jest-environment jest-fixed-jsdom */
/**
 * 随手拍 on screen, through the real draft store, GovApi client and fake backend (only the
 * camera and GPS are stand-ins): two photos near the seeded broken street light → the duplicate
 * is offered → 我也遇到 counts; a failed upload retries that photo alone and the draft survives;
 * denied GPS → typed address; a place outside the community → warning, then confirm.
 */
import '../../ui/dom-config'
import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { renderWithQuery as render } from '../../support/render-with-query'
import { setApi } from '@/api'
import { createGovApiClient } from '@/api/client'
import type { GovApi, TesterApi } from '@/api/contract/gov-api'
import { inProcessTransport } from '@/api/mock-adapter'
import { COMMUNITY_CENTRE } from '@/domain/complaints'
import { ComposerScreen } from '@/features/complaints'
import { useComplaintDraftStore, emptyDraft } from '@/stores/complaint-draft-store'
import { sessionTokenStore, useSessionStore } from '@/stores/session-store'
import { navigations, resetTaroMock } from '../../support/taro-mock'
import { testBackend } from '../../support/backend'
import { signInVerified } from '../../support/verified-session'

const mockGps = { current: null as null | { lat: number; lng: number } }
let mockPicked = 0
jest.mock('@/platform/location', () => {
  const types = jest.requireActual('@/platform/location-types')
  return {
    ...types,
    canPickOnMap: false,
    locateMe: jest.fn(async () => {
      if (!mockGps.current) throw new types.LocationError('denied', types.LOCATION_DENIED_MESSAGE)
      return { ...mockGps.current, address: '' }
    }),
    pickOnMap: jest.fn(async () => {
      throw new types.LocationError('cancelled', '没有选择位置')
    }),
  }
})
jest.mock('@/platform/photo', () => {
  const types = jest.requireActual('@/platform/photo-types')
  return {
    ...types,
    pickPhotos: jest.fn(async (count: number) =>
      Array.from({ length: Math.min(2, count) }, () => {
        mockPicked++
        return { path: `wxfile://tmp/p${mockPicked}.jpg`, size: 2_400_000, mime: 'image/jpeg', name: `p${mockPicked}.jpg` }
      }),
    ),
    compressPhoto: jest.fn(async (p: { path: string; name: string }, onProgress: (n: number) => void) => {
      onProgress(50)
      onProgress(100)
      return { ...p, path: p.path.replace('.jpg', '-small.jpg'), size: 380_000, mime: 'image/jpeg' }
    }),
  }
})

let api: GovApi & TesterApi
let backend: ReturnType<typeof testBackend>['backend']

beforeEach(async () => {
  resetTaroMock()
  mockPicked = 0
  mockGps.current = { lat: COMMUNITY_CENTRE.lat + 0.00045, lng: COMMUNITY_CENTRE.lng + 0.0003 }
  useSessionStore.setState({ session: null })
  useComplaintDraftStore.setState({ drafts: { snap: emptyDraft(), complaint: emptyDraft() } })
  backend = testBackend().backend
  api = createGovApiClient(inProcessTransport(backend), sessionTokenStore)
  await signInVerified(api)
})

afterAll(() => setApi(null))

async function twoPhotosAndLight() {
  render(<ComposerScreen kind='snap' />)
  await screen.findByText(/当前位置/)
  fireEvent.click(screen.getByText('拍照或选照片'))
  await screen.findByText('第2张 · 待上传')
  fireEvent.click(screen.getByText('公共设施'))
}

describe('随手拍', () => {
  it('three taps: photo, type, 发送 → the nearby street-light report is offered; 我也遇到 counts me in', async () => {
    let taps = 0
    const tap = (el: HTMLElement) => {
      taps++
      fireEvent.click(el)
    }
    render(<ComposerScreen kind='snap' />)
    await screen.findByText(/当前位置/) // located on open, no tap
    tap(screen.getByText('拍照或选照片'))
    await screen.findByText('第2张 · 待上传')
    tap(screen.getByText('公共设施'))
    tap(screen.getByText('发送'))
    expect(taps).toBe(3)

    await screen.findByText('附近已经有人反映了相同的问题', {}, { timeout: 5000 })
    expect(screen.getByText('已有 2 人反映')).toBeTruthy()
    expect(screen.getByText(/西外大街附近/)).toBeTruthy()
    // photos went up before the question: the server holds their bytes (read back as the uploader)
    const uploaded = useComplaintDraftStore.getState().drafts.snap.photos
    expect(uploaded.every((p) => p.state === 'uploaded' && p.fileId)).toBe(true)
    for (const p of uploaded) {
      const file = await api.getFile(p.fileId!)
      expect(file.mime).toBe('image/jpeg')
      expect([file.bytes[0], file.bytes[1]]).toEqual([0xff, 0xd8])
    }

    fireEvent.click(screen.getByText('我也遇到'))
    await waitFor(() => expect(navigations.at(-1)?.kind).toBe('redirectTo'), { timeout: 5000 })
    const id = /id=([^&]+)/.exec(navigations.at(-1)!.url!)![1]
    expect(navigations.at(-1)!.url).toContain('joined=1')
    const light = (await api.listBoard()).find((c) => c.id === id)!
    expect(light.board!.supporters).toBe(2)
    // nothing new was filed (我的诉求 lists the joined report only) and the draft is fresh
    expect((await api.listMyCases({ kind: 'complaint' })).map((c) => c.id)).toEqual([id])
    expect(useComplaintDraftStore.getState().drafts.snap.photos).toEqual([])
  })

  it('不是同一件事，继续提交 files the report with both photos and goes to its receipt', async () => {
    await twoPhotosAndLight()
    fireEvent.click(screen.getByText('发送'))
    await screen.findByText('不是同一件事，继续提交', {}, { timeout: 5000 })
    const key = useComplaintDraftStore.getState().drafts.snap.key
    fireEvent.click(screen.getByText('不是同一件事，继续提交'))
    await waitFor(() => expect(navigations.filter((n) => n.kind === 'redirectTo')).toHaveLength(1), { timeout: 5000 })
    const mine = await api.listMyCases({ kind: 'complaint' })
    expect(mine).toHaveLength(1)
    const detail = await api.getCase(mine[0].id)
    expect(detail.complaint!.photos).toHaveLength(2)
    expect(detail.complaint!.description).toBe('随手拍：公共设施问题，详见照片和位置')
    expect(navigations.at(-1)!.url).toBe(`/packages/complaints/pages/detail/index?id=${mine[0].id}&created=1`)
    expect(useComplaintDraftStore.getState().drafts.snap.key).not.toBe(key)
  })

  it('a rapid double tap on 发送 files one case', async () => {
    render(<ComposerScreen kind='snap' />)
    await screen.findByText(/当前位置/)
    fireEvent.click(screen.getByText('拍照或选照片'))
    await screen.findByText('第2张 · 待上传')
    fireEvent.click(screen.getByText('安全隐患')) // nothing like it nearby: no duplicate question
    const send = screen.getByText('发送')
    fireEvent.click(send)
    fireEvent.click(send)
    await waitFor(() => expect(navigations.filter((n) => n.kind === 'redirectTo')).toHaveLength(1), { timeout: 5000 })
    expect(await api.listMyCases({ kind: 'complaint' })).toHaveLength(1)
  })

  it('one failed upload: nothing is sent, that photo alone retries, the draft is kept', async () => {
    await twoPhotosAndLight()
    const real = api.uploadFile
    let calls = 0
    api.uploadFile = jest.fn(async (req) => {
      calls++
      if (calls === 2) throw new Error('offline')
      return real(req)
    })
    fireEvent.click(screen.getByText('发送'))
    await screen.findByText(/有照片没有上传成功/, {}, { timeout: 5000 })
    expect(screen.getByText('第1张 · 已上传')).toBeTruthy()
    expect(screen.getByText('第2张 · 没有成功')).toBeTruthy()
    expect(await api.listMyCases({ kind: 'complaint' })).toHaveLength(0)
    expect(navigations).toEqual([])

    fireEvent.click(screen.getByText('重试'))
    await screen.findByText('第2张 · 已上传', {}, { timeout: 5000 })
    expect(calls).toBe(3) // the first photo was not uploaded again
    const photos = useComplaintDraftStore.getState().drafts.snap.photos
    expect(new Set(photos.map((p) => p.fileId)).size).toBe(2)
  })

  it('refuses to send without a photo, type or place, saying what is missing', async () => {
    mockGps.current = null
    render(<ComposerScreen kind='snap' />)
    await screen.findByText(/没有定位权限/)
    fireEvent.click(screen.getByText('发送'))
    await screen.findByText(/请至少拍一张照片/)
    expect(screen.getByText('请选择问题类型')).toBeTruthy()
    expect(screen.getByText(/请说明问题在哪里/)).toBeTruthy()
    expect(navigations).toEqual([])
  })

  it('denied GPS → a typed address is enough; it reaches the worker as the place, not in the text', async () => {
    mockGps.current = null
    render(<ComposerScreen kind='snap' />)
    await screen.findByText(/没有定位权限。请直接写下问题所在的地址/)
    fireEvent.click(screen.getByText('拍照或选照片'))
    await screen.findByText('第2张 · 待上传')
    fireEvent.click(screen.getByText('环境卫生'))
    act(() => useComplaintDraftStore.getState().update('snap', { address: '凤凰大道 12 号旁' }))
    fireEvent.click(screen.getByText('发送'))
    await waitFor(() => expect(navigations.at(-1)?.kind).toBe('redirectTo'), { timeout: 5000 })
    const [mine] = await api.listMyCases({ kind: 'complaint' })
    const d = await api.getCase(mine.id)
    expect(d.complaint!.location).toBeNull()
    expect(d.complaint!.description).not.toContain('凤凰大道')
    expect(d.values.address).toBe('凤凰大道 12 号旁')
  })

  it('a place outside 西外社区 is warned about and sent only after 位置没错，继续', async () => {
    mockGps.current = { lat: COMMUNITY_CENTRE.lat + 0.05, lng: COMMUNITY_CENTRE.lng }
    render(<ComposerScreen kind='snap' />)
    await screen.findByText(/当前位置/)
    fireEvent.click(screen.getByText('拍照或选照片'))
    await screen.findByText('第2张 · 待上传')
    fireEvent.click(screen.getByText('安全隐患'))
    fireEvent.click(screen.getByText('发送'))
    await screen.findByText(/这个位置不在西外社区范围内/, {}, { timeout: 5000 })
    expect(navigations).toEqual([])
    fireEvent.click(screen.getByText('位置没错，继续'))
    fireEvent.click(screen.getByText('发送'))
    await waitFor(() => expect(navigations.at(-1)?.kind).toBe('redirectTo'), { timeout: 5000 })
  })

  it('not signed in: 发送 leads to sign-in and the draft waits', async () => {
    useSessionStore.setState({ session: null })
    await twoPhotosAndLight()
    fireEvent.click(screen.getByText('发送'))
    await waitFor(() => expect(navigations.at(-1)?.url).toBe(`/pages/login/index?returnUrl=${encodeURIComponent('/packages/complaints/pages/snap/index')}`), { timeout: 5000 })
    const d = useComplaintDraftStore.getState().drafts.snap
    expect(d.categoryId).toBe('public-facilities')
    expect(d.photos).toHaveLength(2)
  })
})

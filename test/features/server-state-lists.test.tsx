/** @jest-environment jest-fixed-jsdom */
/**
 * The loaders moved onto the query cache: the worker queue pages through the server (50 a page,
 * the next page when the list's end is reached, none past the total, no case twice), and a
 * photo's bytes are cached like other server state — so signing out forgets them, and the next
 * person on the phone cannot see them without the server saying yes.
 */
import '../ui/dom-config'
import { act, renderHook, waitFor } from '@testing-library/react'
import { QueryWrapper, testQueryClient } from '../support/render-with-query'
import { resetTaroMock } from '../support/taro-mock'
import { clientFor, testBackend } from '../support/backend'
import { signInVerified } from '../support/verified-session'
import { jpegWithGps } from '../support/photo-fixture'
import { setApi } from '@/api'
import { useQueue, PAGE_SIZE } from '@/features/worker/api/get-queue'
import { fileKeys, useFileUrl } from '@/features/files'
import { signInAs, signOut } from '@/features/identity/session-actions'
import { useSessionStore } from '@/stores/session-store'

jest.setTimeout(30_000)

beforeEach(() => {
  resetTaroMock()
  useSessionStore.setState({ session: null })
})
afterEach(() => setApi(null))

describe('the worker queue through the query cache', () => {
  it('loads 50 at a time, the next page on request, and stops at the total', async () => {
    const { backend } = testBackend(undefined, { bulkCases: 120 })
    const api = clientFor(backend)
    setApi(api)
    await signInAs('staff-admin')
    const asked: number[] = []
    const workerQueue = api.workerQueue.bind(api)
    api.workerQueue = (f) => {
      asked.push(f.offset ?? 0)
      return workerQueue(f)
    }

    const { result } = renderHook(() => useQueue({}), { wrapper: QueryWrapper })
    await waitFor(() => expect(result.current.loading).toBe(false))
    const total = result.current.total
    expect(total).toBeGreaterThan(2 * PAGE_SIZE)
    expect(result.current.items).toHaveLength(PAGE_SIZE)

    await act(() => result.current.loadMore())
    await waitFor(() => expect(result.current.items).toHaveLength(2 * PAGE_SIZE))
    await act(() => result.current.loadMore())
    await waitFor(() => expect(result.current.items).toHaveLength(total))
    expect(new Set(result.current.items.map((c) => c.id)).size).toBe(total)

    const before = asked.length
    await act(() => result.current.loadMore())
    expect(asked.length).toBe(before)
    expect(asked).toEqual([0, PAGE_SIZE, 2 * PAGE_SIZE])
  })
})

describe('photos through the query cache', () => {
  it('a resident’s photo shows for them, is forgotten on sign-out, and is refused to the next resident', async () => {
    const { backend } = testBackend()
    const api = clientFor(backend)
    await signInVerified(api, 'resident-new')
    const bytes = jpegWithGps()
    const ref = await api.uploadFile({ path: 'wxfile://tmp/p.jpg', name: 'p.jpg', mime: 'image/jpeg', size: bytes.length, purpose: 'complaint-photo', bytes })

    const mine = renderHook(() => useFileUrl(ref.fileId), { wrapper: QueryWrapper })
    await waitFor(() => expect(mine.result.current).toMatchObject({ state: 'ready', mime: 'image/jpeg' }))
    expect(testQueryClient().getQueryData(fileKeys.url(ref.fileId, 'full'))).toBeDefined()
    mine.unmount()

    await act(() => signOut())
    expect(testQueryClient().getQueriesData({ queryKey: fileKeys.all })).toEqual([])

    await signInVerified(api, 'resident-zhou')
    const theirs = renderHook(() => useFileUrl(ref.fileId), { wrapper: QueryWrapper })
    await waitFor(() => expect(theirs.result.current).toEqual({ state: 'failed' }))
  })
})

/**
 * The outbox (src/api/outbox.ts): a submission is stored before it is sent, survives the app
 * being killed mid-send, drains in order on reconnect with the same idempotency key, says
 * 待发送 / 发送中 / 已送达 honestly, and hands refusals back to the draft.
 */
import { ApiError } from '@/api/contract/errors'
import type { GovApi } from '@/api/contract/gov-api'
import { Outbox, OUTBOX_STATE_LABELS, type OutboxEntry, type OutboxPersistence } from '@/api/outbox'
import type { CaseDetail, CreateComplaintRequest } from '@/api/contract/types'

function memoryPersistence(): OutboxPersistence & { saved: string | null; full: boolean } {
  const p = {
    saved: null as string | null,
    full: false,
    load: () => (p.saved ? (JSON.parse(p.saved) as OutboxEntry[]) : []),
    save: (entries: OutboxEntry[]) => {
      if (p.full) return false
      p.saved = JSON.stringify(entries)
      return true
    },
  }
  return p
}

/** A server that files each idempotency key once; `down` makes every call a network error. */
function fakeServer() {
  const cases = new Map<string, CaseDetail>()
  const calls: string[] = []
  const server = {
    down: false,
    refuse: false,
    calls,
    cases,
    api: {
      createComplaint: async (req: CreateComplaintRequest) => {
        calls.push(req.idempotencyKey)
        if (server.down) throw new ApiError({ code: 'network' })
        if (server.refuse) throw new ApiError({ code: 'validation', message: '问题描述至少写 10 个字', fieldErrors: { description: '至少 10 个字' } }, 400)
        const existing = cases.get(req.idempotencyKey)
        if (existing) return existing
        const c = { id: `c-${cases.size + 1}`, description: req.description } as unknown as CaseDetail
        cases.set(req.idempotencyKey, c)
        return c
      },
      getCase: async (id: string) => [...cases.values()].find((c) => c.id === id)!,
    } as unknown as GovApi,
  }
  return server
}

const complaint = (key: string, description = '楼道灯坏了一周，晚上看不见路') => ({
  id: key,
  label: '随手拍：照明',
  call: { op: 'createComplaint' as const, args: [{ categoryId: 'lighting', description, photos: [], location: null, anonymous: false, public: true, idempotencyKey: key }] as [CreateComplaintRequest] },
})

const noTimers = { setTimer: () => 0, clearTimer: () => undefined }

describe('outbox', () => {
  it('delivers at once when the server answers', async () => {
    const server = fakeServer()
    const box = new Outbox({ api: () => server.api, persistence: memoryPersistence(), ...noTimers })
    const out = await box.submit(complaint('k-1'))
    expect(out).toMatchObject({ state: 'delivered', result: { id: 'c-1' } })
    expect(box.entries().map((e) => [e.id, OUTBOX_STATE_LABELS[e.state]])).toEqual([['k-1', '已送达']])
  })

  it('keeps a submission through a network failure and an app kill, and drains it on reconnect — once', async () => {
    const server = fakeServer()
    const storage = memoryPersistence()
    server.down = true
    const first = new Outbox({ api: () => server.api, persistence: storage, ...noTimers })
    const out = await first.submit(complaint('k-1'))
    expect(out).toMatchObject({ state: 'pending', persisted: true, error: { code: 'network' } })
    expect(first.entries()[0]).toMatchObject({ state: 'pending', attempts: 1, error: '网络连接失败，请检查网络后重试' })

    // killed while a second attempt was in flight: storage says 发送中
    const stored = JSON.parse(storage.saved!) as OutboxEntry[]
    storage.saved = JSON.stringify(stored.map((e) => ({ ...e, state: 'sending' })))

    server.down = false
    const second = new Outbox({ api: () => server.api, persistence: storage, ...noTimers })
    expect(second.entries()[0].state).toBe('pending') // we cannot know whether it arrived: send again
    second.setOnline(false)
    second.setOnline(true) // onNetworkStatusChange → drain
    await second.drain()
    expect(second.entries()[0]).toMatchObject({ state: 'delivered', caseId: 'c-1' })
    expect(server.cases.size).toBe(1)
    expect(new Set(server.calls)).toEqual(new Set(['k-1']))
  })

  it('drains in order: a later submission waits behind one that could not go', async () => {
    const server = fakeServer()
    const box = new Outbox({ api: () => server.api, persistence: memoryPersistence(), ...noTimers })
    server.down = true
    await box.submit(complaint('k-a'))
    await box.submit(complaint('k-b'))
    await box.submit(complaint('k-c'))
    expect(server.calls).toEqual(['k-a', 'k-a', 'k-a']) // b and c never jumped the queue
    server.down = false
    await box.drain()
    expect(server.calls.slice(3)).toEqual(['k-a', 'k-b', 'k-c'])
    expect(box.entries().map((e) => e.caseId)).toEqual(['c-1', 'c-2', 'c-3'])
  })

  it('the same submission sent twice (double tap, resend after a background delivery) is one entry and one case', async () => {
    const server = fakeServer()
    const box = new Outbox({ api: () => server.api, persistence: memoryPersistence(), ...noTimers })
    const [a, b] = await Promise.all([box.submit(complaint('k-1')), box.submit(complaint('k-1'))])
    expect(a).toMatchObject({ state: 'delivered', result: { id: 'c-1' } })
    expect(b).toMatchObject({ state: 'delivered', result: { id: 'c-1' } })
    expect(box.entries()).toHaveLength(1)
    expect(server.cases.size).toBe(1)
  })

  it('a refusal comes back as the ApiError with field errors and leaves the outbox', async () => {
    const server = fakeServer()
    server.refuse = true
    const box = new Outbox({ api: () => server.api, persistence: memoryPersistence(), ...noTimers })
    const err = await box.submit(complaint('k-1', '太脏')).catch((e) => e)
    expect(err).toMatchObject({ code: 'validation', fieldErrors: { description: '至少 10 个字' } })
    expect(box.entries()).toEqual([])
  })

  it('storage full on the phone: the submission is still tried and the caller is told it is not saved', async () => {
    const server = fakeServer()
    const storage = memoryPersistence()
    storage.full = true
    server.down = true
    const box = new Outbox({ api: () => server.api, persistence: storage, ...noTimers })
    const out = await box.submit(complaint('k-1'))
    expect(out).toMatchObject({ state: 'pending', persisted: false })
    expect(box.persisted).toBe(false)
    expect(box.entries()).toHaveLength(1) // in memory for this run
  })

  it('retries a pending entry after a back-off while online, not while offline', async () => {
    const server = fakeServer()
    const timers: Array<{ fn: () => void; ms: number }> = []
    const box = new Outbox({
      api: () => server.api,
      persistence: memoryPersistence(),
      setTimer: (fn, ms) => timers.push({ fn, ms }),
      clearTimer: () => undefined,
    })
    server.down = true
    await box.submit(complaint('k-1'))
    expect(timers.map((t) => t.ms)).toEqual([2000])
    server.down = false
    timers[0].fn()
    await box.drain()
    expect(box.entries()[0].state).toBe('delivered')

    box.setOnline(false)
    server.down = true
    await box.submit(complaint('k-2'))
    expect(timers).toHaveLength(1) // offline: no timer, the online event drains
  })
})

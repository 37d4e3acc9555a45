/**
 * The tester's toolkit in jest (issue 14 §3 and "bad input and failure"): the same fault
 * injector and movable clock the tester panel and mock:server use, in front of the in-process
 * backend. A reply dropped after commit is retried into one case; malformed JSON, a 429 storm
 * and a skewed phone clock each end in a clear Chinese outcome; moving the clock makes SLAs due.
 */
import { createGovApiClient, memoryTokenStore, type ExchangeLog } from '@/api/client'
import { inProcessTransport } from '@/api/mock-adapter'
import { RetryBudget } from '@/api/resilience'
import { FaultInjector } from '@mock/faults/faults'
import { faultyTransport } from '@mock/faults/fault-transport'
import { shiftableClock } from '@mock/faults/tester-clock'
import { fixedClock } from '@mock/backend'
import { rejects, testBackend, TEST_NOW, verifiedResident, verify } from '../support/backend'
import { submitDogRegistration } from '../features/cases/support'

const instant = { sleep: async () => undefined, random: () => 0.5 }

function faultyClient(backend: ReturnType<typeof testBackend>['backend'], faults: FaultInjector, logs: ExchangeLog[] = [], budget?: RetryBudget) {
  return createGovApiClient(faultyTransport(inProcessTransport(backend), faults, async () => undefined), memoryTokenStore(), {
    retry: instant,
    budget,
    onExchange: (l) => logs.push(l),
  })
}

const complaint = (key: string) => ({
  categoryId: 'sanitation',
  description: '楼道里的垃圾两天没有清理了，味道很大',
  photos: [],
  location: null,
  anonymous: false,
  public: false,
  idempotencyKey: key,
})

describe('fault injection in jest', () => {
  it('a reply dropped after the server applied the change: retried with the same key, one case', async () => {
    const { backend } = testBackend()
    const faults = new FaultInjector()
    const logs: ExchangeLog[] = []
    const api = faultyClient(backend, faults, logs)
    await api.login({ persona: 'resident-new' })
    await verify(api)
    faults.set([{ method: 'POST', path: '/v1/complaints', kind: 'drop-after-commit', times: 1 }])
    const created = await api.createComplaint(complaint('k-drop'))
    expect(faults.stats.injected['drop-after-commit']).toBe(1)
    expect(logs.find((l) => l.path === '/v1/complaints')).toMatchObject({ retries: 1, status: 200, idempotencyKey: 'k-drop' })
    const mine = (await api.listMyCases({ kind: 'complaint' })).filter((c) => c.id === created.id)
    expect(mine).toHaveLength(1)
    expect([...backend.state.cases.values()].filter((c) => c.complaint?.description === complaint('x').description)).toHaveLength(1)
  })

  it('malformed JSON from the server → a Chinese "bad data" message, no crash', async () => {
    const { backend } = testBackend()
    const faults = new FaultInjector()
    faults.set([{ path: '/v1/board', kind: 'malformed-json' }])
    const err = await rejects(faultyClient(backend, faults).listBoard())
    expect(err).toMatchObject({ code: 'bad-response', message: '服务返回的数据有误，请稍后重试' })
  })

  it('a 429 storm: retries stop when the budget is spent; the caller gets 请求太频繁 with the wait', async () => {
    const { backend } = testBackend()
    const faults = new FaultInjector()
    faults.set([{ path: '/v1/matters', kind: 'rate-limit', retryAfterS: 0 }])
    const budget = new RetryBudget(5, 0.2)
    const api = faultyClient(backend, faults, [], budget)
    const errors = []
    for (let i = 0; i < 10; i++) errors.push(await rejects(api.listMatters()))
    expect(errors.every((e) => e.code === 'rate-limited' && e.message === '请求太频繁，请稍后再试')).toBe(true)
    // 10 first attempts + at most the 5 budgeted retries
    expect(faults.stats.requests).toBe(15)
  })

  it('a 5xx then success per endpoint only: other endpoints are untouched', async () => {
    const { backend } = testBackend()
    const faults = new FaultInjector()
    faults.set([{ method: 'GET', path: '/v1/matters/:id', kind: 'error-503', times: 2 }])
    const api = faultyClient(backend, faults)
    expect((await api.getMatter('dog-registration')).name).toBe('养犬登记')
    expect(faults.stats.injected['error-503']).toBe(2)
    expect(await api.listMatters()).toHaveLength(46)
  })
})

describe('clocks', () => {
  it('moving the server clock makes a fresh application 已超期 in the worker queue', async () => {
    const clock = shiftableClock(fixedClock(TEST_NOW))
    const { backend } = testBackend(TEST_NOW, { clock })
    const resident = await verifiedResident(backend, 'resident-new')
    const filed = await submitDogRegistration(backend, resident)
    const worker = createGovApiClient(inProcessTransport(backend), memoryTokenStore())
    await worker.login({ persona: 'staff-admin' })
    const overdue = async () => (await worker.workerQueue({ sla: 'overdue', limit: 200 })).items.map((c) => c.id)
    expect(await overdue()).not.toContain(filed.id)
    clock.advanceDays(30)
    await worker.login({ persona: 'staff-admin' }) // a session expires too when time moves
    expect(await overdue()).toContain(filed.id)
    expect((await worker.workerQueue({ limit: 1 })).today).toBe('2026-12-23')
  })

  it('a phone clock days ahead does not make a valid session look expired: the server decides', async () => {
    const { backend } = testBackend()
    const api = createGovApiClient(inProcessTransport(backend), memoryTokenStore())
    await api.login({ persona: 'resident-new' })
    jest.useFakeTimers({ now: new Date('2026-12-25T10:00:00+08:00'), doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask'] })
    try {
      expect((await api.getConsent()).version).toBeTruthy()
    } finally {
      jest.useRealTimers()
    }
  })
})

/**
 * The client on a bad network (src/api/resilience.ts through client.ts): which failures are
 * retried, Retry-After, the retry budget, the same Idempotency-Key on every attempt, at most
 * 10 requests in flight, and what a broken reply becomes.
 */
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { createGovApiClient, memoryTokenStore, type ExchangeLog } from '@/api/client'
import { createHttpGovApi } from '@/api/http-adapter'
import { ApiError } from '@/api/contract/errors'
import { backoffDelay, Limiter, retryAfterMs, RetryBudget } from '@/api/resilience'
import type { Transport, TransportRequest, TransportResponse } from '@/api/contract/transport'
import { getMatter } from '@/domain/matters/catalog'

const MATTERS: unknown[] = []
const instant = { sleep: async () => undefined, random: () => 0.5 }

/** A transport that answers from a script, then 200 with `ok`. */
function scripted(steps: Array<TransportResponse | 'network' | 'timeout'>, ok: unknown = MATTERS) {
  const seen: TransportRequest[] = []
  const transport: Transport = async (req) => {
    seen.push(req)
    const step = steps.shift()
    if (step === 'network') throw new ApiError({ code: 'network' })
    if (step === 'timeout') throw new ApiError({ code: 'timeout' })
    return step ?? { status: 200, body: ok }
  }
  return { transport, seen }
}

async function attemptsFor(status: number): Promise<number> {
  const { transport, seen } = scripted([{ status, body: { code: 'x' } }, { status, body: {} }, { status, body: {} }, { status, body: {} }])
  const api = createGovApiClient(transport, memoryTokenStore(), { retry: instant })
  await api.listMatters().catch(() => undefined)
  return seen.length
}

describe('retry table', () => {
  it.each([
    [400, 1],
    [403, 1],
    [404, 1],
    [409, 1],
    [422, 1],
    [408, 2],
    [429, 2],
    [500, 2],
    [502, 2],
    [503, 2],
    [504, 2],
  ])('status %i → %i attempt(s) when the second answers', async (status, expected) => {
    const { transport, seen } = scripted([{ status, body: {} }])
    const api = createGovApiClient(transport, memoryTokenStore(), { retry: instant })
    await api.listMatters().catch(() => undefined)
    expect(seen).toHaveLength(expected)
  })

  it('gives up after maxAttempts (4) on a server that keeps failing, with the Chinese message', async () => {
    expect(await attemptsFor(503)).toBe(4)
    expect(await attemptsFor(400)).toBe(1)
    const { transport } = scripted([{ status: 503, body: '<html>bad gateway</html>' }, { status: 503, body: '' }, { status: 503, body: '' }, { status: 503, body: '' }])
    const err = await createGovApiClient(transport, memoryTokenStore(), { retry: instant }).listMatters().catch((e) => e)
    expect(err).toMatchObject({ code: 'server', message: '服务暂时不可用，请稍后重试' })
  })

  it('retries network errors and timeouts', async () => {
    const { transport, seen } = scripted(['network', 'timeout'])
    const api = createGovApiClient(transport, memoryTokenStore(), { retry: instant })
    await expect(api.listMatters()).resolves.toEqual([])
    expect(seen).toHaveLength(3)
  })

  it('sends the same Idempotency-Key on every attempt of a submission', async () => {
    const { transport, seen } = scripted(['timeout', { status: 502, body: {} }, { status: 500, body: {} }])
    const api = createGovApiClient(transport, memoryTokenStore(), { retry: instant })
    await api.createComplaint({ categoryId: 'x', description: 'y', photos: [], location: null, anonymous: false, public: false, idempotencyKey: 'k-1' }).catch(() => undefined)
    expect(seen.map((r) => r.headers['idempotency-key'])).toEqual(['k-1', 'k-1', 'k-1', 'k-1'])
  })

  it('never replays a POST without an Idempotency-Key after a lost reply (it may have been applied)', async () => {
    const { transport, seen } = scripted(['timeout'])
    const api = createGovApiClient(transport, memoryTokenStore(), { retry: instant })
    const err = await api.supportComplaint('c-1').catch((e) => e)
    expect(err).toMatchObject({ code: 'timeout', message: '网络超时，请稍后重试' })
    expect(seen).toHaveLength(1)
  })
})

describe('Retry-After', () => {
  afterEach(() => jest.useRealTimers())

  it('waits as long as the server asks before the next attempt (fake timers)', async () => {
    jest.useFakeTimers()
    const { transport, seen } = scripted([{ status: 429, body: { code: 'rate-limited' }, headers: { 'retry-after': '2' } }])
    const api = createGovApiClient(transport, memoryTokenStore(), { retry: { random: () => 0 } })
    const done = api.listMatters()
    await jest.advanceTimersByTimeAsync(1999)
    expect(seen).toHaveLength(1)
    await jest.advanceTimersByTimeAsync(1)
    expect(seen).toHaveLength(2)
    await expect(done).resolves.toEqual([])
  })

  it('reads an HTTP date too; a wait longer than 30 s goes back to the caller with the time', async () => {
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:10 GMT', Date.parse('2026-01-01T00:00:00Z'))).toBe(10_000)
    expect(retryAfterMs('soon', 0)).toBeNull()
    const { transport, seen } = scripted([{ status: 429, body: {}, headers: { 'retry-after': '120' } }])
    const err = await createGovApiClient(transport, memoryTokenStore(), { retry: instant }).listMatters().catch((e) => e)
    expect(seen).toHaveLength(1)
    expect(err).toMatchObject({ code: 'rate-limited', message: '请求太频繁，请稍后再试', details: { retryAfterMs: 120_000 } })
  })
})

describe('backoff, budget, concurrency', () => {
  it('full jitter: uniform below min(cap, base·2^attempt)', () => {
    const o = { baseDelayMs: 300, maxDelayMs: 8000 }
    expect(backoffDelay(0, { ...o, random: () => 0.999 })).toBe(299)
    expect(backoffDelay(3, { ...o, random: () => 0.5 })).toBe(1200)
    expect(backoffDelay(10, { ...o, random: () => 0.999 })).toBe(7992)
    expect(backoffDelay(4, { ...o, random: () => 0 })).toBe(0)
  })

  it('a dead server is not hammered: once the budget is spent, each request is tried once', async () => {
    let calls = 0
    const dead: Transport = async () => {
      calls++
      return { status: 503, body: {} }
    }
    const budget = new RetryBudget(10, 0.2)
    const api = createGovApiClient(dead, memoryTokenStore(), { retry: instant, budget })
    for (let i = 0; i < 20; i++) await api.listMatters().catch(() => undefined)
    // 20 first attempts + 10 retries, not 20 × 4 = 80
    expect(calls).toBe(30)
    expect(budget.available).toBeLessThan(1)
  })

  it('keeps at most 10 requests in flight and queues the rest in order', async () => {
    let inFlight = 0
    let peak = 0
    const order: string[] = []
    const slow: Transport = async (req) => {
      inFlight++
      peak = Math.max(peak, inFlight)
      order.push(req.path)
      await new Promise((r) => setTimeout(r, 5))
      inFlight--
      return { status: 200, body: { id: 'm', name: 'n', theme: 't', summary: '', guide: getMatter('residence-proof').guide, form: null } }
    }
    const limiter = new Limiter(10)
    const api = createGovApiClient(slow, memoryTokenStore(), { limiter })
    const all = await Promise.all(Array.from({ length: 25 }, (_, i) => api.getMatter(`m${i}`)))
    expect(all).toHaveLength(25)
    expect(peak).toBe(10)
    expect(order).toEqual(Array.from({ length: 25 }, (_, i) => `/v1/matters/m${i}`))
    expect(limiter.inFlight).toBe(0)
  })

  it('logs each exchange with retries and idempotency key, never a body', async () => {
    const logs: ExchangeLog[] = []
    const { transport } = scripted([{ status: 500, body: {} }], { id: 'c' })
    const api = createGovApiClient(transport, memoryTokenStore(), { retry: instant, onExchange: (l) => logs.push(l) })
    await api.workerAct('c-1', { action: 'accept', version: 1, input: { note: '身份证 110101199001011234' }, idempotencyKey: 'k-9' }).catch(() => undefined)
    expect(logs).toEqual([expect.objectContaining({ method: 'POST', path: '/v1/worker/cases/c-1/actions', status: 200, retries: 1, idempotencyKey: 'k-9' })])
    expect(JSON.stringify(logs)).not.toContain('110101')
  })
})

describe('broken replies', () => {
  it.each([
    ['malformed JSON (left as text by the platform)', { status: 200, body: '{"id": ' }],
    ['a 200 with the wrong shape', { status: 200, body: { items: 'nope' } }],
    ['an HTML page from a proxy with 200', { status: 200, body: '<html><body>portal login</body></html>' }],
  ])('%s → bad-response with a Chinese message, no retry', async (_label, res) => {
    const { transport, seen } = scripted([res as TransportResponse])
    const err = await createGovApiClient(transport, memoryTokenStore(), { retry: instant }).getMatter('m').catch((e) => e)
    expect(err).toMatchObject({ code: 'bad-response', message: '服务返回的数据有误，请稍后重试' })
    expect(seen).toHaveLength(1)
  })
})

describe('over HTTP (msw): what a proxy in the way sends back', () => {
  const BASE = 'https://gateway.example.test/api'
  let calls = 0
  const server = setupServer(
    http.get(`${BASE}/v1/matters`, () => {
      calls++
      return new HttpResponse('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 502, headers: { 'content-type': 'text/html' } })
    }),
    http.get(`${BASE}/v1/matters/:id`, () => new HttpResponse('{"id":"m","name":', { status: 200, headers: { 'content-type': 'application/json' } })),
    http.get(`${BASE}/v1/board`, () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '0' } })),
  )
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => server.close())

  it('an HTML 502 page is retried, then 服务暂时不可用; truncated JSON is 服务返回的数据有误; a 429 storm ends in 请求太频繁', async () => {
    const api = createHttpGovApi(BASE, memoryTokenStore(), 5000, { retry: instant })
    expect(await api.listMatters().catch((e) => e)).toMatchObject({ code: 'server', status: 502, message: '服务暂时不可用，请稍后重试' })
    expect(calls).toBe(4)
    expect(await api.getMatter('m').catch((e) => e)).toMatchObject({ code: 'bad-response', message: '服务返回的数据有误，请稍后重试' })
    expect(await api.listBoard().catch((e) => e)).toMatchObject({ code: 'rate-limited', message: '请求太频繁，请稍后再试' })
  })
})

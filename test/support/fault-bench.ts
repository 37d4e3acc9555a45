/**
 * The reliability bench (npm run bench:faults; a 100-submission version runs in jest):
 * complaints submitted over real HTTP to a mock:server with injected faults, through the app's
 * own client (retries, budget, concurrency limit) and outbox (stored, resent in order with the
 * same idempotency key). Then, with faults off, every submission is looked up on the server:
 * none may be missing (lost) or filed twice (duplicated).
 */
import { createGovApiClient, memoryTokenStore, type ExchangeLog } from '@/api/client'
import { govFetchTransport } from '@/api/fetch-transport'
import type { GovApi } from '@/api/contract/gov-api'
import { Outbox, type OutboxEntry } from '@/api/outbox'
import type { RetryOptions } from '@/api/resilience'
import type { FaultRule } from '@mock/faults/faults'

export interface FaultBenchOptions {
  url: string
  testerToken: string
  submissions: number
  /** phones submitting at the same time (one signed-in resident, client and outbox each) */
  phones?: number
  /** share of complaint submissions that meet a fault (≈ 0.3) */
  faultShare?: number
  /** client timeout; an injected timeout holds the request a little longer */
  timeoutMs?: number
  retry?: Partial<RetryOptions>
  /** outbox back-off between resend rounds */
  outboxDelayMs?: (attempt: number) => number
  /** give up waiting for the outboxes after this long */
  deadlineMs?: number
}

export interface FaultBenchResult {
  submitted: number
  acknowledged: number
  serverCases: number
  lost: number
  duplicated: number
  retries: number
  p50Ms: number
  p95Ms: number
  injected: Record<string, number>
}

const RESIDENTS = ['resident-new', 'resident-elder', 'resident-dog', 'resident-no-address', 'resident-minority', 'resident-zhou']
const MARK = /基准第(\d+)条/

/** Fault rules whose marginal shares are the given ones (rules are tried in order, first match wins). */
export function faultMix(share: number, timeoutHoldMs: number): FaultRule[] {
  const parts: Array<[FaultRule['kind'], number]> = [
    ['timeout', 0.27],
    ['error-500', 0.2],
    ['error-503', 0.2],
    ['rate-limit', 0.16],
    ['drop-after-commit', 0.17],
  ]
  let used = 0
  return parts.map(([kind, w]) => {
    const p = share * w
    const rule: FaultRule = {
      method: 'POST',
      path: '/v1/complaints',
      kind,
      probability: Math.min(1, p / (1 - used)),
      ...(kind === 'timeout' ? { latencyMs: timeoutHoldMs } : {}),
      ...(kind === 'rate-limit' ? { retryAfterS: 0.05 } : {}),
    }
    used += p
    return rule
  })
}

async function tester(url: string, token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { 'x-tester-token': token, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}`)
  return res.json() as Promise<Record<string, unknown>>
}

async function signedInPhone(o: FaultBenchOptions, persona: string, logs: ExchangeLog[]) {
  const transport = govFetchTransport(o.url, { timeoutMs: o.timeoutMs ?? 1000, headers: { 'x-tester-token': o.testerToken } })
  const api = createGovApiClient(transport, memoryTokenStore(), { retry: o.retry, onExchange: (l) => logs.push(l) })
  await api.login({ persona })
  const c = await api.getConsent()
  await api.saveConsent({ version: c.version, privacy: true, face: true, idNumber: true })
  const { verifyId } = await api.startFaceVerification()
  await api.simulateFaceStep(verifyId, 'pass')
  await api.confirmFaceVerification(verifyId)
  return api
}

const quantile = (xs: number[], q: number) => {
  if (!xs.length) return 0
  const sorted = [...xs].sort((a, b) => a - b)
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))])
}

export async function runFaultBench(o: FaultBenchOptions): Promise<FaultBenchResult> {
  const phones = Math.min(o.phones ?? 6, RESIDENTS.length)
  const timeoutMs = o.timeoutMs ?? 1000
  await tester(o.url, o.testerToken, 'DELETE', '/__tester/faults')
  await tester(o.url, o.testerToken, 'POST', '/__reset')

  const logs: ExchangeLog[] = []
  const apis: GovApi[] = []
  for (let i = 0; i < phones; i++) apis.push(await signedInPhone(o, RESIDENTS[i], logs))
  logs.length = 0

  await tester(o.url, o.testerToken, 'PUT', '/__tester/faults', { rules: faultMix(o.faultShare ?? 0.3, Math.round(timeoutMs * 1.2)) })

  const started = new Map<string, number>()
  const acked = new Map<string, number>()
  const boxes = apis.map((api) => {
    const box = new Outbox({
      api: () => api,
      persistence: { load: () => [], save: () => true },
      retryDelayMs: o.outboxDelayMs ?? ((n) => Math.min(1000, 50 * 2 ** n)),
      keepDelivered: o.submissions,
    })
    box.subscribe(() => {
      for (const e of box.entries()) if (e.state === 'delivered' && !acked.has(e.id)) acked.set(e.id, performance.now())
    })
    return box
  })

  // each phone files its share one after another (a resident tapping 发送), all phones at once
  await Promise.all(
    boxes.map(async (box, p) => {
      for (let i = p; i < o.submissions; i += phones) {
        const id = `bench-${i}`
        started.set(id, performance.now())
        await box
          .submit({
            id,
            label: '基准测试',
            call: {
              op: 'createComplaint',
              args: [{ categoryId: 'sanitation', description: `基准第${i}条：楼道里的垃圾两天没有清理了`, photos: [], location: null, anonymous: false, public: false, idempotencyKey: id }],
            },
          })
          .catch(() => undefined) // a refusal would show as lost below
      }
    }),
  )
  // then wait for every outbox to drain (resends happen on the outbox's back-off)
  const deadline = performance.now() + (o.deadlineMs ?? 120_000)
  const open = (e: OutboxEntry) => e.state === 'pending' || e.state === 'sending'
  while (boxes.some((b) => b.entries().some(open)) && performance.now() < deadline) {
    await Promise.all(boxes.map((b) => b.drain()))
    await new Promise((r) => setTimeout(r, 20))
  }

  const faults = (await tester(o.url, o.testerToken, 'GET', '/__tester/faults')) as { stats: { injected: Record<string, number> } }
  await tester(o.url, o.testerToken, 'DELETE', '/__tester/faults')

  // count what the server holds, per submission marker
  const perMark = new Map<number, number>()
  for (const api of apis) {
    // the list is paginated (at most 200 a page)
    for (let offset = 0; ; offset += 200) {
      const page = await api.listMyCases({ kind: 'complaint', offset, limit: 200 } as never)
      for (const s of page) {
        const detail = await api.getCase(s.id)
        const m = MARK.exec(detail.complaint?.description ?? '')
        if (m) perMark.set(Number(m[1]), (perMark.get(Number(m[1])) ?? 0) + 1)
      }
      if (page.length < 200) break
    }
  }
  let lost = 0
  let duplicated = 0
  for (let i = 0; i < o.submissions; i++) {
    const n = perMark.get(i) ?? 0
    if (n === 0) lost++
    if (n > 1) duplicated += n - 1
  }
  const latencies = [...acked.entries()].map(([id, t]) => t - (started.get(id) ?? t))
  const outboxResends = boxes.flatMap((b) => b.entries()).reduce((n, e) => n + Math.max(0, e.attempts - 1), 0)
  return {
    submitted: o.submissions,
    acknowledged: boxes.flatMap((b) => b.entries()).filter((e) => e.state === 'delivered').length,
    serverCases: [...perMark.values()].reduce((a, b) => a + b, 0),
    lost,
    duplicated,
    retries: logs.reduce((n, l) => n + l.retries, 0) + outboxResends,
    p50Ms: quantile(latencies, 0.5),
    p95Ms: quantile(latencies, 0.95),
    injected: faults.stats.injected,
  }
}

export function formatBench(r: FaultBenchResult): string {
  return [
    `submitted ${r.submitted}`,
    `acknowledged ${r.acknowledged}`,
    `server cases ${r.serverCases}`,
    `lost ${r.lost}`,
    `duplicated ${r.duplicated}`,
    `retries ${r.retries}`,
    `p50 ${r.p50Ms} ms`,
    `p95 ${r.p95Ms} ms`,
  ].join('\n')
}

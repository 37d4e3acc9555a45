/**
 * Fault injection for testers, jest and the reliability bench: per endpoint, with a
 * probability, add latency, time out, answer 500/503, answer 429 with Retry-After, drop the
 * reply after the server applied the change, or answer malformed JSON. Pure (no Node APIs):
 * the same injector sits in front of the in-process fake backend (mock mode, tester panel,
 * jest) and inside `npm run mock:server` (tester endpoints).
 */
export const FAULT_KINDS = ['latency', 'timeout', 'error-500', 'error-503', 'rate-limit', 'drop-after-commit', 'malformed-json'] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

export const FAULT_LABELS: Record<FaultKind, string> = {
  latency: '延迟',
  timeout: '超时（服务器未处理）',
  'error-500': '500 服务器错误',
  'error-503': '503 服务不可用',
  'rate-limit': '429 请求太频繁（带 Retry-After）',
  'drop-after-commit': '服务器已处理、回复丢失',
  'malformed-json': '回复不是合法 JSON',
}

export interface FaultRule {
  /** e.g. POST; omitted = any method */
  method?: string
  /** route pattern: /v1/complaints, /v1/cases/:id/rating, /v1/* */
  path: string
  kind: FaultKind
  /** 0–1, default 1 */
  probability?: number
  /** latency to add, or how long a timeout holds the request (default 300 ms / 1 000 ms) */
  latencyMs?: number
  /** for rate-limit (default 1 s) */
  retryAfterS?: number
  /** fire at most this many times (then the rule stays but is spent) */
  times?: number
}

export interface FaultDecision {
  kind: FaultKind
  latencyMs: number
  retryAfterS: number
}

function isRule(x: unknown): x is FaultRule {
  const r = x as FaultRule
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.path === 'string' &&
    r.path.startsWith('/') &&
    (FAULT_KINDS as readonly string[]).includes(r.kind) &&
    (r.probability === undefined || (typeof r.probability === 'number' && r.probability >= 0 && r.probability <= 1)) &&
    (r.latencyMs === undefined || (Number.isFinite(r.latencyMs) && r.latencyMs >= 0 && r.latencyMs <= 60_000)) &&
    (r.retryAfterS === undefined || (Number.isFinite(r.retryAfterS) && r.retryAfterS >= 0 && r.retryAfterS <= 3600)) &&
    (r.times === undefined || (Number.isInteger(r.times) && r.times >= 0))
  )
}

/** Rules from untrusted JSON (tester endpoint): null when any rule is malformed. */
export function parseFaultRules(x: unknown): FaultRule[] | null {
  const list = Array.isArray(x) ? x : (x as { rules?: unknown })?.rules
  if (!Array.isArray(list) || list.length > 100 || !list.every(isRule)) return null
  return list.map((r) => ({ ...r, method: r.method?.toUpperCase() }))
}

function patternOf(path: string): RegExp {
  const body = path
    .split('/')
    .map((seg) => (seg === '*' ? '.*' : seg.startsWith(':') ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/')
  return new RegExp(`^${body}$`)
}

export interface FaultStats {
  requests: number
  injected: Partial<Record<FaultKind, number>>
}

export class FaultInjector {
  private rules: Array<FaultRule & { re: RegExp; fired: number }> = []
  readonly stats: FaultStats = { requests: 0, injected: {} }

  constructor(private readonly random: () => number = Math.random) {}

  set(rules: FaultRule[]): void {
    this.rules = rules.map((r) => ({ ...r, re: patternOf(r.path), fired: 0 }))
  }

  clear(): void {
    this.rules = []
  }

  list(): FaultRule[] {
    return this.rules.map(({ re: _re, fired: _f, ...r }) => r)
  }

  /** The fault for this request, if a rule fires (first match wins). */
  decide(method: string, path: string): FaultDecision | null {
    this.stats.requests++
    const clean = path.split('?')[0]
    for (const r of this.rules) {
      if (r.method && r.method !== method.toUpperCase()) continue
      if (!r.re.test(clean)) continue
      if (r.times !== undefined && r.fired >= r.times) continue
      if (this.random() >= (r.probability ?? 1)) continue
      r.fired++
      this.stats.injected[r.kind] = (this.stats.injected[r.kind] ?? 0) + 1
      return { kind: r.kind, latencyMs: r.latencyMs ?? (r.kind === 'timeout' ? 1000 : 300), retryAfterS: r.retryAfterS ?? 1 }
    }
    return null
  }
}

export interface FaultReply {
  status: number
  body: unknown
  headers?: Record<string, string>
}

/** What happened to a request that went through the injector. */
export type FaultOutcome<R extends FaultReply> =
  | { kind: 'reply'; res: R }
  /** a 200 whose body is not JSON (the face writes `text` as is) */
  | { kind: 'raw'; status: number; text: string }
  /** no reply at all: 'timeout' = never processed; 'dropped' = processed, reply lost */
  | { kind: 'no-reply'; reason: 'timeout' | 'dropped' }

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

/** Runs `call` (the backend) under a decision. Only latency, drop-after-commit and malformed-json reach the backend. */
export async function underFault<R extends FaultReply>(
  decision: FaultDecision | null,
  call: () => Promise<R>,
  wait: (ms: number) => Promise<void> = sleep,
): Promise<FaultOutcome<R>> {
  if (!decision) return { kind: 'reply', res: await call() }
  switch (decision.kind) {
    case 'latency':
      await wait(decision.latencyMs)
      return { kind: 'reply', res: await call() }
    case 'timeout':
      await wait(decision.latencyMs)
      return { kind: 'no-reply', reason: 'timeout' }
    case 'error-500':
    case 'error-503': {
      const status = decision.kind === 'error-500' ? 500 : 503
      return { kind: 'reply', res: { status, body: { code: 'server', message: '服务暂时不可用，请稍后重试', retryable: true } } as unknown as R }
    }
    case 'rate-limit':
      return {
        kind: 'reply',
        res: { status: 429, body: { code: 'rate-limited', message: '请求太频繁，请稍后再试' }, headers: { 'retry-after': String(decision.retryAfterS) } } as unknown as R,
      }
    case 'drop-after-commit':
      await call()
      return { kind: 'no-reply', reason: 'dropped' }
    case 'malformed-json': {
      const res = await call()
      return { kind: 'raw', status: res.status, text: JSON.stringify(res.body).slice(0, 12) }
    }
  }
}

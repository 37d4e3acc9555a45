/**
 * What keeps the client usable on a bad network: which failures are retried, full-jitter
 * exponential backoff that honours Retry-After, a retry budget so a dead server is not
 * hammered, and at most 10 requests in flight (WeChat's limit) with a FIFO queue.
 * Pure logic: time and randomness are injected, so tests drive them.
 */
import type { TransportRequest } from './contract/transport'

export interface RetryOptions {
  /** attempts in total, the first one included */
  maxAttempts: number
  baseDelayMs: number
  maxDelayMs: number
  /** a Retry-After longer than this is not waited for: the error goes to the caller (the outbox tries later) */
  maxRetryAfterMs: number
  random: () => number
  sleep: (ms: number) => Promise<void>
  now: () => number
}

export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 4,
  baseDelayMs: 300,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
  random: Math.random,
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  now: () => Date.now(),
}

/** network errors, timeouts, 408, 429 and 5xx; never another 4xx */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500
}

/**
 * May this request be sent again? Reads, PUT/DELETE and uploads always; a POST only when it
 * carries an Idempotency-Key (the server answers a replay with the first result) — without
 * one, only when the server said it did nothing (429, 503).
 */
export function isReplayable(req: Pick<TransportRequest, 'method' | 'headers' | 'upload'>, status: number | 'network' | 'timeout'): boolean {
  if (req.method !== 'POST' || req.upload) return true
  if (Object.keys(req.headers).some((k) => k.toLowerCase() === 'idempotency-key')) return true
  return status === 429 || status === 503
}

/** Full jitter: a uniform delay in [0, min(max, base·2^attempt)). attempt = 0 for the first retry. */
export function backoffDelay(attempt: number, opts: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'>): number {
  const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** attempt)
  return Math.floor(opts.random() * ceiling)
}

/** Retry-After as delta-seconds or an HTTP date → ms from now; null when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: number): number | null {
  if (!value) return null
  const v = value.trim()
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000)
  const at = Date.parse(v)
  return Number.isNaN(at) ? null : Math.max(0, at - now)
}

/**
 * A token bucket shared by all requests of one client: every retry spends a token, every
 * success earns a fraction back. When a server is down, retries stop after the bucket is
 * empty instead of multiplying its load by maxAttempts.
 */
export class RetryBudget {
  private tokens: number
  constructor(
    readonly capacity = 10,
    readonly refillPerSuccess = 0.2,
  ) {
    this.tokens = capacity
  }
  trySpend(): boolean {
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
  onSuccess(): void {
    this.tokens = Math.min(this.capacity, this.tokens + this.refillPerSuccess)
  }
  get available(): number {
    return this.tokens
  }
}

/** At most `max` tasks at once; the rest wait in order. */
export class Limiter {
  private active = 0
  private waiting: Array<() => void> = []
  constructor(readonly max = 10) {}
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((r) => this.waiting.push(r))
    else this.active++
    try {
      return await task()
    } finally {
      const next = this.waiting.shift()
      if (next) next()
      else this.active--
    }
  }
  get inFlight(): number {
    return this.active
  }
  get queued(): number {
    return this.waiting.length
  }
}

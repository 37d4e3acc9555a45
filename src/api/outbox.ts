/**
 * The outbox: submissions (applications, complaints, supplements, ratings, worker actions) are
 * written to persistent storage before they are sent and stay there until the server answers.
 * An app killed mid-send, no network or a timeout loses nothing: the entry is sent again, in
 * order, with the same Idempotency-Key (the server answers a replay with the first result), on
 * reconnect, on the next start, or after a back-off while online.
 * Platform-free: storage, the network signal and timers are injected (src/stores/outbox-store.ts).
 */
import { ApiError, isApiError } from './contract/errors'
import type { GovApi } from './contract/gov-api'
import type { CaseDetail, CreateComplaintRequest, SubmitApplicationRequest, WorkerActionRequest } from './contract/types'

export type OutboxCall =
  | { op: 'createComplaint'; args: [CreateComplaintRequest] }
  | { op: 'submitApplication'; args: [SubmitApplicationRequest] }
  | { op: 'supplementCase'; args: Parameters<GovApi['supplementCase']> }
  | { op: 'rateCase'; args: Parameters<GovApi['rateCase']> }
  | { op: 'workerAct'; args: [string, WorkerActionRequest] }

/** 待发送 → 发送中 → 已送达; 'failed' = the server refused it (the resident must change something). */
export type OutboxState = 'pending' | 'sending' | 'delivered' | 'failed'

export interface OutboxEntry {
  /** the Idempotency-Key: the same submission enqueued twice is one entry */
  id: string
  /** what the resident sees in the list, e.g. 随手拍：垃圾堆放 (no personal data) */
  label: string
  state: OutboxState
  attempts: number
  createdAt: number
  /** Chinese reason of the last failure */
  error?: string
  /** the case the server created or changed */
  caseId?: string
  call: OutboxCall
}

export const OUTBOX_STATE_LABELS: Record<OutboxState, string> = {
  pending: '待发送',
  sending: '发送中',
  delivered: '已送达',
  failed: '未成功',
}

export interface OutboxPersistence {
  load(): OutboxEntry[]
  /** false when the phone's storage refused the write (full) */
  save(entries: OutboxEntry[]): boolean
}

export interface OutboxOptions {
  api: () => GovApi
  persistence: OutboxPersistence
  now?: () => number
  /** ms before a pending entry is tried again while online (attempt = failures so far) */
  retryDelayMs?: (attempt: number) => number
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (t: unknown) => void
  /** delivered entries kept for the 已送达 list */
  keepDelivered?: number
}

export type SubmitOutcome =
  | { state: 'delivered'; result: CaseDetail }
  | { state: 'pending'; error: ApiError; persisted: boolean }

/** Kept and sent again: the server may never have seen it, or its reply was lost. */
export function isTransient(e: unknown): boolean {
  return !isApiError(e) || e.retryable || e.code === 'unauthorized'
}

export class Outbox {
  private list: OutboxEntry[]
  private listeners = new Set<() => void>()
  private draining: Promise<void> | null = null
  private timer: unknown = null
  private online = true
  private lastPersisted = true
  private readonly opts: Required<Omit<OutboxOptions, 'api' | 'persistence'>> & Pick<OutboxOptions, 'api' | 'persistence'>

  constructor(options: OutboxOptions) {
    this.opts = {
      now: () => Date.now(),
      retryDelayMs: (n) => Math.min(60_000, 2_000 * 2 ** Math.min(n, 5)),
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
      keepDelivered: 20,
      ...options,
    }
    let loaded: OutboxEntry[] = []
    try {
      loaded = options.persistence.load().filter((e) => e && typeof e.id === 'string' && e.call)
    } catch {
      loaded = []
    }
    // killed while sending: we cannot know whether it arrived, so it is sent again (same key)
    this.list = loaded.map((e) => (e.state === 'sending' ? { ...e, state: 'pending' } : e))
  }

  entries(): readonly OutboxEntry[] {
    return this.list
  }

  /** false after the phone refused to store the outbox (storage full): entries live only until the app closes */
  get persisted(): boolean {
    return this.lastPersisted
  }

  get isOnline(): boolean {
    return this.online
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }

  find(id: string): OutboxEntry | undefined {
    return this.list.find((e) => e.id === id)
  }

  private commit(next: OutboxEntry[]): void {
    const delivered = next.filter((e) => e.state === 'delivered')
    const drop = new Set(delivered.slice(0, Math.max(0, delivered.length - this.opts.keepDelivered)).map((e) => e.id))
    this.list = next.filter((e) => !drop.has(e.id))
    try {
      this.lastPersisted = this.opts.persistence.save(this.list)
    } catch {
      this.lastPersisted = false
    }
    this.listeners.forEach((l) => l())
  }

  private patch(id: string, p: Partial<OutboxEntry>): void {
    this.commit(this.list.map((e) => (e.id === id ? { ...e, ...p } : e)))
  }

  /**
   * Stores the submission, then sends everything queued in order. Resolves 'delivered' with the
   * server's answer, or 'pending' (kept, sent later) on a network error, timeout, 429 or 5xx.
   * A refusal (400/403/404/409) is thrown as the ApiError and the entry is removed: the draft is
   * where the resident fixes it.
   */
  async submit(entry: { id: string; label: string; call: OutboxCall }): Promise<SubmitOutcome> {
    const existing = this.find(entry.id)
    if (existing?.state === 'delivered' && existing.caseId) {
      // already acknowledged (e.g. delivered in the background): ask the server for the same result
      return this.sendOne(existing)
    }
    if (!existing || existing.state === 'failed') {
      const rest = this.list.filter((e) => e.id !== entry.id)
      this.commit([...rest, { ...entry, state: 'pending', attempts: 0, createdAt: this.opts.now() }])
    }
    await this.drain()
    const after = this.find(entry.id)
    if (after?.state === 'delivered') return this.sendOne(after) // idempotent replay: the stored answer
    if (after?.state === 'failed') {
      this.commit(this.list.filter((e) => e.id !== entry.id))
      throw this.lastErrors.get(entry.id) ?? new ApiError({ code: 'bad-request', message: after.error })
    }
    return {
      state: 'pending',
      error: this.lastErrors.get(entry.id) ?? new ApiError({ code: 'network' }),
      persisted: this.lastPersisted,
    }
  }

  private results = new Map<string, CaseDetail>()
  private lastErrors = new Map<string, ApiError>()

  private async sendOne(e: OutboxEntry): Promise<SubmitOutcome> {
    const cached = this.results.get(e.id)
    if (cached) return { state: 'delivered', result: cached }
    // delivered in an earlier run of the app: read the case rather than replaying the change
    const api = this.opts.api()
    const result = e.call.op === 'workerAct' ? await api.workerGetCase(e.caseId!) : await api.getCase(e.caseId!)
    this.results.set(e.id, result)
    return { state: 'delivered', result }
  }

  private call(c: OutboxCall): Promise<CaseDetail> {
    const api = this.opts.api()
    switch (c.op) {
      case 'createComplaint':
        return api.createComplaint(...c.args)
      case 'submitApplication':
        return api.submitApplication(...c.args)
      case 'supplementCase':
        return api.supplementCase(...c.args)
      case 'rateCase':
        return api.rateCase(...c.args)
      case 'workerAct':
        return api.workerAct(...c.args)
    }
  }

  /** Sends pending entries one at a time, oldest first; stops at the first that must wait. */
  drain(): Promise<void> {
    this.draining ??= this.run().finally(() => {
      this.draining = null
    })
    return this.draining
  }

  private async run(): Promise<void> {
    for (;;) {
      const next = this.list.find((e) => e.state === 'pending')
      if (!next) return
      this.patch(next.id, { state: 'sending', attempts: next.attempts + 1 })
      try {
        const result = await this.call(next.call)
        this.results.set(next.id, result)
        this.lastErrors.delete(next.id)
        this.patch(next.id, { state: 'delivered', caseId: result.id, error: undefined })
      } catch (e) {
        const err = isApiError(e) ? e : new ApiError({ code: 'network' })
        this.lastErrors.set(next.id, err)
        if (isTransient(err)) {
          this.patch(next.id, { state: 'pending', error: err.message })
          this.schedule(next.attempts)
          return // keep the order: later entries wait behind this one
        }
        this.patch(next.id, { state: 'failed', error: err.message })
      }
    }
  }

  private schedule(attempt: number): void {
    if (this.timer !== null) this.opts.clearTimer(this.timer)
    if (!this.online) return
    this.timer = this.opts.setTimer(() => {
      this.timer = null
      void this.drain()
    }, this.opts.retryDelayMs(attempt))
  }

  /** The platform's network signal (onNetworkStatusChange / online-offline). */
  setOnline(online: boolean): void {
    const was = this.online
    this.online = online
    this.listeners.forEach((l) => l())
    if (online && !was) void this.drain()
    if (!online && this.timer !== null) {
      this.opts.clearTimer(this.timer)
      this.timer = null
    }
  }

  /** Forget an entry the resident gave up on (only one not being sent). */
  discard(id: string): void {
    this.commit(this.list.filter((e) => e.id !== id || e.state === 'sending'))
  }
}

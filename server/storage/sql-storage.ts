/**
 * The core's Storage port over PostgreSQL or PGlite (server/db), keeping the port's contract:
 * the core gets a `State` of synchronous maps inside `transaction()`.
 *
 * Each instance keeps the whole State as a cache (loaded at start) and runs the core's
 * transactions one after another on it (the core shares one `Ctx`), in batches:
 *
 * - write batch: BEGIN; pg_advisory_xact_lock (one writer at a time across every instance);
 *   catch up with the rows other instances changed since this instance's last change number
 *   (`change_seq > last`); run each transaction's function on the cache, recording what it
 *   changed (server/storage/tracked-state.ts); write exactly those records (upsert, delete +
 *   tombstone, audit insert) under one new change number; COMMIT; only then are the batch's
 *   answers released. If anything fails, the cache is put back as it was and every request of
 *   the batch gets StorageUnavailableError (503): nothing half-written, nothing acknowledged.
 * - read (a GET, or the core's preflight): catch up without the lock (writers are serialised and
 *   take their change number under the lock, so a committed prefix is always seen) and run; if
 *   the function turns out to change something (a throttle counter), its changes are undone and
 *   it runs again as a write.
 *
 * Several transactions share one database transaction (group commit): one fsync for many
 * requests, which is what lets one PostgreSQL serve hundreds of submissions a second while
 * writers stay strictly serialised.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { CompiledQuery, sql, type Kysely } from 'kysely'
import type { Storage } from '@core/ports'
import type { AuditEntry } from '@/api/contract/types'
import type { State } from '@core/storage'
import { ABSENT_VALUE, changedSeq, Tracker, trackedState, type Holder, type TrackedMap, type TrackedState } from './tracked-state'

/** State map → its own table; maps without one (added to the core later) live in `records`. */
export const MAP_TABLES: Record<string, string> = {
  residents: 'residents',
  workers: 'workers',
  sessions: 'sessions',
  refreshIndex: 'refresh_tokens',
  verifications: 'verifications',
  faceFailures: 'face_locks',
  consents: 'consents',
  cases: 'cases',
  files: 'files',
  idempotency: 'idempotency',
  bindings: 'bindings',
  familyLinks: 'family_links',
  throttles: 'throttles',
  certificates: 'certificates',
}

/** the advisory lock every writer takes (any constant shared by the instances) */
export const WRITER_LOCK = 0x5174_0017

/** The database could not complete the transaction (down, lost, timed out): answer 503, retry later. */
export class StorageUnavailableError extends Error {
  constructor(readonly cause: unknown) {
    super(`storage unavailable: ${cause instanceof Error ? cause.message : String(cause)}`)
  }
}

interface Item {
  fn: (tx: State) => Promise<unknown>
  resolve: (v: unknown) => void
  reject: (e: unknown) => void
  readOnly: boolean
}

/** The HTTP face marks requests that should not change anything (GET, preflight): they run without the writer lock. */
export const readOnlyHint = new AsyncLocalStorage<boolean>()

type AnyDb = Kysely<any> // eslint-disable-line @typescript-eslint/no-explicit-any

interface ChangeRow {
  tbl: string
  key: string
  data: unknown
  change_seq: string | number | bigint
}

export interface CommittedChange {
  map: string
  key: string
  /** undefined = it did not exist */
  before: unknown
  /** undefined = deleted */
  after: unknown
}

export interface SqlStorageStats {
  batches: number
  transactions: number
  maxBatch: number
  reruns: number
}

export class SqlStorage implements Storage {
  readonly state: TrackedState
  private readonly holder: Holder = { tracker: null }
  private lastSeq = 0
  private queue: Item[] = []
  private running = false
  private readonly auditIds = new Set<string>()
  private readonly tableOf = new Map<string, string>()
  private readonly mapOf = new Map<string, TrackedMap<unknown>>()
  private readonly catchUpSql: string
  readonly stats: SqlStorageStats = { batches: 0, transactions: 0, maxBatch: 0, reruns: 0 }

  constructor(
    private readonly db: AnyDb,
    private readonly options: {
      maxBatch?: number
      /**
       * false when this process is the database's only user (embedded PGlite): no other instance
       * can write, so the writer lock and the catch-up reads are skipped
       */
      shared?: boolean
      /**
       * after each commit: the records the batch changed, with their values before and after
       * (case notifications); called outside the storage's queue, errors ignored
       */
      onCommit?: (changes: CommittedChange[]) => void
    } = {},
  ) {
    this.state = trackedState(this.holder)
    for (const [name, map] of this.state.maps) {
      const table = MAP_TABLES[name] ?? `records:${name}`
      this.tableOf.set(name, table)
      this.mapOf.set(table, map)
    }
    const dedicated = [...new Set(Object.values(MAP_TABLES)), 'seq']
    this.catchUpSql = [
      ...dedicated.map((t) => `SELECT '${t}' AS tbl, key, data, change_seq, 0::bigint AS pos FROM ${t} WHERE change_seq > $1`),
      `SELECT 'records:' || map, key, data, change_seq, 0::bigint FROM records WHERE change_seq > $1`,
      `SELECT 'audit', id, jsonb_build_object('id', id, 'at', at, 'actorId', actor_id, 'actorRole', actor_role, 'action', action, 'caseId', case_id, 'detail', detail), change_seq, pos FROM audit WHERE change_seq > $1`,
      `SELECT '-' || tbl, key, NULL::jsonb, change_seq, 0::bigint FROM deletions WHERE change_seq > $1`,
    ]
      .join('\nUNION ALL ')
      .concat('\nORDER BY change_seq, pos')
  }

  /** the highest change number this instance has seen */
  get seenChange(): number {
    return this.lastSeq
  }

  /** Loads every record (under the writer lock, so no writer is half-way). */
  async load(): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${WRITER_LOCK})`.execute(trx)
      await this.catchUp(trx)
    })
  }

  transaction<T>(fn: (tx: State) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve: resolve as (v: unknown) => void, reject, readOnly: readOnlyHint.getStore() === true })
      this.kick()
    })
  }

  private kick(): void {
    if (this.running) return
    this.running = true
    void this.pump().finally(() => {
      this.running = false
      if (this.queue.length) this.kick()
    })
  }

  private async pump(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.splice(0, this.options.maxBatch ?? 64)
      const reads = batch.filter((i) => i.readOnly)
      const writes = batch.filter((i) => !i.readOnly)
      if (reads.length) writes.push(...(await this.runReads(reads)))
      if (writes.length) await this.runWrites(writes)
    }
  }

  /** returns the items that changed something after all (to run again as writes) */
  private async runReads(items: Item[]): Promise<Item[]> {
    try {
      if (this.options.shared !== false) await this.catchUp(this.db)
    } catch (e) {
      for (const item of items) item.reject(new StorageUnavailableError(e))
      return []
    }
    const again: Item[] = []
    for (const item of items) {
      const tracker = new Tracker(this.state)
      this.holder.tracker = tracker
      try {
        const value = await item.fn(this.state)
        this.holder.tracker = null
        if (tracker.wrote(this.state)) {
          tracker.revert(this.state)
          item.readOnly = false
          this.stats.reruns++
          again.push(item)
        } else item.resolve(value)
      } catch (e) {
        this.holder.tracker = null
        tracker.revert(this.state)
        item.reject(e)
      }
    }
    return again
  }

  private async runWrites(items: Item[]): Promise<void> {
    const done: Tracker[] = []
    const outcomes: Array<{ ok: boolean; value: unknown }> = []
    let committedSeq = 0
    try {
      await this.db.transaction().execute(async (trx) => {
        let seq: number
        if (this.options.shared !== false) {
          await sql`select pg_advisory_xact_lock(${WRITER_LOCK})`.execute(trx)
          seq = await this.catchUp(trx, true)
        } else {
          const { rows } = await sql<{ v: string }>`select nextval('change_seq') as v`.execute(trx)
          seq = Number(rows[0].v)
        }
        for (const item of items) {
          const tracker = new Tracker(this.state)
          this.holder.tracker = tracker
          try {
            outcomes.push({ ok: true, value: await item.fn(this.state) })
            done.push(tracker)
          } catch (e) {
            tracker.revert(this.state)
            outcomes.push({ ok: false, value: e })
          } finally {
            this.holder.tracker = null
          }
        }
        if (await this.write(trx, done, seq)) committedSeq = seq
      })
    } catch (e) {
      this.holder.tracker = null
      for (const t of [...done].reverse()) t.revert(this.state)
      for (const item of items) item.reject(new StorageUnavailableError(e))
      return
    }
    if (committedSeq) {
      this.lastSeq = committedSeq
      // known only once committed: after a rollback the same ids are used again, and another
      // instance's entry under such an id must not be taken for one this instance already has
      if (done.length) for (const a of this.state.audit.slice(done[0].auditLength)) this.auditIds.add(a.id)
      if (this.options.onCommit) this.announce(done)
    }
    this.stats.batches++
    this.stats.transactions += items.length
    this.stats.maxBatch = Math.max(this.stats.maxBatch, items.length)
    items.forEach((item, i) => (outcomes[i].ok ? item.resolve(outcomes[i].value) : item.reject(outcomes[i].value)))
  }

  private announce(trackers: Tracker[]): void {
    const changes = new Map<string, CommittedChange>()
    for (const t of trackers) {
      for (const [map, keys] of t.before) {
        for (const [key, before] of keys) {
          const id = `${map} ${key}`
          if (!changes.has(id)) changes.set(id, { map, key, before: before === ABSENT_VALUE ? undefined : before, after: undefined })
        }
      }
    }
    for (const c of changes.values()) c.after = structuredClone(this.state.maps.get(c.map)?.rawGet(c.key))
    const onCommit = this.options.onCommit!
    queueMicrotask(() => {
      try {
        onCommit([...changes.values()])
      } catch {
        // a notification must never affect storage
      }
    })
  }

  /**
   * Applies rows other instances committed since `lastSeq` to the cache. With `takeSeq` (under
   * the writer lock) the same round trip also takes the batch's change number, which it returns.
   */
  private async catchUp(db: AnyDb, takeSeq = false): Promise<number> {
    const text = takeSeq ? `${this.catchUpSql.replace('\nORDER BY', "\nUNION ALL SELECT '#next', '', NULL::jsonb, nextval('change_seq'), 0::bigint\nORDER BY")}` : this.catchUpSql
    const { rows } = await db.executeQuery<ChangeRow>(CompiledQuery.raw(text, [this.lastSeq]))
    let next = 0
    for (const row of rows) {
      const seq = Number(row.change_seq)
      if (row.tbl === '#next') {
        next = seq
        continue
      }
      if (seq > this.lastSeq) this.lastSeq = seq
      if (row.tbl === 'audit') {
        if (!this.auditIds.has(row.key)) {
          this.auditIds.add(row.key)
          this.state.audit.push(Object.freeze(row.data as AuditEntry))
        }
      } else if (row.tbl === 'seq') {
        this.state.seq[row.key] = Number(row.data)
      } else if (row.tbl.startsWith('-')) {
        this.mapOf.get(row.tbl.slice(1))?.rawDelete(row.key)
      } else {
        this.mapOf.get(row.tbl)?.rawSet(row.key, row.data)
      }
    }
    return next
  }

  /**
   * Writes what the trackers recorded under change number `seq`, in one statement: the change
   * set travels as one jsonb parameter and data-modifying CTEs upsert, delete (+ tombstone) and
   * append the audit entries. Returns false when nothing changed.
   */
  private async write(trx: AnyDb, trackers: Tracker[], seq: number): Promise<boolean> {
    if (!trackers.some((t) => t.wrote(this.state))) return false
    const first = trackers[0]
    const touched = new Map<string, Set<string>>()
    for (const t of trackers) {
      for (const [name, keys] of t.before) {
        let set = touched.get(name)
        if (!set) touched.set(name, (set = new Set()))
        for (const k of keys.keys()) set.add(k)
      }
    }
    const change: Record<string, unknown[]> = {}
    const ctes: string[] = []
    const gone: Array<{ t: string; k: string }> = []
    const records: Array<{ m: string; k: string; d: unknown }> = []
    const goneRecords: Array<{ m: string; k: string }> = []
    let n = 0
    for (const [name, keys] of touched) {
      const map = this.state.maps.get(name)!
      const table = this.tableOf.get(name)!
      const generic = table.startsWith('records:')
      const present: Array<{ k: string; d: unknown }> = []
      const deleted: string[] = []
      for (const k of keys) {
        const v = map.rawGet(k)
        if (v === undefined) deleted.push(k)
        else present.push({ k, d: v })
      }
      for (const k of deleted) gone.push({ t: table, k })
      if (generic) {
        for (const p of present) records.push({ m: name, k: p.k, d: p.d })
        for (const k of deleted) goneRecords.push({ m: name, k })
        continue
      }
      if (present.length) {
        change[`u${n}`] = present
        ctes.push(
          `u${n} AS (INSERT INTO ${table} (key, data, change_seq) SELECT e->>'k', e->'d', $2 FROM c, jsonb_array_elements(c.j->'u${n}') e ` +
            `ON CONFLICT (key) DO UPDATE SET data = excluded.data, change_seq = excluded.change_seq)`,
        )
      }
      if (deleted.length) {
        change[`d${n}`] = deleted
        ctes.push(`d${n} AS (DELETE FROM ${table} WHERE key IN (SELECT jsonb_array_elements_text(c.j->'d${n}') FROM c))`)
      }
      n++
    }
    if (records.length) {
      change.ur = records
      ctes.push(
        `ur AS (INSERT INTO records (map, key, data, change_seq) SELECT e->>'m', e->>'k', e->'d', $2 FROM c, jsonb_array_elements(c.j->'ur') e ` +
          `ON CONFLICT (map, key) DO UPDATE SET data = excluded.data, change_seq = excluded.change_seq)`,
      )
    }
    if (goneRecords.length) {
      change.dr = goneRecords
      ctes.push(`dr AS (DELETE FROM records r USING (SELECT e->>'m' AS m, e->>'k' AS k FROM c, jsonb_array_elements(c.j->'dr') e) x WHERE r.map = x.m AND r.key = x.k)`)
    }
    if (gone.length) {
      change.tomb = gone
      ctes.push(`tomb AS (INSERT INTO deletions (tbl, key, change_seq) SELECT e->>'t', e->>'k', $2 FROM c, jsonb_array_elements(c.j->'tomb') e)`)
    }
    const seqKeys = changedSeq(first.seq, this.state.seq)
    if (seqKeys.length) {
      change.seq = seqKeys.map((k) => ({ k, d: this.state.seq[k] }))
      ctes.push(
        `useq AS (INSERT INTO seq (key, data, change_seq) SELECT e->>'k', e->'d', $2 FROM c, jsonb_array_elements(c.j->'seq') e ` +
          `ON CONFLICT (key) DO UPDATE SET data = excluded.data, change_seq = excluded.change_seq)`,
      )
    }
    const entries = this.state.audit.slice(first.auditLength)
    if (entries.length) {
      change.audit = entries
      ctes.push(
        `ins_audit AS (INSERT INTO audit (id, at, actor_id, actor_role, action, case_id, detail, change_seq) ` +
          `SELECT e->>'id', e->>'at', e->>'actorId', e->>'actorRole', e->>'action', e->>'caseId', e->>'detail', $2 ` +
          `FROM c, jsonb_array_elements(c.j->'audit') WITH ORDINALITY AS x(e, n) ORDER BY n)`,
      )
    }
    if (!ctes.length) return false
    const text = `WITH c AS (SELECT $1::jsonb AS j), ${ctes.join(',\n')} SELECT 1 AS ok`
    await trx.executeQuery(CompiledQuery.raw(text, [JSON.stringify(change), seq]))
    return true
  }
}

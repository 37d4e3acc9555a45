/**
 * The SQL storage itself on PostgreSQL (server/storage/sql-storage.ts): two storages on one
 * database see each other's changes and deletions; a transaction the database refuses leaves
 * neither the database nor the cache changed; the audit table refuses UPDATE, DELETE and
 * TRUNCATE whoever asks.
 */
import { sql } from 'kysely'
import { openDatabase, type Database } from '../../server/db/database'
import { migrate } from '../../server/db/migrations'
import { MAP_TABLES, SqlStorage, StorageUnavailableError } from '../../server/storage/sql-storage'
import type { CaseRecord } from '../../core/storage'
import { scratch } from './support'

let db: Database
let drop: () => Promise<void>

beforeAll(async () => {
  const s = await scratch('sqt_storage')
  drop = s.drop
  db = await openDatabase({ url: s.url, poolSize: 4 })
  await migrate(db.db)
})

afterAll(async () => {
  await db?.close()
  await drop?.()
})

const audit = (n: number) => ({ id: `audit-t${n}`, at: '2026-12-04T10:00:00+08:00', actorId: 'w-admin', actorRole: 'admin', action: 'test', caseId: null, detail: `entry ${n}` })

it('two storages on one database see each other’s changes, in-place edits and deletions', async () => {
  const a = new SqlStorage(db.db)
  const b = new SqlStorage(db.db)
  await a.load()
  await b.load()
  await a.transaction(async (tx) => {
    tx.throttles.set('k1', { count: 1, windowStart: 1, lockedUntil: 0 })
    tx.throttles.set('k2', { count: 1, windowStart: 1, lockedUntil: 0 })
    tx.seq.test = 7
    tx.audit.push(Object.freeze(audit(1)))
  })
  await b.transaction(async (tx) => {
    expect(tx.throttles.get('k1')).toEqual({ count: 1, windowStart: 1, lockedUntil: 0 })
    expect(tx.seq.test).toBe(7)
    expect(tx.audit.map((e) => e.id)).toContain('audit-t1')
    // changed in place, through the record the map handed out
    tx.throttles.get('k1')!.count += 4
    tx.throttles.delete('k2')
  })
  await a.transaction(async (tx) => {
    expect(tx.throttles.get('k1')!.count).toBe(5)
    expect(tx.throttles.has('k2')).toBe(false)
    expect(tx.audit.filter((e) => e.id === 'audit-t1')).toHaveLength(1)
  })
  const rows = await sql<{ key: string }>`select key from throttles order by key`.execute(db.db)
  expect(rows.rows.map((r) => r.key)).toEqual(['k1'])
})

it('maps without a table of their own (added to the core later) go to `records` and back', async () => {
  const a = new SqlStorage(db.db)
  const b = new SqlStorage(db.db)
  await a.load()
  await b.load()
  // a map the migrations do not know stands for any the core gains later
  const name = [...a.state.maps.keys()].find((k) => !(k in MAP_TABLES)) ?? null
  const mapOf = (s: SqlStorage) => (s.state as unknown as Record<string, Map<string, unknown>>)[name!]
  if (!name) return
  await a.transaction(async () => {
    mapOf(a).set('x-1', { note: 'kept' })
    mapOf(a).set('x-2', { note: 'gone soon' })
  })
  await b.transaction(async () => {
    expect(mapOf(b).get('x-1')).toEqual({ note: 'kept' })
    mapOf(b).delete('x-2')
  })
  await a.transaction(async () => {
    expect(mapOf(a).has('x-2')).toBe(false)
  })
  const rows = await sql<{ key: string }>`select key from records where map = ${name} order by key`.execute(db.db)
  expect(rows.rows.map((r) => r.key)).toEqual(['x-1'])
})

it('a transaction the database refuses changes neither the database nor the cache', async () => {
  const s = new SqlStorage(db.db)
  await s.load()
  const c = (id: string, caseNo: string) => ({ id, caseNo, kind: 'complaint', status: 'submitted', version: 1, history: [] }) as unknown as CaseRecord
  await s.transaction(async (tx) => {
    tx.cases.set('case-t1', c('case-t1', 'SQ-T-1'))
  })
  // a second case with the same 办件编号 breaks the unique index: the whole batch must go
  const failed = s.transaction(async (tx) => {
    tx.cases.set('case-t2', c('case-t2', 'SQ-T-1'))
    tx.cases.get('case-t1')!.status = 'accepted'
    tx.audit.push(Object.freeze(audit(2)))
    tx.seq.test = 99
  })
  await expect(failed).rejects.toBeInstanceOf(StorageUnavailableError)
  await s.transaction(async (tx) => {
    expect(tx.cases.has('case-t2')).toBe(false)
    expect(tx.cases.get('case-t1')!.status).toBe('submitted')
    expect(tx.audit.map((e) => e.id)).not.toContain('audit-t2')
    expect(tx.seq.test).toBe(7)
  })
  const inDb = await sql<{ n: string }>`select count(*) as n from audit where id = 'audit-t2'`.execute(db.db)
  expect(Number(inDb.rows[0].n)).toBe(0)
  const status = await sql<{ s: string }>`select data->>'status' as s from cases where key = 'case-t1'`.execute(db.db)
  expect(status.rows[0].s).toBe('submitted')
  // the refused entry's id is free again: when another instance uses it, this one sees that entry
  const other = new SqlStorage(db.db)
  await other.load()
  await other.transaction(async (tx) => {
    tx.audit.push(Object.freeze({ ...audit(2), detail: 'written by the other instance' }))
  })
  await s.transaction(async (tx) => {
    expect(tx.audit.filter((e) => e.id === 'audit-t2').map((e) => e.detail)).toEqual(['written by the other instance'])
  })
})

it('the audit log is append-only in the database', async () => {
  await expect(sql`update audit set detail = 'changed'`.execute(db.db)).rejects.toThrow(/append-only/)
  await expect(sql`delete from audit`.execute(db.db)).rejects.toThrow(/append-only/)
  await expect(sql`truncate audit`.execute(db.db)).rejects.toThrow(/append-only/)
  const n = await sql<{ n: string }>`select count(*) as n from audit`.execute(db.db)
  expect(Number(n.rows[0].n)).toBeGreaterThan(0)
})

it('after a commit, onCommit hears every changed record with its value before and after (and nothing after a rollback)', async () => {
  const heard: Array<{ map: string; key: string; before: any; after: any }> = []
  const s = new SqlStorage(db.db, { onCommit: (changes) => heard.push(...changes) })
  await s.load()
  await s.transaction(async (tx) => {
    tx.cases.get('case-t1')!.status = 'accepted'
    tx.throttles.set('k-new', { count: 1, windowStart: 1, lockedUntil: 0 })
  })
  while (heard.length < 2) await new Promise((ok) => setTimeout(ok, 10))
  const c = heard.find((h) => h.map === 'cases')!
  expect([c.before.status, c.after.status]).toEqual(['submitted', 'accepted'])
  expect(heard.find((h) => h.map === 'throttles')).toMatchObject({ key: 'k-new', before: undefined })
  heard.length = 0
  await expect(
    s.transaction(async (tx) => {
      tx.cases.get('case-t1')!.status = 'approved'
      tx.cases.set('case-t3', { ...tx.cases.get('case-t1')!, id: 'case-t3' })
    }),
  ).rejects.toBeInstanceOf(StorageUnavailableError)
  await s.transaction(async () => undefined)
  expect(heard).toEqual([])
})

/**
 * Durability: `kill -9` of the server in the middle of a load of 300 submissions (20 clients,
 * one Idempotency-Key each), restart on the same database → every acknowledged submission is
 * there; sending all 300 again with their keys makes each exactly once (acknowledged ones
 * replay their case), so the resident has exactly 300 new cases.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { call, COMPLAINT, scratch, spawnServer, TESTER, verifiedResident, type ServerProcess } from './support'

jest.setTimeout(300_000)

const TOTAL = 300
const CLIENTS = 20
const KILL_AFTER = 100
const dir = mkdtempSync(join(tmpdir(), 'sqt-kill-'))
let server: ServerProcess | null = null
let drop: () => Promise<void>

afterAll(async () => {
  await server?.stop('SIGKILL')
  await drop?.()
  rmSync(dir, { recursive: true, force: true })
})

it('kill -9 during a load run: every acknowledged submission survives, none is made twice', async () => {
  const db = await scratch('sqt_kill')
  drop = db.drop
  const env = { DEMO: '1', TESTER_TOKEN: TESTER, DATABASE_URL: db.url, FILES_DIR: join(dir, 'files') }
  server = await spawnServer(env)
  const token = await verifiedResident(server.url)
  const before = Number((await call(server.url, 'GET', '/v1/cases?limit=1', { token })).headers.get('x-total-count'))

  const acknowledged = new Map<string, string>()
  let next = 0
  let killed: Promise<unknown> | null = null
  const base = server.url
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < TOTAL) {
        const key = `kill-${next++}`
        try {
          const r = await call(base, 'POST', '/v1/complaints', { token, body: COMPLAINT, headers: { 'idempotency-key': key } })
          if (r.status === 200) acknowledged.set(key, r.body.id)
        } catch {
          // connection refused or reset: not acknowledged
        }
        if (acknowledged.size >= KILL_AFTER && !killed) killed = server!.stop('SIGKILL')
      }
    }),
  )
  await killed
  expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER)
  expect(acknowledged.size).toBeLessThan(TOTAL)

  server = await spawnServer(env)
  for (const [, id] of acknowledged) expect((await call(server.url, 'GET', `/v1/cases/${id}`, { token })).status).toBe(200)
  // every submission again with its key (the phone's outbox after the outage)
  for (let i = 0; i < TOTAL; i++) {
    const key = `kill-${i}`
    const r = await call(server.url, 'POST', '/v1/complaints', { token, body: COMPLAINT, headers: { 'idempotency-key': key } })
    expect(r.status).toBe(200)
    if (acknowledged.has(key)) expect(r.body.id).toBe(acknowledged.get(key))
  }
  const after = Number((await call(server.url, 'GET', '/v1/cases?limit=1', { token })).headers.get('x-total-count'))
  expect(after - before).toBe(TOTAL)
})

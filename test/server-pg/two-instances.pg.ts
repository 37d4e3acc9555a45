/**
 * Two server instances on one PostgreSQL (the writer lock and the catch-up in
 * server/storage/sql-storage.ts): one idempotency key sent 50 times at once over both makes
 * exactly one case; 10 approvals of one case version at once over both: exactly one succeeds,
 * the other nine are 409 and one certificate exists.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { call, COMPLAINT, persona, RESIDENCE_PROOF, scratch, spawnServer, TESTER, verifiedResident, type ServerProcess } from './support'

jest.setTimeout(300_000)

let a: ServerProcess
let b: ServerProcess
let drop: () => Promise<void>
const dir = mkdtempSync(join(tmpdir(), 'sqt-two-'))

beforeAll(async () => {
  const db = await scratch('sqt_two')
  drop = db.drop
  const env = { DEMO: '1', TESTER_TOKEN: TESTER, DATABASE_URL: db.url, FILES_DIR: join(dir, 'files') }
  a = await spawnServer(env)
  b = await spawnServer(env)
})

afterAll(async () => {
  await a?.stop()
  await b?.stop()
  await drop?.()
  rmSync(dir, { recursive: true, force: true })
})

it('a session and a face verification started on one instance work on the other', async () => {
  // signed in and verification started on A, camera step played on B, confirmed on A
  const token = await verifiedResident(a.url, 'resident-zhou', b.url)
  expect((await call(b.url, 'GET', '/v1/me/profile', { token })).status).toBe(200)
})

it('50 concurrent submits with one Idempotency-Key over both instances make exactly one case', async () => {
  const token = await verifiedResident(a.url)
  const before = Number((await call(b.url, 'GET', '/v1/cases?limit=1', { token })).headers.get('x-total-count'))
  const replies = await Promise.all(
    Array.from({ length: 50 }, (_, i) => call(i % 2 ? b.url : a.url, 'POST', '/v1/complaints', { token, body: COMPLAINT, headers: { 'idempotency-key': 'two-instances-one-key' } })),
  )
  expect(replies.map((r) => r.status)).toEqual(Array(50).fill(200))
  expect(new Set(replies.map((r) => r.body.id)).size).toBe(1)
  expect(replies.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(49)
  for (const base of [a.url, b.url]) {
    const after = Number((await call(base, 'GET', '/v1/cases?limit=1', { token })).headers.get('x-total-count'))
    expect(after).toBe(before + 1)
  }
})

it('10 parallel approvals of one version over both instances: exactly one succeeds', async () => {
  const resident = await verifiedResident(b.url, 'resident-new')
  const filed = await call(b.url, 'POST', '/v1/applications', { token: resident, body: RESIDENCE_PROOF, headers: { 'idempotency-key': 'two-instances-application' } })
  expect(filed.status).toBe(200)
  const clerk = await persona(a.url, 'staff-clerk')
  const accepted = await call(a.url, 'POST', `/v1/worker/cases/${filed.body.id}/actions`, { token: clerk, body: { action: 'accept', version: filed.body.version, input: {} } })
  expect(accepted.status).toBe(200)
  const approvals = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      call(i % 2 ? b.url : a.url, 'POST', `/v1/worker/cases/${filed.body.id}/actions`, {
        token: clerk,
        body: { action: 'approve', version: accepted.body.version, input: { resultText: '审核通过，证明已出具。' } },
      }),
    ),
  )
  const statuses = approvals.map((r) => r.status).sort()
  expect(statuses).toEqual([200, ...Array(9).fill(409)])
  const winner = approvals.find((r) => r.status === 200)!
  for (const base of [a.url, b.url]) {
    const seen = await call(base, 'GET', `/v1/cases/${filed.body.id}`, { token: resident })
    expect(seen.body.status).toBe('approved')
    expect(seen.body.version).toBe(winner.body.version)
    expect(seen.body.certificate?.code).toBe(winner.body.certificate?.code)
  }
  const admin = await persona(b.url, 'staff-admin')
  const audit = await call(a.url, 'GET', `/v1/worker/audit?caseId=${filed.body.id}&action=approve`, { token: admin })
  expect(audit.body).toHaveLength(1)
})

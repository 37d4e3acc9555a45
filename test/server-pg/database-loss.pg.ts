/**
 * The database going away, through a TCP proxy between the server and PostgreSQL that the test
 * opens and cuts: down at start → the server says so, keeps retrying and /healthz is 503, then
 * starts once it is reachable; lost mid-run → requests are 503 with Retry-After and nothing is
 * half-written (the submission made during the outage does not exist; sent again with its key
 * after the database is back, it is made exactly once).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, connect, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { call, COMPLAINT, scratch, spawnServer, TESTER, verifiedResident, type ServerProcess } from './support'

jest.setTimeout(300_000)

/** A TCP proxy to PostgreSQL that can be opened and cut. */
class Cuttable {
  private server: Server | null = null
  private sockets = new Set<Socket>()
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}
  open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host)
      for (const s of [client, upstream]) {
        this.sockets.add(s)
        s.on('close', () => this.sockets.delete(s))
        s.on('error', () => undefined)
      }
      client.pipe(upstream).pipe(client)
    })
    return new Promise((ok) => this.server!.listen(this.port, '127.0.0.1', () => ok()))
  }
  cut(): Promise<void> {
    for (const s of this.sockets) s.destroy()
    return new Promise((ok) => (this.server ? this.server.close(() => ok()) : ok()))
  }
}

const dir = mkdtempSync(join(tmpdir(), 'sqt-loss-'))
let server: ServerProcess | null = null
let proxy: Cuttable
let drop: () => Promise<void>

afterAll(async () => {
  await server?.stop('SIGKILL')
  await proxy?.cut()
  await drop?.()
  rmSync(dir, { recursive: true, force: true })
})

async function freePort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', () => ok()))
  const port = (s.address() as { port: number }).port
  await new Promise((ok) => s.close(ok))
  return port
}

it('database down at start, then lost mid-run: 503 with Retry-After, nothing half-written', async () => {
  const db = await scratch('sqt_loss')
  drop = db.drop
  const real = new URL(db.url)
  proxy = new Cuttable(await freePort(), { host: real.hostname, port: Number(real.port || 5432) })
  const viaProxy = new URL(db.url)
  viaProxy.hostname = '127.0.0.1'
  viaProxy.port = String(proxy.port)

  // 1. down at start: the server opens its port (health 503), says so and retries
  server = await spawnServer({ DEMO: '1', TESTER_TOKEN: TESTER, DATABASE_URL: viaProxy.toString(), FILES_DIR: join(dir, 'files') }, 120_000, false)
  await server.until(/database not ready .*retrying/)
  expect((await fetch(`${server.url}/healthz`)).status).toBe(503)
  expect((await call(server.url, 'GET', '/v1/matters')).status).toBe(503)
  await proxy.open()
  await server.until(/listening on/)
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200)

  const token = await verifiedResident(server.url)
  const before = Number((await call(server.url, 'GET', '/v1/cases?limit=1', { token })).headers.get('x-total-count'))

  // 2. lost mid-run
  await proxy.cut()
  const during = await call(server.url, 'POST', '/v1/complaints', { token, body: COMPLAINT, headers: { 'idempotency-key': 'outage-1' } })
  expect(during.status).toBe(503)
  expect(Number(during.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(during.body.message).toMatch(/[\u4e00-\u9fa5]/)
  expect((await fetch(`${server.url}/healthz`)).status).toBe(503)

  // 3. back: the outage's submission was not half-made; sent again it is made once
  await proxy.open()
  let again = during
  for (let i = 0; i < 20 && again.status !== 200; i++) {
    await new Promise((ok) => setTimeout(ok, 500))
    again = await call(server.url, 'POST', '/v1/complaints', { token, body: COMPLAINT, headers: { 'idempotency-key': 'outage-1' } })
  }
  expect(again.status).toBe(200)
  expect(again.headers.get('idempotent-replayed')).toBeNull()
  const replay = await call(server.url, 'POST', '/v1/complaints', { token, body: COMPLAINT, headers: { 'idempotency-key': 'outage-1' } })
  expect(replay.body.id).toBe(again.body.id)
  const after = Number((await call(server.url, 'GET', '/v1/cases?limit=1', { token })).headers.get('x-total-count'))
  expect(after).toBe(before + 1)
})

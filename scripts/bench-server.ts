/**
 * npm run bench:server — submissions per second and latency with 20 concurrent clients, side by
 * side: the in-memory fake backend (mock/server), the production server on embedded PGlite and,
 * when DATABASE_URL is set, on PostgreSQL (a scratch database created and dropped). Each client
 * is a verified resident session filing 随手拍 complaints (POST /v1/complaints, each with its
 * own Idempotency-Key) until BENCH_REQUESTS (default 2 000) have been sent. Loopback only.
 * Options: BENCH_REQUESTS, BENCH_CONCURRENCY (default 20), BENCH_ONLY=memory,pglite,postgres,
 * BENCH_PROFILE=<dir> (CPU profiles of the servers, node --cpu-prof).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { Agent, request } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createScratchDatabase } from '../server/db/scratch'

const TOTAL = Number(process.env.BENCH_REQUESTS) || 2000
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY) || 20
const ONLY = (process.env.BENCH_ONLY ?? 'memory,pglite,postgres').split(',')
const TOKEN = 'bench-tester-token-0123456789abcdef'
const ROOT = resolve(__dirname, '..')

interface Target {
  label: string
  base: string
  child: ChildProcess
}

function start(label: string, script: string, env: Record<string, string>): Promise<Target> {
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', join(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_NO_WARNINGS: '1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((ok, fail) => {
    let out = ''
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /(?:listening on|backend on) (http:\/\/[\w.:[\]]+:\d+)/.exec(out)
      if (m) ok({ label, base: m[1], child })
    })
    child.on('exit', (code) => fail(new Error(`${label} exited (${code}):\n${out}`)))
  })
}

async function run(t: Target): Promise<string> {
  // node:http with keep-alive (lighter on the CPU than fetch, which shares the machine with the server)
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY })
  const url = new URL(t.base)
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: Record<string, string> }>((ok, fail) => {
      const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body))
      const req = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method,
          path,
          headers: { 'x-tester-token': TOKEN, ...(data ? { 'content-type': 'application/json', 'content-length': String(data.length) } : {}), ...headers },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => {
            let parsed: Record<string, string> = {}
            try {
              parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'))
            } catch {
              // not JSON
            }
            ok({ status: res.statusCode ?? 0, body: parsed })
          })
        },
      )
      req.on('error', fail)
      req.end(data)
    })
  // one face verification; the other sessions start verified through the binding it creates
  const first = (await call('POST', '/v1/auth/login', { persona: 'resident-new' })).body
  const auth0 = { authorization: `Bearer ${first.accessToken}` }
  await call('PUT', '/v1/me/consent', { version: '2026-11', privacy: true, face: true, idNumber: true }, auth0)
  const { verifyId } = (await call('POST', '/v1/face/verifications', {}, auth0)).body
  await call('POST', '/mock/wechat/facial-verify', { verifyId, outcome: 'pass' }, auth0)
  const confirmed = await call('POST', `/v1/face/verifications/${verifyId}/confirm`, {}, auth0)
  if (confirmed.status !== 200) throw new Error(`${t.label}: face verification failed ${JSON.stringify(confirmed.body)}`)
  const sessions = [auth0]
  for (let i = 1; i < CONCURRENCY; i++) sessions.push({ authorization: `Bearer ${(await call('POST', '/v1/auth/login', { persona: 'resident-new' })).body.accessToken}` })

  const body = {
    categoryId: 'public-facilities',
    description: '小区门口的井盖松动了，踩上去会晃，很危险。',
    photos: [],
    location: { lat: 31.2139, lng: 107.4865, address: '西外大街 90 号' },
    anonymous: false,
    public: true,
  }
  let n = 0
  const latencies: number[] = []
  const statuses: Record<number, number> = {}
  const t0 = performance.now()
  await Promise.all(
    sessions.map(async (auth, c) => {
      while (n < TOTAL) {
        const i = n++
        const s = performance.now()
        const r = await call('POST', '/v1/complaints', body, { ...auth, 'idempotency-key': `bench-${c}-${i}` })
        latencies.push(performance.now() - s)
        statuses[r.status] = (statuses[r.status] ?? 0) + 1
      }
    }),
  )
  const secs = (performance.now() - t0) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1).padStart(7)
  return `${t.label.padEnd(26)} ${(TOTAL / secs).toFixed(0).padStart(8)} ${p(0.5)} ${p(0.95)} ${p(0.99)}   ${JSON.stringify(statuses)}`
}

async function main() {
  const rows: string[] = []
  const dir = mkdtempSync(join(tmpdir(), 'sqt-bench-'))
  const targets: Array<() => Promise<{ t: Target; cleanup?: () => Promise<void> }>> = []
  if (ONLY.includes('memory')) {
    targets.push(async () => ({ t: await start('fake backend (memory)', 'mock/server/main.ts', { MOCK_TESTER_TOKEN: TOKEN, MOCK_REQUEST_LOG: '0' }) }))
  }
  const serverEnv = { DEMO: '1', TESTER_TOKEN: TOKEN, REQUEST_LOG: '0' }
  if (ONLY.includes('pglite')) {
    targets.push(async () => ({ t: await start('server on PGlite', 'server/main.ts', { ...serverEnv, DATABASE_URL: '', PGLITE_DIR: join(dir, 'pglite'), FILES_DIR: join(dir, 'files') }) }))
  }
  if (ONLY.includes('postgres')) {
    if (!process.env.DATABASE_URL) rows.push('server on PostgreSQL       (skipped: no DATABASE_URL — see scripts/ci-postgres.sh)')
    else
      targets.push(async () => {
        const scratch = await createScratchDatabase(process.env.DATABASE_URL!, 'sqt_bench')
        const t = await start('server on PostgreSQL', 'server/main.ts', { ...serverEnv, DATABASE_URL: scratch.url, FILES_DIR: join(dir, 'files-pg') })
        return { t, cleanup: () => scratch.drop() }
      })
  }
  try {
    for (const make of targets) {
      const { t, cleanup } = await make()
      try {
        rows.push(await run(t))
      } finally {
        const exited = new Promise((ok) => t.child.once('exit', ok))
        t.child.kill('SIGTERM')
        await exited
        await cleanup?.()
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  console.log(`\n${TOTAL} submissions (POST /v1/complaints), ${CONCURRENCY} concurrent clients, loopback`)
  console.log(`${'backend'.padEnd(26)} ${'subm/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)}   statuses`)
  for (const r of rows) console.log(r)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})

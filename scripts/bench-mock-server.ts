/**
 * npm run bench:mock-server — throughput of the fake backend over real HTTP.
 * Starts `mock/server/main.ts` on an ephemeral localhost port (or uses BENCH_BASE_URL), signs in
 * as a verified resident and a clerk, then fires a fixed mix of requests with fixed concurrency:
 * GET /v1/matters (public), GET /v1/cases (resident), GET /v1/worker/queue (staff) and
 * POST /v1/complaints (idempotent create). Prints requests per second and latency percentiles.
 * Options: BENCH_REQUESTS (default 2000), BENCH_CONCURRENCY (default 16).
 */
import { spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { resolve } from 'node:path'

const TOTAL = Number(process.env.BENCH_REQUESTS) || 2000
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY) || 16

async function startServer(): Promise<{ base: string; stop(): void; tester: string }> {
  if (process.env.BENCH_BASE_URL) return { base: process.env.BENCH_BASE_URL, stop: () => undefined, tester: process.env.MOCK_TESTER_TOKEN ?? '' }
  const tester = 'bench-tester-token-0123456789abcdef'
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, '../mock/server/main.ts')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MOCK_TESTER_TOKEN: tester, MOCK_REQUEST_LOG: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const base = await new Promise<string>((ok, fail) => {
    let out = ''
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      const m = out.match(/http:\/\/[\w.:[\]]+:\d+/)
      if (m) ok(m[0])
    })
    child.on('exit', (code) => fail(new Error(`mock server exited (${code})`)))
  })
  return { base, stop: () => child.kill(), tester }
}

async function main() {
  const { base, stop, tester } = await startServer()
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json', 'x-tester-token': tester, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await res.json().catch(() => null)
    return { status: res.status, body: json as { accessToken: string; verifyId: string } & Record<string, unknown> }
  }
  try {
    const resident = (await call('POST', '/v1/auth/login', { persona: 'resident-new' })).body
    const auth = { authorization: `Bearer ${resident.accessToken}` }
    await call('PUT', '/v1/me/consent', { version: '2026-11', privacy: true, face: true, idNumber: true }, auth)
    const { verifyId } = (await call('POST', '/v1/face/verifications', {}, auth)).body
    await call('POST', '/mock/wechat/facial-verify', { verifyId, outcome: 'pass' }, auth)
    const confirmed = await call('POST', `/v1/face/verifications/${verifyId}/confirm`, {}, auth)
    if (confirmed.status !== 200) throw new Error(`face verification failed: ${JSON.stringify(confirmed.body)}`)
    const clerk = (await call('POST', '/v1/auth/login', { persona: 'staff-clerk' })).body
    const staff = { authorization: `Bearer ${clerk.accessToken}` }

    let n = 0
    const mix: Array<() => Promise<{ status: number }>> = [
      () => call('GET', '/v1/matters'),
      () => call('GET', '/v1/cases', undefined, auth),
      () => call('GET', '/v1/worker/queue?limit=20', undefined, staff),
      () =>
        call(
          'POST',
          '/v1/complaints',
          {
            categoryId: 'public-facilities',
            description: '小区门口的井盖松动了，踩上去会晃，很危险。',
            photos: [],
            location: { lat: 31.2139, lng: 107.4865, address: '西外大街 90 号' },
            anonymous: false,
            public: true,
          },
          { ...auth, 'idempotency-key': `bench-${n % 50}` },
        ),
    ]
    const latencies: number[] = []
    const statuses: Record<number, number> = {}
    const t0 = performance.now()
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (n < TOTAL) {
          const i = n++
          const s = performance.now()
          const res = await mix[i % mix.length]()
          latencies.push(performance.now() - s)
          statuses[res.status] = (statuses[res.status] ?? 0) + 1
        }
      }),
    )
    const secs = (performance.now() - t0) / 1000
    latencies.sort((a, b) => a - b)
    const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1)
    console.log(`mock:server ${TOTAL} requests, concurrency ${CONCURRENCY}: ${(TOTAL / secs).toFixed(0)} req/s, p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms`)
    console.log(`statuses: ${JSON.stringify(statuses)}`)
  } finally {
    stop()
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})

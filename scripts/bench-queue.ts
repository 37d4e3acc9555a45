/**
 * npm run bench:queue — the worker queue with 10 000 open cases (BULK_CASES to change):
 *  1. the queue endpoint through the in-process client (first page, an SLA filter, a search),
 *  2. the first-screen render of the queue component in jsdom (through jest, which maps Taro to
 *     its test doubles), rows actually rendered, and heap used.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createBackend, fixedClock } from '../mock/backend'
import { createGovApiClient, memoryTokenStore } from '../src/api/client'
import { inProcessTransport } from '../src/api/mock-adapter'

const BULK = Number(process.env.BULK_CASES) || 10_000
const RUNS = 20

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`
const heap = () => `${Math.round(process.memoryUsage().heapUsed / 1048576)} MB`

async function main() {
  const t0 = performance.now()
  const backend = createBackend({ clock: fixedClock('2026-11-23T10:00:00+08:00'), bulkCases: BULK })
  const seedMs = performance.now() - t0
  const api = createGovApiClient(inProcessTransport(backend), memoryTokenStore())
  await api.login({ persona: 'staff-admin' })

  async function time(label: string, call: () => Promise<{ total: number }>) {
    const xs: number[] = []
    let total = 0
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now()
      total = (await call()).total
      xs.push(performance.now() - s)
    }
    console.log(`  ${label.padEnd(28)} ${fmt(xs)}  (${total} matching)`)
  }

  console.log(
    `worker queue benchmark — ${backend.state.cases.size} cases (seeded in ${seedMs.toFixed(0)} ms), heap ${heap()}`,
  )
  console.log('endpoint (in-process, JSON round trip):')
  await time('first page (50)', () => api.workerQueue({ limit: 50 }))
  await time('filter 已超期', () => api.workerQueue({ sla: 'overdue', limit: 50 }))
  await time('page 100 (offset 5000)', () => api.workerQueue({ offset: 5000, limit: 50 }))
  await time('search by case number', () => api.workerQueue({ q: 'SQ20261123', limit: 50 }))
  console.log(`  heap after endpoint runs: ${heap()}`)

  const out = join(mkdtempSync(join(tmpdir(), 'bench-queue-')), 'render.json')
  const root = resolve(__dirname, '..')
  execFileSync(
    process.execPath,
    [require.resolve('jest/bin/jest', { paths: [root] }), '--testMatch', '**/queue-render.bench.tsx', '--silent'],
    {
      cwd: root,
      env: { ...process.env, BENCH_OUT: out, BULK_CASES: String(BULK) },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  const r = JSON.parse(readFileSync(out, 'utf8')) as {
    renderMs: number[]
    rowsRendered: number
    heapUsedMB: number
    runs: number
  }
  console.log('first-screen render in jsdom (login → list with rows):')
  console.log(
    `  ${'render'.padEnd(28)} ${fmt(r.renderMs)}  over ${r.runs} runs (first run includes module warm-up: ${r.renderMs[0].toFixed(0)} ms)`,
  )
  console.log(`  rows in the DOM: ${r.rowsRendered} of ${BULK}+ (windowed), jsdom heap ${r.heapUsedMB} MB`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})

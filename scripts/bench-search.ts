/**
 * npm run bench:search — accuracy and latency of searchMatters on the query fixtures.
 *
 *   tsx scripts/bench-search.ts            dev set + holdout set
 *   tsx scripts/bench-search.ts --all      also list every query with its top 3
 *
 * - dev set (test/fixtures/search-queries.json): what the aliases are tuned on.
 * - holdout set (search-queries-holdout.json): written before the matcher existed, never tuned on.
 * - blind set (search-queries-blind.json): written later in deliberately unlisted wording, never
 *   tuned on; the most pessimistic estimate for queries nobody has seen.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { searchMatters } from '../src/domain/search/search-matters'

export interface QueryCase {
  q: string
  expect: string
  tag?: string
}

export interface SetReport {
  total: number
  top1: number
  top3: number
  misses: Array<{ q: string; expect: string; got: string[]; rank: number }>
  latenciesMs: number[]
}

export function loadQueries(file: string): QueryCase[] {
  const data = JSON.parse(readFileSync(resolve(__dirname, '../test/fixtures', file), 'utf8')) as {
    queries: QueryCase[]
  }
  return data.queries
}

export function evaluate(cases: QueryCase[]): SetReport {
  const report: SetReport = { total: cases.length, top1: 0, top3: 0, misses: [], latenciesMs: [] }
  for (const c of cases) {
    const t0 = performance.now()
    const hits = searchMatters(c.q)
    report.latenciesMs.push(performance.now() - t0)
    const rank = hits.findIndex((h) => h.name === c.expect) + 1
    if (rank === 1) report.top1++
    if (rank >= 1 && rank <= 3) report.top3++
    if (rank !== 1) report.misses.push({ q: c.q, expect: c.expect, got: hits.slice(0, 3).map((h) => h.name), rank })
  }
  return report
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)}%`

function print(label: string, r: SetReport): void {
  console.log(`\n${label}: ${r.total} queries`)
  console.log(
    `  top-1 ${pct(r.top1, r.total)} (${r.top1}/${r.total})   top-3 ${pct(r.top3, r.total)} (${r.top3}/${r.total})`,
  )
  console.log(
    `  latency p50 ${percentile(r.latenciesMs, 50).toFixed(3)} ms   p95 ${percentile(r.latenciesMs, 95).toFixed(3)} ms`,
  )
  for (const miss of r.misses) {
    const where = miss.rank ? `rank ${miss.rank}` : 'not found'
    console.log(`  miss  ${miss.q}  → ${miss.got[0] ?? '(no result)'}   expected ${miss.expect} (${where})`)
  }
}

function main(): void {
  const dev = loadQueries('search-queries.json')
  const holdout = loadQueries('search-queries-holdout.json')
  // Warm up: the first calls pay for JIT compilation, not for search.
  for (const c of dev.slice(0, 20)) searchMatters(c.q)
  print('dev set', evaluate(dev))
  print('holdout set (never tuned on)', evaluate(holdout))
  print('blind set (harder wording, never tuned on)', evaluate(loadQueries('search-queries-blind.json')))
  if (process.argv.includes('--all')) {
    for (const c of [...dev, ...holdout]) {
      const got = searchMatters(c.q, 3).map((h) => `${h.name}:${h.score}`)
      console.log(`${c.q}\t${c.expect}\t${got.join(' | ')}`)
    }
  }
}

if (typeof require !== 'undefined' && require.main === module) main()

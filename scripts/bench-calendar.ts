/**
 * npm run bench:calendar — how long the working-day calendar and the China-time helpers take.
 * Prints numbers only (no pass/fail): deadlines are computed on every filing and every queue
 * view, and isoChina stamps every backend write.
 *
 *   tsx scripts/bench-calendar.ts
 */
import { performance } from 'node:perf_hooks'
import { addWorkingDays, createCalendar, workingDaysBetween } from '../src/domain/calendar'
import { addDays, chinaDateOf, formatDateTimeCn, isoChina } from '../src/domain/time/china-time'

const ROUNDS = 7

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

/** median ms for `n` calls of fn(i), over ROUNDS rounds */
function time(label: string, n: number, fn: (i: number) => unknown): void {
  const ms: number[] = []
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now()
    for (let i = 0; i < n; i++) fn(i)
    ms.push(performance.now() - t0)
  }
  const m = median(ms)
  console.log(`${label.padEnd(46)} ${n.toLocaleString('en').padStart(7)} calls  ${m.toFixed(1).padStart(7)} ms  ${((m * 1000) / n).toFixed(2).padStart(7)} µs/call`)
}

const starts2026 = Array.from({ length: 360 }, (_, i) => addDays('2026-01-01', i))
const instants = Array.from({ length: 1000 }, (_, i) => Date.parse('2026-11-23T02:00:00Z') + i * 3_600_000)
const stamps = instants.map((t) => new Date(t).toISOString())

const t0 = performance.now()
createCalendar().addWorkingDays('2026-01-05', 10)
console.log(`first deadline on a fresh calendar (builds the year)          ${(performance.now() - t0).toFixed(1)} ms`)

addWorkingDays('2026-01-05', 10) // warm the shared calendar's per-year cache
time('addWorkingDays(start, 10), 2026 starts', 10_000, (i) => addWorkingDays(starts2026[i % 360], 10))
time('workingDaysBetween(start, start + ~60 days)', 10_000, (i) => workingDaysBetween(starts2026[i % 300], starts2026[(i % 300) + 60]))
time('chinaDateOf(ISO Z timestamp)', 10_000, (i) => chinaDateOf(stamps[i % 1000]))
time('isoChina(epoch ms)', 10_000, (i) => isoChina(instants[i % 1000]))
time('formatDateTimeCn(ISO Z timestamp)', 10_000, (i) => formatDateTimeCn(stamps[i % 1000]))

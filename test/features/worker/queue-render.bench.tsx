/**
 * @jest-environment jest-fixed-jsdom
 *
 * Not a test (no .test. in the name): scripts/bench-queue.ts runs it through jest to time the
 * first-screen render of the worker queue over 10 000 cases in jsdom and writes JSON to BENCH_OUT.
 */
import '../../ui/dom-config'
import { writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { act, cleanup, render, screen } from '@testing-library/react'
import { clientFor, testBackend } from '../../support/backend'
import { setApi } from '@/api'
import { QueueScreen } from '@/features/worker'
import { useSessionStore } from '@/stores/session-store'

const BULK = Number(process.env.BULK_CASES) || 10_000
const RUNS = Number(process.env.BENCH_RUNS) || 5

it(`first-screen render of the queue over ${BULK} cases`, async () => {
  const { backend } = testBackend(undefined, { bulkCases: BULK })
  const api = clientFor(backend)
  useSessionStore.getState().setSession(await api.login({ persona: 'staff-admin' }))
  setApi(api)
  const times: number[] = []
  let rows = 0
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    const { container } = render(<QueueScreen />)
    await screen.findByText(/共 \d+ 件/, undefined, { timeout: 30_000 })
    times.push(performance.now() - t0)
    rows = container.querySelectorAll('.worker-list__row').length
    await act(async () => cleanup())
  }
  const heapMB = process.memoryUsage().heapUsed / 1048576
  const out = { bulk: BULK, runs: RUNS, renderMs: times, rowsRendered: rows, heapUsedMB: Math.round(heapMB) }
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, JSON.stringify(out))
  expect(rows).toBeGreaterThan(0)
}, 120_000)

/**
 * The reliability bench, small: 100 complaints over real HTTP (localhost) to the mock server
 * with ~30 % injected faults (timeouts, 500/503, 429 with Retry-After, replies dropped after the
 * server applied the change), through the app's client and outbox. Nothing may be lost or
 * filed twice. The numbers are printed, not asserted (npm run bench:faults runs 1 000).
 */
import { formatBench, runFaultBench } from '../support/fault-bench'
import { startMockServer, type MockServer } from '@mock/server/server'

let server: MockServer
beforeAll(async () => {
  server = await startMockServer({ port: 0, tester: true, testerToken: 'bench-token', log: null })
})
afterAll(() => server.close())

it('100 submissions with ~30 % faults: 0 lost, 0 duplicated, all acknowledged', async () => {
  const r = await runFaultBench({
    url: server.url,
    testerToken: 'bench-token',
    submissions: 100,
    phones: 4,
    timeoutMs: 150,
    retry: { baseDelayMs: 5, maxDelayMs: 40 },
    outboxDelayMs: () => 10,
    deadlineMs: 20_000,
  })
  console.log(formatBench(r))
  expect(r.lost).toBe(0)
  expect(r.duplicated).toBe(0)
  expect(r.acknowledged).toBe(100)
  expect(r.serverCases).toBe(100)
  // faults really were injected (how many is chance)
  expect(Object.values(r.injected).reduce((a, b) => a + b, 0)).toBeGreaterThan(0)
}, 60_000)

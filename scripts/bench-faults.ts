/**
 * npm run bench:faults — 1 000 complaint submissions over real HTTP on localhost against
 * `npm run mock:server` (started here as a child process, tester mode) with about 30 % injected
 * faults (timeouts, 500/503, 429 with Retry-After, replies dropped after the server applied the
 * change), through the app's own client and outbox. Prints one figure per line.
 * Options: SUBMISSIONS (1000), PHONES (6), FAULT_SHARE (0.3), TIMEOUT_MS (500).
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'
import { formatBench, runFaultBench } from '../test/support/fault-bench'

async function main() {
  const token = randomBytes(12).toString('hex')
  const root = resolve(__dirname, '..')
  const child = spawn(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), 'mock/server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MOCK_TESTER: 'on', MOCK_TESTER_TOKEN: token, MOCK_REQUEST_LOG: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const url = await new Promise<string>((ok, fail) => {
    let out = ''
    const timer = setTimeout(() => fail(new Error(`mock:server did not start: ${out}`)), 60_000)
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /on (http:\/\/[^\s]+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        ok(m[1])
      }
    })
    child.on('exit', (code) => fail(new Error(`mock:server exited (${code}): ${out}`)))
  })
  try {
    const started = performance.now()
    const r = await runFaultBench({
      url,
      testerToken: token,
      submissions: Number(process.env.SUBMISSIONS) || 1000,
      phones: Number(process.env.PHONES) || 6,
      faultShare: process.env.FAULT_SHARE ? Number(process.env.FAULT_SHARE) : 0.3,
      timeoutMs: Number(process.env.TIMEOUT_MS) || 500,
    })
    console.log(formatBench(r))
    const injected = Object.entries(r.injected).map(([k, v]) => `${k} ${v}`).join(', ')
    console.error(`(faults injected: ${injected}; ${((performance.now() - started) / 1000).toFixed(1)} s)`)
    process.exitCode = r.lost === 0 && r.duplicated === 0 ? 0 : 1
  } finally {
    child.kill('SIGTERM')
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})

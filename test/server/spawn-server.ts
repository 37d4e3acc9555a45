/**
 * Starts `server/main.ts` as a child process (as `npm run server` does) and waits for its
 * `listening on http://…` line. Used by the server tests: PGlite loads Node built-ins through
 * dynamic import(), which jest's module sandbox refuses, so the server runs in its own process.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

export interface ServerProcess {
  url: string
  proc: ChildProcess
  /** everything it printed so far */
  output(): string
  /** resolves once the output matches */
  until(pattern: RegExp, timeoutMs?: number): Promise<void>
  /** SIGTERM (graceful) by default; resolves when the process has exited */
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

const ROOT = join(__dirname, '../..')

/** `ready: false` resolves as soon as the HTTP port is open (before the database is ready). */
export function spawnServer(env: Record<string, string>, timeoutMs = 120_000, ready = true): Promise<ServerProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    // embedded PGlite unless the caller names a database (a DATABASE_URL in the developer's or
    // CI's environment must not send every test server to one shared database)
    env: { ...process.env, DATABASE_URL: '', PORT: '0', HOST: '127.0.0.1', REQUEST_LOG: '0', NODE_NO_WARNINGS: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  const waiters: Array<() => void> = []
  const exited = new Promise<number | null>((ok) => proc.once('exit', (code) => ok(code)))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL')
      reject(new Error(`server did not start in ${timeoutMs} ms:\n${out}`))
    }, timeoutMs)
    const onData = (chunk: Buffer) => {
      out += chunk.toString()
      for (const w of [...waiters]) w()
      const m = (ready ? /listening on (http:\/\/\S+)/ : /(?:listening|http) on (http:\/\/\S+)/).exec(out)
      if (m) {
        clearTimeout(timer)
        resolve({
          url: m[1],
          proc,
          output: () => out,
          until: (pattern, ms = 30_000) =>
            new Promise<void>((ok, fail) => {
              const t = setTimeout(() => fail(new Error(`no ${pattern} in ${ms} ms:\n${out}`)), ms)
              const check = () => {
                if (!pattern.test(out)) return
                clearTimeout(t)
                waiters.splice(waiters.indexOf(check), 1)
                ok()
              }
              waiters.push(check)
              check()
            }),
          stop: async (signal = 'SIGTERM') => {
            if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal)
            return exited
          },
        })
      }
    }
    proc.stdout!.on('data', onData)
    proc.stderr!.on('data', onData)
    proc.once('exit', (code) => {
      clearTimeout(timer)
      // (a no-op once resolved)
      reject(new Error(`server exited (${code}) before listening:\n${out}`))
    })
  })
}

/**
 * The contract suite (test/contract) against the production server (server/) in demo mode on
 * embedded PGlite (a child process on a fresh data directory): the same files, pointed at the
 * server through CONTRACT_BASE_URL. The fuzz and spec files are left to the default run against the fake
 * backend (they test the core, not the storage) to keep `npm test` fast; `npm run
 * test:server:pg` runs the whole suite against the server on real PostgreSQL.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnServer, type ServerProcess } from './spawn-server'

const TOKEN = 'server-contract-token'
const dir = mkdtempSync(join(tmpdir(), 'sqt-server-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const SKIP = new Set(['fuzz.test.ts', 'spec.test.ts'])
const contractDir = join(__dirname, '../contract')
// one fresh server per file, as each file gets its own fake backend in the default run
// (throttles per client address and face locks would otherwise carry over between files)
for (const file of readdirSync(contractDir).filter((f) => f.endsWith('.test.ts') && !SKIP.has(f)).sort()) {
  describe(`contract ${file} on the server (PGlite)`, () => {
    let server: ServerProcess
    beforeAll(async () => {
      const data = join(dir, file)
      server = await spawnServer({ DEMO: '1', TESTER_TOKEN: TOKEN, PGLITE_DIR: join(data, 'pglite'), FILES_DIR: join(data, 'files') })
      process.env.CONTRACT_BASE_URL = server.url
      process.env.CONTRACT_TESTER_TOKEN = TOKEN
    }, 150_000)
    afterAll(async () => {
      delete process.env.CONTRACT_BASE_URL
      delete process.env.CONTRACT_TESTER_TOKEN
      await server?.stop()
    })
    require(join(contractDir, file))
  })
}

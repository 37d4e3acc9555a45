/**
 * The whole contract suite (test/contract, fuzz and spec included) against the server in demo
 * mode on real PostgreSQL: one server and one scratch database per contract file.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { scratch, spawnServer, TESTER, type ServerProcess } from './support'

const dir = mkdtempSync(join(tmpdir(), 'sqt-pg-contract-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const contractDir = join(__dirname, '../contract')
for (const file of readdirSync(contractDir).filter((f) => f.endsWith('.test.ts')).sort()) {
  describe(`contract ${file} on the server (PostgreSQL)`, () => {
    let server: ServerProcess
    let drop: () => Promise<void>
    beforeAll(async () => {
      const db = await scratch('sqt_contract')
      drop = db.drop
      server = await spawnServer({ DEMO: '1', TESTER_TOKEN: TESTER, DATABASE_URL: db.url, FILES_DIR: join(dir, file) })
      process.env.CONTRACT_BASE_URL = server.url
      process.env.CONTRACT_TESTER_TOKEN = TESTER
    }, 150_000)
    afterAll(async () => {
      delete process.env.CONTRACT_BASE_URL
      delete process.env.CONTRACT_TESTER_TOKEN
      await server?.stop()
      await drop?.()
    })
    require(join(contractDir, file))
  })
}

/**
 * A throwaway PostgreSQL database next to DATABASE_URL's (tests and benchmarks): created empty,
 * dropped afterwards. Needs a role with CREATEDB (scripts/ci-postgres.sh makes one).
 */
import { randomBytes } from 'node:crypto'

export interface ScratchDatabase {
  url: string
  drop(): Promise<void>
}

export async function createScratchDatabase(baseUrl: string, prefix = 'sqt_scratch'): Promise<ScratchDatabase> {
  const { Client } = await import('pg')
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  const admin = new Client({ connectionString: baseUrl })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${name}`)
  } finally {
    await admin.end()
  }
  const u = new URL(baseUrl)
  u.pathname = `/${name}`
  return {
    url: u.toString(),
    async drop() {
      // FORCE ends other sessions on it, but an autovacuum worker (run as the superuser) may be
      // busy there for a moment and a CREATEDB role may not end it: try again shortly
      for (let attempt = 1; ; attempt++) {
        const c = new Client({ connectionString: baseUrl })
        await c.connect()
        try {
          await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
          return
        } catch (e) {
          if (attempt >= 10) throw e
        } finally {
          await c.end()
        }
        await new Promise((r) => setTimeout(r, 300 * attempt))
      }
    },
  }
}

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
      const c = new Client({ connectionString: baseUrl })
      await c.connect()
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      } finally {
        await c.end()
      }
    },
  }
}

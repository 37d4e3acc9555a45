/**
 * The database: PostgreSQL when DATABASE_URL is set (node-postgres pool), otherwise embedded
 * PGlite in a directory (default ./data/pglite) — the same migrations and the same SQL.
 */
import { mkdirSync } from 'node:fs'
import { Kysely, PostgresDialect, sql } from 'kysely'
import { PGliteDialect } from './pglite-dialect'

export interface Database {
  db: Kysely<unknown>
  kind: 'postgres' | 'pglite'
  /** where it is, without credentials (for the start-up line) */
  where: string
  close(): Promise<void>
}

export interface DatabaseOptions {
  /** postgres://… ; unset = embedded PGlite */
  url?: string
  /** PGlite data directory (default ./data/pglite); 'memory://' for a throwaway database */
  dataDir?: string
  /** pool size for PostgreSQL (default 10) */
  poolSize?: number
}

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.url) {
    const { Pool } = await import('pg')
    const pool = new Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
      // a query that hangs (a lost network path) fails instead of holding a request forever
      query_timeout: 15_000,
      application_name: 'shequtong-server',
    })
    // a client losing its connection (idle in the pool or checked out between queries) must not
    // crash the process: the query in flight fails (→ 503), the pool replaces the client
    pool.on('error', () => undefined)
    pool.on('connect', (client) => client.on('error', () => undefined))
    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) })
    return { db, kind: 'postgres', where: redact(options.url), close: () => db.destroy() }
  }
  const dataDir = options.dataDir ?? './data/pglite'
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true })
  const { PGlite } = await import('@electric-sql/pglite')
  const pg = await PGlite.create(dataDir.startsWith('memory://') ? undefined : dataDir)
  const db = new Kysely<unknown>({ dialect: new PGliteDialect(pg) })
  return { db, kind: 'pglite', where: dataDir, close: () => db.destroy() }
}

/** postgres://user:secret@host/db → postgres://user:***@host/db */
export function redact(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return 'postgres://(unparsable url)'
  }
}

/** true when the database answers a trivial query */
export async function ping(db: Kysely<unknown>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db)
    return true
  } catch {
    return false
  }
}

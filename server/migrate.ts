/** `npm run server:migrate`: applies pending migrations to DATABASE_URL (or the PGlite directory) and exits. */
import { migrate } from './db/migrations'
import { openDatabase } from './db/database'

async function main() {
  const database = await openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: process.env.PGLITE_DIR || undefined })
  try {
    const applied = await migrate(database.db)
    console.log(applied.length ? `applied: ${applied.join(', ')}` : `${database.kind} ${database.where}: up to date`)
  } finally {
    await database.close()
  }
}

main().catch((e) => {
  console.error(`migration failed: ${e instanceof Error ? e.message : String(e)}`)
  process.exit(1)
})

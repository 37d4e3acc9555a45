/**
 * Versioned schema migrations, applied at start (and by `npm run server:migrate`) through
 * Kysely's Migrator, which records them in `kysely_migration` and holds a lock while it runs,
 * so instances starting together apply each migration once. The same SQL runs on PostgreSQL
 * and on embedded PGlite. A migration is never edited once released: add the next one.
 *
 * Every aggregate table has `key` (the id the core uses), `data` (the record as jsonb),
 * `change_seq` (from the shared sequence `change_seq`, set on every write: other instances
 * catch up by reading rows with a higher value) and a few indexed columns for operators and
 * reports; maps the core gains later live in `records` (map, key) until a migration gives
 * them a table. Deleted keys leave a row in `deletions` for the catch-up. The audit log is
 * append-only, enforced by the database: UPDATE, DELETE and TRUNCATE on `audit` raise.
 */
import { sql, type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely'

function aggregate(name: string, extra = ''): string {
  return `
    CREATE TABLE ${name} (
      key text PRIMARY KEY,
      data jsonb NOT NULL,
      change_seq bigint NOT NULL${extra ? `,\n      ${extra}` : ''}
    );
    CREATE INDEX ${name}_change_seq ON ${name} (change_seq);`
}

const M0001: Migration = {
  async up(db: Kysely<unknown>) {
    await sql
      .raw(
        `
    CREATE SEQUENCE change_seq;
    ${aggregate('residents', 'household_id text GENERATED ALWAYS AS (data->>\'householdId\') STORED')}
    CREATE INDEX residents_household ON residents (household_id);
    ${aggregate('workers')}
    ${aggregate('sessions', 'user_id text GENERATED ALWAYS AS (data->>\'userId\') STORED, expires_at bigint GENERATED ALWAYS AS ((data->>\'refreshExpiresAt\')::bigint) STORED')}
    CREATE INDEX sessions_user ON sessions (user_id);
    ${aggregate('refresh_tokens')}
    ${aggregate('verifications')}
    ${aggregate('face_locks')}
    ${aggregate('consents')}
    ${aggregate(
      'cases',
      `case_no text GENERATED ALWAYS AS (data->>'caseNo') STORED,
      kind text GENERATED ALWAYS AS (data->>'kind') STORED,
      status text GENERATED ALWAYS AS (data->>'status') STORED,
      applicant_id text GENERATED ALWAYS AS (data->>'applicantId') STORED,
      grid_id text GENERATED ALWAYS AS (data->>'gridId') STORED`,
    )}
    CREATE UNIQUE INDEX cases_case_no ON cases (case_no);
    CREATE INDEX cases_applicant ON cases (applicant_id);
    CREATE INDEX cases_status ON cases (kind, status);
    ${aggregate('files', 'owner_id text GENERATED ALWAYS AS (data->>\'ownerId\') STORED')}
    ${aggregate(
      'idempotency',
      `user_id text NOT NULL GENERATED ALWAYS AS (data->>'userId') STORED,
      route text NOT NULL GENERATED ALWAYS AS (data->>'route') STORED,
      idem_key text NOT NULL GENERATED ALWAYS AS (data->>'key') STORED`,
    )}
    CREATE UNIQUE INDEX idempotency_scope ON idempotency (user_id, route, idem_key);
    ${aggregate('bindings')}
    ${aggregate('family_links')}
    ${aggregate('throttles')}
    ${aggregate('certificates', 'case_id text GENERATED ALWAYS AS (data->>\'caseId\') STORED')}
    ${aggregate('seq')}

    -- maps of the core's State without a table of their own yet
    CREATE TABLE records (
      map text NOT NULL,
      key text NOT NULL,
      data jsonb NOT NULL,
      change_seq bigint NOT NULL,
      PRIMARY KEY (map, key)
    );
    CREATE INDEX records_change_seq ON records (change_seq);

    CREATE TABLE deletions (
      tbl text NOT NULL,
      key text NOT NULL,
      change_seq bigint NOT NULL
    );
    CREATE INDEX deletions_change_seq ON deletions (change_seq);

    CREATE TABLE audit (
      pos bigserial PRIMARY KEY,
      id text NOT NULL UNIQUE,
      at text NOT NULL,
      actor_id text NOT NULL,
      actor_role text NOT NULL,
      action text NOT NULL,
      case_id text,
      detail text NOT NULL,
      change_seq bigint NOT NULL
    );
    CREATE INDEX audit_change_seq ON audit (change_seq);
    CREATE INDEX audit_case ON audit (case_id);

    CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER audit_no_update_delete BEFORE UPDATE OR DELETE ON audit
      FOR EACH ROW EXECUTE FUNCTION audit_append_only();
    CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
      FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();

    CREATE TABLE meta (
      key text PRIMARY KEY,
      value jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    `,
      )
      .execute(db)
  },
}

/** Complaints forwarded to a city's Open311 endpoint (server/open311/forwarder.ts). */
const M0002: Migration = {
  async up(db: Kysely<unknown>) {
    await sql
      .raw(
        `
    CREATE TABLE open311_requests (
      case_id text PRIMARY KEY,
      service_code text,
      service_request_id text,
      token text,
      remote_status text,
      status_notes text,
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX open311_requests_remote ON open311_requests (service_request_id);
    `,
      )
      .execute(db)
  },
}

export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': M0001,
  '0002-open311': M0002,
}

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS }

/** Applies every pending migration; throws (with the failing migration's name) on error. */
export async function migrate(db: Kysely<unknown>): Promise<string[]> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest()
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName
    throw new Error(`migration ${failed ?? '?'} failed: ${error instanceof Error ? error.message : String(error)}`)
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}

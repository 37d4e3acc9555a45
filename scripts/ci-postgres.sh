#!/bin/sh
# Installs PostgreSQL from the Debian packages if missing, starts the cluster, makes a role and a
# database for the server tests, and prints DATABASE_URL on the last line. Idempotent: run it
# again and it only checks. Needs root (CI containers run as root).
#   eval "$(scripts/ci-postgres.sh | tail -1)"   # → export DATABASE_URL=postgres://…
set -eu
PGVER="${PGVER:-15}"
DB_USER="${SQT_DB_USER:-shequtong}"
DB_PASS="${SQT_DB_PASS:-shequtong-ci}"
DB_NAME="${SQT_DB_NAME:-shequtong}"
PORT="${SQT_DB_PORT:-5432}"

if [ ! -x "/usr/lib/postgresql/$PGVER/bin/postgres" ]; then
  echo "installing postgresql-$PGVER (Debian packages)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq "postgresql-$PGVER" postgresql-client >&2
fi
if ! pg_lsclusters -h | grep -q "^$PGVER main"; then
  pg_createcluster "$PGVER" main --port "$PORT" >&2
fi
if ! pg_lsclusters -h | grep "^$PGVER main" | grep -q online; then
  pg_ctlcluster "$PGVER" main start >&2
fi
i=0
until su postgres -c "psql -qAt -p $PORT -c 'select 1'" >/dev/null 2>&1; do
  i=$((i + 1)); [ "$i" -gt 30 ] && { echo "postgresql did not start" >&2; exit 1; }
  sleep 1
done
su postgres -c "psql -qAt -p $PORT" >&2 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE "$DB_USER" LOGIN PASSWORD '$DB_PASS' CREATEDB;
  END IF;
END \$\$;
-- tests drop their scratch databases WITH (FORCE): allow ending an autovacuum worker there
GRANT pg_signal_backend TO "$DB_USER";
SQL
if ! su postgres -c "psql -qAt -p $PORT -c \"select 1 from pg_database where datname = '$DB_NAME'\"" | grep -q 1; then
  su postgres -c "createdb -p $PORT -O '$DB_USER' '$DB_NAME'" >&2
fi
echo "export DATABASE_URL=postgres://$DB_USER:$DB_PASS@127.0.0.1:$PORT/$DB_NAME"

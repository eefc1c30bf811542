#!/usr/bin/env bash
# Start Debian's PostgreSQL on loopback and make a role and an empty database for the test suite.
# Source it: it exports KAMDESK_TEST_PG (the URL, no password in it) and PGPASSFILE (the password).
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start &>/dev/null || true  # already running is fine
pg_isready -q -h 127.0.0.1 -t 30

password=kamdesk-tests
as_postgres() { runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 "$@"; }
as_postgres -c "DO \$\$BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kamdesk') THEN
    CREATE ROLE kamdesk LOGIN CREATEDB PASSWORD '$password';
  END IF; END\$\$;"
for name in kamdesk_test kamdesk_copy_test; do
  as_postgres -tc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1 \
    || as_postgres -c "CREATE DATABASE $name OWNER kamdesk"
done

PGPASSFILE="${TMPDIR:-/tmp}/kamdesk-tests.pgpass"
echo "127.0.0.1:*:*:kamdesk:$password" >"$PGPASSFILE"
chmod 600 "$PGPASSFILE"
export PGPASSFILE
export KAMDESK_TEST_PG="postgresql://kamdesk@127.0.0.1/kamdesk_test"
export KAMDESK_TEST_PG_COPY="postgresql://kamdesk@127.0.0.1/kamdesk_copy_test"

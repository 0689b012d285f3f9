# Source this file: start_postgres runs a throwaway PostgreSQL cluster on loopback and exports
# TEST_POSTGRES_URL; stop_postgres stops it and deletes its files. Used by .ci/run for tests/test_db.py;
# locally: `source .ci/postgres.sh && start_postgres && trap stop_postgres EXIT`.

_pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

start_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || { echo "postgres: not installed and not root" >&2; return 1; }
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || return 1
  fi
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_DIR=$(mktemp -d /tmp/trial-extract-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
  local port
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  _pg_as_owner "'$PG_BIN/initdb' -D '$PG_DIR/data' -U postgres -A trust --no-sync >'$PG_DIR/initdb.log'" || return 1
  _pg_as_owner "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -l '$PG_DIR/server.log' -w -t 60 \
    -o \"-c listen_addresses=127.0.0.1 -p $port -k '$PG_DIR' -c fsync=off -c max_connections=50\" start >/dev/null" || return 1
  _pg_as_owner "'$PG_BIN/createdb' -h 127.0.0.1 -p $port -U postgres trial_extract_test" || return 1
  export TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/trial_extract_test"
  echo "postgres: throwaway cluster at $TEST_POSTGRES_URL" >&2
}

stop_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  _pg_as_owner "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -m fast -w stop >/dev/null" || true
  rm -rf "$PG_DIR"
  unset PG_DIR TEST_POSTGRES_URL
}

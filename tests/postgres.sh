#!/usr/bin/env bash
# A private PostgreSQL for the tests: Debian's postgresql, a cluster of its own in a temporary directory, on loopback,
# on a free port, so it never touches a server the machine may already run. Source this file, then:
#   postgres_start   -> exports CANDIDATEBANK_TEST_POSTGRES, an Npgsql connection string for a database the tests
#                       own (its user may create databases, so each test class can take a fresh one); fails loudly
#   postgres_stop
postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

postgres_install() {
  if [ -z "$(postgres_bin)" ] || [ ! -x "$(postgres_bin)/initdb" ]; then
    echo "==> Installing postgresql from the Debian packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
}

postgres_free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# PostgreSQL refuses to run as root; as root, run its tools as the postgres user the Debian package creates.
postgres_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postgres_start() {
  postgres_install
  local bin port
  bin="$(postgres_bin)"
  port="$(postgres_free_port)"
  PG_HOME="$(mktemp -d /tmp/candidatebank-postgres.XXXXXX)"
  chmod 755 "$PG_HOME"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_HOME"
  PG_DATA="$PG_HOME/data" PG_BIN="$bin"
  echo "==> Starting a private PostgreSQL on 127.0.0.1:$port (data in $PG_HOME)"
  if ! postgres_as_owner "$bin/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PG_HOME/initdb.out" 2>&1; then
    echo "tests/postgres.sh: initdb failed; its output:" >&2
    tail -20 "$PG_HOME/initdb.out" >&2
    postgres_stop
    return 1
  fi
  if ! postgres_as_owner "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_HOME/server.log" -w -t 60 \
       -o "-h 127.0.0.1 -p $port -k $PG_HOME -c fsync=off -c max_connections=200" start >/dev/null 2>&1; then
    echo "tests/postgres.sh: PostgreSQL did not start; its log:" >&2
    tail -40 "$PG_HOME/server.log" >&2
    postgres_stop
    return 1
  fi
  PG_PORT="$port"
  local password=candidatebank
  if ! postgres_as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q \
       -c "CREATE ROLE candidatebank LOGIN CREATEDB PASSWORD '$password'" \
       -c "CREATE DATABASE candidatebank OWNER candidatebank" >"$PG_HOME/setup.out" 2>&1; then
    echo "tests/postgres.sh: could not create the test database and user:" >&2
    cat "$PG_HOME/setup.out" >&2
    postgres_stop
    return 1
  fi
  export CANDIDATEBANK_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Database=candidatebank;Username=candidatebank;Password=$password"
}

postgres_stop() {
  if [ -n "${PG_DATA:-}" ] && [ -d "$PG_DATA" ]; then
    postgres_as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  [ -n "${PG_HOME:-}" ] && rm -rf "$PG_HOME"
  unset CANDIDATEBANK_TEST_POSTGRES PG_HOME PG_DATA PG_PORT
}

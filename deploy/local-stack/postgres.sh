# shellcheck shell=bash
# Sourced by deploy/local-stack.sh: the private PostgreSQL cluster the replicas share as their store (Debian's
# postgresql, initdb into $STATE/postgres/data, on 127.0.0.1 only, its own socket directory), as tests/postgres.sh
# does for the tests, but kept across stop/start like the rest of $STATE.

PG_HOME="$STATE/postgres"
PG_DATA="$PG_HOME/data"
PG_RUN="$PG_HOME/run"   # the Unix socket directory: not /var/run/postgresql, which belongs to the system's clusters
PG_DATABASE=candidatebank
PG_USER=candidatebank

postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

# PostgreSQL refuses to run as root; as root, its tools run as the postgres user the Debian package creates.
postgres_owner() { if [ "$(id -u)" = 0 ]; then echo postgres; else id -un; fi; }
as_postgres_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

postgres_pid() { pid_in "$PG_DATA/postmaster.pid"; }
postgres_running() { [ -n "$(postgres_bin)" ] && [ -d "$PG_DATA" ] && as_postgres_owner "$(postgres_bin)/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }

install_postgres() {
  # Probes the newest /usr/lib/postgresql/<version>/bin/initdb ("/initdb" when there is none: then it installs).
  apt_install postgresql "$(postgres_bin)/initdb"
  [ -x "$(postgres_bin)/initdb" ] || die "postgresql is installed but no /usr/lib/postgresql/<version>/bin/initdb exists; run: apt-get install -y postgresql"
}

start_postgres() {
  install_postgres
  local bin; bin="$(postgres_bin)"
  if [ "$(id -u)" = 0 ]; then
    # $STATE is mode 700 (it holds the secrets); the postgres user needs to pass through it to its own directory,
    # and no one else does, so the directory's group becomes postgres with search permission only.
    chgrp postgres "$STATE" && chmod 710 "$STATE"
  fi
  if postgres_running; then
    PG_PORT="$(cat "$PG_HOME/port")"
    say "PostgreSQL already runs on 127.0.0.1:$PG_PORT (data in $PG_DATA)"
  else
    mkdir -p -m 700 "$PG_HOME"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_HOME"
    if [ ! -f "$PG_DATA/PG_VERSION" ]; then
      say "Creating a PostgreSQL cluster in $PG_DATA"
      # peer on the socket (only the cluster's owner administers it), passwords over TCP (the replicas' user).
      # Collation C: the byte-wise order SQLite uses (docs/scaling.md, "Collation").
      as_postgres_owner "$bin/initdb" -D "$PG_DATA" -U "$(postgres_owner)" --auth-local=peer --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 --lc-collate=C > "$PG_HOME/initdb.out" 2>&1 || {
          echo "local-stack.sh: initdb failed; its output:" >&2
          tail -20 "$PG_HOME/initdb.out" >&2
          rm -rf "$PG_DATA"
          exit 1
        }
    fi
    as_postgres_owner mkdir -p "$PG_RUN"
    PG_PORT="$(reuse_port "$PG_HOME/port")"
    as_postgres_owner sh -c "echo $PG_PORT > '$PG_HOME/port'"
    say "Starting PostgreSQL on 127.0.0.1:$PG_PORT (data in $PG_DATA, log $PG_HOME/server.log)"
    # Two replicas keep a connection pool each; 200 leaves room for psql and the CLI besides them.
    as_postgres_owner "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_HOME/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k '$PG_RUN' -c max_connections=200" start > /dev/null 2>&1 || {
        echo "local-stack.sh: PostgreSQL did not start; the end of $PG_HOME/server.log:" >&2
        tail -40 "$PG_HOME/server.log" >&2
        exit 1
      }
  fi
  configure_postgres "$bin"
  POSTGRES_CONNECTION_STRING="Host=127.0.0.1;Port=$PG_PORT;Database=$PG_DATABASE;Username=$PG_USER;Password=$POSTGRES_PASSWORD"
  POSTGRES_URL="postgresql://$PG_USER:$POSTGRES_PASSWORD@127.0.0.1:$PG_PORT/$PG_DATABASE"
}

# The user and database of CandidateBank; on every start, so a changed password in secrets.env is applied too.
configure_postgres() {
  local bin="$1" exists
  local -a psql=(as_postgres_owner "$bin/psql" -h "$PG_RUN" -p "$PG_PORT" -U "$(postgres_owner)" -d postgres -v ON_ERROR_STOP=1 -q -X)
  "${psql[@]}" -v user="$PG_USER" -v password="$POSTGRES_PASSWORD" > "$PG_HOME/setup.out" 2>&1 <<'SQL' || {
SELECT format('CREATE ROLE %I LOGIN', :'user') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'user') \gexec
ALTER ROLE :"user" PASSWORD :'password';
SQL
      echo "local-stack.sh: could not create the PostgreSQL user $PG_USER; psql said:" >&2
      cat "$PG_HOME/setup.out" >&2
      exit 1
    }
  exists="$("${psql[@]}" -tA -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'")"
  if [ "$exists" != 1 ]; then
    "${psql[@]}" -c "CREATE DATABASE $PG_DATABASE OWNER $PG_USER" > "$PG_HOME/setup.out" 2>&1 || {
      echo "local-stack.sh: could not create the database $PG_DATABASE; psql said:" >&2
      cat "$PG_HOME/setup.out" >&2
      exit 1
    }
  fi
}

stop_postgres() {
  postgres_running || return 0
  say "Stopping PostgreSQL (pid $(postgres_pid))"
  # fast: disconnects the (already stopped) replicas' sessions and checkpoints, so the next start needs no recovery.
  as_postgres_owner "$(postgres_bin)/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop > /dev/null 2>&1 \
    || echo "local-stack.sh: pg_ctl stop failed; see $PG_HOME/server.log" >&2
}

status_postgres() {
  if postgres_running; then echo "postgres: running (pid $(postgres_pid), 127.0.0.1:$(cat "$PG_HOME/port"))"; return 0; fi
  echo "postgres: not running (data in $PG_DATA)"; return 1
}

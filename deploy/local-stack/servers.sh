# shellcheck shell=bash
# Sourced by deploy/local-stack.sh: the CandidateBank server, either one process on SQLite (server.pid, server.log,
# data/) or N replicas r1..rN on the shared PostgreSQL store (server-rK.pid, server-rK.log, data-rK/, server-rK.port).

# Resolved now: the servers start in their own directories, where a relative CB_APP would name nothing.
APP="$(realpath -m "${CB_APP:-$STATE/app}")"

server_pid() { pid_in "$SERVER_PID_FILE"; }
replica_pid() { pid_in "$STATE/server-$1.pid"; }
# Replica ids of every pid file present, so that stop finds them whatever --replicas the last start had.
replica_ids() { local f; for f in "$STATE"/server-r*.pid; do [ -e "$f" ] && basename "$f" .pid | sed 's/^server-//'; done; true; }
replica_url() { echo "http://127.0.0.1:$(cat "$STATE/server-$1.port")"; }

publish_server() {
  if [ -n "${CB_APP:-}" ]; then
    [ -f "$APP/CandidateBank.Server.dll" ] || die "CB_APP=$CB_APP holds no CandidateBank.Server.dll; build the server first."
    say "CB_APP: running the server built in $APP"
    return 0
  fi
  if [ "${CB_SKIP_BUILD:-0}" = 1 ] && [ -f "$STATE/app/CandidateBank.Server.dll" ]; then
    say "CB_SKIP_BUILD=1: reusing $STATE/app"
    return 0
  fi
  say "Publishing src/CandidateBank.Server (Release) to $STATE/app"
  # --artifacts-path keeps obj/ and bin/ out of the repository (and away from a concurrent build of the solution).
  dotnet publish "$REPO/src/CandidateBank.Server" -c Release -o "$STATE/app" --artifacts-path "$STATE/build" \
    --nologo -v quiet > "$STATE/publish.log" 2>&1 || {
      echo "local-stack.sh: dotnet publish failed; the end of $STATE/publish.log:" >&2
      tail -30 "$STATE/publish.log" >&2
      exit 1
    }
}

# launch_server <url> <data dir> <log> [extra NAME=value settings...]: starts one server in the background and
# prints its pid. The settings every process shares are here; a replica adds its store and id.
launch_server() {
  local url="$1" data="$2" log="$3"; shift 3
  mkdir -p "$data"
  (
    cd "$STATE"
    export ASPNETCORE_URLS="$url" DOTNET_NOLOGO=1
    export CandidateBank__DataDirectory="$data"
    export CandidateBank__Bus__Transport=RabbitMq
    export CandidateBank__Bus__RabbitMq__Host=127.0.0.1
    export CandidateBank__Bus__RabbitMq__Port="$AMQP_PORT"
    export CandidateBank__Bus__RabbitMq__VirtualHost="$VHOST"
    export CandidateBank__Bus__RabbitMq__Username=indexer
    export CandidateBank__Bus__RabbitMq__Password="$INDEXER_PASSWORD"
    export CandidateBank__Bus__RabbitMq__UseTls=false
    # Each partner login publishes for its own job centre only (the login aarhus for Aarhus, and so on).
    for p in "${PARTNERS[@]}"; do export "CandidateBank__Bus__Partners__$p=${p^}"; done
    export CandidateBank__Email__Host=127.0.0.1 CandidateBank__Email__Port="$SMTP_PORT" CandidateBank__Email__Security=None
    export CandidateBank__ApiKeys__0__Name=local-aarhus CandidateBank__ApiKeys__0__Role=jobcentre
    export CandidateBank__ApiKeys__0__JobCentre=Aarhus CandidateBank__ApiKeys__0__Key="$JOBCENTRE_KEY"
    export CandidateBank__ApiKeys__1__Name=local-konsulent CandidateBank__ApiKeys__1__Role=consultant
    export CandidateBank__ApiKeys__1__JobCentre=Aarhus CandidateBank__ApiKeys__1__Key="$CONSULTANT_KEY"
    export CandidateBank__ApiKeys__2__Name=local-admin CandidateBank__ApiKeys__2__Role=admin
    export CandidateBank__ApiKeys__2__Key="$ADMIN_KEY"
    local setting
    for setting in "$@"; do export "${setting?}"; done
    exec setsid dotnet "$APP/CandidateBank.Server.dll" >> "$log" 2>&1 < /dev/null
  ) > /dev/null 2>&1 &   # not the caller's stdout: $(launch_server ...) would wait for the server to exit
  echo $!
}

# wait_ready <what> <pid> <url> <log>: until /health/ready says Healthy; exits the script (after stop) when it does not.
wait_ready() {
  local what="$1" pid="$2" url="$3" log="$4" waited=0 body=""
  while [ "$waited" -lt 120 ]; do
    if ! alive "$pid"; then
      echo "local-stack.sh: $what exited during start; the end of $log:" >&2
      tail -40 "$log" >&2
      exit 1
    fi
    body="$(curl -s --max-time 5 "$url/health/ready" 2>/dev/null || true)"
    case "$body" in *'"status":"Healthy"'*) return 0 ;; esac
    sleep 1; waited=$((waited + 1))
  done
  echo "local-stack.sh: $url/health/ready ($what) did not say Healthy within 120 s (last answer: ${body:-none}); the end of $log:" >&2
  tail -40 "$log" >&2
  exit 1
}

ready() { curl -sf --max-time 5 "$1/health/ready" >/dev/null 2>&1; }

# ---------------------------------------------------------------------------------------------------- one server
start_server() {
  local pid; pid="$(server_pid)"
  if alive "$pid" && [ -f "$STACK_ENV" ]; then
    # shellcheck disable=SC1090
    source "$STACK_ENV"
    if ready "$CB_URL"; then
      say "CandidateBank already runs at $CB_URL (pid $pid)"
      return 0
    fi
    say "CandidateBank (pid $pid) is not ready; restarting it"
    stop_server
  fi
  HTTP_PORT="${CB_PORT:-5080}"
  if ! port_free "$HTTP_PORT"; then
    [ -n "${CB_PORT:-}" ] && die "HTTP port $HTTP_PORT (CB_PORT) is taken."
    HTTP_PORT="$(free_port)"
    say "Port 5080 is taken; using $HTTP_PORT"
  fi
  CB_URL="http://127.0.0.1:$HTTP_PORT"
  publish_server
  say "Starting CandidateBank at $CB_URL (RabbitMq transport, data in $STATE/data, log $SERVER_LOG)"
  pid="$(launch_server "$CB_URL" "$STATE/data" "$SERVER_LOG")"
  echo "$pid" > "$SERVER_PID_FILE"
  wait_ready "the server" "$pid" "$CB_URL" "$SERVER_LOG"
}

stop_server() {
  stop_pid "CandidateBank" "$(server_pid)" 30
  rm -f "$SERVER_PID_FILE"
}

# ---------------------------------------------------------------------------------------------------- replicas
start_replicas() {
  local count="$1" id pid url k
  local -a started=()
  REPLICA_URLS="" DATA_DIRS="" SERVER_LOGS=""
  publish_server
  for k in $(seq 1 "$count"); do
    id="r$k"; pid="$(replica_pid "$id")"
    if alive "$pid" && [ -s "$STATE/server-$id.port" ] && ready "$(replica_url "$id")"; then
      say "Replica $id already runs at $(replica_url "$id") (pid $pid)"
    else
      if alive "$pid"; then say "Replica $id (pid $pid) is not ready; restarting it"; stop_pid "replica $id" "$pid" 30; fi
      reuse_port "$STATE/server-$id.port" > "$STATE/server-$id.port.new"
      mv "$STATE/server-$id.port.new" "$STATE/server-$id.port"
      url="$(replica_url "$id")"
      say "Starting replica $id at $url (PostgreSQL store, index in $STATE/data-$id, log $STATE/server-$id.log)"
      pid="$(launch_server "$url" "$STATE/data-$id" "$STATE/server-$id.log" \
        CandidateBank__Replica__Id="$id" CandidateBank__Store__Provider=Postgres \
        CandidateBank__Store__ConnectionString="$POSTGRES_CONNECTION_STRING")"
      echo "$pid" > "$STATE/server-$id.pid"
      started+=("$id")
      # The first replica migrates the empty database alone: two processes migrating at once would collide.
      if [ "$k" = 1 ]; then wait_ready "replica $id" "$pid" "$url" "$STATE/server-$id.log"; fi
    fi
    REPLICA_URLS="${REPLICA_URLS:+$REPLICA_URLS }$(replica_url "$id")"
    DATA_DIRS="${DATA_DIRS:+$DATA_DIRS }$STATE/data-$id"
    SERVER_LOGS="${SERVER_LOGS:+$SERVER_LOGS }$STATE/server-$id.log"
  done
  for id in "${started[@]}"; do
    wait_ready "replica $id" "$(replica_pid "$id")" "$(replica_url "$id")" "$STATE/server-$id.log"
  done
}

stop_replicas() {
  local id
  local -a stoppers=()
  # In parallel: each may take a few seconds to drain its consumers.
  for id in $(replica_ids); do
    stop_pid "replica $id" "$(replica_pid "$id")" 30 &
    stoppers+=($!)
  done
  [ "${#stoppers[@]}" = 0 ] || wait "${stoppers[@]}"
  for id in $(replica_ids); do rm -f "$STATE/server-$id.pid"; done
}

# status_servers <replicas of the last start>
status_servers() {
  local status=0 pid id
  pid="$(server_pid)"
  if alive "$pid"; then echo "server: running (pid $pid)"
  elif [ -z "$(replica_ids)" ] && [ "$1" = 1 ]; then echo "server: not running"; status=1
  elif [ -z "$(replica_ids)" ]; then echo "replicas: not running ($1 at the last start)"; status=1
  fi
  for id in $(replica_ids); do
    pid="$(replica_pid "$id")"
    if alive "$pid"; then echo "replica $id: running (pid $pid, $(replica_url "$id"))"
    else echo "replica $id: not running"; status=1
    fi
  done
  return $status
}

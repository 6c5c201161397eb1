# shellcheck shell=bash
# Sourced by deploy/local-stack.sh: HAProxy (Debian's haproxy) on CB_URL in front of the replicas, round-robin over
# those whose /health/ready answers 200, and the shared request budget (deploy/haproxy/candidatebank.cfg.template).

HAPROXY_DIR="$STATE/haproxy"
HAPROXY_TEMPLATE="$REPO/deploy/haproxy/candidatebank.cfg.template"

haproxy_pid() { pid_in "$HAPROXY_DIR/haproxy.pid"; }

# A whole positive number from the environment, or a message naming the variable.
positive_number() {
  local name="$1" value="$2"
  [[ "$value" =~ ^[1-9][0-9]*$ ]] || die "$name must be a whole number above 0, not '$value'."
  echo "$value"
}

# write_haproxy_config <file>: the template with the ports, replicas and budgets of this start filled in.
write_haproxy_config() {
  local file="$1" id servers="" owner=""
  for id in "${REPLICA_IDS[@]}"; do
    # rise 2: a replica that comes back gets traffic after two good checks in a row, not on the first.
    servers+="    server $id 127.0.0.1:$(cat "$STATE/server-$id.port") check inter 2s fall 2 rise 2"$'\n'
  done
  # As root, HAProxy drops to the haproxy user (Debian's package creates it) once it has bound its ports.
  if [ "$(id -u)" = 0 ] && id haproxy >/dev/null 2>&1; then owner=$'    user haproxy\n    group haproxy'; fi
  SERVERS="$servers" OWNER="$owner" LISTEN="127.0.0.1:$HTTP_PORT" STATS="127.0.0.1:$HAPROXY_STATS_PORT" \
  BUDGET="$RATE_LIMIT" FEEDBACK_BUDGET="$FEEDBACK_RATE_LIMIT" python3 - "$HAPROXY_TEMPLATE" > "$file" <<'PY'
import os, sys
names = ("OWNER", "LISTEN", "STATS", "BUDGET", "FEEDBACK_BUDGET", "SERVERS")
for line in open(sys.argv[1]):
    if not line.lstrip().startswith("#"):  # the header names the placeholders; it stays as written
        for name in names:
            line = line.replace("@" + name + "@", os.environ[name].rstrip("\n"))
    sys.stdout.write(line)
PY
}

start_balancer() {
  apt_install haproxy /usr/sbin/haproxy
  [ -f "$HAPROXY_TEMPLATE" ] || die "missing $HAPROXY_TEMPLATE."
  RATE_LIMIT="$(positive_number CB_RATE_LIMIT_PER_MINUTE "${CB_RATE_LIMIT_PER_MINUTE:-600}")"
  FEEDBACK_RATE_LIMIT="$(positive_number CB_FEEDBACK_RATE_LIMIT_PER_MINUTE "${CB_FEEDBACK_RATE_LIMIT_PER_MINUTE:-10}")"
  mkdir -p "$HAPROXY_DIR"
  local pid; pid="$(haproxy_pid)"
  if alive "$pid" && [ -s "$HAPROXY_DIR/port" ]; then
    HTTP_PORT="$(cat "$HAPROXY_DIR/port")" HAPROXY_STATS_PORT="$(cat "$HAPROXY_DIR/stats.port")"
  else
    HTTP_PORT="${CB_PORT:-5080}"
    if ! port_free "$HTTP_PORT"; then
      [ -n "${CB_PORT:-}" ] && die "HTTP port $HTTP_PORT (CB_PORT) is taken."
      HTTP_PORT="$(free_port)"
      say "Port 5080 is taken; using $HTTP_PORT"
    fi
    HAPROXY_STATS_PORT="$(reuse_port "$HAPROXY_DIR/stats.port")"
  fi
  CB_URL="http://127.0.0.1:$HTTP_PORT"
  write_haproxy_config "$HAPROXY_DIR/haproxy.cfg.new"
  haproxy -c -f "$HAPROXY_DIR/haproxy.cfg.new" > "$HAPROXY_DIR/check.out" 2>&1 || {
    echo "local-stack.sh: the generated HAProxy configuration $HAPROXY_DIR/haproxy.cfg.new is invalid:" >&2
    cat "$HAPROXY_DIR/check.out" >&2
    exit 1
  }
  if alive "$pid"; then
    if cmp -s "$HAPROXY_DIR/haproxy.cfg.new" "$HAPROXY_DIR/haproxy.cfg"; then
      rm -f "$HAPROXY_DIR/haproxy.cfg.new"
      say "HAProxy already runs at $CB_URL (pid $pid)"
      return 0
    fi
    # A replica moved to another port or a budget changed: a short restart is simpler than a seamless reload.
    stop_pid HAProxy "$pid" 10
  fi
  mv "$HAPROXY_DIR/haproxy.cfg.new" "$HAPROXY_DIR/haproxy.cfg"
  echo "$HTTP_PORT" > "$HAPROXY_DIR/port"
  echo "$HAPROXY_STATS_PORT" > "$HAPROXY_DIR/stats.port"
  say "Starting HAProxy at $CB_URL over ${#REPLICA_IDS[@]} replicas ($RATE_LIMIT requests a minute per API key, log $HAPROXY_DIR/haproxy.log)"
  # -db: in the foreground (no fork), so $! is HAProxy itself and its request log goes to haproxy.log.
  setsid haproxy -db -f "$HAPROXY_DIR/haproxy.cfg" >> "$HAPROXY_DIR/haproxy.log" 2>&1 < /dev/null &
  pid=$!
  echo "$pid" > "$HAPROXY_DIR/haproxy.pid"
  # Ready once it forwards /health/ready to a replica; the replicas are ready already, so this takes a moment.
  local waited=0
  until curl -sf --max-time 2 "$CB_URL/health/ready" > /dev/null 2>&1; do
    waited=$((waited + 1))
    if [ "$waited" -ge 100 ] || ! alive "$pid"; then
      echo "local-stack.sh: HAProxy at $CB_URL does not answer /health/ready; the end of $HAPROXY_DIR/haproxy.log:" >&2
      tail -20 "$HAPROXY_DIR/haproxy.log" >&2
      exit 1
    fi
    sleep 0.1
  done
}

stop_balancer() {
  stop_pid HAProxy "$(haproxy_pid)" 10
  rm -f "$HAPROXY_DIR/haproxy.pid"
}

status_balancer() {
  local pid; pid="$(haproxy_pid)"
  if alive "$pid"; then echo "haproxy: running (pid $pid, http://127.0.0.1:$(cat "$HAPROXY_DIR/port"))"; return 0; fi
  echo "haproxy: not running"; return 1
}

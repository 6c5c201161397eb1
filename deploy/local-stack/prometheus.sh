# shellcheck shell=bash
# Sourced by deploy/local-stack.sh: Prometheus (Debian's prometheus) on loopback, scraping /metrics of every replica
# (job candidatebank, label replica) and HAProxy's exporter (job haproxy), with deploy/prometheus/alerts.yml loaded.

PROM_DIR="$STATE/prometheus"
ALERT_RULES="$REPO/deploy/prometheus/alerts.yml"

prometheus_pid() { pid_in "$PROM_DIR/prometheus.pid"; }

write_prometheus_config() {
  local file="$1" id
  {
    echo "# Written by deploy/local-stack.sh at every start; edits are lost."
    echo "global:"
    # Every 5 s rather than the usual 15-60 s: a local stack is watched while something is tried out.
    echo "  scrape_interval: 5s"
    echo "  evaluation_interval: 5s"
    echo "rule_files:"
    echo "  - '$ALERT_RULES'"
    echo "scrape_configs:"
    echo "  - job_name: candidatebank"
    echo "    metrics_path: /metrics"
    echo "    static_configs:"
    for id in "${REPLICA_IDS[@]}"; do
      echo "      - targets: ['127.0.0.1:$(cat "$STATE/server-$id.port")']"
      echo "        labels: {replica: '$id'}"
    done
    echo "  - job_name: haproxy"
    echo "    metrics_path: /metrics"
    echo "    static_configs:"
    echo "      - targets: ['127.0.0.1:$HAPROXY_STATS_PORT']"
  } > "$file"
}

start_prometheus() {
  apt_install prometheus /usr/bin/prometheus --no-install-recommends
  [ -f "$ALERT_RULES" ] || die "missing $ALERT_RULES."
  mkdir -p "$PROM_DIR/data"
  write_prometheus_config "$PROM_DIR/prometheus.yml.new"
  promtool check config "$PROM_DIR/prometheus.yml.new" > "$PROM_DIR/check.out" 2>&1 || {
    echo "local-stack.sh: promtool finds the generated $PROM_DIR/prometheus.yml.new (or $ALERT_RULES) invalid:" >&2
    cat "$PROM_DIR/check.out" >&2
    exit 1
  }
  local pid; pid="$(prometheus_pid)"
  if alive "$pid" && [ -s "$PROM_DIR/port" ]; then
    PROMETHEUS_URL="http://127.0.0.1:$(cat "$PROM_DIR/port")"
    if cmp -s "$PROM_DIR/prometheus.yml.new" "$PROM_DIR/prometheus.yml"; then
      rm -f "$PROM_DIR/prometheus.yml.new"
      say "Prometheus already runs at $PROMETHEUS_URL (pid $pid)"
      return 0
    fi
    stop_pid Prometheus "$pid" 30   # the replicas' ports changed; Prometheus keeps its data across the restart
  fi
  mv "$PROM_DIR/prometheus.yml.new" "$PROM_DIR/prometheus.yml"
  local port; port="$(reuse_port "$PROM_DIR/port")"
  echo "$port" > "$PROM_DIR/port"
  PROMETHEUS_URL="http://127.0.0.1:$port"
  say "Starting Prometheus at $PROMETHEUS_URL (data in $PROM_DIR/data, log $PROM_DIR/prometheus.log)"
  # A week of data is plenty for a development stack and keeps $STATE small.
  setsid prometheus --config.file="$PROM_DIR/prometheus.yml" --storage.tsdb.path="$PROM_DIR/data" \
    --storage.tsdb.retention.time=7d --web.listen-address="127.0.0.1:$port" \
    >> "$PROM_DIR/prometheus.log" 2>&1 < /dev/null &
  pid=$!
  echo "$pid" > "$PROM_DIR/prometheus.pid"
  local waited=0
  until curl -sf --max-time 2 "$PROMETHEUS_URL/-/ready" > /dev/null 2>&1; do
    waited=$((waited + 1))
    if [ "$waited" -ge 300 ] || ! alive "$pid"; then
      echo "local-stack.sh: Prometheus at $PROMETHEUS_URL is not ready; the end of $PROM_DIR/prometheus.log:" >&2
      tail -20 "$PROM_DIR/prometheus.log" >&2
      exit 1
    fi
    sleep 0.1
  done
}

stop_prometheus() {
  stop_pid Prometheus "$(prometheus_pid)" 30
  rm -f "$PROM_DIR/prometheus.pid"
}

status_prometheus() {
  local pid; pid="$(prometheus_pid)"
  if alive "$pid"; then echo "prometheus: running (pid $pid, http://127.0.0.1:$(cat "$PROM_DIR/port"))"; return 0; fi
  echo "prometheus: not running"; return 1
}

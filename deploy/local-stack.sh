#!/usr/bin/env bash
# The real CandidateBank stack on this machine, on loopback, without Docker:
#   a private RabbitMQ node (Debian's rabbitmq-server, its own node name, ports and data directory) with the vhost,
#   users and exchanges of deploy/rabbitmq/definitions.json, an SMTP catcher (tests/smtp/catcher.py on Debian's
#   python3-aiosmtpd) that keeps every email as a .eml file, and the server on the RabbitMq transport.
#   With --replicas N (N > 1): N servers r1..rN on one private PostgreSQL cluster (Debian's postgresql) as their
#   shared store, each with its own Lucene index and port, behind HAProxy (Debian's haproxy) on CB_URL, which
#   balances round-robin over the ready ones and holds the request budget per API key; and Prometheus (Debian's
#   prometheus) scraping every replica with the alert rules of deploy/prometheus/alerts.yml.
#
#   deploy/local-stack.sh [start] [--replicas N]   start (or report) the stack; writes $STATE/stack.env
#   deploy/local-stack.sh stop      stop everything the stack started; nothing of it keeps running
#   deploy/local-stack.sh status    say what runs
#   deploy/local-stack.sh purge     stop, then delete $STATE (data, passwords, keys, build output)
#
# Environment: STATE (default /tmp/candidatebank-local-stack) holds everything; CB_PORT (default 5080, or a free
# port when 5080 is taken) is the HTTP port (of HAProxy with replicas); CB_AMQP_PORT picks the AMQP port (default:
# the one of the last start when it is free, else a free one); CB_SKIP_BUILD=1 reuses the last published server in
# $STATE/app; CB_APP=<dir> runs the server already built in <dir> (e.g. src/CandidateBank.Server/bin/Release/net10.0)
# instead of publishing. With replicas: CB_RATE_LIMIT_PER_MINUTE (default 600) requests a minute per API key and
# CB_FEEDBACK_RATE_LIMIT_PER_MINUTE (default 10) feedback requests a minute per client address, both counted by HAProxy.
#
# Passwords and API keys are generated once, kept in $STATE/secrets.env (mode 600) and reused by later starts, so
# the data directory and partner scripts keep working across restarts. The server sends email over SMTP to the
# catcher, which writes each message it receives to $STATE/mail/messages/ (deploy/compose.yaml uses maildev instead).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="$(realpath -m "${STATE:-/tmp/candidatebank-local-stack}")"
RABBIT_BIN=/usr/lib/rabbitmq/bin
RABBITMQCTL="$RABBIT_BIN/rabbitmqctl"   # not /usr/sbin/rabbitmqctl: that wrapper switches to the rabbitmq user and its cookie
DEFINITIONS="$REPO/deploy/rabbitmq/definitions.json"
VHOST=candidatebank
PARTNERS=(aarhus randers favrskov silkeborg skanderborg odder horsens hedensted syddjurs norddjurs)
# One node name per state directory, so two stacks (or the test suite's cbtest<pid> broker) never collide.
NODE="cblocal-$(printf '%s' "$STATE" | sha1sum | cut -c1-8)@localhost"

BROKER_DIR="$STATE/broker"
BROKER_ENV="$STATE/broker.env"
SECRETS="$STATE/secrets.env"
SERVER_PID_FILE="$STATE/server.pid"
MAIL_DIR="$STATE/mail"
SMTP_PYTHON=/usr/bin/python3   # Debian's, where python3-aiosmtpd installs
SERVER_LOG="$STATE/server.log"
STACK_ENV="$STATE/stack.env"
MODE_FILE="$STATE/replicas"    # how many servers the last start ran; status reads it

for part in common broker servers postgres balancer prometheus report; do
  [ -f "$REPO/deploy/local-stack/$part.sh" ] || { echo "local-stack.sh: missing $REPO/deploy/local-stack/$part.sh" >&2; exit 1; }
  # shellcheck disable=SC1090
  source "$REPO/deploy/local-stack/$part.sh"
done

# ---------------------------------------------------------------------------------------------------- commands
running_replicas() { local id; for id in $(replica_ids); do alive "$(replica_pid "$id")" && echo "$id"; done; true; }

# One server on SQLite and replicas on PostgreSQL are different stores: switching needs a stop in between.
check_mode() {
  local running id; running="$(running_replicas | wc -l)"
  if [ "$REPLICAS" != 1 ] && alive "$(server_pid)"; then
    die "one server runs on SQLite in $STATE; run '$0 stop' first (the replicas use PostgreSQL, a store of their own)."
  fi
  if [ "$REPLICAS" = 1 ] && [ "$running" -gt 0 ]; then
    die "$running replicas run in $STATE; run '$0 stop' first, then start again without --replicas."
  fi
  # Fewer running than asked for is a repair (the missing ones start); more would leave some outside HAProxy.
  for id in $(running_replicas); do
    [ "${id#r}" -le "$REPLICAS" ] || die "$running replicas run in $STATE; run '$0 stop' first, then start again with --replicas $REPLICAS."
  done
  # Pid files a crash left behind, of replicas this start will not run, would show up in status forever.
  for id in $(replica_ids); do
    if ! alive "$(replica_pid "$id")" && [ "${id#r}" -gt "$REPLICAS" ]; then rm -f "$STATE/server-$id.pid"; fi
  done
}

cmd_start() {
  REPLICAS=1
  while [ $# -gt 0 ]; do
    case "$1" in
      --replicas) [ $# -ge 2 ] || die "--replicas needs a number."; REPLICAS="$2"; shift 2 ;;
      --replicas=*) REPLICAS="${1#*=}"; shift ;;
      *) die "unknown option '$1' for start; the only one is --replicas N." ;;
    esac
  done
  [[ "$REPLICAS" =~ ^[1-9][0-9]?$ ]] || die "--replicas takes a number from 1 to 99, not '$REPLICAS'."
  check_tools
  check_mode
  # Fail before starting anything when the requested HTTP port is taken by something else.
  local front; if [ "$REPLICAS" = 1 ]; then front="$(server_pid)"; else front="$(haproxy_pid)"; fi
  if [ -n "${CB_PORT:-}" ] && ! alive "$front" && ! port_free "$CB_PORT"; then
    die "HTTP port $CB_PORT (CB_PORT) is taken."
  fi
  mkdir -p -m 700 "$STATE"
  load_or_create_secrets
  start_broker
  configure_broker
  start_smtp
  if [ "$REPLICAS" = 1 ]; then
    start_server
  else
    local k; REPLICA_IDS=()
    for k in $(seq 1 "$REPLICAS"); do REPLICA_IDS+=("r$k"); done
    start_postgres
    start_replicas "$REPLICAS"
    start_balancer
    start_prometheus
  fi
  echo "$REPLICAS" > "$MODE_FILE"
  write_stack_env
  print_summary
}

cmd_stop() {
  local anything=0
  if alive "$(server_pid)" || [ -n "$(running_replicas)" ] || alive "$(haproxy_pid)" || alive "$(prometheus_pid)"; then anything=1; fi
  if postgres_running; then anything=1; fi
  if [ -f "$BROKER_ENV" ] || alive "$(broker_beam_pid)" || broker_up; then anything=1; fi
  if alive "$(smtp_pid)"; then anything=1; fi
  # The way in first, so that nothing reaches a server that is going away; the database after its clients.
  stop_balancer
  stop_prometheus
  stop_server
  stop_replicas
  stop_postgres
  stop_smtp
  stop_broker
  if [ "$anything" = 0 ]; then say "Nothing of the stack in $STATE was running"; else say "Stopped; data kept in $STATE"; fi
}

cmd_status() {
  local status=0 mode=1
  [ -s "$MODE_FILE" ] && mode="$(cat "$MODE_FILE")"
  status_servers "$mode" || status=1
  if [ "$mode" != 1 ]; then
    status_balancer || status=1
    status_prometheus || status=1
    status_postgres || status=1
  fi
  if broker_up; then echo "broker: running (node $NODE)"; else echo "broker: not running (node $NODE)"; status=1; fi
  if alive "$(smtp_pid)"; then echo "smtp: running (messages in $MAIL_DIR/messages)"; else echo "smtp: not running"; status=1; fi
  [ -f "$STACK_ENV" ] && echo "details: $STACK_ENV"
  return $status
}

command="${1:-start}"
[ $# -gt 0 ] && shift
case "$command" in
  start) cmd_start "$@" ;;
  --replicas|--replicas=*) cmd_start "$command" "$@" ;;   # "local-stack.sh --replicas 2" = start --replicas 2
  stop) cmd_stop ;;
  status) cmd_status ;;
  purge) cmd_stop; say "Deleting $STATE"; rm -rf "$STATE" ;;
  -h|--help|help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" ;;
  *) die "unknown command '$command'; use start [--replicas N], stop, status or purge." ;;
esac

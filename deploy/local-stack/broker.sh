# shellcheck shell=bash
# Sourced by deploy/local-stack.sh: the private RabbitMQ node (Debian's rabbitmq-server) with the definitions of
# deploy/rabbitmq/definitions.json, and the SMTP catcher the server sends its email to.

install_rabbitmq() { apt_install rabbitmq-server "$RABBIT_BIN/rabbitmq-server"; }

broker_up() { "$RABBITMQCTL" -n "$NODE" -q await_startup --timeout 5 >/dev/null 2>&1; }

broker_beam_pid() { [ -f "$BROKER_DIR/rabbit.pid" ] && cat "$BROKER_DIR/rabbit.pid" 2>/dev/null || true; }

start_broker() {
  if [ -f "$BROKER_ENV" ] && broker_up; then
    # shellcheck disable=SC1090
    source "$BROKER_ENV"
    say "RabbitMQ node $NODE already runs on 127.0.0.1:$AMQP_PORT"
    return 0
  fi
  if broker_up; then
    die "RabbitMQ node $NODE runs but $BROKER_ENV is missing (its port is unknown); run '$0 stop' first."
  fi
  install_rabbitmq
  mkdir -p "$BROKER_DIR"
  if [ -n "${CB_AMQP_PORT:-}" ]; then
    AMQP_PORT="$CB_AMQP_PORT"
    port_free "$AMQP_PORT" || die "AMQP port $AMQP_PORT (CB_AMQP_PORT) is taken; unset it or pick another."
  elif [ -f "$STATE/amqp.port" ] && port_free "$(cat "$STATE/amqp.port")"; then
    AMQP_PORT="$(cat "$STATE/amqp.port")"   # the port of the last start, so partner scripts keep working
  else
    AMQP_PORT="$(free_port)"
  fi
  echo "$AMQP_PORT" > "$STATE/amqp.port"
  DIST_PORT="$(free_port)"
  # epmd is shared by every Erlang node on the machine: stop it later only if this script started it.
  EPMD_OURS=0
  epmd -names >/dev/null 2>&1 || EPMD_OURS=1
  if [ "$EPMD_OURS" = 0 ] && ss -Hltn 'sport = :4369' 2>/dev/null | awk '{print $4}' | grep -qvE '^(127\.0\.0\.1|\[::1\]):4369$'; then
    say "Warning: an epmd this stack did not start listens beyond loopback ($(ss -Hltn 'sport = :4369' | awk '{print $4}' | tr '\n' ' '))."
    say "         Stop it (epmd -kill, once no Erlang node uses it) and start again, so this stack starts its own on 127.0.0.1."
  fi
  echo "[]." > "$BROKER_DIR/enabled_plugins"
  # Defaults are kept; the users come from definitions.json below, and the default guest user is deleted.
  echo "# written by deploy/local-stack.sh" > "$BROKER_DIR/rabbitmq.conf"
  rm -f "$BROKER_DIR/rabbit.pid"
  say "Starting RabbitMQ node $NODE on 127.0.0.1:$AMQP_PORT (data in $BROKER_DIR)"
  (
    export RABBITMQ_NODENAME="$NODE" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
    export RABBITMQ_NODE_PORT="$AMQP_PORT" RABBITMQ_DIST_PORT="$DIST_PORT"
    # Nothing of the broker listens beyond this machine: epmd (when this node starts it) and the Erlang
    # distribution port on loopback too, not only AMQP.
    export ERL_EPMD_ADDRESS=127.0.0.1
    export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
    export RABBITMQ_MNESIA_BASE="$BROKER_DIR/mnesia" RABBITMQ_LOG_BASE="$BROKER_DIR/log"
    export RABBITMQ_CONFIG_FILE="$BROKER_DIR/rabbitmq" RABBITMQ_ENABLED_PLUGINS_FILE="$BROKER_DIR/enabled_plugins"
    export RABBITMQ_PID_FILE="$BROKER_DIR/rabbit.pid"
    cd "$BROKER_DIR"
    exec setsid "$RABBIT_BIN/rabbitmq-server" > "$BROKER_DIR/server.out" 2>&1 < /dev/null
  ) &
  local launcher=$!
  cat > "$BROKER_ENV" <<EOF
NODE='$NODE'
AMQP_PORT=$AMQP_PORT
DIST_PORT=$DIST_PORT
EPMD_OURS=$EPMD_OURS
LAUNCHER_PID=$launcher
EOF
  local waited=0
  # await_startup gives up at once while the node is not yet registered with epmd: poll until it answers.
  until broker_up; do
    waited=$((waited + 1))
    if [ "$waited" -ge 90 ] || ! alive "$launcher"; then break; fi
    sleep 1
  done
  if ! broker_up; then
    echo "local-stack.sh: RabbitMQ node $NODE did not start; the end of $BROKER_DIR/server.out:" >&2
    tail -40 "$BROKER_DIR/server.out" >&2 || true
    stop_broker
    exit 1
  fi
}

configure_broker() {
  say "Importing $DEFINITIONS (vhost $VHOST, users, exchanges), then setting local passwords"
  "$RABBITMQCTL" -n "$NODE" -q import_definitions "$DEFINITIONS" >/dev/null \
    || die "rabbitmqctl import_definitions $DEFINITIONS failed on $NODE."
  # The definitions carry placeholder passwords (change-me-<user>); replace every one with the generated one.
  "$RABBITMQCTL" -n "$NODE" -q change_password indexer "$INDEXER_PASSWORD" >/dev/null
  for p in "${PARTNERS[@]}"; do
    "$RABBITMQCTL" -n "$NODE" -q change_password "$p" "$(partner_password "$p")" >/dev/null
  done
  # A fresh node creates guest/guest (administrator); nothing here uses it, so it goes.
  "$RABBITMQCTL" -n "$NODE" -q delete_user guest >/dev/null 2>&1 || true
  "$RABBITMQCTL" -n "$NODE" -q authenticate_user aarhus "$(partner_password aarhus)" >/dev/null \
    || die "the partner user aarhus cannot log in after change_password."
}

stop_broker() {
  local beam launcher node="$NODE" epmd_ours=0
  if [ -f "$BROKER_ENV" ]; then
    # shellcheck disable=SC1090
    source "$BROKER_ENV"
    node="$NODE"; epmd_ours="${EPMD_OURS:-0}"; launcher="${LAUNCHER_PID:-}"
  fi
  beam="$(broker_beam_pid)"
  if broker_up || alive "$beam"; then
    say "Stopping RabbitMQ node $node"
    timeout 60 "$RABBITMQCTL" -n "$node" -q stop >/dev/null 2>&1 || true
  fi
  # rabbitmqctl stop returns when the node has stopped; make sure the beam process (and its launcher) are gone.
  local waited=0
  while alive "$beam" && [ "$waited" -lt 30 ]; do sleep 1; waited=$((waited + 1)); done
  if alive "$beam"; then
    echo "local-stack.sh: the broker (pid $beam) did not stop; killing it" >&2
    kill "$beam" 2>/dev/null || true; sleep 2; kill -9 "$beam" 2>/dev/null || true
  fi
  if alive "${launcher:-}"; then kill "$launcher" 2>/dev/null || true; fi
  if [ "$epmd_ours" = 1 ]; then
    # Refuses (and leaves epmd running) while any other Erlang node is registered.
    epmd -kill >/dev/null 2>&1 || true
  fi
  rm -f "$BROKER_ENV" "$BROKER_DIR/rabbit.pid"
}

# ---------------------------------------------------------------------------------------------------- SMTP catcher
smtp_pid() { [ -f "$MAIL_DIR/catcher.pid" ] && cat "$MAIL_DIR/catcher.pid" 2>/dev/null || true; }

start_smtp() {
  if alive "$(smtp_pid)" && [ -s "$MAIL_DIR/port" ]; then
    SMTP_PORT="$(cat "$MAIL_DIR/port")"
    say "SMTP catcher already runs on 127.0.0.1:$SMTP_PORT"
    return 0
  fi
  if ! "$SMTP_PYTHON" -c 'import aiosmtpd' 2>/dev/null; then
    say "Installing python3-aiosmtpd from the Debian packages"
    [ "$(id -u)" = 0 ] || die "python3-aiosmtpd is not installed and this is not root; run: apt-get install -y python3-aiosmtpd"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-aiosmtpd >/dev/null \
      || die "apt-get install python3-aiosmtpd failed."
  fi
  mkdir -p "$MAIL_DIR/messages"
  rm -f "$MAIL_DIR/port"
  setsid "$SMTP_PYTHON" "$REPO/tests/smtp/catcher.py" "$MAIL_DIR/messages" "$MAIL_DIR/port" > "$MAIL_DIR/catcher.out" 2>&1 < /dev/null &
  echo $! > "$MAIL_DIR/catcher.pid"
  local waited=0
  until [ -s "$MAIL_DIR/port" ]; do
    waited=$((waited + 1))
    if [ "$waited" -ge 100 ] || ! alive "$(smtp_pid)"; then
      echo "local-stack.sh: the SMTP catcher did not start; its output:" >&2
      cat "$MAIL_DIR/catcher.out" >&2
      exit 1
    fi
    sleep 0.1
  done
  SMTP_PORT="$(cat "$MAIL_DIR/port")"
  say "SMTP catcher on 127.0.0.1:$SMTP_PORT (messages in $MAIL_DIR/messages)"
}

stop_smtp() {
  # Waits for it to exit, so that a stop that returns has nothing of the stack left running.
  stop_pid "the SMTP catcher" "$(smtp_pid)" 10
  rm -f "$MAIL_DIR/catcher.pid" "$MAIL_DIR/port"
}


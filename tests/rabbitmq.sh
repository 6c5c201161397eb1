#!/usr/bin/env bash
# A private RabbitMQ broker for the tests: Debian's rabbitmq-server, on loopback, on a free port, with its own data
# directory, so it never touches a broker the machine may already run. Source this file, then:
#   rabbitmq_start   -> partner logins aarhus and randers; exports CANDIDATEBANK_TEST_RABBITMQ_PORT, and for the tests that restart the broker
#                       CANDIDATEBANK_TEST_RABBITMQ_NODE and CANDIDATEBANK_TEST_RABBITMQCTL (fails loudly if it cannot start)
#   rabbitmq_stop
RABBIT_BIN=/usr/lib/rabbitmq/bin

rabbitmq_install() {
  if [ ! -x "$RABBIT_BIN/rabbitmq-server" ]; then
    echo "==> Installing rabbitmq-server from the Debian packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
  fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

rabbitmq_start() {
  rabbitmq_install
  RABBIT_HOME="$(mktemp -d /tmp/candidatebank-rabbitmq.XXXXXX)"
  local port dist
  port="$(free_port)"; dist="$(free_port)"
  export RABBITMQ_NODENAME="cbtest$$@localhost"
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$port" RABBITMQ_DIST_PORT="$dist"
  export RABBITMQ_MNESIA_BASE="$RABBIT_HOME/mnesia" RABBITMQ_LOG_BASE="$RABBIT_HOME/log"
  export RABBITMQ_CONFIG_FILE="$RABBIT_HOME/rabbitmq" RABBITMQ_ENABLED_PLUGINS_FILE="$RABBIT_HOME/enabled_plugins"
  export RABBITMQ_PID_FILE="$RABBIT_HOME/rabbit.pid"
  # epmd (when this node starts it) and the Erlang distribution port on loopback, like AMQP: a test broker is
  # reachable from this machine only.
  export ERL_EPMD_ADDRESS=127.0.0.1 RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  echo "[]." > "$RABBITMQ_ENABLED_PLUGINS_FILE"
  echo "loopback_users = none" > "$RABBIT_HOME/rabbitmq.conf"
  echo "==> Starting a private RabbitMQ on 127.0.0.1:$port (data in $RABBIT_HOME)"
  "$RABBIT_BIN/rabbitmq-server" > "$RABBIT_HOME/server.out" 2>&1 &
  RABBIT_PID=$!
  local waited=0
  # await_startup gives up at once while the node is not yet registered with epmd: poll until it answers.
  until "$RABBIT_BIN/rabbitmqctl" -n "$RABBITMQ_NODENAME" -q await_startup --timeout 5 >/dev/null 2>&1; do
    waited=$((waited + 1))
    if [ "$waited" -ge 60 ] || ! kill -0 "$RABBIT_PID" 2>/dev/null; then break; fi
    sleep 1
  done
  if ! "$RABBIT_BIN/rabbitmqctl" -n "$RABBITMQ_NODENAME" -q await_startup --timeout 5 >/dev/null 2>&1; then
    echo "tests/run.sh: RabbitMQ did not start; its output:" >&2
    tail -40 "$RABBIT_HOME/server.out" >&2
    rabbitmq_stop
    return 1
  fi
  # Two partner job centres with logins of their own, as in deploy/rabbitmq/definitions.json: they may publish to the
  # contract exchanges and nothing else (password: the name and "-test").
  # The server's login moves a faulted message to its error queue with the sender's user_id kept, which RabbitMQ
  # allows only to a user tagged impersonator (deploy/rabbitmq/definitions.json tags the indexer so).
  "$RABBIT_BIN/rabbitmqctl" -n "$RABBITMQ_NODENAME" -q set_user_tags guest administrator impersonator >/dev/null
  local partner
  for partner in aarhus randers; do
    "$RABBIT_BIN/rabbitmqctl" -n "$RABBITMQ_NODENAME" -q add_user "$partner" "$partner-test" >/dev/null
    "$RABBIT_BIN/rabbitmqctl" -n "$RABBITMQ_NODENAME" -q set_permissions -p / "$partner" '^$' '^CandidateBank\.Contracts:' '^$' >/dev/null
  done
  export CANDIDATEBANK_TEST_RABBITMQ_PORT="$port"
  export CANDIDATEBANK_TEST_RABBITMQ_NODE="$RABBITMQ_NODENAME" CANDIDATEBANK_TEST_RABBITMQCTL="$RABBIT_BIN/rabbitmqctl"
}

rabbitmq_stop() {
  if [ -n "${RABBITMQ_NODENAME:-}" ]; then
    timeout 30 "$RABBIT_BIN/rabbitmqctl" -n "$RABBITMQ_NODENAME" -q stop >/dev/null 2>&1 || true
  fi
  [ -n "${RABBIT_PID:-}" ] && kill "$RABBIT_PID" 2>/dev/null || true
  [ -n "${RABBIT_HOME:-}" ] && rm -rf "$RABBIT_HOME"
  unset CANDIDATEBANK_TEST_RABBITMQ_PORT CANDIDATEBANK_TEST_RABBITMQ_NODE CANDIDATEBANK_TEST_RABBITMQCTL RABBIT_PID
}

# shellcheck shell=bash
# Sourced by deploy/local-stack.sh: $STATE/stack.env (shell-sourceable; lists are single-quoted) and the summary.

write_stack_env() {
  local replica_urls data_dirs server_logs
  if [ "$REPLICAS" = 1 ]; then
    replica_urls="$CB_URL" data_dirs="$STATE/data" server_logs="$SERVER_LOG"
  else
    replica_urls="$REPLICA_URLS" data_dirs="$DATA_DIRS" server_logs="$SERVER_LOGS"
  fi
  (
    umask 077
    {
      echo "# CandidateBank local stack, written by deploy/local-stack.sh; source it: . $STACK_ENV"
      echo "CB_URL=$CB_URL"
      echo "CB_REPLICAS=$REPLICAS"
      echo "CB_REPLICA_URLS='$replica_urls'"
      echo "CB_AMQP_HOST=127.0.0.1"
      echo "CB_AMQP_PORT=$AMQP_PORT"
      echo "CB_VHOST=$VHOST"
      echo "CB_RABBITMQ_NODE=$NODE"
      echo "CB_RABBITMQCTL=$RABBITMQCTL"
      # With replicas, the first replica's; the lists name every one.
      echo "CB_DATA_DIR=${data_dirs%% *}"
      echo "CB_SERVER_LOG=${server_logs%% *}"
      echo "CB_DATA_DIRS='$data_dirs'"
      echo "CB_SERVER_LOGS='$server_logs'"
      echo "CB_SMTP_PORT=$SMTP_PORT"
      echo "CB_MAIL_DIR=$MAIL_DIR/messages"
      echo "CB_INDEXER_USER=indexer"
      echo "CB_INDEXER_PASSWORD=$INDEXER_PASSWORD"
      echo "CB_PARTNER_USER=aarhus"
      echo "CB_PARTNER_PASSWORD=$(partner_password aarhus)"
      echo "CB_PARTNER_AMQP_URL=amqp://aarhus:$(partner_password aarhus)@127.0.0.1:$AMQP_PORT/$VHOST"
      for p in "${PARTNERS[@]}"; do echo "CB_PARTNER_PASSWORD_${p}=$(partner_password "$p")"; done
      echo "CB_JOBCENTRE_KEY=$JOBCENTRE_KEY"
      echo "CB_CONSULTANT_KEY=$CONSULTANT_KEY"
      echo "CB_ADMIN_KEY=$ADMIN_KEY"
      if [ "$REPLICAS" != 1 ]; then
        echo "CB_POSTGRES_URL=$POSTGRES_URL"
        echo "CB_POSTGRES_CONNECTION_STRING='$POSTGRES_CONNECTION_STRING'"
        echo "CB_PROMETHEUS_URL=$PROMETHEUS_URL"
        echo "CB_HAPROXY_METRICS_URL=http://127.0.0.1:$HAPROXY_STATS_PORT/metrics"
        echo "CB_HAPROXY_LOG=$HAPROXY_DIR/haproxy.log"
        echo "CB_RATE_LIMIT_PER_MINUTE=$RATE_LIMIT"
        echo "CB_FEEDBACK_RATE_LIMIT_PER_MINUTE=$FEEDBACK_RATE_LIMIT"
      fi
    } > "$STACK_ENV"
  )
}

print_summary() {
  echo
  echo "CandidateBank local stack is up."
  echo "  URL            $CB_URL   (health: $CB_URL/health/ready, API reference: $CB_URL/scalar/v1)"
  if [ "$REPLICAS" != 1 ]; then
    local url k=0
    echo "                 HAProxy, round-robin over $REPLICAS replicas; $RATE_LIMIT requests a minute per API key over all of them"
    for url in $REPLICA_URLS; do k=$((k + 1)); echo "  Replica r$k     $url   (log $STATE/server-r$k.log)"; done
    echo "  PostgreSQL     $POSTGRES_URL"
    echo "  Prometheus     $PROMETHEUS_URL   (targets: $PROMETHEUS_URL/targets, alerts: $PROMETHEUS_URL/alerts)"
    echo "  HAProxy stats  http://127.0.0.1:$HAPROXY_STATS_PORT/stats"
  fi
  cat <<EOF
  RabbitMQ       amqp://127.0.0.1:$AMQP_PORT/$VHOST   node $NODE
                 $RABBITMQCTL -n $NODE list_queues -p $VHOST name type messages
  Indexer user   indexer / $INDEXER_PASSWORD
  Partner users  (write only to the three CandidateBank.Contracts exchanges)
EOF
  for p in "${PARTNERS[@]}"; do printf '                 %-12s %s\n' "$p" "$(partner_password "$p")"; done
  cat <<EOF
  API keys       jobcentre (Aarhus)    X-Api-Key: $JOBCENTRE_KEY
                 consultant (Aarhus)   X-Api-Key: $CONSULTANT_KEY
                 admin                 X-Api-Key: $ADMIN_KEY
  All of it, shell-sourceable: $STACK_ENV
  E-mail         SMTP catcher on 127.0.0.1:$SMTP_PORT; every email sent is a .eml file in $MAIL_DIR/messages
  Stop with: $0 stop
EOF
}

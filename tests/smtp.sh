#!/usr/bin/env bash
# A private SMTP server for the tests: tests/smtp/catcher.py (Debian's python3-aiosmtpd) on 127.0.0.1 and a free port,
# writing every message it accepts as a .eml file. Source this file, then:
#   smtp_start   -> exports CANDIDATEBANK_TEST_SMTP_PORT and CANDIDATEBANK_TEST_SMTP_DIR (fails loudly if it cannot start)
#   smtp_stop
# Debian's python3, where python3-aiosmtpd installs; a python3 first on PATH (pyenv, venv) would not see the package.
SMTP_PYTHON=/usr/bin/python3

smtp_install() {
  if ! "$SMTP_PYTHON" -c 'import aiosmtpd' 2>/dev/null; then
    echo "==> Installing python3-aiosmtpd from the Debian packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-aiosmtpd >/dev/null
  fi
}

smtp_start() {
  smtp_install
  SMTP_HOME="$(mktemp -d /tmp/candidatebank-smtp.XXXXXX)"
  "$SMTP_PYTHON" "$(dirname "${BASH_SOURCE[0]}")/smtp/catcher.py" "$SMTP_HOME/messages" "$SMTP_HOME/port" > "$SMTP_HOME/catcher.out" 2>&1 &
  SMTP_PID=$!
  local waited=0
  until [ -s "$SMTP_HOME/port" ]; do
    waited=$((waited + 1))
    if [ "$waited" -ge 100 ] || ! kill -0 "$SMTP_PID" 2>/dev/null; then
      echo "tests/run.sh: the SMTP catcher did not start; its output:" >&2
      cat "$SMTP_HOME/catcher.out" >&2
      smtp_stop
      return 1
    fi
    sleep 0.1
  done
  export CANDIDATEBANK_TEST_SMTP_PORT="$(cat "$SMTP_HOME/port")" CANDIDATEBANK_TEST_SMTP_DIR="$SMTP_HOME/messages"
  echo "==> SMTP catcher on 127.0.0.1:$CANDIDATEBANK_TEST_SMTP_PORT (messages in $CANDIDATEBANK_TEST_SMTP_DIR)"
}

smtp_stop() {
  [ -n "${SMTP_PID:-}" ] && kill "$SMTP_PID" 2>/dev/null && wait "$SMTP_PID" 2>/dev/null || true
  [ -n "${SMTP_HOME:-}" ] && rm -rf "$SMTP_HOME"
  unset CANDIDATEBANK_TEST_SMTP_PORT CANDIDATEBANK_TEST_SMTP_DIR SMTP_PID
}

#!/usr/bin/env bash
# Builds CandidateBank and runs every test. Installs and starts the real components the tests need.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null; then
  echo "tests/run.sh: the .NET SDK (dotnet) is not on PATH; install .NET 10 first." >&2
  exit 1
fi

echo "==> Building (warnings are errors)"
dotnet build CandidateBank.sln -c Release --nologo -v quiet

echo "==> Installing the Node partner client (amqplib) for the interoperability test"
if ! command -v node >/dev/null; then
  echo "tests/run.sh: node is not on PATH; install Node.js (Debian package nodejs) first." >&2
  exit 1
fi
(cd tests/interop && npm ci --no-audit --no-fund --loglevel=error)
echo "==> Installing Redocly's OpenAPI lint for the OpenAPI test"
(cd tests/openapi-lint && npm ci --no-audit --no-fund --loglevel=error)
echo "==> Installing Debian's Chromium for the browser tests (Playwright drives it; no browser is downloaded)"
if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

source tests/rabbitmq.sh
source tests/smtp.sh
source tests/postgres.sh
trap 'postgres_stop; smtp_stop; rabbitmq_stop' EXIT
rabbitmq_start
smtp_start
postgres_start

echo "==> Ingestion benchmark, smoke run (checks that it works; the figures of a smoke run mean nothing)"
dotnet bench/CandidateBank.Bench/bin/Release/net10.0/CandidateBank.Bench.dll ingest --smoke \
  --broker "amqp://guest:guest@127.0.0.1:$CANDIDATEBANK_TEST_RABBITMQ_PORT/"

echo "==> Search benchmark, smoke run (a few thousand synthetic profiles; checks that it works, not the figures)"
dotnet bench/CandidateBank.Bench/bin/Release/net10.0/CandidateBank.Bench.dll search --smoke

echo "==> Re-matching benchmark, smoke run (arriving profiles against open orders)"
dotnet bench/CandidateBank.Bench/bin/Release/net10.0/CandidateBank.Bench.dll rematch --smoke

echo "==> Web app page benchmark, smoke run (each page rendered against a small bank; checks that it works)"
dotnet bench/CandidateBank.Bench/bin/Release/net10.0/CandidateBank.Bench.dll pages --smoke

echo "==> Server memory benchmark, smoke run (2,000 profiles into a separate server process over its own broker)"
N=2000 PROBES=10 bash bench/server-memory.sh

echo "==> Replica benchmark, smoke run (1 and 2 server processes on one PostgreSQL and one RabbitMQ; a 2,000-profile catch-up)"
dotnet bench/CandidateBank.Bench/bin/Release/net10.0/CandidateBank.Bench.dll replicas --smoke \
  --postgres "$CANDIDATEBANK_TEST_POSTGRES" --broker "amqp://guest:guest@127.0.0.1:$CANDIDATEBANK_TEST_RABBITMQ_PORT/"

echo "==> Running tests"
results="$(mktemp -d)"
status=0
dotnet test CandidateBank.sln -c Release --no-build --nologo -v quiet \
  --logger "trx" --results-directory "$results" || status=$?

# One closing line over all test projects, read from the TRX files.
python3 - "$results" <<'PY'
import sys, glob, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed")); failed += int(c.get("failed")) + int(c.get("error"))
    skipped += int(c.get("notExecuted"))
    for r in ET.parse(f).getroot().iterfind(".//t:UnitTestResult", ns):
        if r.get("outcome") == "Failed":
            message = r.find(".//t:ErrorInfo/t:Message", ns)
            trace = r.find(".//t:ErrorInfo/t:StackTrace", ns)
            print(f"FAILED {r.get('testName')}\n  {message.text if message is not None else ''}")
            if trace is not None: print("\n".join("  " + line for line in (trace.text or "").splitlines()[:8]))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
rm -rf "$results"
exit $status

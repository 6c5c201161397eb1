#!/usr/bin/env bash
# The server process alone at national scale: a synthetic bank of N profiles (default 1,000,000) published by the
# partner CLI over a private RabbitMQ into the real server process, then 200 job orders over REST; prints the
# throughput into a growing index, then the freshness of PROBES profiles (default 200) published one at a time into the
# full bank under a steady feed of FEED profiles/s (default 1000), and the server's peak resident memory (VmHWM).
# Build first:
#   dotnet build CandidateBank.sln -c Release && bash bench/server-memory.sh      (N=100000 bash ... for a smaller bank)
set -eu
cd "$(dirname "$0")/.."
WORK="$(mktemp -d /tmp/candidatebank-server-memory.XXXXXX)"
source tests/rabbitmq.sh
rabbitmq_start
trap 'kill ${PID:-} 2>/dev/null || true; rabbitmq_stop; rm -rf "$WORK"' EXIT
CLI="dotnet src/CandidateBank.Cli/bin/Release/net10.0/candidatebank.dll"
BENCH="dotnet bench/CandidateBank.Bench/bin/Release/net10.0/CandidateBank.Bench.dll"
BROKER="amqp://guest:guest@127.0.0.1:$CANDIDATEBANK_TEST_RABBITMQ_PORT/"
N=${N:-1000000}
URL="http://127.0.0.1:$(free_port)"
$CLI generate --candidates $N --seed 1 --orders 200 --out $WORK/bank 2>/dev/null
export CandidateBank__DataDirectory=$WORK/data CandidateBank__Bus__Transport=RabbitMq CandidateBank__Bus__RabbitMq__Host=127.0.0.1
export CandidateBank__Bus__RabbitMq__Port=$CANDIDATEBANK_TEST_RABBITMQ_PORT CandidateBank__AllowPlainHttp=true
export CandidateBank__ApiKeys__0__Name=c CandidateBank__ApiKeys__0__Key=memkey CandidateBank__ApiKeys__0__Role=consultant CandidateBank__ApiKeys__0__JobCentre=Aarhus
export CandidateBank__Limits__RequestsPerMinutePerKey=1000000
dotnet src/CandidateBank.Server/bin/Release/net10.0/CandidateBank.Server.dll --urls "$URL" > "$WORK/server.log" 2>&1 &
PID=$!
until curl -sf "$URL/health/ready" >/dev/null; do
  kill -0 $PID 2>/dev/null || { echo "the server exited:"; tail -20 "$WORK/server.log"; exit 1; }
  sleep 0.5
done
start=$(date +%s.%N)
$CLI publish --file $WORK/bank/candidates.jsonl --broker "$BROKER" > "$WORK/publish.log" 2>&1 \
  || { echo "publish failed:"; tail -c 2000 "$WORK/publish.log"; exit 1; }
published=$(date +%s.%N)
python3 - "$N" "$WORK" <<'PY'
import sqlite3, sys, time
n, work = int(sys.argv[1]), sys.argv[2]
# A row is written in the transaction that refreshes the index with it, so counting rows counts indexed profiles; the
# count reads the small JobCentre index, where a filter on IndexedAt would read every stored profile (0.9 GB at a
# million) each time, on the cores the server is measured on. One such check at the end confirms it.
def count(sql):
    c = sqlite3.connect(f"file:{work}/data/candidatebank.db?mode=ro", uri=True)
    try: return c.execute(sql).fetchone()[0]
    finally: c.close()
while count("select count(*) from Candidates") < n:
    time.sleep(2)
unindexed = count("select count(*) from Candidates where IndexedAt is null")
if unindexed: sys.exit(f"{unindexed} stored profiles are not marked indexed")
PY
indexed=$(date +%s.%N)
python3 -c "import sys; s,p,i,n=map(float,sys.argv[1:]); print(f'published {n:.0f} in {p-s:.1f} s; stored and indexed after {i-s:.1f} s = {n/(i-s):,.0f} profiles/s')" $start $published $indexed $N
# Freshness needs a feed the server keeps up with: behind the bulk load's backlog a probe measures the backlog.
$BENCH probe --broker "$BROKER" --store "$WORK/data/candidatebank.db" --samples "${PROBES:-200}" --feed "${FEED:-1000}"
grep -E "VmHWM|VmRSS" /proc/$PID/status | sed 's/^/after ingestion: /'
python3 - "$WORK" "$URL" <<'PY'
import json, sys, urllib.request, time
work, url = sys.argv[1], sys.argv[2]
ids = []
for line in open(f"{work}/bank/job-orders.jsonl"):
    order = json.loads(line); order["jobCentre"] = "Aarhus"
    req = urllib.request.Request(f"{url}/api/v1/job-orders", data=json.dumps(order).encode(), method="POST",
                                 headers={"Content-Type": "application/json", "X-Api-Key": "memkey"})
    ids.append(json.load(urllib.request.urlopen(req))["id"])
start = time.time()
for i in ids:
    while True:
        try:
            urllib.request.urlopen(urllib.request.Request(f"{url}/api/v1/job-orders/{i}/shortlist", headers={"X-Api-Key": "memkey"}))
            break
        except urllib.error.HTTPError: time.sleep(0.2)
print(f"200 orders shortlisted; last ready {time.time()-start:.1f} s after the last POST")
PY
grep -E "VmHWM|VmRSS" /proc/$PID/status | sed 's/^/after 200 orders: /'
du -sh $WORK/data/index $WORK/data/candidatebank.db | sed 's/^/on disk: /'

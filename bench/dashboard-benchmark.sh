#!/usr/bin/env bash
# The dashboard yardstick: every shipped dashboard opened as the viewer opens it (all its panels in one request, the
# default filters), at 1 and 8 concurrent clients for a bounded time each, on the demo data (the published files and
# the generated multi-agency spend) in a scratch database. Prints requests per second, p50 and p99 latency and errors.
#
#   bench/dashboard-benchmark.sh [seconds per run, default 10]
#
# Environment: BENCH_SERVER (libpq url of a PostgreSQL server to create the scratch database on; default the local
# one), BENCH_PORT (18081). Traffic goes to 127.0.0.1 only; every run is bounded in time (3 s warm-up, then the
# seconds asked).
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/select-jdk

SECONDS_PER_RUN="${1:-10}"
WARMUP=3
SERVER="${BENCH_SERVER:-postgresql://postgres@127.0.0.1:5432}"
PORT="${BENCH_PORT:-18081}"
DB=wholeplace_dashboard_bench
OUT=bench/results/dashboards
mkdir -p "$OUT"

source bench/backend.sh

echo "== building the backend"
./mvnw -B -q --no-transfer-progress -pl backend package -Dmaven.test.skip=true

echo "== scratch database $DB on ${SERVER}, the demo data loaded at first start"
psql -q "$SERVER/postgres" -c "drop database if exists $DB with (force)" -c "create database $DB"
start_backend

javac -d "$OUT/classes" bench/HttpLoad.java
ids=$(curl -fs -H 'Content-Type: application/json' -d '{"query":"{ dashboards { id } }"}' \
  "http://127.0.0.1:$PORT/graphql" | grep -o '"id":"[^"]*"' | cut -d'"' -f4)

printf '\n%-26s %8s %7s %12s %10s %10s %7s\n' "dashboard" "panels" "clients" "per second" "p50 ms" "p99 ms" "errors"
for id in $ids; do
  cat >"$OUT/$id.json" <<JSON
{"query":"query(\$id: ID!) { dashboard(id: \$id) { panels { id kind data { values synthetic batches { id fileName } } } } }","variables":{"id":"$id"}}
JSON
  panels=$(curl -fs -H 'Content-Type: application/json' -d @"$OUT/$id.json" "http://127.0.0.1:$PORT/graphql" \
    | grep -o '"kind":' | wc -l)
  for clients in 1 8; do
    line=$(java -cp "$OUT/classes" HttpLoad "http://127.0.0.1:$PORT/graphql" "$OUT/$id.json" "$clients" \
      "$SECONDS_PER_RUN" "$WARMUP")
    rate=$(sed -E 's/.*throughput=([0-9.]+).*/\1/' <<<"$line")
    p50=$(sed -E 's/.*p50=([0-9.]+)ms.*/\1/' <<<"$line"); p99=$(sed -E 's/.*p99=([0-9.]+)ms.*/\1/' <<<"$line")
    errors=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$line")
    printf '%-26s %8s %7s %12s %10s %10s %7s\n' "$id" "$panels" "$clients" "$rate" "$p50" "$p99" "$errors"
  done
done
stop_backend
psql -q "$SERVER/postgres" -c "drop database if exists $DB with (force)"
echo
echo "One request = one dashboard with every panel's data (the panels' queries run concurrently in the backend)."

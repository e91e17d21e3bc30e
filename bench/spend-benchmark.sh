#!/usr/bin/env bash
# The spend benchmark: 1,000,000 seeded synthetic spend lines in a scratch database, the backend started on it, and
# spend(filter: {years: ["2022-23"]}, groupBy: [PLACE, SERVICE]) measured over HTTP at concurrency 8 and 32, beside
# pgbench running the very same SQL in the same run. Prints throughput, p50/p99 latency, errors and the ratio.
#
#   bench/spend-benchmark.sh [seconds per run, default 20]
#
# Environment: BENCH_SERVER (libpq url of a PostgreSQL server to create the scratch database on; default the local
# one), BENCH_LINES (1000000), BENCH_SEED (0.2026), BENCH_PORT (18080), BENCH_LIMIT (rows per answer, 1000).
# Traffic goes to 127.0.0.1 only; every run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/select-jdk

SECONDS_PER_RUN="${1:-20}"
WARMUP=5
SERVER="${BENCH_SERVER:-postgresql://postgres@127.0.0.1:5432}"
LINES="${BENCH_LINES:-1000000}"
SEED="${BENCH_SEED:-0.2026}"
PORT="${BENCH_PORT:-18080}"
LIMIT="${BENCH_LIMIT:-1000}"
DB=wholeplace_bench
OUT=bench/results
mkdir -p "$OUT"

source bench/backend.sh

echo "== building the backend"
./mvnw -B -q --no-transfer-progress -pl backend package -Dmaven.test.skip=true

echo "== scratch database $DB on ${SERVER}"
psql -q "$SERVER/postgres" -c "drop database if exists $DB with (force)" -c "create database $DB"

echo "== first start: schema and the real demo data"
start_backend
stop_backend

echo "== $LINES synthetic spend lines (seed $SEED)"
t0=$(date +%s.%N)
psql -q "$SERVER/$DB" -v lines="$LINES" -v seed="$SEED" -f bench/synthetic-spend.sql
echo "   generated in $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s; lines in 2022-23: $(psql -Atq "$SERVER/$DB" \
  -c "select count(*) from spend_line where financial_year = 2022 and measure_code = 'net-current-expenditure'")"

echo "== the SQL the backend runs for the query"
# bench/SpendSqlPrinter.java runs as a single-file program on the built jar's own classes and libraries
rm -rf "$OUT/jar" && mkdir -p "$OUT/jar" && (cd "$OUT/jar" && jar xf "$OLDPWD/$JAR")
java -cp "$OUT/jar/BOOT-INF/classes:$OUT/jar/BOOT-INF/lib/*" bench/SpendSqlPrinter.java "$R2DBC_URL" 2022-23 "$LIMIT" \
  "$OUT/spend.sql" >"$OUT/printer.log" 2>&1
head -c 300 "$OUT/spend.sql"; echo " ..."

cat >"$OUT/request.json" <<JSON
{"query":"{ spend(filter: {years: [\"2022-23\"]}, groupBy: [PLACE, SERVICE], limit: $LIMIT) { rowCount total rows { place { code } service { code } total perHead share } } }"}
JSON

echo "== second start on the full data set"
start_backend
javac -d "$OUT/classes" bench/HttpLoad.java

percentiles() {  # pgbench per-transaction logs -> "p50 p99" in ms (third column is latency in microseconds)
  cat "$OUT"/pgbench_log.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {printf "%.2f %.2f\n", a[int(NR*0.5)+1]/1000, a[int(NR*0.99)+1]/1000}'
}

printf '\n%-12s %11s %12s %10s %10s %8s\n' "run" "clients" "per second" "p50 ms" "p99 ms" "errors"
declare -A http_rate
for clients in 8 32; do
  line=$(java -cp "$OUT/classes" HttpLoad "http://127.0.0.1:$PORT/graphql" "$OUT/request.json" "$clients" \
    "$SECONDS_PER_RUN" "$WARMUP")
  rate=$(sed -E 's/.*throughput=([0-9.]+).*/\1/' <<<"$line")
  p50=$(sed -E 's/.*p50=([0-9.]+)ms.*/\1/' <<<"$line"); p99=$(sed -E 's/.*p99=([0-9.]+)ms.*/\1/' <<<"$line")
  errors=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$line")
  http_rate[$clients]=$rate
  printf '%-12s %11s %12s %10s %10s %8s\n' "http" "$clients" "$rate" "$p50" "$p99" "$errors"

  rm -f "$OUT"/pgbench_log.*
  (cd "$OUT" && pgbench -n -c "$clients" -j 2 -T "$SECONDS_PER_RUN" -f spend.sql -l "$SERVER/$DB" >pgbench.out 2>&1)
  tps=$(awk -F'= ' '/^tps/ {split($2, a, " "); print a[1]; exit}' "$OUT/pgbench.out")
  failed=$(awk '/number of failed transactions/ {print $5; exit}' "$OUT/pgbench.out"); failed="${failed:-0}"
  read -r pp50 pp99 < <(percentiles)
  printf '%-12s %11s %12.1f %10s %10s %8s\n' "pgbench" "$clients" "$tps" "$pp50" "$pp99" "$failed"
  printf '%-12s %11s %12s\n' "ratio" "$clients" "$(awk -v a="$rate" -v b="$tps" 'BEGIN {printf "%.2f", a / b}')"
done
rm -f "$OUT"/pgbench_log.*
echo
echo "ratio = HTTP requests per second through the backend / pgbench transactions per second of the same SQL."

#!/usr/bin/env bash
# The import benchmark: 1,000,000 canonical spend lines (seeded, generated) loaded by the project's import
# (java -jar ... import spend), beside a plain psql \copy of the same rows into the same table, in one run.
# Prints rows per second for both and their ratio, and the import's peak memory at two file sizes.
#
#   bench/import-benchmark.sh
#
# Environment: BENCH_SERVER (libpq url of a PostgreSQL server; default the local one), BENCH_LINES (1000000),
# BENCH_SEED (2026). Touches only a scratch database, wholeplace_import_bench, on that server.
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/select-jdk

SERVER="${BENCH_SERVER:-postgresql://postgres@127.0.0.1:5432}"
LINES="${BENCH_LINES:-1000000}"
SEED="${BENCH_SEED:-2026}"
DB=wholeplace_import_bench
OUT=bench/results
mkdir -p "$OUT"
hostport="${SERVER#postgresql://}"; hostport="${hostport#*@}"; user="${SERVER#postgresql://}"; user="${user%@*}"
R2DBC_URL="r2dbc:postgresql://${user}@${hostport}/${DB}"
JAR=backend/target/wholeplace-backend-0.1.0-SNAPSHOT.jar

echo "== building the backend"
./mvnw -B -q --no-transfer-progress -pl backend package -Dmaven.test.skip=true

echo "== scratch database $DB with the demo data (for its places and agencies)"
psql -q "$SERVER/postgres" -c "drop database if exists $DB with (force)" -c "create database $DB"
SPRING_R2DBC_URL="$R2DBC_URL" java -jar "$JAR" --server.port=0 \
  --logging.level.root=WARN >"$OUT/import-backend.log" 2>&1 &
pid=$!
# ready when the demo files are in: the population file and both revenue outturn years (bounded: 3 minutes)
for _ in $(seq 1 180); do
  psql -Atq "$SERVER/$DB" -c "select count(*) from import_batch where kind in ('rsx', 'population')" 2>/dev/null \
    | grep -q '^3$' && break
  sleep 1
done
kill "$pid"; wait "$pid" 2>/dev/null || true

generate() {  # $1 lines, $2 file: canonical spend CSV; every row a distinct key (its supplier)
  awk -v n="$1" -v seed="$SEED" 'BEGIN {
    srand(seed)
    split("E08000001 E08000002 E08000003 E08000004 E08000005 E08000006 E08000007 E08000008 E08000009 E08000010", place)
    split("education highways-transport childrens-social-care adult-social-care public-health housing cultural environmental planning police fire-rescue central other", service)
    split("early-years troubled-families transforming-justice health-and-social-care worklessness", theme)
    split("universal targeted specialist reactive", level)
    print "place,agency,service,theme,financial_year,intervention_level,supplier,amount"
    for (i = 1; i <= n; i++) {
      p = place[1 + int(rand() * 10)]
      y = 2017 + int(rand() * 6)
      printf "%s,%s,%s,%s,%d-%02d,%s,Supplier %d,%.2f\n", p, p, service[1 + int(rand() * 13)], theme[1 + int(rand() * 5)],
        y, (y + 1) % 100, level[1 + int(rand() * 4)], i, rand() * 100000
    }
  }' > "$2"
}
echo "== generating $LINES canonical lines (seed $SEED) and 100,000 for the memory comparison"
generate "$LINES" "$OUT/spend-big.csv"
generate 100000 "$OUT/spend-small.csv"
# the years must match: start year and its two-digit successor
awk -F, 'NR > 1 { split($5, y, "-"); if ((y[1] + 1) % 100 != y[2] + 0) { print "bad year " $5; exit 1 } }' "$OUT/spend-big.csv"
ls -l "$OUT/spend-big.csv" | awk '{printf "   %s bytes\n", $5}'

if [ ! -x /usr/bin/time ]; then
  echo "GNU time (/usr/bin/time, Debian package 'time') is needed to measure peak memory" >&2
  exit 1
fi
run_import() {  # $1 file -> prints the summary line; peak RSS in KiB to $OUT/rss
  /usr/bin/time -f "%M" -o "$OUT/rss" java -Xmx256m -jar "$JAR" import spend "$1" --source "Import benchmark $(basename "$1")" \
    --publisher "Whole Place benchmark" --licence "none: generated data" --synthetic \
    --spring.r2dbc.url="$R2DBC_URL" 2>"$OUT/import-progress.log"
}

echo "== the project's import (java -jar ... import spend)"
summary=$(run_import "$OUT/spend-big.csv"); echo "   $summary"; rss_big=$(cat "$OUT/rss")
project_rate=$(sed -E 's/.*\(([0-9]+) rows\/s\).*/\1/' <<<"$summary")
summary_small=$(run_import "$OUT/spend-small.csv"); rss_small=$(cat "$OUT/rss")

echo "== psql \\copy of the same rows into the same table"
batch=$(psql -Atq "$SERVER/$DB" -c "insert into import_batch (kind, source, publisher, licence, file_name, sha256,
  rows_read, rows_loaded, synthetic, started_at, finished_at, loaded_by) values ('bench-copy', 'psql copy', 'bench',
  'none', 'spend-big.csv', md5(random()::text), 0, 0, true, now(), now(), 'bench') returning id")
# the same rows in the table's own column order, as COPY wants them
awk -F, -v b="$batch" 'NR > 1 { printf "%s,%s,%s,%s,%s,%d,net-current-expenditure,%s,%s,%s,false,,%d\n", b, $1, $2, $3, $4, substr($5, 1, 4), $6, $7, $8, NR }' \
  "$OUT/spend-big.csv" > "$OUT/spend-big.copy.csv"
t0=$(date +%s.%N)
psql -q "$SERVER/$DB" -c "\\copy spend_line (batch_id, place_code, agency_code, service_code, theme_code, financial_year, measure_code, intervention_level, supplier, amount, apportioned, apportionment_driver, source_line) from '$OUT/spend-big.copy.csv' (format csv)"
copy_seconds=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
copy_rate=$(awk -v n="$LINES" -v s="$copy_seconds" 'BEGIN {printf "%.0f", n / s}')

echo
printf '%-34s %12s\n' "" "rows/s"
printf '%-34s %12s\n' "project import (parse, check, COPY)" "$project_rate"
printf '%-34s %12s   (%s s)\n' "psql \\copy" "$copy_rate" "$copy_seconds"
printf '%-34s %12s\n' "ratio" "$(awk -v a="$project_rate" -v b="$copy_rate" 'BEGIN {printf "%.2f", a / b}')"
printf '\npeak memory of the import process (RSS, heap capped at 256 MiB): %s MiB for %s lines, %s MiB for 100,000 lines\n' \
  "$((rss_big / 1024))" "$LINES" "$((rss_small / 1024))"
psql -q "$SERVER/postgres" -c "drop database if exists $DB with (force)"
rm -f "$OUT"/spend-big*.csv "$OUT"/spend-small.csv

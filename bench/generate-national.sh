#!/usr/bin/env bash
# National-scale data: start TinhSo (production JVM flags, embedded durable PostgreSQL, demo province)
# on a data directory, then fill it inside PostgreSQL (bench/SqlGenerator.java, set-based SQL, no rows
# over the network) with
#   1. the agencies of all 34 provinces (bench/generate-agencies.sql): People's Committees, departments,
#      communes and wards with QCVN 102 codes, four officials each;
#   2. 10 M dossiers over 3 years with complete histories (bench/generate-dossiers.sql);
#   3. 1 M official documents (bench/generate-documents.sql);
#   4. 1 M field reports (bench/generate-reports.sql);
#   5. VACUUM (ANALYZE), so the load that follows does not meet autovacuum's first pass.
# Prints the time of each part, the total and the database size; the output is kept in
# bench/out/<UTC time>-national/. The application is stopped at the end; the data directory is kept
# when WORK is given (or KEEP_WORK=1), ready for bench/fault-load.sh.
#
#   WORK=/var/tmp/tinhso-national bench/generate-national.sh            # the full national scale
#   SCALE=0.02 WORK=/tmp/tinhso-small bench/generate-national.sh         # 1/50: 200 k dossiers, 20 k documents, 20 k reports
#   DOSSIERS=50000 DOCUMENTS=5000 REPORTS=5000 bench/generate-national.sh
# PROVINCES (34) limits the provinces; PORT and DB_PORT as for the other benchmarks (bench/app.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE=${SCALE:-1}
scaled() { awk -v s="$SCALE" -v n="$1" 'BEGIN { printf "%d", s * n }'; }
DOSSIERS=${DOSSIERS:-$(scaled 10000000)}
DOCUMENTS=${DOCUMENTS:-$(scaled 1000000)}
REPORTS=${REPORTS:-$(scaled 1000000)}
PROVINCES=${PROVINCES:-34}
source bench/app.sh national
URL="jdbc:postgresql://localhost:$DB_PORT/tinhso"
SUMMARY="$OUT/summary.txt"

now() { date +%s.%N; }
# run_part <name> <count> <script> [SqlGenerator options…]: runs one generator, keeps its output, times it.
run_part() {
	local name=$1 count=$2 script=$3 started
	shift 3
	started=$(now)
	echo "== $name ($count)…"
	java -cp "$DRIVER_JAR" bench/SqlGenerator.java --url "$URL" --count "$count" --script "$script" "$@" \
		>"$OUT/$name.txt" 2>&1 || { cat "$OUT/$name.txt"; echo "$name failed"; exit 1; }
	awk -v n="$name" -v c="$count" -v s="$started" -v e="$(now)" \
		'BEGIN { printf "%-12s %12s rows %9.1f s\n", n, c, e - s }' | tee -a "$SUMMARY"
}
database_size() {
	java -cp "$DRIVER_JAR" bench/SqlGenerator.java --url "$URL" --count 0 --script /dev/null --sample-file "$OUT/size.txt" \
		--sample-sql "select pg_size_pretty(pg_database_size('tinhso')) || ' (' || (select string_agg(relname || ' '
			|| pg_size_pretty(pg_total_relation_size(c.oid)), ', ' order by pg_total_relation_size(c.oid) desc)
			from (select oid, relname from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace
			      order by pg_total_relation_size(oid) desc limit 6) c) || ')'" >/dev/null
	cat "$OUT/size.txt"
}

echo "Database before: $(database_size)" | tee "$SUMMARY"
STARTED=$(now)
run_part agencies "$PROVINCES" bench/generate-agencies.sql
run_part dossiers "$DOSSIERS" bench/generate-dossiers.sql --sample-file "$WORK/codes.txt"
run_part documents "$DOCUMENTS" bench/generate-documents.sql
if [ -f bench/generate-reports.sql ]; then
	run_part reports "$REPORTS" bench/generate-reports.sql
else
	echo "reports      skipped: bench/generate-reports.sql is not there" | tee -a "$SUMMARY"
fi
run_part vacuum 0 <(echo "vacuum (analyze)") --autocommit true
awk -v s="$STARTED" -v e="$(now)" 'BEGIN { printf "%-12s %12s      %9.1f s\n", "total", "", e - s }' | tee -a "$SUMMARY"
echo "Database after: $(database_size)" | tee -a "$SUMMARY"
echo "Data directory: $WORK (sample dossier codes in $WORK/codes.txt)$([ "${KEEP_WORK:-0}" = 1 ] || echo '; removed now, set WORK to keep it')" | tee -a "$SUMMARY"

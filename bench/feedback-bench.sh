#!/usr/bin/env bash
# Field-report benchmark: start TinhSo (production JVM flags, embedded PostgreSQL, demo province) on a
# temporary data directory, load COUNT synthetic reports with their histories in bulk, then run
# bench/FeedbackLoad.java: full lifecycles over HTTP (create, assign, name a handler, resolve, find it
# in the public list) and public map queries with random filters. Prints the figures, with the CPU time
# the application and PostgreSQL used per lifecycle and per map request; the output is also kept in
# bench/out/<UTC time>-reports/.
#
#   bench/feedback-bench.sh                  # 1 000 000 reports, 8 client threads, 30 s of lifecycles
#   COUNT=100000 DURATION=20 MAP_SECONDS=15 WARM_UP=20 bench/feedback-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${COUNT:-1000000}
THREADS=${THREADS:-8}
SECONDS_LOAD=${DURATION:-30}
MAP_SECONDS=${MAP_SECONDS:-20}
MAP_THREADS=${MAP_THREADS:-4}
WARM_UP=${WARM_UP:-30}
source bench/app.sh reports

echo "Generating $COUNT field reports…"
java -cp "$DRIVER_JAR" bench/SqlGenerator.java --url "jdbc:postgresql://localhost:$DB_PORT/tinhso" --count "$COUNT" \
	--script bench/generate-reports.sql | tee "$OUT/generate.txt"

echo "Running the workload…"
DB_PID=$(head -n 1 "$WORK/data/pg/postmaster.pid")
java bench/FeedbackLoad.java --base "http://localhost:$PORT" --threads "$THREADS" --seconds "$SECONDS_LOAD" \
	--map-seconds "$MAP_SECONDS" --map-threads "$MAP_THREADS" --warm-up "$WARM_UP" --app-pid "$APP_PID" --db-pid "$DB_PID" \
	| tee "$OUT/load.txt"
RSS=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$APP_PID/status")
echo "JVM RSS after the run: ${RSS} MiB" | tee -a "$OUT/load.txt"

#!/usr/bin/env bash
# Dossier benchmark: start TinhSo (production JVM flags, embedded PostgreSQL, demo province) on a
# temporary data directory, load COUNT synthetic dossiers in bulk, then run bench/DossierLoad.java:
# full lifecycles over HTTP, public status lookups and officer inboxes. Prints the figures; the
# output is also kept in bench/out/<UTC time>-dossiers/.
#
#   bench/dossier-bench.sh                  # 1 000 000 dossiers, 16 client threads, 30 s of lifecycles
#   COUNT=100000 DURATION=20 bench/dossier-bench.sh
#   WARM_UP=120 ...                        # seconds of untimed lifecycles first (60); the JIT is slow on a busy machine
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${COUNT:-1000000}
THREADS=${THREADS:-8}   # the staff lane runs 8 requests at once (tinhso.capacity); more threads would only queue or be refused
SECONDS_LOAD=${DURATION:-30}
LOOKUP_SECONDS=${LOOKUP_SECONDS:-15}
source bench/app.sh dossiers

echo "Generating $COUNT dossiers…"
java -cp "$DRIVER_JAR" bench/SqlGenerator.java --url "jdbc:postgresql://localhost:$DB_PORT/tinhso" --count "$COUNT" \
	--script bench/generate-dossiers.sql --sample-file "$WORK/codes.txt" | tee "$OUT/generate.txt"

echo "Running the workload…"
DB_PID=$(head -n 1 "$WORK/data/pg/postmaster.pid")
java bench/DossierLoad.java --base "http://localhost:$PORT" --threads "$THREADS" --seconds "$SECONDS_LOAD" \
	--lookup-seconds "$LOOKUP_SECONDS" --codes "$WORK/codes.txt" --warm-up "${WARM_UP:-60}" \
	--app-pid "$APP_PID" --db-pid "$DB_PID" | tee "$OUT/load.txt"
RSS=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$APP_PID/status")
echo "JVM RSS after the run: ${RSS} MiB" | tee -a "$OUT/load.txt"

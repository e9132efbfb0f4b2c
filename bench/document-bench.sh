#!/usr/bin/env bash
# Official-document benchmark: start TinhSo (production JVM flags, embedded PostgreSQL, demo province)
# on a temporary data directory, load COUNT synthetic documents in bulk (with their search index), then
# run bench/DocumentLoad.java: documents drafted, approved, issued and delivered over HTTP, and register
# searches without diacritics. Prints the figures; the output is also kept in bench/out/<UTC time>-documents/.
#
#   bench/document-bench.sh                  # 1 000 000 documents, 8 client threads, 30 s of issuing
#   COUNT=100000 DURATION=20 bench/document-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${COUNT:-1000000}
THREADS=${THREADS:-8}
SECONDS_LOAD=${DURATION:-30}
SEARCH_SECONDS=${SEARCH_SECONDS:-30}
source bench/app.sh documents

echo "Generating $COUNT documents…"
java -cp "$DRIVER_JAR" bench/SqlGenerator.java --url "jdbc:postgresql://localhost:$DB_PORT/tinhso" --count "$COUNT" \
	--script bench/generate-documents.sql --sample-sql "select notation from document tablesample system (1) limit 100" \
	| tee "$OUT/generate.txt"

echo "Running the workload…"
java bench/DocumentLoad.java --base "http://localhost:$PORT" --threads "$THREADS" --seconds "$SECONDS_LOAD" \
	--search-seconds "$SEARCH_SECONDS" | tee "$OUT/load.txt"
RSS=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$APP_PID/status")
echo "JVM RSS after the run: ${RSS} MiB" | tee -a "$OUT/load.txt"

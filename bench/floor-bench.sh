#!/usr/bin/env bash
# Floor benchmark: start TinhSo (production JVM flags, embedded durable PostgreSQL, demo province) on a
# temporary data directory and run bench/FloorLoad.java: the CPU of the cheapest public request, the
# cheapest signed-in request and the cheapest durable write (update + history row + commit), and the most
# lifecycles per second those floors alone leave this machine's cores. Output also kept in bench/out/<UTC time>-floor/.
#
#   bench/floor-bench.sh                      # 8 client threads, 20 s warm-up and 20 s timed per phase
#   THREADS=4 DURATION=10 WARM_UP=10 bench/floor-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."

THREADS=${THREADS:-8}
SECONDS_LOAD=${DURATION:-20}
WARM_UP=${WARM_UP:-20}
source bench/app.sh floor

DB_PID=$(head -n 1 "$WORK/data/pg/postmaster.pid")
java -cp "$DRIVER_JAR" bench/FloorLoad.java --base "http://localhost:$PORT" --db "jdbc:postgresql://localhost:$DB_PORT/tinhso" \
	--threads "$THREADS" --seconds "$SECONDS_LOAD" --warm-up "$WARM_UP" --app-pid "$APP_PID" --db-pid "$DB_PID" \
	| tee "$OUT/load.txt"

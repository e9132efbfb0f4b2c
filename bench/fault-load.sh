#!/usr/bin/env bash
# Load with faults: mixed traffic against TinhSo (production JVM flags, embedded durable PostgreSQL)
# while the application is killed with SIGKILL and started again, and PostgreSQL is restarted under
# it; then an automatic check that every acknowledged dossier, action and field report is there and
# consistent, that no event publication stayed incomplete and that every notification e-mail arrived
# (bench/FaultLoad.java, with an SMTP sink the application is pointed at). The output, the ack log and
# the application log are kept in bench/out/<UTC time>-faults/.
#
#   bench/fault-load.sh                                   # 50 000 dossiers made first, 120 s of load
#   WORK=/var/tmp/tinhso-national DURATION=300 bench/fault-load.sh   # on data made by bench/generate-national.sh
#   COUNT=20000 DURATION=60 THREADS=8 bench/fault-load.sh
# Without WORK (or with an empty one) it first runs bench/generate-national.sh with COUNT dossiers and
# COUNT/10 documents and field reports. KILL_AT and DB_RESTART_AT (0.3, 0.65) place the faults as
# fractions of DURATION (0 leaves one out); DB_RESTARTS (1) restarts the database that many times, each
# once the service has recovered from the last; GRACE (240 s) is how long notifications may stay owed
# after the load; WARM_UP (20 s); SMTP_PORT (12525); SMTP_DELAY_MS (100: how long the sink takes per
# message, so that notifications are in flight when the faults strike); PORT and DB_PORT as for the
# other benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${COUNT:-50000}
DURATION=${DURATION:-120}
THREADS=${THREADS:-12}
SMTP_PORT=${SMTP_PORT:-12525}
KEEP=${KEEP_WORK:-0}
if [ -z "${WORK:-}" ]; then
	WORK=$(mktemp -d /tmp/tinhso-faults.XXXXXX)
	TEMPORARY=1
fi
if [ ! -d "$WORK/data/pg" ]; then
	echo "Making the data first: $COUNT dossiers in $WORK…"
	WORK=$WORK DOSSIERS=$COUNT DOCUMENTS=$((COUNT / 10)) REPORTS=$((COUNT / 10)) bench/generate-national.sh | tail -n 12
fi
APP_START=0 source bench/app.sh faults
[ "${TEMPORARY:-0}" = 0 ] || KEEP_WORK=$KEEP # data made only for this run goes away with it unless KEEP_WORK=1
stop_app() {
	if [ -f "$OUT/app.pid" ]; then
		kill "$(cat "$OUT/app.pid")" 2>/dev/null && sleep 5 || true
		kill -9 "$(cat "$OUT/app.pid")" 2>/dev/null || true
	fi
	cleanup
}
trap stop_app EXIT INT TERM

export PORT TINHSO_DATA_DIR="$WORK/data" TINHSO_FILES_DIR="$WORK/files" TINHSO_EMBEDDED_DB_PORT=$DB_PORT \
	SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=$SMTP_PORT
java -Xmx512m -cp "$DRIVER_JAR" bench/FaultLoad.java --base "http://localhost:$PORT" \
	--db-url "jdbc:postgresql://localhost:$DB_PORT/tinhso" --pg-data "$WORK/data/pg" --smtp-port "$SMTP_PORT" \
	--seconds "$DURATION" --threads "$THREADS" --warm-up "${WARM_UP:-20}" --kill-at "${KILL_AT:-0.3}" \
	--db-restart-at "${DB_RESTART_AT:-0.65}" --db-restarts "${DB_RESTARTS:-1}" --grace "${GRACE:-240}" --codes "$WORK/codes.txt" \
	--ack-log "$OUT/acks.log" --app-log "$OUT/app.log" --pid-file "$OUT/app.pid" --smtp-delay-ms "${SMTP_DELAY_MS:-100}" \
	-- java "${JVM_FLAGS[@]}" -jar "$WORK/tinhso.jar" | tee "$OUT/faults.txt"

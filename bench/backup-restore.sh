#!/usr/bin/env bash
# Backup under load and restore into a fresh instance, then prove nothing was lost: start TinhSo (production
# JVM flags, durable embedded PostgreSQL, demo province) on a temporary data directory, keep writing
# (bench/BackupLoad.java: dossiers submitted with new PDF files, then received) while
# `java -jar tinhso.jar backup` runs, stop, `restore` into a new data directory and file store, start TinhSo
# on them (another port) and compare with bench/BackupCompare.java: rows per table against the manifest,
# every dossier acknowledged before the snapshot, every file's SHA-256, a public lookup. Prints the figures
# and PASS/FAIL; the output is also kept in bench/out/<UTC time>-backup/.
#
#   bench/backup-restore.sh                       # the demo province plus what the load writes
#   COUNT=1000000 bench/backup-restore.sh         # first 1 000 000 synthetic dossiers (bench/generate-dossiers.sql)
#   LOAD_THREADS=8 WARM_SECONDS=60 bench/backup-restore.sh
set -euo pipefail
cd "$(dirname "$0")/.."

LOAD_THREADS=${LOAD_THREADS:-4}
WARM_SECONDS=${WARM_SECONDS:-30}   # writes before the backup starts
AFTER_SECONDS=${AFTER_SECONDS:-5}  # writes after it ended
COUNT=${COUNT:-0}                  # synthetic dossiers generated first
source bench/app.sh backup
RESTORE_PORT=$((PORT + 1))
RESTORE_DB_PORT=$((DB_PORT + 1))
BACKUP="$WORK/backup"
RESTORED="$WORK/restored"
RESTORED_PID=
LOAD_PID=

stop_restored() {
	[ -n "$LOAD_PID" ] && kill "$LOAD_PID" 2>/dev/null || true
	if [ -n "$RESTORED_PID" ]; then
		kill "$RESTORED_PID" 2>/dev/null && wait "$RESTORED_PID" 2>/dev/null || true
	fi
	# A postmaster that outlived its JVM: stop it by the id it wrote down.
	local pg
	pg=$(head -n 1 "$RESTORED/pg/postmaster.pid" 2>/dev/null || true)
	if [ -n "$pg" ] && [ "$(ps -p "$pg" -o comm= 2>/dev/null)" = postgres ]; then
		kill "$pg" 2>/dev/null || true
	fi
	cleanup
}
trap stop_restored EXIT INT TERM

# Peak RSS of a command's JVM when GNU time is there.
TIMED=()
[ -x /usr/bin/time ] && TIMED=(/usr/bin/time -f "%M")
peak() { [ -s "$1" ] && awk '{ kib = $1 } END { printf "%.0f MiB", kib / 1024 }' "$1" || echo "n/a"; }

wait_ready() { # port pid log
	for _ in $(seq 1 300); do
		curl -fs "http://localhost:$1/actuator/health/readiness" >/dev/null 2>&1 && return 0
		kill -0 "$2" 2>/dev/null || { echo "the application stopped; see $3"; exit 1; }
		sleep 1
	done
	echo "not ready after 300 s; see $3"
	exit 1
}

if [ "$COUNT" -gt 0 ]; then
	echo "Generating $COUNT dossiers…"
	java -cp "$DRIVER_JAR" bench/SqlGenerator.java --url "jdbc:postgresql://localhost:$DB_PORT/tinhso" --count "$COUNT" \
		--script bench/generate-dossiers.sql | tee "$OUT/generate.txt"
fi

echo "Writing with $LOAD_THREADS threads for ${WARM_SECONDS} s before the backup…"
java bench/BackupLoad.java --base "http://localhost:$PORT" --threads "$LOAD_THREADS" --acks "$WORK/acks.tsv" \
	--stop-file "$WORK/stop-load" >"$OUT/load.txt" 2>&1 &
LOAD_PID=$!
sleep "$WARM_SECONDS"
BEFORE=$(wc -l <"$WORK/acks.tsv")

echo "Backing up while the writes go on…"
START=$(date +%s.%N)
set +e
TINHSO_DATA_DIR="$WORK/data" TINHSO_FILES_DIR="$WORK/files" \
	"${TIMED[@]}" ${TIMED:+-o "$OUT/backup.rss"} java "${JVM_FLAGS[@]}" -jar "$WORK/tinhso.jar" backup --to "$BACKUP" 2>&1 \
	| tee "$OUT/backup.txt"
BACKUP_STATUS=${PIPESTATUS[0]}
set -e
BACKUP_SECONDS=$(awk -v s="$START" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')
DURING=$(( $(wc -l <"$WORK/acks.tsv") - BEFORE ))
sleep "$AFTER_SECONDS"
touch "$WORK/stop-load"
wait "$LOAD_PID" || true
LOAD_PID=
cat "$OUT/load.txt"
[ "$BACKUP_STATUS" = 0 ] || { echo "RESULT FAIL: the backup exited with $BACKUP_STATUS"; exit 1; }
java "${JVM_FLAGS[@]}" -jar "$WORK/tinhso.jar" verify-backup --from "$BACKUP" | tee "$OUT/verify.txt"

echo "Stopping the source instance…"
kill "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
APP_PID=

echo "Restoring into a new data directory and file store…"
START=$(date +%s.%N)
TINHSO_DATA_DIR="$RESTORED" TINHSO_FILES_DIR="$RESTORED/files" TINHSO_EMBEDDED_DB_PORT=$RESTORE_DB_PORT \
	"${TIMED[@]}" ${TIMED:+-o "$OUT/restore.rss"} java "${JVM_FLAGS[@]}" -jar "$WORK/tinhso.jar" restore --from "$BACKUP" 2>&1 \
	| tee "$OUT/restore.txt"
RESTORE_SECONDS=$(awk -v s="$START" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')

echo "Refusing a second restore into the same, no longer empty, target…"
if TINHSO_DATA_DIR="$RESTORED" TINHSO_FILES_DIR="$RESTORED/files" TINHSO_EMBEDDED_DB_PORT=$RESTORE_DB_PORT \
	java "${JVM_FLAGS[@]}" -jar "$WORK/tinhso.jar" restore --from "$BACKUP" >"$OUT/restore-again.txt" 2>&1; then
	echo "RESULT FAIL: a restore into a non-empty target was accepted"
	exit 1
fi
tail -n 1 "$OUT/restore-again.txt"

echo "Starting TinhSo on the restored data (:$RESTORE_PORT)…"
PORT=$RESTORE_PORT TINHSO_DATA_DIR="$RESTORED" TINHSO_FILES_DIR="$RESTORED/files" TINHSO_EMBEDDED_DB_PORT=$RESTORE_DB_PORT \
	java "${JVM_FLAGS[@]}" -jar "$WORK/tinhso.jar" >"$OUT/restored-app.log" 2>&1 &
RESTORED_PID=$!
wait_ready "$RESTORE_PORT" "$RESTORED_PID" "$OUT/restored-app.log"

echo "Comparing…"
set +e
java -cp "$DRIVER_JAR" bench/BackupCompare.java --manifest "$BACKUP/manifest.json" \
	--url "jdbc:postgresql://localhost:$RESTORE_DB_PORT/tinhso" --store "$RESTORED/files" --source-store "$WORK/files" \
	--acks "$WORK/acks.tsv" --base "http://localhost:$RESTORE_PORT" | tee "$OUT/compare.txt"
COMPARE_STATUS=${PIPESTATUS[0]}
set -e

RESULT_LINE=$(grep '^RESULT rows=' "$OUT/backup.txt")
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$RESULT_LINE"; }
RESTORE_LINE=$(grep '^RESULT rows=' "$OUT/restore.txt")
{
	echo
	echo "| step | figures |"
	echo "|---|---|"
	echo "| load | $(sed -n 's/^load: //p' "$OUT/load.txt"); $DURING acknowledged while the backup ran |"
	printf "| backup | %s rows in %s tables and %s files, %.1f MiB, command %.1f s (JVM start included), %s rows/s, peak RSS %s |\n" \
		"$(field rows)" "$(field tables)" "$(field files)" "$(awk -v b="$(field bytes)" 'BEGIN { print b / 1048576 }')" \
		"$BACKUP_SECONDS" "$(field rows_per_s)" "$(peak "$OUT/backup.rss")"
	printf "| restore | %s, command %.1f s (embedded PostgreSQL initdb and start included), peak RSS %s |\n" \
		"$(sed 's/^RESULT //' <<<"$RESTORE_LINE")" "$RESTORE_SECONDS" "$(peak "$OUT/restore.rss")"
	echo "| compare | $(tail -n 1 "$OUT/compare.txt") |"
} | tee "$OUT/summary.md"
exit "$COMPARE_STATUS"

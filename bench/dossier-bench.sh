#!/usr/bin/env bash
# Dossier benchmark: start TinhSo (production JVM flags, embedded PostgreSQL, demo province) on a
# temporary data directory, load COUNT synthetic dossiers in bulk, then run bench/DossierLoad.java:
# full lifecycles over HTTP, public status lookups and officer inboxes. Prints the figures; the
# output is also kept in bench/out/<UTC time>-dossiers/.
#
#   bench/dossier-bench.sh                  # 1 000 000 dossiers, 16 client threads, 30 s of lifecycles
#   COUNT=100000 SECONDS=20 bench/dossier-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${COUNT:-1000000}
THREADS=${THREADS:-16}
SECONDS_LOAD=${SECONDS:-30}
LOOKUP_SECONDS=${LOOKUP_SECONDS:-15}
PORT=${PORT:-18080}
DB_PORT=${DB_PORT:-15432}
WORK=$(mktemp -d /tmp/tinhso-dossier-bench.XXXXXX)
OUT="bench/out/$(date -u +%Y%m%dT%H%M%SZ)-dossiers"
mkdir -p "$OUT"
APP_PID=

cleanup() {
	[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
	pkill -f "$WORK/data/pg" 2>/dev/null || true
	[ "${KEEP_WORK:-0}" = 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

if [ ! -f target/tinhso.jar ] || [ -n "$(find pom.xml src/main -newer target/tinhso.jar -print -quit)" ]; then
	echo "Building target/tinhso.jar…"
	./mvnw -q -B -DskipTests package
fi
cp target/tinhso.jar "$WORK/tinhso.jar"
(cd "$WORK" && unzip -q -j tinhso.jar 'BOOT-INF/lib/postgresql-*.jar' -d driver)
read -r -a JVM_FLAGS <<<"$(sed -n 's:.*<tinhso\.jvm\.args>\(.*\)</tinhso\.jvm\.args>.*:\1:p' pom.xml | head -n 1)"

echo "Starting TinhSo on :$PORT (database :$DB_PORT, data in $WORK)…"
PORT=$PORT TINHSO_DATA_DIR="$WORK/data" TINHSO_FILES_DIR="$WORK/files" TINHSO_EMBEDDED_DB_PORT=$DB_PORT \
	java "${JVM_FLAGS[@]}" -jar "$WORK/tinhso.jar" >"$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 300); do
	curl -fs "http://localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
	kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped; see $OUT/app.log"; exit 1; }
	sleep 1
done

echo "Generating $COUNT dossiers…"
java -cp "$(ls "$WORK"/driver/postgresql-*.jar)" bench/DossierGenerator.java \
	--url "jdbc:postgresql://localhost:$DB_PORT/tinhso" --count "$COUNT" --sample-file "$WORK/codes.txt" | tee "$OUT/generate.txt"

echo "Running the workload…"
java bench/DossierLoad.java --base "http://localhost:$PORT" --threads "$THREADS" --seconds "$SECONDS_LOAD" \
	--lookup-seconds "$LOOKUP_SECONDS" --codes "$WORK/codes.txt" | tee "$OUT/load.txt"
RSS=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$APP_PID/status")
echo "JVM RSS after the run: ${RSS} MiB" | tee -a "$OUT/load.txt"

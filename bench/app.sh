# Shared by the benchmark scripts (source it): builds target/tinhso.jar when the sources are newer,
# starts TinhSo with the production JVM flags, embedded durable PostgreSQL and the demo province on a
# temporary data directory, and stops everything on exit. Sets WORK, OUT, APP_PID and DRIVER_JAR.
#   PORT (18080), DB_PORT (15432), KEEP_WORK=1 keeps the data directory; $1 names the output folder;
#   APP_JVM_EXTRA adds JVM flags (e.g. -XX:StartFlightRecording=filename=/tmp/app.jfr,settings=profile).
#   WORK=<dir> uses (and keeps) that directory instead of a new temporary one: a data directory made earlier
#   is started again as it is (e.g. the national data of bench/generate-national.sh). APP_START=0 prepares
#   everything (sets JVM_FLAGS too) but leaves starting the application to the caller.
PORT=${PORT:-18080}
DB_PORT=${DB_PORT:-15432}
if [ -n "${WORK:-}" ]; then
	mkdir -p "$WORK" && WORK=$(cd "$WORK" && pwd) && KEEP_WORK=1
else
	WORK=$(mktemp -d /tmp/tinhso-bench.XXXXXX)
fi
OUT="bench/out/$(date -u +%Y%m%dT%H%M%SZ)-$1"
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
(cd "$WORK" && unzip -q -o -j tinhso.jar 'BOOT-INF/lib/postgresql-*.jar' -d driver)
DRIVER_JAR=$(ls "$WORK"/driver/postgresql-*.jar)
read -r -a JVM_FLAGS <<<"$(sed -n 's:.*<tinhso\.jvm\.args>\(.*\)</tinhso\.jvm\.args>.*:\1:p' pom.xml | head -n 1)"

[ "${APP_START:-1}" = 1 ] || return 0 # APP_START=0: only the jar, JVM_FLAGS and DRIVER_JAR; the caller starts it
echo "Starting TinhSo on :$PORT (database :$DB_PORT, data in $WORK)…"
PORT=$PORT TINHSO_DATA_DIR="$WORK/data" TINHSO_FILES_DIR="$WORK/files" TINHSO_EMBEDDED_DB_PORT=$DB_PORT \
	java "${JVM_FLAGS[@]}" ${APP_JVM_EXTRA:-} -jar "$WORK/tinhso.jar" >"$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 300); do
	curl -fs "http://localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
	kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped; see $OUT/app.log"; exit 1; }
	sleep 1
done

#!/usr/bin/env bash
# Signing benchmark: PAdES baseline-B signatures per second through the signing module's public API,
# inside a TinhSo started in-process (production JVM flags, embedded PostgreSQL, demo province and demo
# certificates, temporary data directory). Prints leader signatures, seals, attachment signatures and
# verifications per second with p50/p99; the output is also kept in bench/out/<UTC time>-signing/.
#
#   bench/signing-bench.sh                 # 2 threads, 20 s per workload
#   THREADS=4 DURATION=30 bench/signing-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."

THREADS=${THREADS:-2}
SECONDS_EACH=${DURATION:-20}
DB_PORT=${DB_PORT:-15433}
WORK=$(mktemp -d /tmp/tinhso-signing.XXXXXX)
OUT="bench/out/$(date -u +%Y%m%dT%H%M%SZ)-signing"
mkdir -p "$OUT"
trap 'pkill -f "$WORK/data/pg" 2>/dev/null || true; rm -rf "$WORK"' EXIT INT TERM

if [ ! -f target/tinhso.jar ] || [ -n "$(find pom.xml src/main -newer target/tinhso.jar -print -quit)" ]; then
	echo "Building target/tinhso.jar…"
	./mvnw -q -B -DskipTests package
fi
# The single-file program needs the application's classes and libraries as a plain class path.
(cd "$WORK" && unzip -q "$OLDPWD/target/tinhso.jar" 'BOOT-INF/*' -d app)
CP="$WORK/app/BOOT-INF/classes:$WORK/app/BOOT-INF/lib/*"
read -r -a JVM_FLAGS <<<"$(sed -n 's:.*<tinhso\.jvm\.args>\(.*\)</tinhso\.jvm\.args>.*:\1:p' pom.xml | head -n 1)"

TINHSO_DATA_DIR="$WORK/data" TINHSO_FILES_DIR="$WORK/files" TINHSO_EMBEDDED_DB_PORT=$DB_PORT \
	java "${JVM_FLAGS[@]}" -Duser.timezone=Asia/Ho_Chi_Minh -Dlogging.level.root=WARN -cp "$CP" \
	bench/SigningBench.java "$THREADS" "$SECONDS_EACH" 2>&1 | grep -v '^\s*at \|WARN' | tee "$OUT/signing.txt"

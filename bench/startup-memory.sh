#!/usr/bin/env bash
# TinhSo startup-time and memory benchmark. Not a test; not part of `mvn verify`.
#
#   bench/startup-memory.sh
#
# 1. cold start: `java <tinhso.jvm.args> -jar target/tinhso.jar` on a fresh, empty data directory
#    (embedded PostgreSQL initdb + Flyway + demo data) until /actuator/health/readiness says UP;
#    memory at idle; graceful stop.
# 2. warm restart on the same data directory until ready; memory at idle.
# 3. HTTP burst (bench/HttpBurst.java) against the warm instance; memory after a forced idle.
# 4. Overload: many more clients than the server has places (tinhso.capacity.*); the excess must be
#    refused fast with 503/429 + Retry-After, and memory must stay bounded (peak sampled every second); stop.
#
# Settings (environment): PORT (default: a free port), BURST_SECONDS (20), BURST_THREADS (16),
# BURST_MAX_REQUESTS (100000), IDLE_SECONDS (5), READY_TIMEOUT (300), KEEP_WORK=1 keeps the temp dir,
# OVERLOAD_THREADS (192; 0 skips step 4), OVERLOAD_CLIENTS (32 visitors with their own session cookie),
# OVERLOAD_SECONDS (15),
# WAIT_IDLE_MAX (0): wait up to that many seconds for the 1-min load average to fall below 1.0 first.
# The result table and the app logs are also written to bench/out/<UTC timestamp>/ (git-ignored).
set -Eeuo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
cd "$ROOT"

BURST_SECONDS=${BURST_SECONDS:-20}
BURST_THREADS=${BURST_THREADS:-16}
BURST_MAX_REQUESTS=${BURST_MAX_REQUESTS:-100000}
IDLE_SECONDS=${IDLE_SECONDS:-5}
READY_TIMEOUT=${READY_TIMEOUT:-300}
WAIT_IDLE_MAX=${WAIT_IDLE_MAX:-0}
OVERLOAD_THREADS=${OVERLOAD_THREADS:-192}
OVERLOAD_CLIENTS=${OVERLOAD_CLIENTS:-32}
OVERLOAD_SECONDS=${OVERLOAD_SECONDS:-15}
TARGET_READY_S=15
TARGET_RSS_MIB=512
JAR=target/tinhso.jar
CLK_TCK=$(getconf CLK_TCK 2>/dev/null || echo 100)

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

for tool in java curl ps awk sed grep find; do
	command -v "$tool" >/dev/null 2>&1 || die "$tool is required"
done

# ---------------------------------------------------------------- JVM flags, exactly as in the pom
JVM_ARGS=$(sed -n 's:.*<tinhso\.jvm\.args>\(.*\)</tinhso\.jvm\.args>.*:\1:p' pom.xml | head -n 1)
[ -n "$JVM_ARGS" ] || die "could not read <tinhso.jvm.args> from pom.xml"
read -r -a JVM_FLAGS <<<"$JVM_ARGS"

# ---------------------------------------------------------------- build if missing or stale
if [ ! -f "$JAR" ] || [ -n "$(find pom.xml src/main -newer "$JAR" -print -quit)" ]; then
	log "building $JAR (./mvnw -q -B -DskipTests package)"
	./mvnw -q -B -DskipTests package || die "build failed"
fi
[ -f "$JAR" ] || die "$JAR was not built"

# ---------------------------------------------------------------- port, work dir, cleanup
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pick_port() {
	local p i
	for i in $(seq 1 50); do
		p=$((20000 + RANDOM % 12000)) # below the kernel's ephemeral range (32768+)
		port_in_use "$p" || { echo "$p"; return 0; }
	done
	return 1
}
if [ -n "${PORT:-}" ]; then
	! port_in_use "$PORT" || die "PORT=$PORT is already in use"
else
	PORT=$(pick_port) || die "no free port found"
fi
BASE="http://localhost:$PORT"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tinhso-bench.XXXXXX")
DATA="$WORK/data" # TINHSO_DATA_DIR; the embedded PostgreSQL cluster lives in $DATA/pg
OUT="$BENCH_DIR/out/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$DATA" "$OUT"
APP_PID=""

# All descendants of a process (from one `ps` snapshot).
descendants() {
	ps -e -o pid=,ppid= | awk -v root="$1" '
		{ parent[$1] = $2; pids[NR] = $1 }
		END {
			want[root] = 1; changed = 1
			while (changed) {
				changed = 0
				for (i in pids) { p = pids[i]; if (!(p in want) && (parent[p] in want)) { want[p] = 1; changed = 1 } }
			}
			for (p in want) if (p != root) print p
		}'
}

cmdline_of() { { tr '\0' ' ' <"/proc/$1/cmdline"; } 2>/dev/null || true; }
comm_of() { { cat "/proc/$1/comm"; } 2>/dev/null || true; }

# The embedded PostgreSQL processes of *this* run: descendants of the JVM, processes whose command
# line names our (unique) data directory — pg_ctl daemonises the postmaster, so it is re-parented to
# init rather than staying under the JVM — the postmaster named in postmaster.pid, and all their
# descendants (the backends and background workers), keeping only postgres/pg_ctl binaries.
pg_pids() {
	local roots=() p
	if [ -n "$APP_PID" ] && [ -d "/proc/$APP_PID" ]; then
		for p in $(descendants "$APP_PID"); do roots+=("$p"); done
	fi
	for p in $(ps -e -o pid=); do
		case "$(cmdline_of "$p")" in *"$DATA/pg"*) roots+=("$p") ;; esac
	done
	p=$({ head -n 1 "$DATA/pg/postmaster.pid"; } 2>/dev/null || true)
	if [[ "$p" =~ ^[0-9]+$ ]] && [[ "$(cmdline_of "$p")" == *"$DATA/pg"* ]]; then
		roots+=("$p")
	fi
	[ ${#roots[@]} -gt 0 ] || return 0
	for p in "${roots[@]}"; do
		echo "$p"
		descendants "$p"
	done | sort -un | while read -r p; do
		case "$(comm_of "$p")" in postgres | pg_ctl) echo "$p" ;; esac
	done
}

stop_app() {
	local pid=$APP_PID i
	[ -n "$pid" ] || return 0
	if kill -0 "$pid" 2>/dev/null; then
		kill -TERM "$pid" 2>/dev/null || true
		for i in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
		if kill -0 "$pid" 2>/dev/null; then
			log "app $pid did not stop within 30 s; killing it"
			kill -KILL "$pid" 2>/dev/null || true
		fi
	fi
	wait "$pid" 2>/dev/null || true
	APP_PID=""
}

# PostgreSQL normally stops with the app; this catches an orphaned postmaster (e.g. after a kill -9).
stop_postgres() {
	local pids i
	pids=$(pg_pids)
	[ -n "$pids" ] || return 0
	log "stopping leftover PostgreSQL processes: $(echo $pids)"
	kill -INT $pids 2>/dev/null || true # SIGINT = PostgreSQL "fast shutdown"
	for i in $(seq 1 100); do
		sleep 0.1
		pids=$(pg_pids)
		[ -n "$pids" ] || return 0
	done
	kill -KILL $pids 2>/dev/null || true
}

cleanup() {
	local rc=$?
	trap - EXIT INT TERM
	stop_app
	stop_postgres
	if [ "${KEEP_WORK:-0}" = 1 ]; then
		log "work dir kept: $WORK"
	else
		rm -rf "$WORK"
	fi
	exit "$rc"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT
trap 'log "terminated"; exit 143' TERM

# Run a private copy of the jar, so a concurrent `mvn package`/`clean` cannot pull it away mid-run.
RUN_JAR="$WORK/tinhso.jar"
cp "$JAR" "$RUN_JAR"

# LAUNCH=cds (default) runs the application as production should (README, "Running in production"):
# the jar extracted to plain jars plus a class-data-sharing archive made by one untimed training
# run that stops after the context refresh. LAUNCH=jar times the plain `java -jar tinhso.jar`.
LAUNCH=${LAUNCH:-cds}
case "$LAUNCH" in
	cds)
		log "extracting the jar and training the class-data-sharing archive (untimed)"
		java -Djarmode=tools -jar "$RUN_JAR" extract --destination "$WORK/app" >/dev/null
		RUN_JAR="$WORK/app/tinhso.jar"
		env -u TINHSO_DB_URL TINHSO_DATA_DIR="$WORK/training" PORT=0 \
			java -XX:ArchiveClassesAtExit="$WORK/app/tinhso.jsa" -Dspring.context.exit=onRefresh "${JVM_FLAGS[@]}" \
			-jar "$RUN_JAR" >"$OUT/training.log" 2>&1 || die "training run failed (log: $OUT/training.log)"
		rm -rf "$WORK/training"
		JVM_FLAGS=(-XX:SharedArchiveFile="$WORK/app/tinhso.jsa" "${JVM_FLAGS[@]}")
		;;
	jar) ;;
	*) die "LAUNCH must be cds or jar" ;;
esac

# ---------------------------------------------------------------- measurements
now_ns() { date +%s%N; }
seconds_since() { awk -v a="$1" -v b="$(now_ns)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }
load1() { cut -d' ' -f1 /proc/loadavg; }

# CPU seconds used so far by a process and its reaped children (utime+stime+cutime+cstime).
cpu_ticks() { { sed 's/.*) //' "/proc/$1/stat"; } 2>/dev/null | awk '{ print $12 + $13 + $14 + $15 }'; }

# CPU seconds of the JVM (with initdb/pg_ctl, which it waits for) plus the PostgreSQL processes.
cpu_seconds() {
	local t=0 p c
	for p in "$APP_PID" $(pg_pids); do
		c=$(cpu_ticks "$p")
		t=$((t + ${c:-0}))
	done
	awk -v t="$t" -v hz="$CLK_TCK" 'BEGIN { printf "%.1f", t / hz }'
}

# CPU seconds all CPUs of the machine spent busy (not idle/iowait) since boot, from /proc/stat.
machine_busy_seconds() {
	awk -v hz="$CLK_TCK" '$1 == "cpu" { printf "%.1f", ($2 + $3 + $4 + $7 + $8) / hz; exit }' /proc/stat
}

# CPU seconds the hypervisor took away from this VM since boot (steal), from /proc/stat.
steal_seconds() { awk -v hz="$CLK_TCK" '$1 == "cpu" { printf "%.1f", $9 / hz; exit }' /proc/stat; }

READY_PATH=/actuator/health/readiness
READY_PATH_NOTE=""
# start_app <label>: launches the app and polls readiness every 100 ms; sets READY_S, READY_CPU_S, READY_LOAD.
start_app() {
	local label=$1 applog="$OUT/app-$1.log" t0 code body health
	READY_LOAD=$(load1)
	t0=$(now_ns)
	env -u TINHSO_DB_URL -u TINHSO_DB_USER -u TINHSO_DB_PASSWORD -u TINHSO_EMBEDDED_DB_PORT -u TINHSO_DEMO \
		-u SPRING_PROFILES_ACTIVE -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS \
		TINHSO_DATA_DIR="$DATA" PORT="$PORT" \
		java "${JVM_FLAGS[@]}" -jar "$RUN_JAR" >"$applog" 2>&1 &
	APP_PID=$!
	log "$label: started pid $APP_PID on port $PORT (TINHSO_DATA_DIR=$DATA)"
	while :; do
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			tail -n 40 "$applog" >&2
			die "$label: the application exited before it was ready (log: $applog)"
		fi
		body=$(curl -s --max-time 2 -w '\n%{http_code}' "$BASE$READY_PATH" 2>/dev/null || true)
		code=${body##*$'\n'}
		body=${body%$'\n'*}
		if [ "$code" = 200 ] && [[ "$body" == *'"UP"'* ]]; then
			break
		fi
		if [ "$code" = 404 ] && [ "$READY_PATH" = /actuator/health/readiness ]; then
			health=$(curl -s --max-time 2 -o /dev/null -w '%{http_code}' "$BASE/actuator/health" || true)
			if [ "$health" = 200 ]; then
				READY_PATH_NOTE="WARNING: $READY_PATH answered 404 while /actuator/health was UP (probes not exposed?); timed against /actuator/health instead"
				log "$READY_PATH_NOTE"
				READY_PATH=/actuator/health
				continue
			fi
		fi
		if [ $((($(now_ns) - t0) / 1000000000)) -ge "$READY_TIMEOUT" ]; then
			die "$label: not ready after $READY_TIMEOUT s (last HTTP status $code; log: $applog)"
		fi
		sleep 0.1
	done
	READY_S=$(seconds_since "$t0")
	READY_CPU_S=$(cpu_seconds)
	log "$label: ready in $READY_S s ($READY_CPU_S CPU s; 1-min load average at launch $READY_LOAD)"
}

kib_field() { { awk -v k="$2:" '$1 == k { print $2; exit }' "$1"; } 2>/dev/null || true; }
prom_sum() { printf '%s\n' "$METRICS" | awk -v m="$1" -v f="$2" 'index($0, m "{") == 1 && (f == "" || index($0, f)) { s += $NF; n++ } END { if (n) printf "%.3f", s }'; }

# sample: sets JVM_RSS_KIB HEAP_USED_B HEAP_COMMITTED_B PG_PSS_KIB PG_COUNT GC_COUNT GC_SECONDS
sample() {
	local p pss
	JVM_RSS_KIB=$(kib_field "/proc/$APP_PID/status" VmRSS)
	METRICS=$(curl -s --max-time 10 "$BASE/actuator/prometheus" || true)
	HEAP_USED_B=$(prom_sum jvm_memory_used_bytes 'area="heap"')
	HEAP_COMMITTED_B=$(prom_sum jvm_memory_committed_bytes 'area="heap"')
	GC_COUNT=$(prom_sum jvm_gc_pause_seconds_count '')
	GC_SECONDS=$(prom_sum jvm_gc_pause_seconds_sum '')
	[ -n "$HEAP_USED_B" ] || log "warning: no jvm_memory_used_bytes{area=\"heap\"} from /actuator/prometheus"
	PG_PSS_KIB=0
	PG_COUNT=0
	for p in $(pg_pids); do
		pss=$(kib_field "/proc/$p/smaps_rollup" Pss)
		[ -n "$pss" ] || continue
		PG_PSS_KIB=$((PG_PSS_KIB + pss))
		PG_COUNT=$((PG_COUNT + 1))
	done
}

mib() { awk -v v="${1:-}" -v d="$2" 'BEGIN { if (v == "") print "n/a"; else printf "%.1f", v / d }'; }

MEM_ROWS=()
memory_row() {
	local label=$1 rss heap committed pg total verdict
	rss=$(mib "$JVM_RSS_KIB" 1024)
	heap=$(mib "$HEAP_USED_B" 1048576)
	committed=$(mib "$HEAP_COMMITTED_B" 1048576)
	pg=$(mib "$PG_PSS_KIB" 1024)
	total=$(mib "$((${JVM_RSS_KIB:-0} + PG_PSS_KIB))" 1024)
	verdict=$(awk -v r="$rss" -v t="$total" -v lim="$TARGET_RSS_MIB" \
		'BEGIN { printf "%s / %s", (r + 0 < lim ? "PASS" : "FAIL"), (t + 0 < lim ? "PASS" : "FAIL") }')
	MEM_ROWS+=("$(printf '%-28s %8s %9s %9s %9s %-4s %8s   %s' "$label" "$rss" "$heap" "$committed" "$pg" "($PG_COUNT)" "$total" "$verdict")")
	log "$label: JVM RSS $rss MiB, heap $heap used / $committed committed MiB, PostgreSQL Pss $pg MiB in $PG_COUNT processes"
}

startup_detail() { # phase timings from the app log, for context
	local f="$OUT/app-$1.log"
	{
		grep -o 'initdb completed in [0-9:.]*' "$f" | head -n 1 | sed -E 's/completed in 00:00:0?([0-9])/\1/; s/$/ s/' || true
		grep -o 'Started TinhSoApplication in [0-9.]* seconds' "$f" | head -n 1 | sed 's/Started TinhSoApplication in/context/; s/ seconds/ s/' || true
		grep -o 'Demo province loaded in [0-9]* ms' "$f" | head -n 1 | sed 's/Demo province loaded in/demo data/' || true
	} | paste -sd ';' - | sed 's/;/; /g'
}

if [ "$WAIT_IDLE_MAX" -gt 0 ]; then # on a shared machine: wait (bounded) for others' work to calm down
	log "waiting up to $WAIT_IDLE_MAX s for the 1-min load average to drop below 1.0 (now $(load1))"
	waited=0
	while awk -v l="$(load1)" 'BEGIN { exit !(l >= 1.0) }' && [ "$waited" -lt "$WAIT_IDLE_MAX" ]; do
		sleep 10
		waited=$((waited + 10))
	done
fi
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STEAL_0=$(steal_seconds) RUN_T0=$(now_ns)
log "JVM flags (pom.xml <tinhso.jvm.args>): $JVM_ARGS"
log "load average before start: $LOAD_BEFORE on $(nproc) CPUs"
if awk -v l="${LOAD_BEFORE%% *}" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
	log "WARNING: the machine is busy (load $LOAD_BEFORE); wall-clock figures will be inflated"
fi

# 1. cold start on the fresh data directory
start_app cold
COLD_S=$READY_S COLD_CPU=$READY_CPU_S COLD_LOAD=$READY_LOAD
COLD_DETAIL=$(startup_detail cold)
sleep "$IDLE_SECONDS"
sample
memory_row "idle after cold start"
t0=$(now_ns)
stop_app
STOP_S=$(seconds_since "$t0")
LEFTOVER=$(pg_pids | paste -sd' ' -)
[ -z "$LEFTOVER" ] || log "warning: PostgreSQL still running after the app stopped: $LEFTOVER"
stop_postgres

# 2. warm restart on the same data directory
start_app warm
WARM_S=$READY_S WARM_CPU=$READY_CPU_S WARM_LOAD=$READY_LOAD
WARM_DETAIL=$(startup_detail warm)
sleep "$IDLE_SECONDS"
sample
memory_row "idle after warm start"
GC_COUNT_0=${GC_COUNT:-0} GC_SECONDS_0=${GC_SECONDS:-0}

# 3. burst against the warm instance, forced idle, memory again
log "burst: $BURST_THREADS threads for $BURST_SECONDS s against $BASE"
BURST_LOAD=$(load1)
APP_CPU_0=$(cpu_seconds) MACHINE_CPU_0=$(machine_busy_seconds)
java "$BENCH_DIR/HttpBurst.java" --base "$BASE" --threads "$BURST_THREADS" --seconds "$BURST_SECONDS" \
	--max-requests "$BURST_MAX_REQUESTS" | tee "$OUT/burst.txt" >&2 || die "HttpBurst failed"
APP_CPU_1=$(cpu_seconds) MACHINE_CPU_1=$(machine_busy_seconds)
RESULT=$(grep '^RESULT ' "$OUT/burst.txt" | tail -n 1)
field() { printf '%s\n' "$RESULT" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k { print $2 }'; }
sleep "$IDLE_SECONDS"
sample
memory_row "after burst + ${IDLE_SECONDS} s idle"
BURST_GC=$(awk -v c0="$GC_COUNT_0" -v c1="${GC_COUNT:-0}" -v s0="$GC_SECONDS_0" -v s1="${GC_SECONDS:-0}" \
	'BEGIN { printf "%d GC pauses, %.2f s in total", c1 - c0, s1 - s0 }')
BURST_CPU=$(awk -v a0="$APP_CPU_0" -v a1="$APP_CPU_1" -v m0="$MACHINE_CPU_0" -v m1="$MACHINE_CPU_1" \
	'BEGIN { printf "CPU s used by app+PostgreSQL %.1f of %.1f busy on the machine (rest: the client, javac, others)", a1 - a0, m1 - m0 }')

# 4. overload: the excess must be refused fast (503/429 with Retry-After), memory must stay bounded
OVERLOAD_LINE="" OVERLOAD_PEAK=""
if [ "$OVERLOAD_THREADS" -gt 0 ]; then
	log "overload: $OVERLOAD_THREADS threads as $OVERLOAD_CLIENTS visitors for $OVERLOAD_SECONDS s against $BASE"
	java "$BENCH_DIR/HttpBurst.java" --base "$BASE" --threads "$OVERLOAD_THREADS" --clients "$OVERLOAD_CLIENTS" \
		--seconds "$OVERLOAD_SECONDS" --max-requests "$BURST_MAX_REQUESTS" >"$OUT/overload.txt" 2>&1 &
	OVERLOAD_PID=$!
	: >"$OUT/overload-memory.txt"
	while kill -0 "$OVERLOAD_PID" 2>/dev/null; do # JVM RSS (KiB) and heap used (bytes), once a second
		printf '%s %s\n' "$(kib_field "/proc/$APP_PID/status" VmRSS)" "$(curl -s --max-time 2 "$BASE/actuator/prometheus" |
			awk 'index($0, "jvm_memory_used_bytes{") == 1 && index($0, "area=\"heap\"") { s += $NF } END { printf "%.0f", s }')" \
			>>"$OUT/overload-memory.txt"
		sleep 1
	done
	wait "$OVERLOAD_PID" || die "HttpBurst (overload) failed: $(tail -n 5 "$OUT/overload.txt")"
	cat "$OUT/overload.txt" >&2
	BURST_RESULT=$RESULT # field() reads RESULT; the report below wants the burst's again
	RESULT=$(grep '^RESULT ' "$OUT/overload.txt" | tail -n 1)
	OVERLOAD_LINE=$(printf 'Overload: %s threads as %s visitors, %s s, %s requests (%s req/s); served %s (p99 %s ms); refused 503 x %s + 429 x %s, p50 %s / p99 %s / max %s ms; without Retry-After %s; timeouts %s' \
		"$(field threads)" "$(field clients)" "$(field seconds)" "$(field requests)" "$(field rps)" "$(field served)" \
		"$(field served_p99_ms)" "$(field r503)" "$(field r429)" "$(field refused_p50_ms)" "$(field refused_p99_ms)" \
		"$(field refused_max_ms)" "$(field no_retry_after)" "$(field timeouts)")
	RESULT=$BURST_RESULT
	OVERLOAD_PEAK=$(awk '$1 > r { r = $1 } $2 > h { h = $2 } END { printf "peak while overloaded (sampled every second): JVM RSS %.1f MiB, heap used %.1f MiB", r / 1024, h / 1048576 }' "$OUT/overload-memory.txt")
	sleep "$IDLE_SECONDS"
	sample
	memory_row "after overload + ${IDLE_SECONDS} s idle"
fi
PEAK_RSS=$(mib "$(kib_field "/proc/$APP_PID/status" VmHWM)" 1024)
stop_app
stop_postgres

# ---------------------------------------------------------------- report
verdict_s() { awk -v v="$1" -v lim="$TARGET_READY_S" 'BEGIN { print (v + 0 < lim ? "PASS" : "FAIL") }'; }
{
	echo "TinhSo startup & memory benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
	echo "Launch: $LAUNCH ($( [ "$LAUNCH" = cds ] && echo "extracted jar + class-data-sharing archive" || echo "java -jar tinhso.jar")); JVM flags: $JVM_ARGS"
	echo "Load average before: $LOAD_BEFORE; CPU steal by the hypervisor during the run: $(awk -v a="$STEAL_0" -v b="$(steal_seconds)" 'BEGIN { printf "%.1f", b - a }') s of $(seconds_since "$RUN_T0") s"
	[ -z "$READY_PATH_NOTE" ] || echo "$READY_PATH_NOTE"
	echo
	printf '%-26s %7s  %-7s %6s  %5s   %s\n' "Launch to readiness UP" "wall s" "< ${TARGET_READY_S} s" "CPU s" "load" "phases (from the app log)"
	printf '%-26s %7s  %-7s %6s  %5s   %s\n' "cold (fresh data dir)" "$COLD_S" "$(verdict_s "$COLD_S")" "$COLD_CPU" "$COLD_LOAD" "$COLD_DETAIL"
	printf '%-26s %7s  %-7s %6s  %5s   %s\n' "warm (same data dir)" "$WARM_S" "$(verdict_s "$WARM_S")" "$WARM_CPU" "$WARM_LOAD" "$WARM_DETAIL"
	printf '%-26s %7s\n' "graceful stop (SIGTERM)" "$STOP_S"
	echo "(CPU s = JVM incl. initdb + embedded PostgreSQL until ready; load = 1-min load average at launch — for the"
	echo " warm run it still includes this benchmark's own cold phase; well above 1 means other work competed for the CPUs)"
	echo
	printf '%-28s %8s %9s %9s %9s %-4s %8s   %s\n' "Memory, MiB" "JVM RSS" "heap used" "heap comm" "PG Pss" "(n)" "total" "< ${TARGET_RSS_MIB} MiB: JVM / total"
	printf '%s\n' "${MEM_ROWS[@]}"
	echo "(JVM RSS = VmRSS; heap = sum of jvm_memory_{used,committed}_bytes{area=\"heap\"}; PG Pss = sum over (n) embedded"
	echo " postgres processes of Pss from smaps_rollup; total = JVM RSS + PG Pss. Peak JVM RSS (VmHWM) of the warm run: $PEAK_RSS MiB)"
	echo
	printf 'Burst: %s threads, %s s, %s requests, %s req/s, p50 %s ms, p99 %s ms, max %s ms, errors %s\n' \
		"$(field threads)" "$(field seconds)" "$(field requests)" "$(field rps)" "$(field p50_ms)" "$(field p99_ms)" \
		"$(field max_ms)" "$(field errors)"
	echo "  during the burst: $BURST_GC; $BURST_CPU; load at start $BURST_LOAD"
	sed -n '2,$p' "$OUT/burst.txt" | grep -v '^RESULT '
	if [ -n "$OVERLOAD_LINE" ]; then
		echo
		echo "$OVERLOAD_LINE"
		echo "  $OVERLOAD_PEAK"
		sed -n '2,$p' "$OUT/overload.txt" | grep -v '^RESULT '
	fi
} | tee "$OUT/results.txt"
log "results and app logs: $OUT"

#!/usr/bin/env bash
# Load benchmark of Knee Rehab Records on the database bench/seed.sh filled. Starts Keycloak (bench realm)
# and the application (JVM mode), signs the bench users in, measures start-up, drives each request type
# with wrk at 64 connections, reads the application's RSS, verifies the audit chain and writes
# bench/results/<date>-<short-sha>.md. Every process it starts is stopped by its PID at the end.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require_seeded_data

# ---------------------------------------------------------------- a quiet machine
wait_for_quiet_machine

# ---------------------------------------------------------------- Keycloak with the bench realm
start_keycloak_and_sign_in
refresh_drafts

# ---------------------------------------------------------------- the application: start-up time
app_env
measure_starts() { # label, extra JVM options; three starts, the last one keeps running; sets MEDIAN_READY/STARTED
    local label="$1" runs=()
    shift
    for n in 1 2 3; do
        [ -z "$APP_PID" ] || { stop_pid "$APP_PID"; APP_PID=""; }
        start_app "$@"
        runs+=("$READY_MS/$STARTED_IN")
        echo "Start $n ($label): ready after ${READY_MS} ms (log: started in ${STARTED_IN} s)"
    done
    MEDIAN_READY=$(printf '%s\n' "${runs[@]}" | cut -d/ -f1 | sort -n | sed -n 2p)
    MEDIAN_STARTED=$(printf '%s\n' "${runs[@]}" | cut -d/ -f2 | sort -n | sed -n 2p)
    ALL_STARTS="${runs[*]}"
}
check() { # expected-status method path token [body]
    local got
    got=$(curl -s -o "$LOGS/smoke.out" -w '%{http_code}' -X "$2" -H "Authorization: Bearer $4" \
        -H 'Content-Type: application/json' ${5:+--data "$5"} "$APP$3")
    [ "$got" = "$1" ] || { echo "Smoke test: $2 $3 answered $got, expected $1" >&2; head -c 600 "$LOGS/smoke.out" >&2; exit 1; }
}
smoke() { # every request type answers as it should
    local ct pt
    ct=$(cat "$DATA/token_clinician.txt")
    pt=$(head -1 "$DATA/token_patients.txt")
    check 200 GET "/clinic/patients?q=$(head -1 "$DATA/search_queries.txt")" "$ct"
    check 200 GET "/clinic/patients/$(head -1 "$DATA/patient_ids.txt")" "$ct"
    check 200 GET "/clinic/evaluations/$(head -1 "$DATA/evaluation_ids.txt")" "$ct"
    check 200 GET /api/v1/exercises "$ct"
    check 200 GET /clinic/exercises "$ct"
    check 200 GET /portal "$pt"
    check 403 GET /portal "$ct"
}

# A class-data-sharing archive from one training run (start, every request type once, stop): the JVM
# then maps those classes instead of loading and verifying them again. Start-up is measured both ways.
CDS="$BENCH_WORK/app-cds.jsa"
rm -f "$CDS"
start_app -XX:ArchiveClassesAtExit="$CDS"
smoke
stop_pid "$APP_PID"; APP_PID=""
[ -f "$CDS" ] || { echo "No class-data-sharing archive was written" >&2; exit 1; }

measure_starts "no CDS archive"
READY_PLAIN=$MEDIAN_READY; STARTED_PLAIN=$MEDIAN_STARTED; STARTS_PLAIN=$ALL_STARTS

# The same jar on JDK 25 with its ahead-of-time cache (JEP 483/515: classes loaded and linked, method
# profiles), from one training run. Start-up only; the load runs on JDK 17.
JDK25="${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
READY_AOT="-"; STARTS_AOT="JDK 25 not found at $JDK25"
if [ -x "$JDK25/bin/java" ]; then
    stop_pid "$APP_PID"; APP_PID=""
    AOT="$BENCH_WORK/app-jdk25.aot"
    rm -f "$AOT"
    JAVA_CMD="$JDK25/bin/java" start_app -XX:AOTCacheOutput="$AOT"
    smoke
    stop_pid "$APP_PID"; APP_PID=""
    JAVA_CMD="$JDK25/bin/java" measure_starts "JDK 25 AOT cache" -XX:AOTCache="$AOT"
    READY_AOT=$MEDIAN_READY; STARTS_AOT=$ALL_STARTS
    JDK25_VERSION=$("$JDK25/bin/java" -version 2>&1 | head -1)
fi
measure_starts "CDS archive" -XX:SharedArchiveFile="$CDS"
READY_CDS=$MEDIAN_READY; STARTED_CDS=$MEDIAN_STARTED; STARTS_CDS=$ALL_STARTS
RSS_IDLE_KB=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
smoke
echo "Smoke test passed"
sign_in_bench_browsers

kill -0 "$KC_PID" 2>/dev/null || { echo "Keycloak stopped unexpectedly (see $LOGS/keycloak.log)" >&2; exit 1; }

# ---------------------------------------------------------------- load
RAW="$LOGS/wrk.txt"
echo "Warming up the JIT compiler: each request type for ${JIT_WARMUP} s"
jit_warmup
: > "$RAW"
for s in $SCENARIOS; do
    [ "$s" = step ] && refresh_drafts
    SCENARIO=$s BENCH_DATA="$DATA" WRK_THREADS=$WRK_THREADS wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" \
        -s "$BENCH_ROOT/bench/wrk/scenario.lua" "$APP" > "$LOGS/warmup-$s.txt" 2>&1
    [ "$s" = step ] && refresh_drafts # the warm-up saved drafts too: measure from their current versions
    measure "$s" "$LOGS/wrk-$s.txt" "$RAW"
    if [ "${PROFILE:-1}" = 1 ]; then
        # a sampling profile in an extra, unmeasured pass: thread dumps pause the JVM for a moment
        [ "$s" = step ] && refresh_drafts
        SCENARIO=$s BENCH_DATA="$DATA" WRK_THREADS=$WRK_THREADS wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d10s \
            -s "$BENCH_ROOT/bench/wrk/scenario.lua" "$APP" > "$LOGS/profile-wrk-$s.txt" 2>&1 &
        WRK_PID=$!
        sleep 2
        : > "$LOGS/stacks-$s.txt"
        for k in 1 2 3 4 5 6; do jstack "$APP_PID" >> "$LOGS/stacks-$s.txt" 2>/dev/null || true; sleep 1; done
        wait "$WRK_PID" || true
        awk -f "$BENCH_ROOT/bench/stacks.awk" "$LOGS/stacks-$s.txt" | sort -rn > "$LOGS/profile-$s.txt"
    fi
done
# Open loop: the chart and the portal at a fixed offered rate, half the most the closed loop reached, with
# latency counted from when each request was due (bench/src/OpenLoop.java), so queueing shows in the p99.
OPEN_RAW="$LOGS/open-loop.txt"
: > "$OPEN_RAW"
if [ "${OPEN_LOOP:-1}" = 1 ]; then
    sed 's|^|/clinic/patients/|' "$DATA/patient_ids.txt" > "$DATA/paths_chart.txt"
    echo /portal > "$DATA/paths_portal.txt"
    echo "Authorization: Bearer $(cat "$DATA/token_clinician.txt")" > "$DATA/headers_clinician.txt"
    sed 's|^|Authorization: Bearer |' "$DATA/token_patients.txt" > "$DATA/headers_patients.txt"
    for pair in chart:chart:headers_clinician portal:portal:headers_patients \
        chart-session:chart:cookie_clinician portal-session:portal:cookie_patients; do
        IFS=: read -r s paths headers <<< "$pair"
        max=$(awk -v s="$s" '$1 == "RESULT" && $2 == s {for (i = 3; i <= NF; i++) if ($i ~ /^rps=/) print substr($i, 5)}' "$RAW")
        [ -n "$max" ] || continue
        rate=$(awk -v m="$max" 'BEGIN { printf "%d", m / 2 }')
        java "$BENCH_ROOT/bench/src/OpenLoop.java" "$s" "$APP" "$DATA/paths_$paths.txt" "$DATA/$headers.txt" \
            "$rate" "$DURATION" "$CONNECTIONS" | tee -a "$OPEN_RAW"
    done
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
RSS_KB=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
HWM_KB=$(awk '/VmHWM/ {print $2}' "/proc/$APP_PID/status")
# what the resident memory is made of: anonymous (heap, metaspace, code, stacks, malloc) and file-backed
# (the mapped jars and class-data-sharing archive, shared with the page cache)
RSS_PARTS=$(awk '/RssAnon|RssFile|RssShmem/ {printf "%s %d MiB, ", $1, $2/1024}' "/proc/$APP_PID/status" | sed 's/, $//')
NMT=$(jcmd "$APP_PID" VM.native_memory summary 2>/dev/null | awk '/committed=/ && /^-/ {gsub(/^- */, ""); print}' \
    | sed -E 's/\(reserved=[0-9]+KB, committed=([0-9]+)KB\)/\1/' | awk '{kb = $NF; $NF = ""; printf "%s%d MiB; ", $0, kb / 1024}' || true)
stop_pid "$APP_PID"; APP_PID=""

# Diagnostic only, not a way to run: the audited requests again with the audit append switched off
# (knee-rehab.audit.enabled=false), to show how much of their cost is the serialised audit write.
DIAG_RAW="$LOGS/wrk-diagnostic.txt"
: > "$DIAG_RAW"
if [ "${AUDIT_OFF_DIAGNOSTIC:-1}" = 1 ]; then
    KNEE_REHAB_AUDIT_ENABLED=false start_app -XX:SharedArchiveFile="$CDS"
    for s in ${DIAGNOSTIC_SCENARIOS:-search chart portal}; do # a new JVM: the JIT warm-up again
        SCENARIO=$s BENCH_DATA="$DATA" WRK_THREADS=$WRK_THREADS wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$((JIT_WARMUP + WARMUP))s" \
            -s "$BENCH_ROOT/bench/wrk/scenario.lua" "$APP" > /dev/null 2>&1
        measure "$s" "$LOGS/wrk-audit-off-$s.txt" "$DIAG_RAW"
    done
    stop_pid "$APP_PID"; APP_PID=""
fi
stop_pid "$KC_PID"; KC_PID=""

echo "Verifying the audit chain after the load (seeded entries plus every request of the run)"
VERIFY=$(QUARKUS_OIDC_TENANT_ENABLED=false java -jar "$APP_JAR" verify-audit 2>&1 | grep "Audit trail" || true)
echo "$VERIFY"

# ---------------------------------------------------------------- results
cat > "$LOGS/run.env" <<VARS
CONNECTIONS='$CONNECTIONS'
WRK_THREADS='$WRK_THREADS'
WARMUP='$WARMUP'
JIT_WARMUP='$JIT_WARMUP'
DURATION='$DURATION'
BENCH_JAVA_OPTS='MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX java $BENCH_JAVA_OPTS'
READY_PLAIN='$READY_PLAIN'
STARTED_PLAIN='$STARTED_PLAIN'
STARTS_PLAIN='$STARTS_PLAIN'
READY_CDS='$READY_CDS'
STARTED_CDS='$STARTED_CDS'
STARTS_CDS='$STARTS_CDS'
CDS_FLAG='-XX:SharedArchiveFile=target/bench/app-cds.jsa'
READY_AOT='$READY_AOT'
STARTS_AOT='$STARTS_AOT'
JDK25_VERSION='${JDK25_VERSION:-}'
RSS_IDLE_KB='$RSS_IDLE_KB'
RSS_KB='$RSS_KB'
HWM_KB='$HWM_KB'
RSS_PARTS='$RSS_PARTS'
NMT='$NMT'
DIAG_RAW='$DIAG_RAW'
OPEN_RAW='$OPEN_RAW'
VERIFY='$VERIFY'
LOAD_BEFORE='$LOAD_BEFORE'
LOAD_AFTER='$LOAD_AFTER'
VARS
"$BENCH_ROOT/bench/report.sh" "$LOGS/run.env" "$RAW"

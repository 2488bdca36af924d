#!/usr/bin/env bash
# Where one request type spends its time: starts Keycloak and the application (as bench/run.sh does) with a
# Java Flight Recorder recording, drives the request type with wrk (WARMUP seconds unrecorded, then DURATION recorded) and prints
# where the CPU samples fall (bench/src/JfrProfile.java), the collector's share and the allocations. The recording stays in target/bench/logs
# for JDK Mission Control. Usage: bench/profile.sh chart [portal ...]
# KEEP_KEYCLOAK=1 leaves the bench Keycloak running for the next profile: kill "$(cat target/bench/logs/keycloak.pid)".
set -euo pipefail
source "$(dirname "$0")/lib.sh"
[ $# -gt 0 ] || { echo "Usage: bench/profile.sh <request type> ... (types: $SCENARIOS)" >&2; exit 2; }
require_seeded_data
# The collector's share and the allocations come from `jfr view` (JDK 21 or later; skipped without one).
JFR_TOOL="${JFR_TOOL:-${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/jfr}"

wait_for_quiet_machine
# a bench Keycloak left running (KEEP_KEYCLOAK=1 on an earlier run) is used again
if curl -sf -o /dev/null "$KC/realms/$BENCH_REALM/.well-known/openid-configuration"; then
    sign_in_bench_users
else
    start_keycloak_and_sign_in
    [ "${KEEP_KEYCLOAK:-0}" = 1 ] && KC_PID=""
fi
refresh_drafts
app_env
for s in "$@"; do
    recording="$LOGS/profile-$s.jfr"
    rm -f "$recording"
    start_app -XX:FlightRecorderOptions=stackdepth=512
    SCENARIO=$s BENCH_DATA="$DATA" WRK_THREADS=$WRK_THREADS wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" \
        -s "$BENCH_ROOT/bench/wrk/scenario.lua" "$APP" > /dev/null 2>&1
    # the recording covers the measured load only: no start-up, no first compilations
    jcmd "$APP_PID" JFR.start name=bench settings=profile filename="$recording" > /dev/null
    a0=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
    SCENARIO=$s BENCH_DATA="$DATA" WRK_THREADS=$WRK_THREADS wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${DURATION}s" \
        --timeout 5s -s "$BENCH_ROOT/bench/wrk/scenario.lua" "$APP" > "$LOGS/profile-wrk-$s.txt" 2>&1
    a1=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
    jcmd "$APP_PID" JFR.stop name=bench > /dev/null
    stop_pid "$APP_PID"; APP_PID=""
    n=$(grep -o '^RESULT .* requests=[0-9]*' "$LOGS/profile-wrk-$s.txt" | grep -o '[0-9]*$' || echo 1)
    echo "== $s: $(grep '^RESULT' "$LOGS/profile-wrk-$s.txt" | cut -d' ' -f3-6)," \
        "app CPU $(awk -v t=$((a1 - a0)) -v n="$n" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t * 1000 / hz / n }') ms per request"
    java "$BENCH_ROOT/bench/src/JfrProfile.java" "$recording" "${TOP:-60}"
    if [ -n "$JFR_TOOL" ] && "$JFR_TOOL" view gc-cpu-time "$recording" >/dev/null 2>&1; then
        for view in gc-cpu-time allocation-by-class; do
            "$JFR_TOOL" view --width 160 "$view" "$recording" | head -n 25
        done
    fi
done

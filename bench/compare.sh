#!/usr/bin/env bash
# The audit design before and after its redesign, and the current design with its audit switched off, on
# the same machine in the same hour: each variant in a fresh JVM with the same options, warm-up and load,
# in rounds whose order alternates, so a machine that slows down during the run slows every variant alike.
#
#   BEFORE_ROOT=/path/to/worktree-of-the-earlier-commit bench/compare.sh
#
# BEFORE_ROOT is a checkout of the earlier commit with its jar built (target/quarkus-app) and its own bench
# database seeded by its own bench/seed.sh into BEFORE_DB (default kneerehab_bench_before); this checkout's
# bench/seed.sh must have filled kneerehab_bench. Writes bench/results/<date>-<short-sha>-compare.md.
set -euo pipefail
# the request types with throughput targets, each with a bearer token (the earlier commit has no others)
SCENARIOS="${SCENARIOS:-search chart portal exercises-api}"
ROUNDS="${ROUNDS:-2}"
JIT_WARMUP="${JIT_WARMUP:-30}"
source "$(dirname "$0")/lib.sh"
require_seeded_data

BEFORE_ROOT="${BEFORE_ROOT:?set BEFORE_ROOT to a built and seeded checkout of the earlier commit}"
BEFORE_DB="${BEFORE_DB:-kneerehab_bench_before}"
BEFORE_JAR="$BEFORE_ROOT/target/quarkus-app/quarkus-run.jar"
BEFORE_DATA="$BEFORE_ROOT/target/bench/data"
[ -f "$BEFORE_JAR" ] || { echo "No jar at $BEFORE_JAR: build the earlier commit first" >&2; exit 1; }
[ -f "$BEFORE_DATA/bench_patients.txt" ] || { echo "No seeded data in $BEFORE_DATA: run its bench/seed.sh" >&2; exit 1; }
# the earlier seed sealed its trail with the key its own settings name
BEFORE_KEY=$(bash -c "source '$BEFORE_ROOT/bench/env.sh' && echo \"\$AUDIT_HMAC_KEY\"")
BEFORE_SHA=$(git -C "$BEFORE_ROOT" rev-parse --short HEAD)
AFTER_SHA=$(git -C "$BENCH_ROOT" rev-parse --short HEAD)
AFTER_DATA="$DATA"

RAW="$LOGS/compare.txt"
: > "$RAW"

wait_for_quiet_machine
start_keycloak_and_sign_in
DATA="$BEFORE_DATA" sign_in_bench_users # the same users, listed in the earlier seed's order

AFTER_KEY="$AUDIT_HMAC_KEY"
run_variant() { # label: a fresh JVM of that variant, the JIT warm-up, then each request type measured
    local label="$1" s
    app_env
    export AUDIT_HMAC_KEY="$AFTER_KEY"
    case "$label" in
        before)
            DATA="$BEFORE_DATA"
            export DB_URL="jdbc:mariadb://$BENCH_DB_HOST:$BENCH_DB_PORT/$BEFORE_DB" AUDIT_HMAC_KEY="$BEFORE_KEY"
            # the earlier commit answers its health checks on the application port
            APP_JAR="$BEFORE_JAR" READY_URL="$APP/q/health/ready" start_app ;;
        after-audit-on)
            DATA="$AFTER_DATA"
            start_app ;;
        after-audit-off)
            DATA="$AFTER_DATA"
            KNEE_REHAB_AUDIT_ENABLED=false start_app ;;
    esac
    echo "$label: ready after $READY_MS ms"
    jit_warmup
    for s in $SCENARIOS; do
        SCENARIO=$s BENCH_DATA="$DATA" WRK_THREADS=$WRK_THREADS wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" \
            -s "$BENCH_ROOT/bench/wrk/scenario.lua" "$APP" > "$LOGS/warmup-$s.txt" 2>&1
        : > "$LOGS/compare-last.txt"
        measure "$s" "$LOGS/compare-$label-$s.txt" "$LOGS/compare-last.txt" > /dev/null
        sed "s/^RESULT /RESULT variant=$label round=$ROUND /" "$LOGS/compare-last.txt" | tee -a "$RAW"
    done
    stop_pid "$APP_PID"; APP_PID=""
}

ORDER=(before after-audit-on after-audit-off)
for ROUND in $(seq 1 "$ROUNDS"); do
    if [ $((ROUND % 2)) = 0 ]; then variants=("${ORDER[2]}" "${ORDER[1]}" "${ORDER[0]}"); else variants=("${ORDER[@]}"); fi
    for v in "${variants[@]}"; do run_variant "$v"; done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
stop_pid "$KC_PID"; KC_PID=""

# ---------------------------------------------------------------- results
OUT="$BENCH_ROOT/bench/results/$(date -u +%Y-%m-%d)-$AFTER_SHA-compare.md"
field() { grep -o " $1=[^ ]*" | cut -d= -f2; }
{
    echo "# Audit design before and after, one machine, one hour: $(date -u '+%Y-%m-%d %H:%M') UTC"
    echo
    echo "Before: commit $BEFORE_SHA (database \`$BEFORE_DB\`, seeded by that commit's \`bench/seed.sh\`)."
    echo "After: commit $AFTER_SHA$(git -C "$BENCH_ROOT" diff --quiet HEAD -- src pom.xml || echo ' (with uncommitted changes)')"
    echo "(database \`$BENCH_DB\`), with the audit on, and the same jar with \`knee-rehab.audit.enabled=false\`."
    echo
    echo "| | |"
    echo "|---|---|"
    echo "| CPU | $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//') |"
    echo "| JDK | $(java -version 2>&1 | sed -n 2p) |"
    echo "| Application | \`MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX java $BENCH_JAVA_OPTS -jar quarkus-run.jar\` (prod profile, no class-data-sharing archive), the same for every variant |"
    echo "| Load | wrk, $WRK_THREADS threads, $CONNECTIONS connections; per fresh JVM every request type ${JIT_WARMUP} s for the JIT compiler, then per type ${WARMUP} s warm-up and ${DURATION} s measured |"
    echo "| Order | $ROUNDS rounds; odd rounds before → after (audit on) → after (audit off), even rounds the reverse |"
    echo "| Load average (1, 5, 15 min) | before the run $LOAD_BEFORE; after it $LOAD_AFTER |"
    echo
    echo "## Each measurement"
    echo
    echo "| Round | Variant | Request | req/s | p50 ms | p99 ms | errors | app CPU ms/req | MariaDB CPU ms/req | machine busy | JIT share of app CPU |"
    echo "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    while read -r line; do
        echo "| $(field round <<< "$line") | $(field variant <<< "$line") | $(awk '{print $4}' <<< "$line") | $(field rps <<< "$line") | $(field p50 <<< "$line") | $(field p99 <<< "$line") | $(field errors <<< "$line") | $(field app_cpu_ms <<< "$line") | $(field db_cpu_ms <<< "$line") | $(field busy <<< "$line") % | $(field jit <<< "$line") % |"
    done < "$RAW"
    echo
    echo "## Mean of the rounds"
    echo
    echo "| Request | before req/s | after, audit on req/s | after, audit off req/s | after ÷ before | audit on ÷ audit off |"
    echo "|---|---:|---:|---:|---:|---:|"
    for s in $SCENARIOS; do
        awk -v s="$s" '
            { for (i = 1; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] } }
            $4 == s { sum[f["variant"]] += f["rps"]; n[f["variant"]]++ }
            END {
                b = sum["before"] / n["before"]; on = sum["after-audit-on"] / n["after-audit-on"]; off = sum["after-audit-off"] / n["after-audit-off"]
                printf "| %s | %.1f | %.1f | %.1f | %.0f %% | %.0f %% |\n", s, b, on, off, 100 * on / b, 100 * on / off
            }' "$RAW"
    done
} > "$OUT"
echo "Results: $OUT"

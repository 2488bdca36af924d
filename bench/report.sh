#!/usr/bin/env bash
# Writes bench/results/<date>-<short-sha>.md from the figures bench/run.sh collected (run.env) and
# the RESULT lines of wrk (one per request type).
set -euo pipefail
source "$(dirname "$0")/env.sh"
source "$1"
RAW="$2"
DATA="$BENCH_WORK/data"
SHA=$(git -C "$BENCH_ROOT" rev-parse --short HEAD)
DIRTY=$(git -C "$BENCH_ROOT" status --porcelain --untracked-files=no | grep -q . && echo " (with uncommitted changes)" || true)
OUT="$BENCH_ROOT/bench/results/$(date -u +%Y-%m-%d)-$SHA.md"
target() { # scenario -> "rps p99" targets from the issue, or "-"
    case "$1" in
        portal|chart|portal-session|chart-session) echo "1500 -" ;; search) echo "1000 50" ;; exercises-api|exercises-page) echo "3000 -" ;; *) echo "- -" ;;
    esac
}
{
    echo "# Load benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $SHA$DIRTY"
    echo
    echo "## Machine"
    echo
    echo "| | |"
    echo "|---|---|"
    echo "| CPU | $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) |"
    echo "| RAM | $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) |"
    echo "| JDK | $(java -version 2>&1 | head -2 | tail -1) |"
    echo "| MariaDB | $(sql -N -e 'SELECT VERSION()'), same machine; innodb_buffer_pool_size $(sql -N -e 'SELECT @@innodb_buffer_pool_size DIV 1048576') MiB, innodb_flush_log_at_trx_commit $(sql -N -e 'SELECT @@innodb_flush_log_at_trx_commit') |"
    echo "| Load tool | $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), $WRK_THREADS threads, $CONNECTIONS connections, first every request type ${JIT_WARMUP:-0} s for the JIT compiler, then per type ${WARMUP} s warm-up and ${DURATION} s measured, on the same machine |"
    echo "| Load average (1, 5, 15 min) | before the run $LOAD_BEFORE; after the load $LOAD_AFTER |"
    echo "| Application | \`$BENCH_JAVA_OPTS $CDS_FLAG -jar target/quarkus-app/quarkus-run.jar\` (JVM mode, prod profile) |"
    echo
    echo "## Data (bench/seed.sh, seeded in $(cat "$DATA/seed_seconds.txt" 2>/dev/null || echo '?') s)"
    echo
    sql "$BENCH_DB" -e "SELECT (SELECT COUNT(*) FROM patient) patients, (SELECT COUNT(*) FROM evaluation) evaluations,
        (SELECT COUNT(*) FROM treatment_plan) plans, (SELECT COUNT(*) FROM plan_exercise) plan_exercises,
        (SELECT COUNT(*) FROM session_log) session_logs, (SELECT COUNT(*) FROM audit_entry) audit_entries,
        (SELECT COUNT(*) FROM exercise) exercises" | awk -F'\t' 'NR==1 {h=$0; gsub("\t"," | ",h); print "| " h " |"; n=NF; s="|"; for(i=1;i<=n;i++) s=s"---|"; print s} NR>1 {r=$0; gsub("\t"," | ",r); print "| " r " |"}'
    echo
    echo "## Results"
    echo
    echo "| Request | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | 409 | app CPU ms/req | MariaDB CPU ms/req | machine busy | JIT share of app CPU | target |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
    while read -r _ name rest; do
        declare -A r=()
        for kv in $rest; do r[${kv%%=*}]=${kv#*=}; done
        read -r trps tp99 <<< "$(target "$name")"
        verdict="-"
        if [ "$trps" != "-" ]; then
            ok=$(awk -v a="${r[rps]}" -v b="$trps" -v p="${r[p99]}" -v q="$tp99" -v e="${r[errors]}" \
                'BEGIN { print ((a >= b && (q == "-" || p <= q) && e == 0) ? "met" : "missed") }')
            limit=""
            if [ "$tp99" != "-" ]; then limit=", p99 ≤ $tp99 ms"; fi
            verdict="≥ $trps req/s$limit, 0 errors: **$ok**"
        fi
        case "$name" in
            search) label='Patient search `GET /clinic/patients?q=`' ;;
            chart) label='Patient chart `GET /clinic/patients/{id}`' ;;
            evaluation) label='Evaluation view `GET /clinic/evaluations/{id}`' ;;
            step) label='Save step `PUT /api/v1/evaluations/{id}/steps/ribcage`' ;;
            portal) label='Portal plan page `GET /portal`' ;;
            chart-session) label='Patient chart, browser session cookie' ;;
            portal-session) label='Portal plan page, browser session cookie' ;;
            session) label='Log a session `POST /api/v1/me/sessions`' ;;
            exercises-api) label='Exercise library `GET /api/v1/exercises`' ;;
            exercises-page) label='Exercise library page `GET /clinic/exercises`' ;;
            *) label="$name" ;;
        esac
        echo "| $label | ${r[rps]} | ${r[p50]} | ${r[p95]} | ${r[p99]} | ${r[max]} | ${r[errors]} | ${r[conflicts]} | ${r[app_cpu_ms]:--} | ${r[db_cpu_ms]:--} | ${r[busy]:--} % | ${r[jit]:--} % | $verdict |"
        unset r
    done < "$RAW"
    echo
    if [ -s "${OPEN_RAW:-}" ]; then
        echo "### Latency at a fixed offered rate (open loop)"
        echo
        echo "\`bench/src/OpenLoop.java\`: requests leave on a fixed schedule at half the rate the closed loop above"
        echo "reached, over $CONNECTIONS connections, and each latency counts from when its request was due, so a"
        echo "server falling behind shows in the percentiles instead of slowing the load down."
        echo
        echo "| Request | offered req/s | answered req/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | errors | target |"
        echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
        while read -r _ name rest; do
            declare -A o=()
            for kv in $rest; do o[${kv%%=*}]=${kv#*=}; done
            ok=$(awk -v p="${o[p99]}" -v e="${o[errors]}" 'BEGIN { print ((p <= 25 && e == 0) ? "met" : "missed") }')
            echo "| $name | ${o[offered]} | ${o[rps]} | ${o[p50]} | ${o[p90]} | ${o[p99]} | ${o[p999]} | ${o[max]} | ${o[errors]} | p99 ≤ 25 ms: **$ok** |"
            unset o
        done < "$OPEN_RAW"
        echo
    fi
    echo "| Start-up and memory | value | target |"
    echo "|---|---:|---|"
    echo "| JVM start to \`/q/health/ready\` = 200, migrated database (median of 3; ms to ready / Quarkus \"started in\" s each) | ${READY_PLAIN} ms ($STARTS_PLAIN) | ≤ 2000 ms |"
    echo "| The same with a class-data-sharing archive (\`$CDS_FLAG\`, from one training run) | ${READY_CDS} ms ($STARTS_CDS) | ≤ 2000 ms |"
    echo "| The same jar on ${JDK25_VERSION:-JDK 25} with an AOT cache (\`-XX:AOTCache\`, from one training run; start-up only) | ${READY_AOT} ms ($STARTS_AOT) | ≤ 2000 ms |"
    echo "| RSS after start-up | $((RSS_IDLE_KB / 1024)) MiB | |"
    echo "| RSS after load (peak during the run) | $((RSS_KB / 1024)) MiB ($((HWM_KB / 1024)) MiB) | ≤ 300 MiB |"
    echo "| RSS after load, by kind | ${RSS_PARTS} | |"
    echo "| JVM committed memory after load (native memory tracking) | ${NMT:-not available} | |"
    echo
    echo "Audit chain after the run: ${VERIFY:-not verified}"
    if [ -s "${DIAG_RAW:-}" ]; then
        echo
        echo "### Diagnostic: the same requests with the audit append switched off"
        echo
        echo "Not a way to run the clinic (every read of patient data must be audited): the application restarted"
        echo "with \`knee-rehab.audit.enabled=false\` only to show what the serialised audit write costs these requests."
        echo
        echo "| Request | req/s | p50 ms | p95 ms | p99 ms | errors | app CPU ms/req | MariaDB CPU ms/req | machine busy |"
        echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
        while read -r _ name rest; do
            declare -A d=()
            for kv in $rest; do d[${kv%%=*}]=${kv#*=}; done
            echo "| $name, audit off | ${d[rps]} | ${d[p50]} | ${d[p95]} | ${d[p99]} | ${d[errors]} | ${d[app_cpu_ms]:--} | ${d[db_cpu_ms]:--} | ${d[busy]:--} % |"
            unset d
        done < "$DIAG_RAW"
    fi
    echo
    echo "## Where the request threads were"
    echo
    echo "Six thread dumps of the application during an extra, unmeasured 10 s of each load; share of the"
    echo "worker threads (\`executor-thread-*\`, at most 24) in each activity, the top four per request type."
    echo
    echo "| Request | Activity | Share |"
    echo "|---|---|---:|"
    for f in "$BENCH_WORK"/logs/profile-*.txt; do
        case "$f" in */profile-wrk-*) continue ;; esac
        [ -s "$f" ] || continue
        name=$(basename "$f" .txt); name=${name#profile-}
        total=$(awk -F'\t' '{t += $1} END {print t}' "$f")
        head -4 "$f" | while IFS=$'\t' read -r n what; do
            echo "| $name | $what | $(( 100 * n / total )) % |"
        done
    done
    echo
    echo "## Query plans on the seeded data"
    echo
    echo '```'
    read -r patient _ < <(awk '{print $2}' "$DATA/bench_patients.txt")
    sql -t "$BENCH_DB" -e "SET @patient = $patient, @evaluation = $(head -1 "$DATA/evaluation_ids.txt"), @username = 'bench.patient.1'; $(cat "$BENCH_ROOT/bench/explain.sql")" \
        | cut -c1-220
    echo '```'
} > "$OUT"
echo "Results written to $OUT"
cat "$OUT"

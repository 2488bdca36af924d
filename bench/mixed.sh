#!/usr/bin/env bash
# The audit trail under a failure: two application replicas on the seeded bench database take a mixed load
# (portal pages, session logs, charts, searches, new patients, exercise lists) for MIXED_SECONDS (600);
# in the middle the replica that holds the audit sealer's lease is killed with kill -9 and started again.
# Afterwards bench/check-audit.sh proves the chain intact, no SUCCESS entry without its committed change
# and no committed change without its entry. Writes bench/results/<date>-<short-sha>-mixed.md.
# Every process it starts is stopped by its PID at the end.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require_seeded_data

MIXED_SECONDS="${MIXED_SECONDS:-600}"
DOWN_SECONDS="${DOWN_SECONDS:-5}"
PORT_A="$BENCH_APP_PORT"
PORT_B=$((BENCH_APP_PORT + 1))
MGMT_A="$BENCH_MANAGEMENT_PORT"
MGMT_B=$((BENCH_MANAGEMENT_PORT + 1))
PID_A=""
PID_B=""
WRK_A=""
WRK_B=""
cleanup_mixed() {
    stop_pid "$WRK_A"; stop_pid "$WRK_B"; stop_pid "$PID_A"; stop_pid "$PID_B"; stop_pid "$KC_PID"
}
trap cleanup_mixed EXIT

start_replica() { # name, http port, management port; prints the PID once the replica is ready
    local name="$1" port="$2" mgmt="$3" pid
    QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$mgmt" PUBLIC_BASE_URL="http://127.0.0.1:$port" \
        java $BENCH_JAVA_OPTS -jar "$APP_JAR" >> "$LOGS/mixed-$name.log" 2>&1 &
    pid=$!
    for i in $(seq 1 1500); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$mgmt/q/health/ready")" = 200 ] && break
        kill -0 "$pid" 2>/dev/null || { tail -n 30 "$LOGS/mixed-$name.log" >&2; exit 1; }
        [ "$i" = 1500 ] && { echo "Replica $name did not become ready" >&2; exit 1; }
        sleep 0.02
    done
    echo "$pid"
}
mixed_load() { # port, seconds, output file; runs wrk in the background and prints its PID
    SCENARIO=mixed BENCH_DATA="$DATA" WRK_THREADS=1 wrk -t1 -c"$((CONNECTIONS / 2))" -d"$2s" --timeout 5s \
        -s "$BENCH_ROOT/bench/wrk/scenario.lua" "http://127.0.0.1:$1" > "$3" 2>&1 &
    echo $!
}
wait_pid() { # waits for a process started in a subshell (not this shell's child) to end
    while kill -0 "$1" 2>/dev/null; do sleep 1; done
}
numeric() { [[ "$1" =~ ^[0-9]+$ ]] || { echo "Could not start $2" >&2; exit 1; }; }
unsealed() { # the sealer takes entries in id order: everything after the newest sealed entry waits
    sql -N "$BENCH_DB" -e "SELECT COUNT(*), COALESCE(TIMESTAMPDIFF(SECOND, MIN(e.occurred_at), NOW(6)), 0)
        FROM audit_entry e WHERE e.id > (SELECT COALESCE(MAX(entry_id), 0) FROM audit_seal)"
}

start_keycloak_and_sign_in
app_env
: > "$LOGS/mixed-a.log"
: > "$LOGS/mixed-b.log"
PID_A=$(start_replica a "$PORT_A" "$MGMT_A")
PID_B=$(start_replica b "$PORT_B" "$MGMT_B")
numeric "$PID_A" "replica a"; numeric "$PID_B" "replica b"
echo "Replicas ready: a (PID $PID_A, port $PORT_A), b (PID $PID_B, port $PORT_B)"
"$BENCH_ROOT/bench/check-audit.sh" mark

BACKLOG="$LOGS/mixed-backlog.txt"
: > "$BACKLOG"
WRK_A=$(mixed_load "$PORT_A" "$MIXED_SECONDS" "$LOGS/mixed-wrk-a.txt")
WRK_B=$(mixed_load "$PORT_B" "$MIXED_SECONDS" "$LOGS/mixed-wrk-b.txt")
T0=$(date +%s)
echo "Mixed load on both replicas for $MIXED_SECONDS s"

# Half way: kill -9 the replica that holds the sealer's lease (its owner name carries its PID), start it again.
sleep $((MIXED_SECONDS / 2))
read -r owner expires < <(sql -N "$BENCH_DB" -e "SELECT owner, expires_at FROM audit_sealer WHERE id = 1")
holder_pid=$(echo "$owner" | cut -d/ -f2)
if [ "$holder_pid" = "$PID_B" ]; then victim=b; victim_pid="$PID_B"; else victim=a; victim_pid="$PID_A"; fi
echo "Sealer lease held by $owner; killing replica $victim (PID $victim_pid) with kill -9"
echo "before the kill: unsealed $(unsealed)" >> "$BACKLOG"
KILL_AT=$(( $(date +%s) - T0 ))
kill -9 "$victim_pid"
wait_pid "$victim_pid"
for i in 1 2 3 4 5 6 7 8 9 10; do
    sleep 1
    echo "$(( $(date +%s) - T0 )) s: unsealed (count, oldest age s) $(unsealed); lease $(sql -N "$BENCH_DB" -e "SELECT owner FROM audit_sealer WHERE id = 1")" >> "$BACKLOG"
done
sleep $(( DOWN_SECONDS > 10 ? DOWN_SECONDS - 10 : 0 ))
T_RESTART=$(date +%s)
new_pid=$(start_replica "$victim" "$( [ "$victim" = a ] && echo "$PORT_A" || echo "$PORT_B")" \
    "$( [ "$victim" = a ] && echo "$MGMT_A" || echo "$MGMT_B")")
numeric "$new_pid" "replica $victim again"
RESTART_MS=$(( ($(date +%s) - T_RESTART) * 1000 ))
if [ "$victim" = a ]; then PID_A="$new_pid"; else PID_B="$new_pid"; fi
echo "Replica $victim started again (PID $new_pid) after $(( $(date +%s) - T0 - KILL_AT )) s down"
wait_pid "$WRK_A"; WRK_A=""
wait_pid "$WRK_B"; WRK_B=""
echo "Load finished; waiting for the sealer to catch up"
for i in $(seq 1 60); do
    read -r left _ < <(unsealed)
    [ "$left" = 0 ] && break
    sleep 1
done
echo "after the load: unsealed $(unsealed)" >> "$BACKLOG"
stop_pid "$PID_A"; PID_A=""
stop_pid "$PID_B"; PID_B=""
stop_pid "$KC_PID"; KC_PID=""

CHECK="$LOGS/mixed-check.txt"
set +e
"$BENCH_ROOT/bench/check-audit.sh" > "$CHECK" 2>&1
CHECK_STATUS=$?
set -e
cat "$CHECK"

SHA=$(git -C "$BENCH_ROOT" rev-parse --short HEAD)
OUT="$BENCH_ROOT/bench/results/$(date -u +%F)-$SHA-mixed.md"
{
    echo "# Mixed run with a replica killed: audit trail check ($(date -u '+%F %H:%M UTC'), commit $SHA)"
    echo
    echo "Two replicas of the production jar on the seeded bench database, each driven by \`wrk -t1 -c$((CONNECTIONS / 2))\`"
    echo "with the \`mixed\` scenario of \`bench/wrk/scenario.lua\` for $MIXED_SECONDS s. After $KILL_AT s the replica"
    echo "holding the audit sealer's lease ($victim) was killed with \`kill -9\` and started again; its connections"
    echo "failed while it was down (counted as errors below). Then \`bench/check-audit.sh\`."
    echo
    echo "## Load"
    echo
    echo '```'
    grep -h '^RESULT' "$LOGS/mixed-wrk-a.txt" | sed 's/^/replica a: /'
    grep -h '^RESULT' "$LOGS/mixed-wrk-b.txt" | sed 's/^/replica b: /'
    echo '```'
    echo
    echo "## The sealer's backlog around the kill (entries not yet sealed, age of the oldest)"
    echo
    echo '```'
    cat "$BACKLOG"
    echo "restart of the killed replica: ready after ${RESTART_MS} ms"
    echo '```'
    echo
    echo "## bench/check-audit.sh (exit status $CHECK_STATUS)"
    echo
    echo '```'
    cat "$CHECK"
    echo '```'
} > "$OUT"
echo "Results: $OUT"
exit "$CHECK_STATUS"

#!/usr/bin/env bash
# Checks the audit trail after a mixed run (for example one with a replica killed and restarted):
#   bench/check-audit.sh mark    before the run: remembers where the tables end
#   bench/check-audit.sh         after the run: verify-audit intact, no SUCCESS entry for work that was not
#                                committed, no committed change without its SUCCESS entry; prints the counts
# Exit code 0 when all three hold. Uses the bench database and settings of bench/env.sh.
set -euo pipefail
source "$(dirname "$0")/env.sh"
MARK="$BENCH_WORK/audit-mark.txt"
mkdir -p "$BENCH_WORK"

# The writes the mixed run makes, each with the action that records it and the table it lands in.
WRITES="portal.session.create:session_log patient.create:patient plan.create:treatment_plan"

if [ "${1:-}" = "mark" ]; then
    : > "$MARK"
    for w in $WRITES; do
        table="${w#*:}"
        echo "$table $(sql -N "$BENCH_DB" -e "SELECT COALESCE(MAX(id), 0) FROM $table")" >> "$MARK"
    done
    echo "audit_entry $(sql -N "$BENCH_DB" -e "SELECT COALESCE(MAX(id), 0) FROM audit_entry")" >> "$MARK"
    echo "Marked the end of each table in $MARK"
    exit 0
fi
[ -f "$MARK" ] || { echo "Run bench/check-audit.sh mark before the run" >&2; exit 1; }
mark() { awk -v t="$1" '$1 == t { print $2 }' "$MARK"; }
build_app
app_env

status=0
echo "1. The chain (java -jar quarkus-run.jar verify-audit)"
QUARKUS_OIDC_TENANT_ENABLED=false QUARKUS_HTTP_PORT=0 java -jar "$APP_JAR" verify-audit 2>&1 | grep "Audit trail" \
    | tee "$BENCH_WORK/check-audit-verify.txt"
grep -q "intact" "$BENCH_WORK/check-audit-verify.txt" || status=1

audit_after="$(mark audit_entry)"
printf '\n%-24s %10s %12s %14s %16s\n' "write" "changes" "entries" "entry, no row" "row, no entry"
for w in $WRITES; do
    action="${w%%:*}"
    table="${w#*:}"
    after="$(mark "$table")"
    read -r changes entries orphans missing < <(sql -N "$BENCH_DB" -e "
        SELECT (SELECT COUNT(*) FROM $table WHERE id > $after),
               (SELECT COUNT(*) FROM audit_entry a WHERE a.id > $audit_after AND a.action = '$action'
                    AND a.outcome = 'SUCCESS'),
               (SELECT COUNT(*) FROM audit_entry a LEFT JOIN $table t ON t.id = a.record_id
                    WHERE a.id > $audit_after AND a.action = '$action' AND a.outcome = 'SUCCESS' AND t.id IS NULL),
               (SELECT COUNT(*) FROM $table t WHERE t.id > $after AND NOT EXISTS (SELECT 1 FROM audit_entry a
                    WHERE a.action = '$action' AND a.outcome = 'SUCCESS' AND a.record_id = t.id))")
    printf '%-24s %10s %12s %14s %16s\n' "$action" "$changes" "$entries" "$orphans" "$missing"
    [ "$orphans" = "0" ] && [ "$missing" = "0" ] || status=1
done
read -r total failed denied unsealed < <(sql -N "$BENCH_DB" -e "
    SELECT COUNT(*), COALESCE(SUM(outcome = 'FAILED'), 0), COALESCE(SUM(outcome = 'DENIED'), 0),
           COALESCE(SUM(NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_id = e.id)), 0)
    FROM audit_entry e WHERE e.id > $audit_after")
echo
echo "Entries written during the run: $total (FAILED $failed, DENIED $denied, not yet sealed $unsealed)"
[ "$status" = 0 ] && echo "All checks hold." || echo "A CHECK FAILED (see above)."
exit "$status"

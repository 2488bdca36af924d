#!/usr/bin/env bash
# Recreates the bench database, lets the application migrate it, fills it with a clinic at scale
# (bench/src/SeedClinic.java) and checks the seeded audit chain with the application's own verifier.
set -euo pipefail
source "$(dirname "$0")/env.sh"
mkdir -p "$BENCH_WORK/data"
build_app
find_mariadb_client_jar
[ -n "$MARIADB_CLIENT_JAR" ] || { echo "No mariadb-java-client jar in ~/.m2; run ./mvnw -B -q package -DskipTests first" >&2; exit 1; }

echo "Recreating database $BENCH_DB on $BENCH_DB_HOST:$BENCH_DB_PORT"
sql -e "DROP DATABASE IF EXISTS \`$BENCH_DB\`; CREATE DATABASE \`$BENCH_DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

app_env
echo "Migrating the empty database (the application's Flyway migrations, then verify-audit on zero entries)"
# No identity provider is needed for this one-off command: the OIDC tenant is switched off for it.
QUARKUS_OIDC_TENANT_ENABLED=false java -jar "$APP_JAR" verify-audit > "$BENCH_WORK/migrate.log" 2>&1 \
    || { cat "$BENCH_WORK/migrate.log"; exit 1; }

echo "Seeding (this takes a few minutes on 2 cores)"
start=$(date +%s)
java -Xmx2g -cp "$MARIADB_CLIENT_JAR" "$BENCH_ROOT/bench/src/SeedClinic.java" \
    --url "jdbc:mariadb://$BENCH_DB_HOST:$BENCH_DB_PORT/$BENCH_DB" --user "$BENCH_DB_USER" --password "$BENCH_DB_PASSWORD" \
    --hmac-key "$AUDIT_HMAC_KEY" --out "$BENCH_WORK/data" --bench-patients "$BENCH_PATIENTS" "$@"
echo "$(( $(date +%s) - start ))" > "$BENCH_WORK/data/seed_seconds.txt"

sql "$BENCH_DB" -e "SELECT (SELECT COUNT(*) FROM patient) patients, (SELECT COUNT(*) FROM evaluation) evaluations,
    (SELECT COUNT(*) FROM treatment_plan) plans, (SELECT COUNT(*) FROM plan_exercise) plan_exercises,
    (SELECT COUNT(*) FROM session_log) sessions, (SELECT COUNT(*) FROM audit_entry) audit_entries,
    (SELECT COUNT(*) FROM account) accounts, (SELECT COUNT(*) FROM exercise) exercises"

echo "Verifying the seeded audit chain with the application (java -jar quarkus-run.jar verify-audit)"
QUARKUS_OIDC_TENANT_ENABLED=false java -jar "$APP_JAR" verify-audit 2>&1 | grep "Audit trail" | tee "$BENCH_WORK/data/verify.txt"
grep -q "intact" "$BENCH_WORK/data/verify.txt"
echo "Seeded in $(cat "$BENCH_WORK/data/seed_seconds.txt") s. Next: bench/run.sh"

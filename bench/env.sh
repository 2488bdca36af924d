# Settings shared by bench/seed.sh and bench/run.sh. Override any of them from the environment.
BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_WORK="${BENCH_WORK:-$BENCH_ROOT/target/bench}"      # generated inputs, logs, Keycloak: never committed
BENCH_DB="${BENCH_DB:-kneerehab_bench}"
BENCH_DB_HOST="${BENCH_DB_HOST:-127.0.0.1}"
BENCH_DB_PORT="${BENCH_DB_PORT:-3306}"
BENCH_DB_USER="${BENCH_DB_USER:-root}"
BENCH_DB_PASSWORD="${BENCH_DB_PASSWORD:-}"
BENCH_APP_PORT="${BENCH_APP_PORT:-8098}"
BENCH_KC_PORT="${BENCH_KC_PORT:-8190}"
BENCH_REALM="${BENCH_REALM:-clinic-bench}"
BENCH_PATIENTS="${BENCH_PATIENTS:-64}"
# The audit chain key: the generator seals the seeded trail with it, and the application must use the same.
AUDIT_HMAC_KEY="${AUDIT_HMAC_KEY:-bench-only-audit-chain-key-not-for-production-0123}"
APP_JAR="${APP_JAR:-$BENCH_ROOT/target/quarkus-app/quarkus-run.jar}"

sql() {
    mariadb -h "$BENCH_DB_HOST" -P "$BENCH_DB_PORT" -u "$BENCH_DB_USER" ${BENCH_DB_PASSWORD:+-p"$BENCH_DB_PASSWORD"} "$@"
}

# The production settings (see .env.example), pointed at the bench database and the bench realm.
app_env() {
    export DB_URL="jdbc:mariadb://$BENCH_DB_HOST:$BENCH_DB_PORT/$BENCH_DB"
    export DB_USERNAME="$BENCH_DB_USER"
    export DB_PASSWORD="$BENCH_DB_PASSWORD"
    export OIDC_AUTH_SERVER_URL="http://127.0.0.1:$BENCH_KC_PORT/realms/$BENCH_REALM"
    export OIDC_CLIENT_ID="knee-rehab-app"
    export OIDC_CLIENT_SECRET="bench-app-secret-0123456789abcdef"
    export OIDC_TOKEN_ENCRYPTION_SECRET="bench-only-token-encryption-secret-0123456789"
    export CSRF_SIGNATURE_KEY="bench-only-csrf-signature-key-0123456789abcdef"
    export AUDIT_HMAC_KEY
    export PUBLIC_BASE_URL="http://127.0.0.1:$BENCH_APP_PORT"
    export KEYCLOAK_ADMIN_URL="http://127.0.0.1:$BENCH_KC_PORT"
    export KEYCLOAK_REALM="$BENCH_REALM"
    export KEYCLOAK_ADMIN_CLIENT_SECRET="bench-accounts-secret-0123456789"
    export QUARKUS_HTTP_PORT="$BENCH_APP_PORT"
    # plain HTTP on loopback: let curl send the session cookie back (see browser_session in lib.sh)
    export QUARKUS_OIDC_AUTHENTICATION_COOKIE_FORCE_SECURE=false
}

build_app() {
    if [ ! -f "$APP_JAR" ]; then
        echo "Building the application jar (./mvnw -B -q package -DskipTests) ..."
        (cd "$BENCH_ROOT" && ./mvnw -B -q package -DskipTests)
    fi
}

# The MariaDB driver the build resolved into the local Maven repository (call after build_app). On a machine
# that has never built the project the directory does not exist yet, so a failed lookup must not end the script.
find_mariadb_client_jar() {
    if [ -z "${MARIADB_CLIENT_JAR:-}" ]; then
        MARIADB_CLIENT_JAR="$( (ls "$HOME"/.m2/repository/org/mariadb/jdbc/mariadb-java-client/*/mariadb-java-client-*.jar 2>/dev/null || true) \
            | grep -v sources | sort -V | tail -1 || true)"
    fi
}

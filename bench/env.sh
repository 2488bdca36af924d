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
BENCH_MANAGEMENT_PORT="${BENCH_MANAGEMENT_PORT:-9098}"
# Secrets are made up once per work folder, never printed in the repository: production refuses printed ones.
# The audit chain key seals the seeded trail, so seeding and the application must share it; the client
# secrets go into the realm copy Keycloak imports (see start_keycloak in lib.sh).
bench_secret() { # name: the value kept in $BENCH_WORK/secrets, made up on first use
    mkdir -p "$BENCH_WORK/secrets"
    [ -s "$BENCH_WORK/secrets/$1" ] || (umask 077; head -c 36 /dev/urandom | base64 | tr -d '/+=\n' > "$BENCH_WORK/secrets/$1")
    cat "$BENCH_WORK/secrets/$1"
}
AUDIT_HMAC_KEY="${AUDIT_HMAC_KEY:-$(bench_secret audit-hmac-key)}"
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
    OIDC_CLIENT_SECRET="$(bench_secret app-client)"; export OIDC_CLIENT_SECRET
    OIDC_TOKEN_ENCRYPTION_SECRET="$(bench_secret token-encryption)"; export OIDC_TOKEN_ENCRYPTION_SECRET
    CSRF_SIGNATURE_KEY="$(bench_secret csrf-signature)"; export CSRF_SIGNATURE_KEY
    export AUDIT_HMAC_KEY
    export PUBLIC_BASE_URL="http://127.0.0.1:$BENCH_APP_PORT"
    export KEYCLOAK_ADMIN_URL="http://127.0.0.1:$BENCH_KC_PORT"
    export KEYCLOAK_REALM="$BENCH_REALM"
    KEYCLOAK_ADMIN_CLIENT_SECRET="$(bench_secret accounts-client)"; export KEYCLOAK_ADMIN_CLIENT_SECRET
    export QUARKUS_HTTP_PORT="$BENCH_APP_PORT"
    export QUARKUS_MANAGEMENT_PORT="$BENCH_MANAGEMENT_PORT"
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

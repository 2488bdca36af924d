# Pieces shared by bench/run.sh (the measured run) and bench/profile.sh (a profile of one request type):
# the settings, starting and stopping Keycloak and the application by PID, and waiting for a quiet machine.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

CONNECTIONS="${CONNECTIONS:-64}"
WRK_THREADS="${WRK_THREADS:-2}"
WARMUP="${WARMUP:-10}"
JIT_WARMUP="${JIT_WARMUP:-20}"
DURATION="${DURATION:-20}"
SCENARIOS="${SCENARIOS:-search chart chart-session evaluation step portal portal-session session exercises-api exercises-page}"
# Heap and collector for a small footprint on 2 cores; reported with the results.
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms64m -Xmx96m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=40m -Xss512k -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000 -XX:NativeMemoryTracking=summary}"
# fewer glibc malloc arenas: less native memory in the RSS with many threads
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
KC_VERSION=26.7.3
KC_HOME="$BENCH_WORK/keycloak-$KC_VERSION"
DATA="$BENCH_WORK/data"
LOGS="$BENCH_WORK/logs"
APP="http://127.0.0.1:$BENCH_APP_PORT"
KC="http://127.0.0.1:$BENCH_KC_PORT"
mkdir -p "$LOGS"

KC_PID=""
APP_PID=""
stop_pid() { # stops one process this script started, by its PID, and waits for it
    local pid="$1"
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
}
cleanup() { stop_pid "$APP_PID"; stop_pid "$KC_PID"; }
trap cleanup EXIT

require_seeded_data() {
    [ -f "$DATA/bench_patients.txt" ] || { echo "No seeded data in $DATA: run bench/seed.sh first" >&2; exit 1; }
    command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
    build_app
}

# Other builds on the same 2 cores would be measured too: wait (at most QUIET_WAIT seconds) until the
# one-minute load average is below QUIET_LOAD; sets LOAD_BEFORE.
wait_for_quiet_machine() {
    QUIET_LOAD="${QUIET_LOAD:-1.5}"
    QUIET_WAIT="${QUIET_WAIT:-600}"
    for i in $(seq 0 10 "$QUIET_WAIT"); do
        load=$(cut -d' ' -f1 /proc/loadavg)
        awk -v l="$load" -v q="$QUIET_LOAD" 'BEGIN { exit !(l < q) }' && break
        [ "$i" = 0 ] && echo "Waiting for a quiet machine (load $load, want < $QUIET_LOAD) ..."
        sleep 10
    done
    LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
}

# Keycloak in dev mode with the bench realm; then an access token for the bench clinician and each bench patient.
start_keycloak_and_sign_in() {
    if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
        tarball="$BENCH_ROOT/target/keycloak/keycloak-quarkus-dist-$KC_VERSION.tar.gz"
        if [ ! -f "$tarball" ]; then
            (cd "$BENCH_ROOT" && ./mvnw -B -q dependency:copy \
                -Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:tar.gz -DoutputDirectory=target/keycloak)
        fi
        mkdir -p "$BENCH_WORK" && tar -xzf "$tarball" -C "$BENCH_WORK"
    fi
    rm -rf "$KC_HOME/data/h2" "$KC_HOME/data/import"
    mkdir -p "$KC_HOME/data/import"
    sed -e "s/\"secret\": \"placeholder-bench-app-client-secret\"/\"secret\": \"$(bench_secret app-client)\"/" \
        -e "s/\"secret\": \"placeholder-bench-accounts-client-secret\"/\"secret\": \"$(bench_secret accounts-client)\"/" \
        "$BENCH_ROOT/bench/keycloak/clinic-bench-realm.json" > "$KC_HOME/data/import/clinic-bench-realm.json"
    echo "Starting Keycloak $KC_VERSION on port $BENCH_KC_PORT (realm $BENCH_REALM)"
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" KC_BOOTSTRAP_ADMIN_USERNAME=bench-admin KC_BOOTSTRAP_ADMIN_PASSWORD=bench-admin-password \
        "$KC_HOME/bin/kc.sh" start-dev --http-port "$BENCH_KC_PORT" --http-host 127.0.0.1 --import-realm \
        > "$LOGS/keycloak.log" 2>&1 &
    KC_PID=$!
    echo "$KC_PID" > "$LOGS/keycloak.pid"
    for i in $(seq 1 240); do
        curl -sf -o /dev/null "$KC/realms/$BENCH_REALM/.well-known/openid-configuration" && break
        kill -0 "$KC_PID" 2>/dev/null || { tail -n 30 "$LOGS/keycloak.log"; exit 1; }
        [ "$i" = 240 ] && { echo "Keycloak did not become ready" >&2; exit 1; }
        sleep 1
    done
    echo "Keycloak ready"

    sign_in_bench_users
}

# An access token (one hour) for the bench clinician and each bench patient, through the public bench client.
sign_in_bench_users() {
    local username
    bench_token bench.clinician > "$DATA/token_clinician.txt"
    : > "$DATA/token_patients.txt"
    while read -r username _; do bench_token "$username" >> "$DATA/token_patients.txt"; done < "$DATA/bench_patients.txt"
    echo "Signed in bench.clinician and $(wc -l < "$DATA/token_patients.txt") bench patients"
}

bench_token() { # password grant for one bench user
    curl -sf -d grant_type=password -d client_id=knee-rehab-bench -d username="$1" -d password=Bench-Password-2026 \
        "$KC/realms/$BENCH_REALM/protocol/openid-connect/token" | jq -r .access_token
}

refresh_drafts() { # after a second: saves still in flight when wrk stopped must land first
    sleep 1
    sql -N "$BENCH_DB" -e "SELECT id, version FROM evaluation WHERE clinician_subject = 'bench.clinician' AND status = 'DRAFT' ORDER BY id" \
        > "$DATA/drafts.txt"
}

start_app() { # extra JVM options (READY_URL: where readiness is asked); sets APP_PID, READY_MS (launch to ready) and STARTED_IN (Quarkus' own figure)
    local t0 t1
    t0=$(date +%s%N)
    "${JAVA_CMD:-java}" $BENCH_JAVA_OPTS "$@" -jar "$APP_JAR" > "$LOGS/app.log" 2>&1 &
    APP_PID=$!
    for i in $(seq 1 1500); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "${READY_URL:-http://127.0.0.1:$BENCH_MANAGEMENT_PORT/q/health/ready}")" = 200 ] && break
        kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$LOGS/app.log"; exit 1; }
        [ "$i" = 1500 ] && { echo "The application did not become ready" >&2; exit 1; }
        sleep 0.02
    done
    t1=$(date +%s%N)
    READY_MS=$(( (t1 - t0) / 1000000 ))
    STARTED_IN=$(grep -o 'started in [0-9.]*s' "$LOGS/app.log" | head -1 | grep -o '[0-9.]*' | head -1)
}

# The encrypted session cookie a browser holds after the authorization-code flow, for one bench user:
# asks a page, follows the redirect to Keycloak's sign-in form, posts the password, follows the redirects
# back (the application exchanges the code and sets its session cookie) and prints "Cookie: q_session=..."
# with every chunk of it. The bench runs over plain HTTP, so the application is started with
# QUARKUS_OIDC_AUTHENTICATION_COOKIE_FORCE_SECURE=false (see app_env): curl keeps Secure cookies to itself
# on http, a browser on localhost would not; the cost of a request is the same either way.
browser_session() { # username, page to start from
    local jar page action cookies
    jar=$(mktemp)
    page=$(curl -s -c "$jar" -b "$jar" -L "$APP$2")
    action=$(grep -o 'id="kc-form-login"[^>]*action="[^"]*"\|action="[^"]*"[^>]*id="kc-form-login"' <<< "$page" \
        | grep -o 'action="[^"]*"' | head -1 | sed 's/^action="//; s/"$//; s/&amp;/\&/g')
    [ -n "$action" ] || { echo "No Keycloak sign-in form for $1" >&2; rm -f "$jar"; return 1; }
    curl -s -o /dev/null -c "$jar" -b "$jar" -L --data-urlencode "username=$1" \
        --data-urlencode "password=Bench-Password-2026" "$action"
    cookies=$(awk -F'\t' 'NF >= 7 && $6 ~ /^q_session/ {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}' "$jar")
    rm -f "$jar"
    [ -n "$cookies" ] || { echo "No session cookie for $1" >&2; return 1; }
    echo "Cookie: $cookies"
}

sign_in_bench_browsers() { # session cookies for the bench clinician and each bench patient
    local username
    browser_session bench.clinician "/clinic/patients" > "$DATA/cookie_clinician.txt"
    : > "$DATA/cookie_patients.txt"
    while read -r username _; do browser_session "$username" /portal >> "$DATA/cookie_patients.txt"; done < "$DATA/bench_patients.txt"
    echo "Signed in bench.clinician and $(wc -l < "$DATA/cookie_patients.txt") bench patients through the browser flow"
}

# ---------------------------------------------------------------- measuring (run.sh, compare.sh)
# CPU used per request by the application and by MariaDB (all of the server, which others may use too),
# and how busy the whole machine was: what the 2 cores can give is the ceiling of every request type.
HZ=$(getconf CLK_TCK)
DB_PID=$(ss -ltnpH "sport = :$BENCH_DB_PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
cpu_ticks() { [ -n "$1" ] && [ -r "/proc/$1/stat" ] && awk '{print $14 + $15}' "/proc/$1/stat" || echo 0; }
machine_ticks() { awk '/^cpu / {t = 0; for (f = 2; f <= 9; f++) t += $f; print t, $5 + $6}' /proc/stat; }
jit_ticks() { # CPU ticks of the application's JIT compiler threads so far
    local t sum=0
    for t in /proc/"$APP_PID"/task/*; do
        case "$(cat "$t/comm" 2>/dev/null)" in "C1 Compil"* | "C2 Compil"*) sum=$((sum + $(awk '{print $14 + $15}' "$t/stat"))) ;; esac
    done
    echo "$sum"
}
# The JIT compiler keeps a core busy for the first minute or so of load on 2 cores; measured then, it
# would be counted as the requests' cost. Every request type runs JIT_WARMUP seconds first, unmeasured.
jit_warmup() {
    local s
    for s in $SCENARIOS; do
        [ "$s" = step ] && refresh_drafts
        SCENARIO=$s BENCH_DATA="$DATA" WRK_THREADS=$WRK_THREADS wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${JIT_WARMUP}s" \
            -s "$BENCH_ROOT/bench/wrk/scenario.lua" "$APP" > "$LOGS/jit-warmup-$s.txt" 2>&1
    done
}
measure() { # scenario, wrk output file, results file: one measured run with its CPU cost per request
    local a0 a1 d0 d1 m0 m1 i0 i1 n cost
    a0=$(cpu_ticks "$APP_PID"); d0=$(cpu_ticks "$DB_PID"); j0=$(jit_ticks); read -r m0 i0 <<< "$(machine_ticks)"
    SCENARIO=$1 BENCH_DATA="$DATA" WRK_THREADS=$WRK_THREADS wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${DURATION}s" \
        --timeout 5s -s "$BENCH_ROOT/bench/wrk/scenario.lua" "$APP" > "$2" 2>&1
    a1=$(cpu_ticks "$APP_PID"); d1=$(cpu_ticks "$DB_PID"); j1=$(jit_ticks); read -r m1 i1 <<< "$(machine_ticks)"
    n=$(grep -o '^RESULT .* requests=[0-9]*' "$2" | grep -o '[0-9]*$' || true)
    cost=$(awk -v a=$((a1 - a0)) -v d=$((d1 - d0)) -v m=$((m1 - m0)) -v i=$((i1 - i0)) -v j=$((j1 - j0)) -v n="${n:-0}" -v hz="$HZ" \
        'BEGIN { if (n == 0) n = 1; if (a == 0) a = 1
                 printf "app_cpu_ms=%.2f db_cpu_ms=%.2f busy=%.0f jit=%.0f", a * 1000 / hz / n, d * 1000 / hz / n, 100 * (m - i) / m, 100 * j / a }')
    grep '^RESULT' "$2" | sed "s/\$/ $cost/" | tee -a "$3"
}

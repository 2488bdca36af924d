#!/usr/bin/env bash
# What the application does between launch and ready: starts the bench Keycloak and then the application
# (as bench/run.sh does, on the seeded database) with a flight recording from the first instruction, stops
# the recording once /q/health/ready answers 200, and prints where the CPU samples of start-up fall
# (bench/src/JfrProfile.java: inclusive shares, then self time by library) and the JVM's own clocks of class
# loading, linking, verification and initialisation. Usage: bench/startup.sh [lines]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require_seeded_data
wait_for_quiet_machine
start_keycloak_and_sign_in
app_env
recording="$LOGS/startup.jfr"
rm -f "$recording"
# sampling every 10 ms (the profile setting's rate): start-up is a few seconds, a few hundred samples per thread
start_app -XX:StartFlightRecording=name=startup,settings=profile,filename="$recording"
echo "Ready after $READY_MS ms (Quarkus: started in $STARTED_IN s)"
jcmd "$APP_PID" JFR.stop name=startup > /dev/null
# the JVM's own clocks of class loading up to now (HotSpot performance counters, in ticks of sun.os.hrt.frequency)
jcmd "$APP_PID" PerfCounter.print | awk -F= '
    /^sun.os.hrt.frequency=/ { hz = $2 }
    /^java.cls.loadedClasses=/ { loaded = $2 }
    /^sun.cls.(time|classVerifyTime|classInitTime|classLinkedTime|defineAppClassTime|appClassLoadTime)=/ { t[$1] = $2 }
    END { printf "Classes loaded: %d\n", loaded
          for (k in t) printf "%s: %.0f ms\n", k, t[k] * 1000 / hz }'
stop_pid "$APP_PID"; APP_PID=""
java "$BENCH_ROOT/bench/src/JfrProfile.java" "$recording" "${1:-60}"

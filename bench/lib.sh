# Shared by the bench scripts: build, start and stop Muster on the benchmark data, measure with wrk.
# Expects DATA, PORT, BASE, ADMIN, THREADS, CONNECTIONS, DURATION to be set by the caller.

command -v wrk >/dev/null || { echo "the benchmarks need wrk: apt-get install wrk" >&2; exit 1; }
command -v curl >/dev/null || { echo "the benchmarks need curl" >&2; exit 1; }
source bench/build.sh
JVM_OPTIONS=(-Xmx2g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED)
# BENCH_JFR=/tmp/x.jfr records a Flight Recorder profile of the server for the whole run into that file
[ -n "${BENCH_JFR:-}" ] && JVM_OPTIONS+=("-XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile,dumponexit=true" "-XX:FlightRecorderOptions:stackdepth=256")
export MUSTER_DATA_DIR="$DATA"
mkdir -p "$DATA"

start() {
    MUSTER_BOOTSTRAP_ADMIN=$ADMIN "$JAVA" "${JVM_OPTIONS[@]}" -jar target/muster.jar --server.port="$PORT" > "$DATA/server.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 600); do curl -sf "$BASE/ping" >/dev/null && return 0; sleep 0.5; done
    echo "Muster did not start; see $DATA/server.log" >&2; exit 1
}
stop() {
    kill "$SERVER"; wait "$SERVER" || true
}
json() { python3 -c "import sys, json; d = json.load(sys.stdin); print($1)"; }
admin_token() {
    curl -sf -X POST "$BASE/api/v1/auth/tokens" -H 'content-type: application/json' \
        -d "{\"email\":\"${ADMIN%%:*}\",\"password\":\"${ADMIN#*:}\"}" | json 'd["token"]'
}

sign_in() { # email:password; prints one quoted session id
    local jar csrf
    jar=$(mktemp)
    csrf=$(curl -sf -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    curl -sf -o /dev/null -c "$jar" -b "$jar" -X POST "$BASE/login" --data-urlencode "_csrf=$csrf" \
        --data-urlencode "email=${1%%:*}" --data-urlencode "password=${1#*:}"
    echo "\"$(awk '$6 == "SESSION" {print $7}' "$jar")\""
    rm -f "$jar"
}

measure() { # name lua-script: 5 s of warm-up, then DURATION measured; prints req/s, p50, p99
    local name=$1 lua=$2
    wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$lua" "$BASE/" >/dev/null 2>&1
    local out
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$lua" "$BASE/")
    local rps p50 p99 errors
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
    printf '%-34s %10s req/s   p50 %8s   p99 %8s   %s\n' "$name" "$rps" "$p50" "$p99" "${errors:+non-2xx: $errors}"
    echo "$rps" > "$DATA/last-$name.rps"
}

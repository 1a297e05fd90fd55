#!/usr/bin/env bash
# Bounded loopback load test of echotrace-server (not run by the build).
#
#   [WARMUP=S] echotrace-server/src/test/load/loadtest.sh [CLIENTS [SECONDS [URL]]]
#
# Without URL it serves a store of examples/corpus (built once in echotrace-server/target/load-store, lexical
# pipeline) on 127.0.0.1:18181, runs the load against it and stops it again. With URL (e.g. a running
# 'echotrace serve --store DIR' at http://127.0.0.1:8080/) it only runs the load. CLIENTS defaults to 100 (at most
# 500), SECONDS to 30 (at most 300). The measured SECONDS follow a warm-up of WARMUP seconds (default 30, 0 for none)
# with the same clients and mix, reported apart: a fresh JVM answers several times slower until the JIT compiler has
# seen the code. Prints, for each phase, requests, p50/p90/p99/max latency per kind of request, requests/s and
# errors; exits 1 when there was an error. SERVER_JAVA_OPTS replaces the served JVM's options (default -Xmx1g). Needs echotrace-core installed (./mvnw -B -o -q install -pl echotrace-core
# -DskipTests) and runs offline.
set -euo pipefail
clients=${1:-100}
seconds=${2:-30}
url=${3:-}
module=$(cd "$(dirname "$0")/../../.." && pwd)
root=$(cd "$module/.." && pwd)
cd "$root"
./mvnw -B -o -q test-compile -pl echotrace-server
./mvnw -B -o -q dependency:build-classpath -pl echotrace-server -Dmdep.includeScope=test \
  -Dmdep.outputFile="$module/target/load-classpath.txt"
cp="$module/target/test-classes:$module/target/classes:$(cat "$module/target/load-classpath.txt")"
server=
if [[ -z "$url" ]]; then
  url=http://127.0.0.1:18181/
  # DevServer resolves examples/corpus against the module folder, as the tests do
  (cd "$module" && exec java ${SERVER_JAVA_OPTS:--Xmx1g} -cp "$cp" org.echotrace.server.DevServer target/load-store 18181) &
  server=$!
  trap 'kill "$server" 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    if curl -sf -o /dev/null "${url}api/stats"; then break; fi
    if ! kill -0 "$server" 2>/dev/null; then
      echo "loadtest: the server stopped before it answered (see its message above; a store of an older format:" \
        "rm -rf $module/target/load-store)" >&2
      exit 1
    fi
    sleep 1
  done
fi
java -cp "$cp" org.echotrace.server.LoadTest "$url" "$clients" "$seconds" 20251206 "${WARMUP:-30}"

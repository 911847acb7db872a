#!/usr/bin/env bash
# The foundation benchmark: a province-sized tenant on one server, measured with wrk on loopback.
#
#   bench/run.sh [DATABASE_URL]        (default sqlite:///tmp/eduims-bench.db, generated on first use)
#
# Prints throughput and p50/p99 latency of the paged action list filtered by a school's subtree, an action by id,
# and /healthz, at 64 connections on 2 threads, and the server's peak RSS. A script, not a test: figures vary
# with the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build > /dev/null
db="${1:-sqlite:///tmp/eduims-bench.db}"
if [[ "$db" == sqlite://* && ! -f "${db#sqlite://}" ]]; then
  ./build/eduims_generate --database "$db"
fi
port="${EDUIMS_BENCH_PORT:-18080}"
duration="${EDUIMS_BENCH_SECONDS:-10}"
threads="${EDUIMS_BENCH_THREADS:-8}"
./build/eduims --database "$db" serve --listen "127.0.0.1:$port" --threads "$threads" 2> /tmp/eduims-bench-server.log &
pid=$!
trap 'kill "$pid" 2> /dev/null || true' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 100); do curl -sf "$base/healthz" > /dev/null && break; sleep 0.1; done

jar=$(mktemp)
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
csrf=$(curl -sf -c "$jar" -H 'Content-Type: application/json' \
  -d '{"email":"admin@bench.eduims.vn","password":"EduIMS-bench-2026"}' "$base/api/v1/session" | json '["csrf_token"]')
token=$(curl -sf -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
  "$base/api/v1/tokens" | json '["token"]')
auth=(-H "Authorization: Bearer $token")
school=$(curl -sf "${auth[@]}" "$base/api/v1/units?type=upper_secondary&limit=1" | json '["items"][0]["id"]')
action=$(curl -sf "${auth[@]}" "$base/api/v1/actions?within=$school&limit=1" | json '["items"][0]["id"]')

measure() {
  local name="$1" url="$2"
  local out
  out=$(wrk -t2 -c64 -d"${duration}s" --latency "${auth[@]}" "$url")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<< "$out")
  printf '%-34s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "$name" "$rps" "$p50" "$p99" "${errors:-0}"
}

echo "database: $db   school subtree: unit $school   action: $action   (${duration}s each, wrk -t2 -c64, $threads server threads)"
measure "actions in a school's subtree" "$base/api/v1/actions?within=$school&limit=50"
measure "action by id" "$base/api/v1/actions/$action"
measure "healthz" "$base/healthz"
echo "server peak RSS: $(awk '/VmHWM/ {print $2, $3}' "/proc/$pid/status")"
rm -f "$jar"

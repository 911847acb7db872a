#!/usr/bin/env bash
# The foundation benchmark: a province-sized tenant on one server, measured with wrk on loopback.
#
#   bench/run.sh [DATABASE_URL]        (default sqlite:///tmp/eduims-bench.db, generated on first use)
#
# Prints throughput and p50/p99 latency of the paged action list filtered by a school's subtree, an action by id,
# and /healthz, at 64 connections on 2 threads, then the list and the action again while an action is added every
# second (each write ends the answers the server keeps), and the server's peak RSS. A script, not a test: figures vary
# with the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build > /dev/null
db="${1:-sqlite:///tmp/eduims-bench.db}"
if [[ "$db" == sqlite://* && ! -f "${db#sqlite://}" ]]; then
  ./build/eduims_generate --database "$db"
fi
. bench/serve.sh
bench_serve "$db" "${EDUIMS_BENCH_PORT:-18080}" /tmp/eduims-bench-server.log
action=$(curl -sf "${auth[@]}" "$base/api/v1/actions?within=$school&limit=1" | json '["items"][0]["id"]')

measure_width=50
echo "database: $db   school subtree: unit $school   action: $action   (${duration}s each, wrk -t2 -c64, $threads server threads, $cache_mb MB of kept answers, Accept-Encoding: ${accept_encoding:-none})"
measure "actions in a school's subtree" "$base/api/v1/actions?within=$school&limit=50"
measure "action by id" "$base/api/v1/actions/$action"
measure "healthz" "$base/healthz"
writing_every 1 "$school"
measure "actions in a school's subtree, a write a second" "$base/api/v1/actions?within=$school&limit=50"
measure "action by id, a write a second" "$base/api/v1/actions/$action"
echo "server peak RSS: $(awk '/VmHWM/ {print $2, $3}' "/proc/$pid/status")"

#!/usr/bin/env bash
# The risks register benchmark (issue 18): a province of 1,000 units with 50 risks and opportunities each (50,000
# entries), SQLite, 64 connections on 2 threads. Measures the department's risk list (the first page over the whole
# province, and a band of it) and heat map, and a school's, first with kept answers off (every answer computed:
# EDUIMS_BENCH_CACHE_MB=0) and then with them on (12 MB, as serve defaults to), and the server's peak RSS.
#
#   bench/risks.sh [DATABASE_URL]   (default sqlite:///tmp/eduims-bench-risks.db, generated on first use)
#
# A script, not a test: figures vary with the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f build/build.ninja ]] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build --target eduims eduims_generate > /dev/null
db="${1:-sqlite:///tmp/eduims-bench-risks.db}"
if [[ "$db" == sqlite://* && ! -f "${db#sqlite://}" ]]; then
  ./build/eduims_generate --database "$db" --actions 1000 --audit 1000 --risks-per-unit 50
fi
. bench/serve.sh
measure_width=48
port="${EDUIMS_BENCH_PORT:-18083}"
for cache in 0 12; do
  export EDUIMS_BENCH_CACHE_MB=$cache
  bench_serve "$db" "$port" /tmp/eduims-bench-risks.log
  echo "database: $db   school: unit $school   kept answers: $cache MB   (${duration}s each, wrk -t2 -c64," \
    "$threads server threads, Accept-Encoding: ${accept_encoding:-none})"
  measure "risks: the department, first page" "$base/api/v1/risks?limit=50"
  measure "risks: the department, high band" "$base/api/v1/risks?level=high&limit=50"
  measure "risks: a school's subtree" "$base/api/v1/risks?within=$school&limit=50"
  measure "heat map: the department" "$base/api/v1/risks/heatmap"
  measure "heat map: a school's subtree" "$base/api/v1/risks/heatmap?within=$school"
  echo "server peak RSS: $(awk '/VmHWM/ {print $2, $3}' "/proc/$pid/status")"
  kill "$pid"
  wait "$pid" 2> /dev/null || true
  rm -rf "$work"
  trap - EXIT
  port=$((port + 1))
done

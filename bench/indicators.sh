#!/usr/bin/env bash
# The indicators benchmark (issue 18): 1,000 units with 20 monthly indicators each holding 36 values (720,000
# values), one objective per unit.
#
#   bench/indicators.sh [DATABASE_URL]   (default sqlite:///tmp/eduims-bench-indicators.db, generated on first use)
#
# Prints throughput and p50/p99, at 64 connections on 2 threads, of one indicator compared across every unit of the
# province (1,000 rows and the aggregate), across a school's subtree, an indicator's values and the indicator list.
# Run it with EDUIMS_BENCH_CACHE_MB=0 to measure every answer computed, and with the default to measure kept
# answers. A script, not a test: figures vary with the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f build/build.ninja ]] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build --target eduims eduims_generate > /dev/null
db="${1:-sqlite:///tmp/eduims-bench-indicators.db}"
if [[ "$db" == sqlite://* && ! -f "${db#sqlite://}" ]]; then
  ./build/eduims_generate --database "$db" --users 3000 --actions 1000 --audit 1000 --indicators 20 \
    --indicator-values 36
fi
. bench/serve.sh
bench_serve "$db" "${EDUIMS_BENCH_PORT:-18083}" /tmp/eduims-bench-indicators.log
period=$(TZ=Asia/Ho_Chi_Minh date -d "$(date +%Y-%m-01) -1 day" +%Y-%m)
indicator=$(curl -sf "${auth[@]}" "$base/api/v1/indicators?code=CS-07&limit=1" | json '["items"][0]["id"]')
units=$(curl -sf "${auth[@]}" "$base/api/v1/indicators/compare?code=CS-07&period=$period" | json '["aggregate"]["units"]')

measure_width=52
echo "database: $db   period: $period   units compared: $units   (${duration}s each, wrk -t2 -c64, $threads server" \
  "threads, $cache_mb MB of kept answers, Accept-Encoding: ${accept_encoding:-none})"
measure "compare: one indicator, a school's subtree" "$base/api/v1/indicators/compare?code=CS-07&within=$school&period=$period"
measure "indicator list: first page" "$base/api/v1/indicators?limit=50"
measure "measurements: one indicator's 36 months" "$base/api/v1/indicators/$indicator/measurements"
sleep 3
measure "compare: one indicator across the province" "$base/api/v1/indicators/compare?code=CS-07&period=$period"
measure "compare: the province, weighted mean" "$base/api/v1/indicators/compare?code=CS-08&period=$period"
echo "server peak RSS: $(awk '/VmHWM/ {print $2, $3}' "/proc/$pid/status")"

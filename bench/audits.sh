#!/usr/bin/env bash
# The audits and nonconformities benchmark (issue 5): 5,000 audits with 100,000 checklist lines and 20,000
# nonconformities over 1,000 units.
#
#   bench/audits.sh [DATABASE_URL]   (default sqlite:///tmp/eduims-bench-audits.db, generated on first use)
#
# Prints throughput and p50/p99 of the nonconformity dashboard (the province, a school's subtree), the nonconformity
# list under several filters, an audit programme's coverage and the audit list, at 64 connections on 2 threads, and
# again a few of them while an action is added every second (each write ends the answers the server keeps), and
# the server's peak RSS. A script, not a test: figures vary with the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
# Only what the benchmark runs: the test binary and the web application are not needed to measure the API.
[[ -f build/build.ninja ]] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build --target eduims eduims_generate > /dev/null
db="${1:-sqlite:///tmp/eduims-bench-audits.db}"
if [[ "$db" == sqlite://* && ! -f "${db#sqlite://}" ]]; then
  ./build/eduims_generate --database "$db" --actions 1000 --audit 1000 --audits 5000 --checklist-lines 100000 \
    --nonconformities 20000
fi
. bench/serve.sh
bench_serve "$db" "${EDUIMS_BENCH_PORT:-18082}" /tmp/eduims-bench-audits.log
year=$(TZ=Asia/Ho_Chi_Minh date +%Y)
# The generator makes the province's programme of a year before the schools' programmes of that year.
province_programme=$(curl -sf "${auth[@]}" "$base/api/v1/audit-programmes?year=$year&limit=1" | json '["items"][0]["id"]')
school_programme=$(curl -sf "${auth[@]}" "$base/api/v1/audit-programmes?unit_id=$school&year=$year" |
  json '["items"][0]["id"]')

measure_width=52
echo "database: $db   school subtree: unit $school   programmes: $province_programme (province), $school_programme" \
  "(school)   (${duration}s each, wrk -t2 -c64, $threads server threads, $cache_mb MB of kept answers, Accept-Encoding: ${accept_encoding:-none})"
nc="$base/api/v1/nonconformities"
# The cheap measurements first: a saturated server is still answering the previous run's queue when the next starts.
measure "nonconformities: school subtree, action_planned" "$nc?within=$school&status=action_planned&limit=50"
measure "nonconformities: school subtree, overdue" "$nc?within=$school&overdue=true&limit=50"
measure "nonconformities: major" "$nc?severity=major&limit=50"
measure "nonconformities: overdue" "$nc?overdue=true&limit=50"
measure "nonconformities: major, overdue, from complaints" "$nc?severity=major&overdue=true&source=complaint&limit=50"
measure "audits: first page" "$base/api/v1/audits?limit=50"
measure "audits: in the province's programme, reported" \
  "$base/api/v1/audits?programme_id=$province_programme&status=reported&limit=50"
measure "programme coverage: a school" "$base/api/v1/audit-programmes/$school_programme"
measure "dashboard: a school's subtree" "$base/api/v1/dashboards/nonconformities?within=$school"
sleep 3
measure "programme coverage: the province" "$base/api/v1/audit-programmes/$province_programme"
sleep 3
measure "dashboard: the province" "$base/api/v1/dashboards/nonconformities"
writing_every 1 "$school"
measure "nonconformities: school, action_planned, a write a second" "$nc?within=$school&status=action_planned&limit=50"
measure "nonconformities: overdue, a write a second" "$nc?overdue=true&limit=50"
measure "dashboard: a school's subtree, a write a second" "$base/api/v1/dashboards/nonconformities?within=$school"
measure "dashboard: the province, a write a second" "$base/api/v1/dashboards/nonconformities"
echo "server peak RSS: $(awk '/VmHWM/ {print $2, $3}' "/proc/$pid/status")"

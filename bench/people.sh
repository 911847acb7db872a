#!/usr/bin/env bash
# The people benchmark (issue 20): a province of 1,000 units and 30,000 staff, 200 competences, about six holdings a
# person and 5,000 training sessions, on SQLite with kept answers off (EDUIMS_BENCH_CACHE_MB=0), so every answer is
# computed. Times the department's competence matrix (the whole province: totals over every person and the first page
# of people) and a person's page (their holdings), each with wrk at 64 connections.
#
#   bench/people.sh [DATABASE_URL]   (default sqlite:///tmp/eduims-bench-people.db, generated on first use)
#
# A script, not a test: figures vary with the machine. Targets (issue 20): matrix p99 under 100 ms, person p99 under
# 10 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f build/build.ninja ]] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build --target eduims eduims_generate > /dev/null
db="${1:-sqlite:///tmp/eduims-bench-people.db}"
if [[ "$db" == sqlite://* && ! -f "${db#sqlite://}" ]]; then
  ./build/eduims_generate --database "$db" --users 30000 --actions 0 --audit 0 --competences 200 \
    --training-sessions 5000
fi
export EDUIMS_BENCH_CACHE_MB="${EDUIMS_BENCH_CACHE_MB:-0}"
. bench/serve.sh
bench_serve "$db" "${EDUIMS_BENCH_PORT:-18086}" /tmp/eduims-bench-people.log
root=$(curl -sf "${auth[@]}" "$base/api/v1/units?limit=1" | json '["items"][0]["id"]')
person=$(curl -sf "${auth[@]}" "$base/api/v1/users?limit=1&within=$school" | json '["items"][0]["id"]')
people=$(curl -sf "${auth[@]}" "$base/api/v1/competences/matrix?unit_id=$root&limit=1" | json '["people_count"]')
echo "database: $db   department $root ($people people), person $person, kept answers ${EDUIMS_BENCH_CACHE_MB} MB"
measure_width=34
measure "matrix of the department" "$base/api/v1/competences/matrix?unit_id=$root&limit=50"
measure "matrix of a school" "$base/api/v1/competences/matrix?unit_id=$school&limit=50"
measure "a person's competences" "$base/api/v1/users/$person/competences"
echo "server peak RSS: $(awk '/VmHWM/ {print $2, $3}' "/proc/$pid/status")"

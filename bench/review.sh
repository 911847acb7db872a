#!/usr/bin/env bash
# The management review benchmark (issue 21): a province of 1,000 units (the shared generator's data, as
# bench/indicators.sh makes it). Plans a review of the whole province with a top manager made for it, then times
# what its meeting waits for: every 9.3.2 input compiled for the province's subtree (GET /inputs on the planned
# review, five times, then the `open` step that compiles and freezes them once), and the minutes' PDF.
#
#   bench/review.sh [DATABASE_URL]   (default sqlite:///tmp/eduims-bench-indicators.db, generated on first use)
#
# A script, not a test: figures vary with the machine. Target (issue 21): inputs compiled in under 2 s.
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
bench_serve "$db" "${EDUIMS_BENCH_PORT:-18085}" /tmp/eduims-bench-review.log
post() { curl -sf "${auth[@]}" -H 'Content-Type: application/json' -d "$2" "$base/api/v1$1"; }
root=$(curl -sf "${auth[@]}" "$base/api/v1/units?limit=1" | json '["items"][0]["id"]')
units=$(curl -sf "${auth[@]}" "$base/api/v1/units?limit=200" | json '["items"].__len__()')
stamp=$(date +%s)
director=$(post /users "{\"unit_id\":$root,\"email\":\"director$stamp@bench.eduims.vn\",\"full_name\":\"Bench director\",\"password\":\"EduIMS-bench-2026\"}" \
  | json '["id"]')
post "/users/$director/grants" "{\"role\":\"top_management\",\"unit_id\":$root}" > /dev/null
year=$(date +%Y)
review=$(post /management-reviews "{\"unit_id\":$root,\"title\":\"Bench review $stamp\",\"period_from\":\"$year-01-01\",
  \"period_to\":\"$year-12-31\",\"planned_on\":\"$year-12-20\",\"participant_ids\":[$director]}" | json '["id"]')

seconds() { curl -sf -o "$work/out" -w '%{time_total}' "${auth[@]}" "$@"; }
echo "database: $db   review $review of unit $root (first page of units: $units)"
for i in 1 2 3 4 5; do
  echo "inputs compiled for the province (GET /inputs, planned) run $i: $(seconds "$base/api/v1/management-reviews/$review/inputs") s"
done
python3 -c "import json; d=json.load(open('$work/out')); print('  counts:', {i['key']: i['count'] for i in d['items'] if i['available']})"
version=$(curl -sf "${auth[@]}" "$base/api/v1/management-reviews/$review" | json '["version"]')
echo "open (compile and freeze): $(seconds -H 'Content-Type: application/json' \
  -d "{\"version\":$version,\"action\":\"open\"}" "$base/api/v1/management-reviews/$review/transitions") s"
echo "minutes PDF: $(seconds "$base/api/v1/management-reviews/$review/minutes?lang=vi") s, $(stat -c %s "$work/out") bytes"
echo "server peak RSS: $(awk '/VmHWM/ {print $2, $3}' "/proc/$pid/status")"

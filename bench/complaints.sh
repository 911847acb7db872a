#!/usr/bin/env bash
# The complaints register benchmark (issue 19): a province of 1,000 units (the shared generator's data, as
# bench/review.sh makes it), SQLite, kept answers off (EDUIMS_BENCH_CACHE_MB=0) so each answer is computed.
#
#   1. Recording: `wrk -t2 -c16` posts complaints entered by staff (POST /api/v1/complaints, a random unit and
#      category each), each one transaction with its deadlines and audit entry.
#   2. Reading, over what step 1 left (tens of thousands of complaints): the province's register (first page), its
#      overdue filter, and the year's statistics by category and unit (GET /complaints/statistics).
#
#   bench/complaints.sh [DATABASE_URL]   (default sqlite:///tmp/eduims-bench-indicators.db, generated on first use)
#
# A script, not a test: figures vary with the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f build/build.ninja ]] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build --target eduims eduims_generate > /dev/null
db="${1:-sqlite:///tmp/eduims-bench-indicators.db}"
if [[ "$db" == sqlite://* && ! -f "${db#sqlite://}" ]]; then
  ./build/eduims_generate --database "$db" --users 3000 --actions 1000 --audit 1000 --indicators 20 \
    --indicator-values 36
fi
export EDUIMS_BENCH_CACHE_MB=0
. bench/serve.sh
bench_serve "$db" "${EDUIMS_BENCH_PORT:-18087}" /tmp/eduims-bench-complaints.log
root=$(curl -sf "${auth[@]}" "$base/api/v1/units?limit=1" | json '["items"][0]["id"]')
python3 bench/unit_ids.py "$base" "${auth[1]#Authorization: Bearer }" > "$work/units.txt"
echo "database: $db   root unit $root, $(wc -l < "$work/units.txt") units"
cat > "$work/record.lua" <<'LUA'
local units = {}
local categories = {"teaching", "assessment", "admission", "fees", "facilities", "safety_wellbeing", "other"}
local channels = {"phone", "letter", "in_person", "mail"}
init = function(args)
  for line in io.lines(args[1]) do units[#units + 1] = line end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end
request = function()
  local body = '{"unit_id":' .. units[math.random(#units)] .. ',"category":"' .. categories[math.random(#categories)] ..
    '","channel":"' .. channels[math.random(#channels)] ..
    '","text":"Phụ huynh phản ánh việc thu các khoản ngoài quy định tại lớp."}'
  -- Headers given to wrk.format replace the command line's (the token), so they are added to them.
  local headers = {["Content-Type"] = "application/json"}
  for k, v in pairs(wrk.headers) do headers[k] = headers[k] or v end
  return wrk.format("POST", "/api/v1/complaints", headers, body)
end
LUA
out=$(wrk -t2 -c16 -d"${duration}s" --latency "${auth[@]}" -s "$work/record.lua" "$base" -- "$work/units.txt")
printf "%-44s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n" "complaints recorded by staff (wrk -t2 -c16)" \
  "$(awk '/Requests\/sec/ {print $2}' <<< "$out")" "$(awk '$1 == "50%" {print $2}' <<< "$out")" \
  "$(awk '$1 == "99%" {print $2}' <<< "$out")" "$(awk '/Non-2xx/ {print $5}' <<< "$out" | grep . || echo 0)"
year=$(TZ=Asia/Ho_Chi_Minh date +%Y)
total=$(curl -sf "${auth[@]}" "$base/api/v1/complaints/statistics?within=$root&from=$year-01-01&to=$year-12-31" \
  | json '["total"]' 2> /dev/null || echo "?")
echo "complaints in the register this year: $total"
measure "province register, first page" "$base/api/v1/complaints?within=$root&limit=50" 16
measure "province register, overdue only" "$base/api/v1/complaints?within=$root&overdue=true&limit=50" 16
measure "province statistics of the year" "$base/api/v1/complaints/statistics?within=$root&from=$year-01-01&to=$year-12-31" 16
echo "server peak RSS: $(awk '/VmHWM/ {print $2, $3}' "/proc/$pid/status")"

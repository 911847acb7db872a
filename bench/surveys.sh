#!/usr/bin/env bash
# The satisfaction survey benchmark (issue 19): one campaign for 300,000 learners in the province's 1,000 units (the
# shared generator's data, as bench/review.sh makes it), SQLite.
#
#   1. Answers accepted: a campaign with one link per unit (300 learners expected behind each) is opened and
#      `wrk -t2 -c16` posts complete answers through the public page /s/{code}, each to a random unit's link, as
#      phones do; the server's per-address limit is raised for the run (`serve --survey-rate-limit`, through
#      EDUIMS_SURVEY_RATE_LIMIT), since every request comes from 127.0.0.1. Target: 1,000 a second or more, p99
#      under 50 ms.
#   2. Province results: a second campaign over the same units is given 1,000,000 answers straight in the database
#      (1,000 per unit, with the per-unit and whole-campaign counts the answer transaction keeps), and its results
#      for the whole province are read with kept answers off (EDUIMS_BENCH_CACHE_MB=0), so each is computed.
#      Target: p99 under 100 ms.
#
#   bench/surveys.sh [SQLITE_DATABASE_URL]   (default sqlite:///tmp/eduims-bench-indicators.db, generated on first use)
#
# A script, not a test: figures vary with the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f build/build.ninja ]] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build --target eduims eduims_generate > /dev/null
db="${1:-sqlite:///tmp/eduims-bench-indicators.db}"
[[ "$db" == sqlite://* ]] || { echo "SQLite only: the results campaign is filled with sqlite3" >&2; exit 2; }
file="${db#sqlite://}"
if [[ ! -f "$file" ]]; then
  ./build/eduims_generate --database "$db" --users 3000 --actions 1000 --audit 1000 --indicators 20 \
    --indicator-values 36
fi
export EDUIMS_SURVEY_RATE_LIMIT=100000000
export EDUIMS_BENCH_CACHE_MB=0
. bench/serve.sh
bench_serve "$db" "${EDUIMS_BENCH_PORT:-18086}" /tmp/eduims-bench-surveys.log
post() { curl -sf "${auth[@]}" -H 'Content-Type: application/json' -d "$2" "$base/api/v1$1"; }
root=$(curl -sf "${auth[@]}" "$base/api/v1/units?limit=1" | json '["items"][0]["id"]')
stamp=$(date +%s)
today=$(TZ=Asia/Ho_Chi_Minh date +%F)
closes=$(TZ=Asia/Ho_Chi_Minh date -d '+30 days' +%F)

# Seven questions: six on a five-point scale and the recommendation, as a learners' questionnaire has.
questions=""
for k in teaching feedback materials workload fairness facilities; do
  questions+="{\"key\":\"$k\",\"type\":\"likert\",\"required\":true,\"threshold\":0.6,\"text\":{\"vi\":\"Câu $k\",\"en\":\"Question $k\"}},"
done
questions+='{"key":"recommend","type":"recommend","required":true,"text":{"vi":"Giới thiệu","en":"Recommend"}}'
definition="{\"title\":{\"vi\":\"Ý kiến người học $stamp\",\"en\":\"Learner survey $stamp\"},\"sections\":[{\"title\":{\"vi\":\"Chung\",\"en\":\"General\"},\"questions\":[$questions]}]}"
questionnaire=$(post /questionnaires "{\"unit_id\":$root,\"audience\":\"learners\",\"definition\":$definition}" | json '["id"]')
post "/questionnaires/$questionnaire/versions/1/publish" '{}' > /dev/null

# Every unit of the province gets a link, 300 learners expected behind each.
python3 bench/unit_ids.py "$base" "${auth[1]#Authorization: Bearer }" 1000 \
  | python3 -c "import json,sys; print(json.dumps([{'unit_id': int(i), 'expected': 300} for i in sys.stdin.read().split()]))" \
  > "$work/links.json"
campaign() {
  local id
  id=$(post /surveys "{\"unit_id\":$root,\"questionnaire_id\":$questionnaire,\"questionnaire_version\":1,
    \"title\":\"$1 $stamp\",\"audience\":\"learners\",\"mode\":\"anonymous\",\"opens_on\":\"$today\",
    \"closes_on\":\"$closes\",\"links\":$(cat "$work/links.json")}" | json '["id"]')
  post "/surveys/$id/transitions" '{"version":1,"to":"open"}' > /dev/null
  echo "$id"
}
answering=$(campaign "Khảo sát người học toàn tỉnh")
curl -sf "${auth[@]}" "$base/api/v1/surveys/$answering/links" | json '["items"]' \
  | python3 -c "import ast,sys; [print(l['code']) for l in ast.literal_eval(sys.stdin.read())]" > "$work/codes.txt"
echo "database: $db   campaign $answering over $(wc -l < "$work/codes.txt") units of unit $root"

cat > "$work/answer.lua" <<'LUA'
local codes = {}
init = function(args)
  for line in io.lines(args[1]) do codes[#codes + 1] = line end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end
request = function()
  local body = ""
  for _, k in ipairs({"teaching", "feedback", "materials", "workload", "fairness", "facilities"}) do
    body = body .. "q." .. k .. "=" .. math.random(2, 5) .. "&"
  end
  body = body .. "q.recommend=" .. math.random(0, 10)
  return wrk.format("POST", "/s/" .. codes[math.random(#codes)] .. "?lang=vi",
    {["Content-Type"] = "application/x-www-form-urlencoded"}, body)
end
LUA
wrk -t2 -c16 -d2s -s "$work/answer.lua" "$base" -- "$work/codes.txt" > /dev/null
out=$(wrk -t2 -c16 -d"${duration}s" --latency -s "$work/answer.lua" "$base" -- "$work/codes.txt")
stored=$(curl -sf "${auth[@]}" "$base/api/v1/surveys/$answering/results" | json '["responses"]')
printf "%-44s %10s req/s   p50 %8s   p99 %8s   non-2xx %s   (%s answers stored)\n" "answers accepted (wrk -t2 -c16)" \
  "$(awk '/Requests\/sec/ {print $2}' <<< "$out")" "$(awk '$1 == "50%" {print $2}' <<< "$out")" \
  "$(awk '$1 == "99%" {print $2}' <<< "$out")" "$(awk '/Non-2xx/ {print $5}' <<< "$out" | grep . || echo 0)" "$stored"

# A second campaign with 1,000,000 answers in the database, as a province's finished survey has.
results=$(campaign "Khảo sát người học năm trước")
started=$(date +%s.%N)
sqlite3 "$file" > /dev/null <<SQL
PRAGMA busy_timeout = 60000;
BEGIN;
CREATE TEMP TABLE bench_units AS SELECT unit_id FROM survey_links WHERE campaign_id = $results;
CREATE TEMP TABLE bench_n(i INTEGER PRIMARY KEY);
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999) INSERT INTO bench_n SELECT i FROM n;
INSERT INTO survey_responses (campaign_id, unit_id, answered_on, answers)
  SELECT $results, u.unit_id, '$today',
         '{"teaching":' || (2 + n.i % 4) || ',"feedback":' || (1 + n.i % 5) || ',"materials":' || (3 + n.i % 3) ||
         ',"workload":' || (2 + n.i % 4) || ',"fairness":' || (1 + n.i % 5) || ',"facilities":' || (3 + n.i % 3) ||
         ',"recommend":' || (n.i % 11) || '}'
  FROM bench_units u CROSS JOIN bench_n n;
INSERT INTO survey_unit_counts (campaign_id, unit_id, responses) SELECT $results, unit_id, 1000 FROM bench_units;
CREATE TEMP TABLE bench_values(question_key TEXT, value INTEGER, n INTEGER);
INSERT INTO bench_values
  SELECT k.key, CAST(json_extract(r.answers, '$.' || k.key) AS INTEGER), COUNT(*)
  FROM (SELECT answers FROM survey_responses WHERE campaign_id = $results AND unit_id = (SELECT MIN(unit_id) FROM bench_units)) r
  CROSS JOIN (SELECT 'teaching' AS key UNION ALL SELECT 'feedback' UNION ALL SELECT 'materials' UNION ALL
              SELECT 'workload' UNION ALL SELECT 'fairness' UNION ALL SELECT 'facilities' UNION ALL SELECT 'recommend') k
  GROUP BY k.key, 2;
INSERT INTO bench_values SELECT DISTINCT question_key, -1000001, 1000 FROM bench_values;
INSERT INTO survey_counts (campaign_id, whole, unit_id, question_key, item, value, n)
  SELECT $results, 0, u.unit_id, v.question_key, 0, v.value, v.n FROM bench_units u CROSS JOIN bench_values v;
INSERT INTO survey_counts (campaign_id, whole, unit_id, question_key, item, value, n)
  SELECT $results, 1, $root, question_key, 0, value, n * (SELECT COUNT(*) FROM bench_units) FROM bench_values;
COMMIT;
SQL
echo "1,000,000 answers of campaign $results written in $(python3 -c "print(round($(date +%s.%N) - $started, 1))") s"
check=$(curl -sf "${auth[@]}" "$base/api/v1/surveys/$results/results")
echo "  province results: $(json '["responses"]' <<< "$check") responses, teaching index $(python3 -c "import json,sys; d=json.loads(sys.argv[1]); print([q['items'][0]['distribution']['index'] for q in d['questions'] if q['key']=='teaching'][0])" "$check")"
measure "province results (answer cache 0)" "$base/api/v1/surveys/$results/results" 16
measure "province results by unit (answer cache 0)" "$base/api/v1/surveys/$results/results?by_unit=true" 16
echo "server peak RSS: $(awk '/VmHWM/ {print $2, $3}' "/proc/$pid/status")"

#!/usr/bin/env bash
# The oversight and directives benchmark (issue 21): a province of 1,000 units (the shared generator's data with
# indicators and their values, audits and nonconformities). Measures the department's oversight table of every unit
# of the province (GET /oversight?within=<root>: one grouped query per module over the whole subtree) at 16
# connections with no kept answers (EDUIMS_BENCH_CACHE_MB defaults to 0 here: every answer computed), then times a
# reporting request sent to every unit of the province (1,000 answers inserted as one batch), without and with one
# action raised per unit.
#
#   bench/oversight.sh [DATABASE_URL]   (default sqlite:///tmp/eduims-bench-oversight.db, generated on first use)
#
# A script, not a test: figures vary with the machine. Targets (issue 21, SQLite, 2 cores): oversight p99 under
# 100 ms at 16 connections; a directive to 1,000 units created in under 1 s.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f build/build.ninja ]] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build --target eduims eduims_generate > /dev/null
db="${1:-sqlite:///tmp/eduims-bench-oversight.db}"
if [[ "$db" == sqlite://* && ! -f "${db#sqlite://}" ]]; then
  ./build/eduims_generate --database "$db" --users 3000 --actions 20000 --audit 1000 --indicators 20 \
    --indicator-values 12 --audits 2000 --checklist-lines 20000 --nonconformities 5000 \
    --documents 5000 --certificates 200
fi
export EDUIMS_BENCH_CACHE_MB="${EDUIMS_BENCH_CACHE_MB:-0}"
. bench/serve.sh
bench_serve "$db" "${EDUIMS_BENCH_PORT:-18087}" /tmp/eduims-bench-oversight.log
root=$(curl -sf "${auth[@]}" "$base/api/v1/units?limit=1" | json '["items"][0]["id"]')
curl -sf -o "$work/table" "${auth[@]}" "$base/api/v1/oversight?within=$root"
rows=$(json '["items"].__len__()' < "$work/table")
measure_width=52
echo "database: $db   province: unit $root, $rows rows   (${duration}s each, wrk -t2, $threads server threads," \
  "$cache_mb MB of kept answers, Accept-Encoding: ${accept_encoding:-none})"
echo "one table: $(stat -c %s "$work/table") bytes of JSON, computed in" \
  "$(curl -sf -o /dev/null -w '%{time_total}' "${auth[@]}" "$base/api/v1/oversight?within=$root") s"
measure "oversight: the province (16 connections)" "$base/api/v1/oversight?within=$root" 16
measure "oversight: sorted by overdue nc, alerts only" \
  "$base/api/v1/oversight?within=$root&sort=nonconformities_overdue&order=desc&level=alert" 16
echo "oversight XLSX of the province: $(curl -sf -o "$work/x.xlsx" -w '%{time_total}' "${auth[@]}" \
  "$base/api/v1/oversight/export?within=$root") s, $(stat -c %s "$work/x.xlsx") bytes"

deadline=$(date -d '+20 days' +%Y-%m-%d)
today=$(TZ=Asia/Ho_Chi_Minh date +%Y-%m-%d)
for actions in false true; do
  body="{\"unit_id\":$root,\"kind\":\"report_request\",\"dispatch_number\":\"B-$(date +%s%N)\",\"dispatch_date\":\"$today\",
    \"title\":\"Báo cáo tự đánh giá giữa kỳ (benchmark)\",\"deadline\":\"$deadline\",\"target_kind\":\"subtree\",
    \"create_actions\":$actions}"
  seconds=$(curl -sf -o "$work/directive" -w '%{time_total}' "${auth[@]}" -H 'Content-Type: application/json' \
    -d "$body" "$base/api/v1/directives")
  echo "directive to every unit (create_actions $actions): $(json '["progress"]["total"]' < "$work/directive")" \
    "answers in $seconds s"
done
echo "server peak RSS: $(awk '/VmHWM/ {print $2, $3}' "/proc/$pid/status")"

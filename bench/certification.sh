#!/usr/bin/env bash
# The certification benchmark (issue 6): 200 schools of a 1,000-unit province each holding an integrated ISO 21001
# and ISO 9001 certificate through a project at its surveillance step, decided over the last three years.
#
#   bench/certification.sh [DATABASE_URL]   (default sqlite:///tmp/eduims-bench-cert.db, generated on first use)
#
# Prints throughput and p50/p99, at 64 connections on 2 threads, of what falls due within 90 days over the province
# (the home page's card), the certificate register and the project list, one certificate with its due windows, and
# the province's calendar feed as a calendar application polls it; then the time of the public verification page and
# lookup one request at a time (they allow 30 requests a minute per address, so wrk would measure the refusals); and
# the server's peak RSS. A script, not a test: figures vary with the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f build/build.ninja ]] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build --target eduims eduims_generate > /dev/null
db="${1:-sqlite:///tmp/eduims-bench-cert.db}"
if [[ "$db" == sqlite://* && ! -f "${db#sqlite://}" ]]; then
  ./build/eduims_generate --database "$db" --actions 1000 --audit 1000 --certificates 200
fi
. bench/serve.sh
bench_serve "$db" "${EDUIMS_BENCH_PORT:-18083}" /tmp/eduims-bench-cert.log
root=$(curl -sf "${auth[@]}" "$base/api/v1/units?limit=1" | json '["items"][0]["id"]')
certificate=$(curl -sf "${auth[@]}" "$base/api/v1/certificates?limit=1" | json '["items"][0]["id"]')
feed=$(curl -sf "${auth[@]}" -X POST -H 'Content-Type: application/json' -d "{\"name\":\"bench\",\"unit_id\":$root}" \
  "$base/api/v1/calendar-feeds" | json '["url"]')

measure_width=48
echo "database: $db   province: unit $root   (${duration}s each, wrk -t2 -c64, $threads server threads, $cache_mb MB of kept answers, Accept-Encoding: ${accept_encoding:-none})"
measure "due within 90 days (province)" "$base/api/v1/certifications/due?within_days=90"
measure "certificates, first page" "$base/api/v1/certificates?limit=50"
measure "certification projects, first page" "$base/api/v1/certifications?limit=50"
measure "one certificate with its due windows" "$base/api/v1/certificates/$certificate"
measure "the province's calendar feed" "$base$feed"
sleep 3
for what in "/verify/BENCH-7" "/api/v1/public/certificates/BENCH-7"; do
  times=$(for _ in $(seq 20); do curl -s -o /dev/null -w '%{time_total}\n' "$base$what"; done | sort -n)
  printf "%-${measure_width}s median %s s, slowest %s s (20 requests, one at a time)\n" "public $what" \
    "$(sed -n 10p <<< "$times")" "$(tail -1 <<< "$times")"
done
printf 'server peak RSS: %s kB\n' "$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")"

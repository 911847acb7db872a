#!/usr/bin/env bash
# The realistic workload benchmark (issue 24): bench/workload.mjs against one `eduims serve` on the province of the
# benchmark generator (1,000 units, 30,000 users, 200,000 actions, 500,000 audit-trail entries, with audits,
# nonconformities, documents, risks and indicators), first with kept answers on (12 MB, as serve) and then off, every
# answer computed. Prints, for each stage of shorter pauses, p50/p99 per route and overall, the throughput, the share
# of kept answers used, the server's CPU per request and its peak memory; exits non-zero on any non-2xx answer,
# refused write or stale answer.
#
#   bench/workload.sh [DATABASE_URL]   (default sqlite:///tmp/eduims-bench-workload.db, generated on first use)
#   EDUIMS_BENCH_PEOPLE=300 EDUIMS_BENCH_SECONDS=15 EDUIMS_BENCH_WRITES=5 EDUIMS_BENCH_PAUSES=2000,500,200,100,50,20,0
#
# A script, not a test: the client runs on the same cores as the server, and figures vary with the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f build/build.ninja ]] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build --target eduims eduims_generate > /dev/null
db="${1:-sqlite:///tmp/eduims-bench-workload.db}"
if [[ "$db" == sqlite://* && ! -f "${db#sqlite://}" ]]; then
  ./build/eduims_generate --database "$db" --audits 2000 --checklist-lines 20000 --nonconformities 20000 \
    --documents 5000 --certificates 200 --risks-per-unit 10 --indicators 5 --indicator-values 12
fi
status=0
for cache_mb in 12 0; do
  (
    export EDUIMS_BENCH_CACHE_MB=$cache_mb
    # Every simulated person connects from 127.0.0.1: the per-address cap (256) is raised for the run.
    export EDUIMS_BENCH_SERVE_ARGS="--max-connections-per-address 4096"
    . bench/serve.sh
    bench_serve "$db" "${EDUIMS_BENCH_PORT:-18090}" /tmp/eduims-bench-workload.log
    root=$(curl -sf "${auth[@]}" "$base/api/v1/units?limit=1" | json '["items"][0]["id"]')
    echo "== kept answers: $cache_mb MB ($db, $threads server threads)"
    node bench/workload.mjs --base "$base" --pid "$pid" --root "$root" --people "${EDUIMS_BENCH_PEOPLE:-300}" \
      --seconds "${EDUIMS_BENCH_SECONDS:-15}" --writes "${EDUIMS_BENCH_WRITES:-5}" \
      --pauses "${EDUIMS_BENCH_PAUSES:-2000,500,200,100,50,20,0}"
  ) || status=1
done
exit $status

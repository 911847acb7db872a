# Sourced by the benchmark scripts, from the repository's root: `bench_serve DATABASE_URL PORT LOG` starts
# `eduims serve` on loopback with $EDUIMS_BENCH_THREADS threads (default 2 per core, as serve) and
# $EDUIMS_BENCH_CACHE_MB of kept answers (default 12, as serve; 0 computes every answer, which measures the queries
# rather than the kept copies of identical requests), waits for it, logs in as the generated
# tenant's administrator and makes an API token; it sets `pid`, `base`, `work` (a scratch folder removed on exit),
# `auth` (curl's and wrk's header arguments), `school` (an upper secondary school's unit id), `duration` (from
# $EDUIMS_BENCH_SECONDS, default 10), `threads` and `accept_encoding`. `measure NAME URL [CONNECTIONS]` runs
# `wrk -t2` with 64 connections (or CONNECTIONS) against the URL and prints one line of req/s, p50, p99 and non-2xx
# answers, the name padded to $measure_width. Its requests name the codings a browser accepts (`accept_encoding`,
# from $EDUIMS_BENCH_ACCEPT_ENCODING, default "gzip, deflate, br, zstd" as Chromium sends; empty for none), so
# lists come back as the web application gets them.

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

bench_serve() {
  local db="$1" port="$2" log="$3" csrf token
  duration="${EDUIMS_BENCH_SECONDS:-10}"
  threads="${EDUIMS_BENCH_THREADS:-$((2 * $(nproc)))}"
  cache_mb="${EDUIMS_BENCH_CACHE_MB:-12}"
  accept_encoding="${EDUIMS_BENCH_ACCEPT_ENCODING-gzip, deflate, br, zstd}"
  ./build/eduims --database "$db" serve --listen "127.0.0.1:$port" --threads "$threads" \
    --answer-cache-mb "$cache_mb" ${EDUIMS_BENCH_SERVE_ARGS:-} 2> "$log" &
  pid=$!
  work=$(mktemp -d)
  trap 'kill "$pid" 2> /dev/null || true; rm -rf "$work"' EXIT
  base="http://127.0.0.1:$port"
  for _ in $(seq 100); do curl -sf "$base/healthz" > /dev/null && break; sleep 0.1; done
  csrf=$(curl -sf -c "$work/jar" -H 'Content-Type: application/json' \
    -d '{"email":"admin@bench.eduims.vn","password":"EduIMS-bench-2026"}' "$base/api/v1/session" | json '["csrf_token"]')
  token=$(curl -sf -b "$work/jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
    "$base/api/v1/tokens" | json '["token"]')
  auth=(-H "Authorization: Bearer $token")
  school=$(curl -sf "${auth[@]}" "$base/api/v1/units?type=upper_secondary&limit=1" | json '["items"][0]["id"]')
}

# `writing_every SECONDS UNIT` starts, in the background until the script ends, one audited write every SECONDS
# (a new action on UNIT, through the API as a user would): each write ends every kept answer on the server, so the
# measurements that follow see the mix of kept and computed answers a working organisation's server sees.
writing_every() {
  local seconds="$1" unit="$2"
  (
    n=0
    while kill -0 "$pid" 2> /dev/null; do
      n=$((n + 1))
      curl -sf "${auth[@]}" -H 'Content-Type: application/json' \
        -d "{\"title\":\"Benchmark write $n\",\"unit_id\":$unit}" "$base/api/v1/actions" > /dev/null || echo "benchmark write $n refused" >&2
      sleep "$seconds"
    done
  ) &
  writer=$!
  trap 'kill "$writer" "$pid" 2> /dev/null || true; rm -rf "$work"' EXIT
}

measure_width=44
measure() {
  local name="$1" url="$2" connections="${3:-64}" out errors
  # A second untimed first, as benchmarks warm up: the first answer after a start or a write is computed, and the
  # threads' first requests grow their memory.
  wrk -t2 -c"$connections" -d1s "${auth[@]}" ${accept_encoding:+-H "Accept-Encoding: $accept_encoding"} "$url" \
    > /dev/null
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "${auth[@]}" \
    ${accept_encoding:+-H "Accept-Encoding: $accept_encoding"} \
    "$url")
  errors=$(awk '/Non-2xx/ {print $5}' <<< "$out")
  printf "%-${measure_width}s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n" "$name" \
    "$(awk '/Requests\/sec/ {print $2}' <<< "$out")" "$(awk '$1 == "50%" {print $2}' <<< "$out")" \
    "$(awk '$1 == "99%" {print $2}' <<< "$out")" "${errors:-0}"
}

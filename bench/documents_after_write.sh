#!/usr/bin/env bash
# The documents benchmark's lists and searches as they cost when no kept answer serves them (issue 4): one request
# at a time, each just after an audited write, on a copy of bench/documents.sh's SQLite database to which about
# 5,200 distribution targets are added (one published document in ten sent to a school, and some 200 documents of
# other schools sent to school 2, half of them to its staff only).
#
#   bench/documents_after_write.sh [SQLITE_FILE]   (default /tmp/eduims-bench-docs.db, made by bench/documents.sh)
#
# Prints the median and the slowest of 21 requests (curl's own time) as the generated administrator and as a
# staff member of school 2 (user386). A script, not a test: figures vary with the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
source_db="${1:-/tmp/eduims-bench-docs.db}"
[ -f "$source_db" ] || { echo "no $source_db: run bench/documents.sh first" >&2; exit 1; }
work=$(mktemp -d)
db="$work/bench.db"
cp "$source_db" "$db"
sqlite3 "$db" "
WITH schools AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM units WHERE parent_id = 1)
INSERT OR IGNORE INTO document_distribution (document_id, unit_id, role)
  SELECT d.id, s.id, '' FROM documents d JOIN schools s ON s.n = (d.id / 10) % 200
  WHERE d.id % 10 = 0 AND d.status = 'published';
INSERT OR IGNORE INTO document_distribution (document_id, unit_id, role)
  SELECT d.id, 2, '' FROM documents d JOIN units u ON u.id = d.unit_id WHERE d.id % 500 = 7 AND u.path NOT LIKE '/1/2/%';
INSERT OR IGNORE INTO document_distribution (document_id, unit_id, role)
  SELECT d.id, 2, 'staff' FROM documents d JOIN units u ON u.id = d.unit_id WHERE d.id % 500 = 9 AND u.path NOT LIKE '/1/2/%';"
port="${EDUIMS_BENCH_PORT:-18082}"
./build/eduims --database "sqlite://$db" serve --listen "127.0.0.1:$port" --threads 2 2> "$work/serve.log" &
pid=$!
trap 'kill "$pid" 2> /dev/null || true; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 100); do curl -sf "$base/healthz" > /dev/null && break; sleep 0.1; done
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
login() {
  local csrf
  csrf=$(curl -sf -c "$work/jar" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"EduIMS-bench-2026\"}" "$base/api/v1/session" | json '["csrf_token"]')
  curl -sf -b "$work/jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
    "$base/api/v1/tokens" | json '["token"]'
}
admin=$(login admin@bench.eduims.vn)
staff=$(login user386@bench.eduims.vn)
measure() {
  local name="$1" token="$2" url="$3" times=()
  for _ in $(seq 21); do
    # A new API token is an audited write: every kept answer is stale from here on.
    curl -sf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d '{"name":"write"}' \
      "$base/api/v1/tokens" > /dev/null
    times+=("$(curl -sf -o "$work/out" -w '%{time_total}' -H "Authorization: Bearer $token" "$base$url")")
  done
  printf '%-56s median %6.2f ms   slowest %6.2f ms   %s items\n' "$name" \
    "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)] * 1000}')" \
    "$(printf '%s\n' "${times[@]}" | sort -n | tail -1 | awk '{print $1 * 1000}')" \
    "$(json '["items"].__len__()' < "$work/out")"
}
measure "admin: published documents in school 2's subtree" "$admin" "/api/v1/documents?within=2&status=published&limit=50"
measure "admin: first page of all documents" "$admin" "/api/v1/documents?limit=50"
measure "admin: search 'khao sat su hai long'" "$admin" "/api/v1/search?q=khao%20sat%20su%20hai%20long"
measure "admin: search 'QT-4242'" "$admin" "/api/v1/search?q=QT-4242"
measure "staff of school 2: documents" "$staff" "/api/v1/documents?limit=50"
measure "staff of school 2: published procedures" "$staff" "/api/v1/documents?type=procedure&status=published&limit=50"
measure "staff of school 2: search 'khao sat su hai long'" "$staff" "/api/v1/search?q=khao%20sat%20su%20hai%20long"
measure "staff of school 2: search 'minh chung luu tai van phong'" "$staff" \
  "/api/v1/search?q=minh%20chung%20luu%20tai%20van%20phong"
measure "staff of school 2: reading list" "$staff" "/api/v1/me/reading-list?limit=50"

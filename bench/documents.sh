#!/usr/bin/env bash
# The documents benchmark (issue 4): 50,000 documents, 200,000 revisions, 20,000 attached PDFs' text, 1,000 units.
#
#   bench/documents.sh [DATABASE_URL]   (default sqlite:///tmp/eduims-bench-docs.db, generated on first use)
#
# Prints throughput and p50/p99 of full-text search (a common phrase and a rare one, typed without diacritics) and of
# the document list filtered by a school's subtree and status, at 64 connections on 2 threads (the searches also at
# 8, a busy office rather than a saturated server); then uploads a 45 MB
# file and prints the server's peak RSS before and after; last, the list and a search again while an action is added
# every second (each write ends the answers the server keeps). A script, not a test: figures vary with the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build > /dev/null
db="${1:-sqlite:///tmp/eduims-bench-docs.db}"
if [[ "$db" == sqlite://* && ! -f "${db#sqlite://}" ]]; then
  ./build/eduims_generate --database "$db" --actions 1000 --audit 1000 --documents 50000 --pdf-texts 20000
fi
. bench/serve.sh
bench_serve "$db" "${EDUIMS_BENCH_PORT:-18081}" /tmp/eduims-bench-docs.log
echo "database: $db   school subtree: unit $school   (${duration}s each, wrk -t2 -c64, $threads server threads, $cache_mb MB of kept answers, Accept-Encoding: ${accept_encoding:-none})"
# The cheap measurements first: a saturated server is still answering the previous run's queue when the next starts.
measure "published documents in a school's subtree" "$base/api/v1/documents?within=$school&status=published&limit=50"
measure "search 'QT-4242' (one document)" "$base/api/v1/search?q=QT-4242"
measure "search 'khao sat su hai long' (common)" "$base/api/v1/search?q=khao%20sat%20su%20hai%20long"
sleep 3
measure "search 'minh chung luu tai van phong' (PDFs)" "$base/api/v1/search?q=minh%20chung%20luu%20tai%20van%20phong"
sleep 3
measure "search 'QT-4242', 8 connections" "$base/api/v1/search?q=QT-4242" 8
measure "search 'khao sat su hai long', 8 connections" "$base/api/v1/search?q=khao%20sat%20su%20hai%20long" 8
measure "search 'minh chung luu ...' (PDFs), 8 connections" "$base/api/v1/search?q=minh%20chung%20luu%20tai%20van%20phong" 8

document=$(curl -sf "${auth[@]}" -X POST -H 'Content-Type: application/json' \
  -d "{\"unit_id\":$school,\"title\":\"Benchmark upload\",\"type\":\"procedure\"}" "$base/api/v1/documents" | json '["id"]')
revision=$(curl -sf "${auth[@]}" -X POST -H 'Content-Type: application/json' -d '{"change_description":"upload"}' \
  "$base/api/v1/documents/$document/revisions" | json '["id"]')
python3 -c "import os,sys; f=open(sys.argv[1],'wb'); f.write(b'%PDF-1.7\n'); f.write(os.urandom(45 << 20))" "$work/big.pdf"
before=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
start=$(date +%s%N)
curl -sf "${auth[@]}" -H 'Expect:' --data-binary @"$work/big.pdf" \
  "$base/api/v1/documents/$document/revisions/$revision/attachments?file_name=big.pdf" > /dev/null
end=$(date +%s%N)
after=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
printf 'upload of 45 MB: %s ms; server peak RSS %s kB before, %s kB after (growth %s kB)\n' \
  "$(((end - start) / 1000000))" "$before" "$after" "$((after - before))"

writing_every 1 "$school"
measure "school's published documents, a write a second" "$base/api/v1/documents?within=$school&status=published&limit=50"
measure "search 'khao sat su hai long', a write a second" "$base/api/v1/search?q=khao%20sat%20su%20hai%20long"

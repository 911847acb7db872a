"""Prints the ids of the tenant's units, one a line, through the API: `unit_ids.py BASE_URL TOKEN [MOST]`.
Used by the survey and complaint benchmarks to spread their requests over the province."""
import json
import sys
import urllib.request

base, token = sys.argv[1], sys.argv[2]
most = int(sys.argv[3]) if len(sys.argv) > 3 else None
ids, cursor = [], None
while True:
    url = f"{base}/api/v1/units?limit=200" + (f"&cursor={cursor}" if cursor else "")
    page = json.load(urllib.request.urlopen(urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})))
    ids += [u["id"] for u in page["items"]]
    cursor = page.get("next_cursor")
    if not cursor or (most and len(ids) >= most):
        break
print("\n".join(str(i) for i in ids[:most]))

// The realistic workload (issue 24): a few hundred distinct people, each with their own session, following the paths
// people take (home page, their lists and filters, a record's page, a search, the dashboards of their level, now
// and then a download) while writes arrive at a steady rate spread over units. Stages shorten the people's pause
// between requests until the server's p99 passes the target; each stage reports p50/p99 per route and overall, the
// throughput, the share of kept answers (the server's X-Cache header), the server's CPU per request and its peak
// memory. After every write the writer reads again a list it had read before the write: an answer without the new
// record is stale. Any non-2xx answer, refused write or stale answer is printed and makes the exit status 1.
//
//   node bench/workload.mjs --base http://127.0.0.1:18090 --pid SERVER_PID --root ROOT_UNIT_ID
//        [--people 300] [--seconds 15] [--writes 5] [--pauses 2000,500,200,100,50,20,0] [--target-ms 50]
//
// People are the benchmark generator's: admin@bench.eduims.vn (the department) and user1.. (staff, process owners,
// quality managers and internal auditors of random units), all with the password EduIMS-bench-2026.
import { readFileSync } from 'node:fs';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const base = args.base;
const serverPid = args.pid;
const root = Number(args.root);
const peopleCount = Number(args.people ?? 300);
const seconds = Number(args.seconds ?? 15);
const writesPerSecond = Number(args.writes ?? 5);
const pauses = (args.pauses ?? '2000,500,200,100,50,20,0').split(',').map(Number);
const targetMs = Number(args['target-ms'] ?? 50);
const password = 'EduIMS-bench-2026';
if (!base || !serverPid || !root) {
  console.error('usage: node bench/workload.mjs --base URL --pid SERVER_PID --root ROOT_UNIT_ID [...]');
  process.exit(2);
}

const failures = [];
function fail(what) {
  if (failures.length < 20) console.error(`FAILURE ${what}`);
  failures.push(what);
}

async function login(email) {
  const r = await fetch(`${base}/api/v1/session`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  if (r.status !== 201) throw new Error(`login ${email}: ${r.status} ${await r.text()}`);
  const cookie = r.headers.get('set-cookie').split(';')[0];
  const body = await r.json();
  const grant = body.user.grants[0];
  return {
    email, cookie, csrf: body.csrf_token, unit: grant.unit_id, path: grant.unit_path, role: grant.role,
    can: new Set(grant.permissions), seen: [],
  };
}

// One request as a browser sends it; returns the parsed JSON (or null) and records its time under `route`.
async function request(person, route, url, stats, options = {}) {
  const started = performance.now();
  let r;
  try {
    r = await fetch(base + url, {
      method: options.method ?? 'GET',
      headers: {
        Cookie: person.cookie, 'Accept-Encoding': 'gzip', 'Accept-Language': 'vi',
        ...(options.body ? { 'Content-Type': 'application/json', 'X-CSRF-Token': person.csrf } : {}),
      },
      body: options.body ? JSON.stringify(options.body) : undefined,
    });
  } catch (e) {
    fail(`${route} ${url}: ${e.message}`);
    return null;
  }
  const buffer = await r.arrayBuffer();
  const ms = performance.now() - started;
  if (stats) {
    const s = stats.routes.get(route) ?? { times: [], hits: 0, kept: 0 };
    s.times.push(ms);
    const cache = r.headers.get('x-cache');
    if (cache) s.kept += 1;
    if (cache === 'hit') s.hits += 1;
    stats.routes.set(route, s);
  }
  if (r.status < 200 || r.status > 299) {
    fail(`${route} ${options.method ?? 'GET'} ${url}: ${r.status} ${Buffer.from(buffer).toString().slice(0, 200)}`);
    return null;
  }
  const type = r.headers.get('content-type') ?? '';
  return type.includes('json') ? JSON.parse(Buffer.from(buffer).toString()) : null;
}

const searches = ['giao duc', 'kế hoạch', 'khao sat su hai long', 'quy trình', 'QT-4', 'đánh giá nội bộ', 'bien ban'];
const pick = (list) => list[Math.floor(Math.random() * list.length)];

// What a person opens next: their level's pages, weighted as people open them.
function nextPage(p) {
  const within = `within=${p.unit}`;
  const pages = [
    [3, 'home: tasks', '/api/v1/notifications'],
    [2, 'home: session', '/api/v1/session'],
    [4, 'actions', `/api/v1/actions?${within}`],
    [2, 'actions: overdue', `/api/v1/actions?${within}&overdue=true`],
    [3, 'documents: published', `/api/v1/documents?${within}&status=published`],
    [2, 'search', `/api/v1/search?q=${encodeURIComponent(pick(searches))}&${within}`],
  ];
  if (p.can.has('view_improvement')) {
    pages.push([3, 'nonconformities', `/api/v1/nonconformities?${within}`]);
    pages.push([1, 'nonconformities: major', `/api/v1/nonconformities?${within}&severity=major`]);
    pages.push([2, 'dashboard: nonconformities', `/api/v1/dashboards/nonconformities?${within}`]);
  }
  if (p.can.has('view_audits')) pages.push([1, 'audits', `/api/v1/audits?unit_id=${p.unit}`]);
  if (p.can.has('view_planning')) {
    pages.push([1, 'risks', `/api/v1/risks?${within}`]);
    pages.push([1, 'risks: heat map', `/api/v1/risks/heatmap?${within}`]);
  }
  if (p.can.has('view_oversight') && p.unit === root) {
    pages.push([2, 'oversight', `/api/v1/oversight?within=${root}`]);
    pages.push([0.1, 'download: oversight XLSX', `/api/v1/oversight/export?within=${root}`]);
  }
  if (p.seen.length) pages.push([3, 'an action', `/api/v1/actions/${pick(p.seen)}`]);
  const total = pages.reduce((sum, [w]) => sum + w, 0);
  let x = Math.random() * total;
  for (const page of pages) if ((x -= page[0]) <= 0) return page;
  return pages[0];
}

async function person(p, stats, until, pauseMs) {
  while (performance.now() < until) {
    const [, route, url] = nextPage(p);
    const body = await request(p, route, url, stats);
    if (route === 'actions' && body?.items?.length) p.seen = body.items.slice(0, 20).map((a) => a.id);
    if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs * (0.5 + Math.random())));
  }
}

// Writes spread over the writers' units, started on the clock whatever the answers' latency; each followed by the
// check that the list its writer read before it shows it now.
async function writeOnce(p, n, stats) {
  const list = `/api/v1/actions?unit_id=${p.unit}&status=open&limit=200`;
  await request(p, 'check: list before write', list, null);
  const created = await request(p, 'write: new action', '/api/v1/actions', stats, {
    method: 'POST', body: { title: `Hành động của khối lượng thực tế ${n}`, unit_id: p.unit },
  });
  if (!created) return;
  stats.writes += 1;
  const after = await request(p, 'check: list after write', list, null);
  const items = after?.items ?? [];
  if (after && items.length < 200 && !items.some((a) => a.id === created.id))
    fail(`stale answer: ${list} lacks action ${created.id} just written`);
}

async function writer(writers, stats, until) {
  const pending = [];
  for (let n = 0; performance.now() < until; n += 1) {
    pending.push(writeOnce(writers[n % writers.length], n, stats));
    await new Promise((r) => setTimeout(r, 1000 / writesPerSecond));
  }
  await Promise.all(pending);
}

function cpuTicks() {
  const fields = readFileSync(`/proc/${serverPid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);  // utime + stime, in clock ticks (100 a second)
}
function peakRss() {
  return (readFileSync(`/proc/${serverPid}/status`, 'utf8').match(/VmHWM:\s+(\d+) kB/) ?? [])[1];
}
const quantile = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);
const f = (ms) => (Number.isNaN(ms) ? '-' : ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

const people = [];
const emails = ['admin@bench.eduims.vn', ...Array.from({ length: peopleCount - 1 }, (_, i) => `user${i + 1}@bench.eduims.vn`)];
for (let i = 0; i < emails.length; i += 4) people.push(...(await Promise.all(emails.slice(i, i + 4).map(login))));
const writers = people.filter((p) => p.can.has('manage_actions') && p.unit !== root);
const roles = {};
for (const p of people) roles[p.role] = (roles[p.role] ?? 0) + 1;
console.log(`${people.length} people logged in (${Object.entries(roles).map(([r, n]) => `${n} ${r}`).join(', ')}); ` +
  `${writers.length} of them write; ${writesPerSecond} writes a second; ${seconds} s a stage`);

let best = null;
for (const pauseMs of pauses) {
  const stats = { routes: new Map(), writes: 0 };
  const cpuBefore = cpuTicks();
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all([...people.map((p) => person(p, stats, until, pauseMs)), writer(writers, stats, until)]);
  const elapsed = (performance.now() - started) / 1000;
  const cpu = (cpuTicks() - cpuBefore) / 100;
  const all = [];
  let requests = 0, kept = 0, hits = 0;
  const lines = [];
  for (const [route, s] of [...stats.routes].sort()) {
    s.times.sort((a, b) => a - b);
    all.push(...s.times);
    requests += s.times.length;
    kept += s.kept;
    hits += s.hits;
    lines.push(`  ${route.padEnd(30)} ${String(s.times.length).padStart(7)}   p50 ${f(quantile(s.times, 0.5)).padStart(7)} ms` +
      `   p99 ${f(quantile(s.times, 0.99)).padStart(7)} ms${s.kept ? `   kept ${Math.round((100 * s.hits) / s.kept)}%` : ''}`);
  }
  all.sort((a, b) => a - b);
  const worst = Math.max(...[...stats.routes.values()].map((s) => quantile(s.times, 0.99)));
  console.log(`\npause ${pauseMs} ms: ${(requests / elapsed).toFixed(0)} req/s, p50 ${f(quantile(all, 0.5))} ms, ` +
    `p99 ${f(quantile(all, 0.99))} ms (worst route p99 ${f(worst)} ms); ${stats.writes} writes; ` +
    `kept answers used ${kept ? Math.round((100 * hits) / kept) : 0}% of ${kept} keepable; ` +
    `server CPU ${((1000 * cpu) / requests).toFixed(2)} ms a request; peak RSS ${peakRss()} kB`);
  for (const line of lines) console.log(line);
  if (worst < targetMs) best = { pauseMs, rate: requests / elapsed };
}
console.log(best
  ? `\nhighest rate with every route's p99 under ${targetMs} ms: ${best.rate.toFixed(0)} req/s (pause ${best.pauseMs} ms)`
  : `\nno stage kept every route's p99 under ${targetMs} ms`);
if (failures.length) {
  console.error(`${failures.length} failures (non-2xx, refused writes or stale answers)`);
  process.exit(1);
}

// Starts a throw-away EduIMS (fresh SQLite database with demo data) serving web/dist, and chromium.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import net from 'node:net';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const webRoot = resolve(here, '..');
export const dist = join(webRoot, 'dist');
export const screenshots = join(here, 'screenshots');
const binary = process.env.EDUIMS_BINARY ?? resolve(webRoot, '../build/eduims');
// Demo accounts (src/demo/demo.cc); they share one password.
const PASSWORD = 'EduIMS-demo-2026';
export const ADMIN = { email: 'admin@demo.eduims.vn', password: PASSWORD };
export const STAFF = { email: 'nhanvien.tohieu@demo.eduims.vn', password: PASSWORD }; // staff, THPT Tô Hiệu
export const QUALITY_MANAGER = { email: 'hieutruong.tohieu@demo.eduims.vn', password: PASSWORD }; // THPT Tô Hiệu
export const DEPARTMENT_QUALITY_MANAGER = { email: 'iso@demo.eduims.vn', password: PASSWORD }; // the whole department

async function freePort() {
  return new Promise((ok, fail) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
    s.on('error', fail);
  });
}

async function waitFor(url, ms = 15000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

export async function startAll() {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('web/dist is missing: run npm run build first');
  const dir = mkdtempSync(join(tmpdir(), 'eduims-e2e-'));
  const db = `sqlite://${join(dir, 'e2e.db')}`;
  const init = spawnSync(binary, ['--database', db, 'init', '--demo'], { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`init --demo failed: ${init.stderr}`);
  const port = await freePort();
  const env = { ...process.env, EDUIMS_WEB_ROOT: dist };
  const proc = spawn(binary, ['--database', db, 'serve', '--listen', `127.0.0.1:${port}`, '--threads', '4'], {
    env, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  let cut = false; // the log's first line is a tail of a line
  proc.stderr.on('data', (d) => {
    log += d;
    if (log.length > 12000) [log, cut] = [log.slice(-12000), true];
  });
  const state = { dir, proc, browser: null, baseURL: `http://127.0.0.1:${port}` };
  try {
    await waitFor(`${state.baseURL}/healthz`);
    // The browser tests test what is shipped: `eduims serve` itself serving the built application, at a deep link
    // as at the root. Anything else (no web root, another page) fails here rather than being papered over.
    const built = readFileSync(join(dist, 'index.html'), 'utf8');
    for (const path of ['/', '/organisation']) {
      const probe = await fetch(`${state.baseURL}${path}`);
      const body = await probe.text();
      if (!probe.ok || !(probe.headers.get('content-type') ?? '').includes('text/html') || body !== built) {
        throw new Error(`eduims serve does not serve the built application (web/dist/index.html) at ${path}: ` +
          `${probe.status} ${probe.headers.get('content-type')}`);
      }
    }
    console.log(`# eduims serves web/dist itself on ${state.baseURL}`);
    const profile = mkdtempSync(join(tmpdir(), 'eduims-chromium-'));
    state.profile = profile;
    state.browser = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1280, height: 800 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    state.logLines = () => log.split('\n').slice(cut ? 1 : 0).filter((l) => l);
    return state;
  } catch (e) {
    await stopAll(state);
    throw e;
  }
}

/**
 * The API as one user (their own cookie session and CSRF token), for a test that sets up its own data: returns
 * `(method, path, body) => json`, failing on any answer but a success.
 */
export async function apiAs(state, { email, password }) {
  const res = await fetch(`${state.baseURL}/api/v1/session`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  if (res.status !== 201) throw new Error(`login of ${email}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrf_token: csrf } = await res.json();
  return async (method, path, body) => {
    const r = await fetch(`${state.baseURL}/api/v1${path}`, {
      method,
      headers: { Cookie: cookie, 'X-CSRF-Token': csrf, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await r.json().catch(() => null);
    if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(json)}`);
    return json;
  };
}

/** Starts everything before the tests of the calling file and stops it after them; the object fills in at start. */
export function startForFile() {
  const state = {};
  before(async () => { Object.assign(state, await startAll()); }, { timeout: 60_000 });
  after(async () => { await stopAll(state); });
  return state;
}

export async function stopAll(state) {
  if (!state) return;
  try { await state.browser?.close(); } catch { /* ignore */ }
  if (state.proc && state.proc.exitCode === null) {
    state.proc.kill('SIGTERM');
    await new Promise((ok) => {
      const h = setTimeout(() => { state.proc.kill('SIGKILL'); ok(); }, 5000);
      state.proc.once('exit', () => { clearTimeout(h); ok(); });
    });
  }
  for (const d of [state.dir, state.profile]) if (d) rmSync(d, { recursive: true, force: true });
}

/** The page's last API answers, failed requests and script errors, newest last: what a failure report needs. */
function watch(page) {
  const seen = [];
  const note = (line) => {
    seen.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
    if (seen.length > 40) seen.shift();
  };
  const path = (url) => new URL(url).pathname;
  page.on('response', (r) => {
    if (path(r.url()).startsWith('/api/')) note(`${r.status()} ${r.request().method()} ${path(r.url())}`);
  });
  page.on('requestfailed', (r) => note(`failed ${r.method()} ${path(r.url())}: ${r.failure()?.errorText}`));
  page.on('console', (m) => { if (m.type() === 'error') note(`console: ${m.text()}`); });
  page.on('pageerror', (e) => note(`page error: ${e.message}`));
  return seen;
}

/**
 * Runs `fn(page)`; on failure saves a screenshot named after the test and prints what the page asked of the
 * server and the server's last log lines, since CI keeps only the printed output.
 */
export async function withPage(state, name, fn, viewport) {
  const page = await state.browser.newPage();
  const seen = watch(page);
  if (viewport) await page.setViewportSize(viewport);
  try {
    await fn(page);
  } catch (e) {
    mkdirSync(screenshots, { recursive: true });
    const file = join(screenshots, `${name.replace(/[^a-z0-9]+/gi, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.log(`# screenshot: ${file}`);
    console.log(`# at ${new Date().toISOString().slice(11, 23)}, the page's last requests and errors:`);
    for (const line of seen) console.log(`#   ${line}`);
    console.log('# the server\'s last log lines, static files left out:');
    const lines = (state.logLines?.() ?? []).filter((l) => !l.includes('"route":"static"'));
    for (const line of lines.slice(-25)) console.log(`#   ${line}`);
    throw e;
  } finally {
    await page.close().catch(() => undefined);
  }
}

export async function login(page, baseURL, { email, password } = ADMIN) {
  await page.context().clearCookies();
  await page.goto(`${baseURL}/login`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** Opens an antd select by its label, types `search` and picks the first option containing `option`. */
export async function pick(page, scope, label, search, option) {
  const box = scope.getByLabel(label, { exact: true });
  // A dropdown still closing (from the previous pick) can take the click or the typing meant for this one.
  await dropdownsClosed(page);
  await scope.locator('.ant-select', { has: page.getByLabel(label, { exact: true }) }).click(); // the box is covered once chosen
  if (search) await box.fill(search);
  const choice = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first();
  await choice.click();
  // A click can land without choosing (seen in a full run on 2026-12-06: the option highlighted, the dropdown
  // open, nothing chosen); it is clicked once more then, never once chosen, as that would undo a multiple choice.
  // Chosen: every dropdown still showing has the option selected (a single choice's has closed).
  const taken = () => page.waitForFunction((text) => [...document.querySelectorAll('.ant-select-dropdown')]
    .filter((d) => d.checkVisibility())
    .every((d) => [...d.querySelectorAll('.ant-select-item-option')]
      .some((o) => o.textContent.includes(text) && o.getAttribute('aria-selected') === 'true')), option, { timeout: 2000 });
  if (!(await taken().then(() => true, () => false))) {
    await choice.click();
    await taken();
  }
}

/** Picks the first clause numbered `number` in the clause picker labelled `label`, and waits until it shows as chosen. */
export async function pickClause(page, scope, label, number) {
  const box = scope.getByLabel(label, { exact: true });
  const select = scope.locator('.ant-select', { has: page.getByLabel(label, { exact: true }) });
  await select.click();
  await box.fill(number);
  const numbered = new RegExp(`^${number.replaceAll('.', '\\.')} `);
  await page.locator('.ant-select-dropdown:visible .ant-select-tree-treenode')
    .filter({ has: page.getByText(numbered) }).first().locator('.ant-select-tree-node-content-wrapper').click();
  await select.locator('.ant-select-selection-item').filter({ hasText: numbered }).waitFor();
}

/**
 * The open dialog once its opening animation is over. During the animation a dropdown opened in it takes no click,
 * and a click aimed at one of its buttons can land where the button is no longer.
 */
export async function settledDialog(page) {
  const dlg = page.getByRole('dialog');
  await dlg.waitFor();
  await page.waitForFunction(() => !document.querySelector('.ant-modal[class*="ant-zoom-"]'));
  return dlg;
}

/** Waits until no select dropdown shows, however many are still closing (their animations overlap). */
export async function dropdownsClosed(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('.ant-select-dropdown')].every((d) => !d.checkVisibility()));
}

const axeSource = () => readFileSync(join(webRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Every violation axe finds, of any rule and impact (WCAG 2.1 AA contrast included), as { id, impact, nodes }, each
 * node with the start of its HTML (and a colour-contrast node's colours and ratio) so that a failure says what to change.
 */
export async function axeViolations(page) {
  // A toast or dialog fading in or out would be scanned mid-fade, its colours between two (a full run saw a leaving
  // toast at 1.2:1): wait up to 5 s for the page's finite animations to end (a spinner turns forever).
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'
    || a.effect?.getComputedTiming().iterations === Infinity), null, { timeout: 5000 }).catch(() => {});
  await page.evaluate(axeSource()); // evaluated by the driver: not subject to the page's CSP
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 5).map((n) => {
        const d = n.any.find((c) => c.id === 'color-contrast')?.data;
        const where = n.target.join(' ');
        return d ? `${where}: ${d.fgColor} on ${d.bgColor} = ${d.contrastRatio}:1 (${n.html.slice(0, 80)})` : `${where} (${n.html.slice(0, 80)})`;
      }),
    }));
  });
}

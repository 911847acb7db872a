import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { startForFile, withPage, login, ADMIN } from './harness.mjs';

const S = startForFile();

/** Loads `path` with an empty cache; returns the gzipped size of every JS file it fetched. */
async function coldLoad(page, url, ready) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const scripts = [];
  const onResponse = (r) => {
    if (r.url().endsWith('.js')) {
      scripts.push(r.body().then((b) => ({ url: r.url(), raw: b.length, gz: gzipSync(b, { level: 9 }).length })));
    }
  };
  page.on('response', onResponse);
  const t0 = Date.now();
  await page.goto(url);
  await ready();
  const wall = Date.now() - t0;
  const nav = await page.evaluate(() => performance.now()); // ms since navigation start, at readiness (+ ~1 round trip)
  const files = await Promise.all(scripts);
  page.off('response', onResponse);
  await cdp.detach();
  return { wall, nav, files, gz: files.reduce((a, f) => a + f.gz, 0), raw: files.reduce((a, f) => a + f.raw, 0) };
}

// Sizes are asserted (they do not depend on the machine's load); time to interactive is measured and printed for
// the closing note, never asserted: timings belong to benchmarks, not to tests.
test('first page JS < 400 KB gzipped; home interactive time printed', { timeout: 60_000 }, async () => {
  await withPage(S, 'perf', async (page) => {
    const loginPage = await coldLoad(page, `${S.baseURL}/login`, () => page.locator('#email').waitFor());
    console.log(`# login page: ${loginPage.files.length} JS files, ${(loginPage.raw / 1024).toFixed(1)} KB raw, ${(loginPage.gz / 1024).toFixed(1)} KB gzipped`);
    await login(page, S.baseURL, ADMIN);
    const home = await coldLoad(page, `${S.baseURL}/`, async () => {
      await page.getByTestId('open-count').locator('.ant-statistic-content-value').filter({ hasText: /\d/ }).waitFor();
      await page.getByTestId('overdue-count').locator('.ant-statistic-content-value').filter({ hasText: /\d/ }).waitFor();
    });
    console.log(`# home page: ${home.files.length} JS files, ${(home.raw / 1024).toFixed(1)} KB raw, ${(home.gz / 1024).toFixed(1)} KB gzipped`);
    console.log(`# home page interactive (counts shown, cold cache) after ${home.nav.toFixed(0)} ms from navigation start (${home.wall} ms wall clock incl. driver)`);
    assert.ok(loginPage.gz < 400 * 1024, `login page JS ${loginPage.gz} B gzipped`);
    assert.ok(home.gz < 400 * 1024, `home page JS ${home.gz} B gzipped`);
  });
});

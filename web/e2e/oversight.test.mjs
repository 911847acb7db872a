import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startForFile, withPage, login, DEPARTMENT_QUALITY_MANAGER, QUALITY_MANAGER } from './harness.mjs';

const S = startForFile();
const T = { timeout: 120_000 };

test('oversight: the department sorts and filters its schools and opens the list behind a cell; a school sees only its own units', T, async () => {
  let department = 0;
  await withPage(S, 'oversight-department', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.getByRole('link', { name: 'Theo dõi các đơn vị', exact: true }).click();
    const table = page.getByTestId('oversight-table');
    await table.getByText('Trường THPT Tô Hiệu').waitFor();
    await table.getByText('Trường THPT Chuyên Sơn La').waitFor();
    department = Number(new URL(page.url()).searchParams.get('within') ??
      (await (await page.request.get(`${S.baseURL}/api/v1/units?limit=1`)).json()).items[0].id);

    // Sorted by open nonconformities, most first: the URL keeps the order, the figures fall.
    await table.getByRole('columnheader', { name: 'Điểm KPH đang mở' }).click();
    await table.getByRole('columnheader', { name: 'Điểm KPH đang mở' }).click();
    await page.waitForURL(/sort=nonconformities_open&order=desc/);
    // The rows re-render in the new order once the server's answer is in: most open nonconformities first.
    await page.waitForFunction(() => {
      const open = [...document.querySelectorAll('[data-testid="oversight-table"] tbody tr.ant-table-row')].map((r) =>
        Number(r.querySelector('a[href^="/nonconformities?within="]:not([href*="overdue"])')?.textContent ?? 0));
      return open.length >= 2 && open.every((n, i) => i === 0 || open[i - 1] >= n);
    }, null, { timeout: 15000 });

    // Filtered by name, accents ignored.
    await page.getByLabel('Tìm theo mã hoặc tên đơn vị').fill('to hieu');
    await page.getByLabel('Tìm theo mã hoặc tên đơn vị').press('Enter');
    await page.waitForURL(/q=to\+hieu|q=to%20hieu/);
    await table.getByText('Trường THPT Chuyên Sơn La').waitFor({ state: 'detached' });
    await table.getByText('Trường THPT Tô Hiệu').waitFor();

    // A cell opens the list behind it, narrowed to the school.
    const row = table.getByRole('row').filter({ hasText: 'Trường THPT Tô Hiệu' });
    await row.locator('a[href^="/nonconformities?within="]').first().click();
    await page.waitForURL(/\/nonconformities\?within=\d+/);
    assert.deepEqual(errors, []);
  });

  await withPage(S, 'oversight-school', async (page) => {
    await login(page, S.baseURL, QUALITY_MANAGER);
    const res = await page.request.get(`${S.baseURL}/api/v1/oversight?within=${department}`);
    assert.equal(res.status(), 404); // the department is above the school
  });
});

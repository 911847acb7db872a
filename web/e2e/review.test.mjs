import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startForFile, withPage, login, pick, axeViolations, dropdownsClosed, settledDialog, DEPARTMENT_QUALITY_MANAGER } from './harness.mjs';

const S = startForFile();
const T = { timeout: 240_000 };
const DIRECTOR = { email: 'giamdoc@demo.eduims.vn', password: DEPARTMENT_QUALITY_MANAGER.password };

async function noAxeViolations(page, where) {
  await dropdownsClosed(page);
  const v = await axeViolations(page);
  assert.deepEqual(v, [], `${where}: ${JSON.stringify(v, null, 1)}`);
}

async function fillDate(scope, label, value) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

/** Every row of an API list as the page's user, page by page. */
async function countAll(page, path) {
  let n = 0;
  let cursor = '';
  for (;;) {
    const r = await page.request.get(`${S.baseURL}/api/v1${path}${path.includes('?') ? '&' : '?'}limit=200${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(r.status(), 200, path);
    const body = await r.json();
    n += body.items.length;
    if (!body.next_cursor) return n;
    cursor = body.next_cursor;
  }
}

async function countShown(page, key) {
  const text = await page.getByTestId(`count-${key}`).innerText();
  const m = /(\d+)/.exec(text);
  assert.ok(m, text);
  return Number(m[1]);
}

test('review: the department plans its review, opens it with compiled inputs, records two decisions as actions, downloads and files the minutes', T, async () => {
  await withPage(S, 'management-review', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.getByRole('link', { name: 'Xem xét của lãnh đạo', exact: true }).click();
    await page.getByRole('heading', { name: 'Xem xét của lãnh đạo', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Lập kế hoạch xem xét' }).click();
    const dlg = await settledDialog(page);
    await pick(page, dlg, 'Đơn vị', 'SO-GDDT', 'SO-GDDT');
    await dlg.getByLabel('Tên cuộc xem xét', { exact: true }).fill('Xem xét của lãnh đạo Sở năm học 2025-2026');
    await fillDate(dlg, 'Kỳ xem xét từ', '01/01/2026');
    await fillDate(dlg, 'Đến', '31/12/2026');
    await fillDate(dlg, 'Ngày họp dự kiến', '20/12/2026');
    await pick(page, dlg, 'Thành phần tham dự', 'giamdoc', 'Nguyễn Huy Hoàng');
    await dlg.getByLabel('Thành phần tham dự', { exact: true }).press('Escape'); // a multiple choice stays open
    await dropdownsClosed(page);
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Xem xét của lãnh đạo Sở năm học 2025-2026', level: 1 }).waitFor();
    const id = Number(/management-reviews\/(\d+)/.exec(page.url())[1]);

    // The meeting opens: the inputs are compiled for the department's subtree and frozen.
    await page.getByRole('button', { name: 'Bắt đầu họp và chốt đầu vào' }).click();
    await page.getByText('Đầu vào đã chốt lúc bắt đầu họp.').waitFor();
    const within = (await (await page.request.get(`${S.baseURL}/api/v1/management-reviews/${id}`)).json()).unit_id;
    assert.equal(await countShown(page, 'risks'), await countAll(page, `/risks?within=${within}`));
    assert.equal(await countShown(page, 'objectives'), await countAll(page, `/objectives?within=${within}`));
    assert.equal(await countShown(page, 'process_performance'), await countAll(page, `/processes?within=${within}`));
    assert.ok(await countShown(page, 'nonconformities') > 0);
    await page.getByText('Khiếu nại và kháng nghị').click();
    await page.getByText('Chưa có phân hệ nào quản lý thông tin này.').first().waitFor();

    await page.getByText('Sự không phù hợp và hành động khắc phục').click();
    await page.getByLabel('Ý kiến thảo luận: Sự không phù hợp và hành động khắc phục').fill('Tỷ lệ khắc phục đúng hạn còn thấp ở các trường.');
    await page.getByLabel('Kết luận', { exact: true }).fill('Hệ thống phù hợp; cần nâng cao hiệu lực khắc phục.');
    await page.getByRole('button', { name: 'Lưu ý kiến' }).click();
    await page.getByText('Đã lưu', { exact: true }).waitFor();
    await noAxeViolations(page, 'meeting');

    for (const decision of ['Bồi dưỡng phân tích nguyên nhân cho các trường', 'Rà soát quy trình hành động khắc phục']) {
      await page.getByLabel('Quyết định', { exact: true }).fill(decision);
      await page.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
      await page.getByTestId('review-outputs').getByText(decision).waitFor();
    }
    const actions = await countAll(page, `/actions?source_type=management_review&source_id=${id}`);
    assert.equal(actions, 2);
    assert.equal(await page.getByTestId('review-outputs').getByRole('link', { name: /Hành động #/ }).count(), 2);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải biên bản (PDF)' }).click(),
    ]);
    const pdf = await readFile(await download.path());
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');

    await page.getByRole('button', { name: 'Kết thúc họp' }).click();
    await page.locator('.ant-tag', { hasText: 'Đã soạn biên bản' }).waitFor();

    // Top management approves, and the minutes are filed as the clause 9.3 record.
    await login(page, S.baseURL, DIRECTOR);
    await page.goto(`${S.baseURL}/management-reviews/${id}`);
    await page.getByRole('button', { name: 'Phê duyệt biên bản' }).click();
    await page.locator('.ant-tag', { hasText: 'Đã phê duyệt' }).waitFor();
    await page.getByText('Hồ sơ biên bản đã lưu').waitFor();
    const review = await (await page.request.get(`${S.baseURL}/api/v1/management-reviews/${id}`)).json();
    const record = await (await page.request.get(`${S.baseURL}/api/v1/records/${review.record_id}`)).json();
    assert.equal(record.category, 'management_review');
    assert.deepEqual(errors, []);
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startForFile, withPage, login, pick, axeViolations, settledDialog, QUALITY_MANAGER, DEPARTMENT_QUALITY_MANAGER } from './harness.mjs';

const S = startForFile();
const T = { timeout: 180_000 };

/** Last month in Vietnam, as a monthly indicator's period ("2026-11"). */
function lastMonth() {
  const d = new Date(Date.now() + 7 * 3600_000);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Adds an indicator to the objective whose indicators the page lists; returns on its own page. */
async function addIndicator(page, { code, name, computed }) {
  await page.getByRole('button', { name: 'Thêm chỉ số' }).click();
  const dlg = await settledDialog(page);
  await dlg.getByLabel('Mã chỉ số').fill(code);
  await dlg.getByLabel('Tên chỉ số').fill(name);
  await dlg.getByLabel('Đơn vị đo').fill('%');
  await dlg.getByLabel('Giá trị mục tiêu').fill('90');
  await dlg.getByLabel('Ngưỡng cảnh báo').fill('80');
  if (computed) {
    await pick(page, dlg, 'Nguồn số liệu', '', 'EduIMS tự tính');
    await pick(page, dlg, 'Số liệu EduIMS tính', '', 'đóng đúng hạn');
  }
  await dlg.getByRole('button', { name: 'Lưu' }).click();
  await dlg.waitFor({ state: 'hidden' });
  await page.getByRole('heading', { level: 1, name: new RegExp(code) }).waitFor();
}

test('a quality manager sets an objective with a computed and a hand-entered indicator; a value past the threshold raises an improvement', T, async () => {
  await withPage(S, 'indicators-objective', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, S.baseURL, QUALITY_MANAGER);
    await page.goto(`${S.baseURL}/objectives`);
    await page.getByRole('button', { name: 'Thêm mục tiêu' }).click();
    const dlg = await settledDialog(page);
    await pick(page, dlg, 'Đơn vị', 'to hieu', 'THPT-TOHIEU');
    await dlg.getByLabel('Mục tiêu', { exact: true }).fill('Giảm tỷ lệ học sinh nghỉ học không phép');
    await dlg.getByLabel('Việc cần làm').fill('Giáo viên chủ nhiệm liên hệ phụ huynh trong ngày');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.waitFor({ state: 'hidden' });
    const row = page.getByTestId('objectives-table').getByRole('row', { name: /Giảm tỷ lệ học sinh nghỉ học không phép/ });
    await row.getByRole('link', { name: 'Chỉ số' }).click();
    await page.getByText(/Đang xem chỉ số của mục tiêu/).waitFor();
    const listUrl = page.url();

    await addIndicator(page, { code: 'E2E-NC', name: 'Sự không phù hợp đóng đúng hạn', computed: true });
    await page.getByText('EduIMS tự tính giá trị của chỉ số này sau mỗi kỳ; không nhập tay.').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Nhập giá trị' }).count(), 0);

    await page.goto(listUrl);
    await addIndicator(page, { code: 'E2E-CC', name: 'Tỷ lệ chuyên cần', computed: false });
    assert.deepEqual(await axeViolations(page), []);

    // A value below the threshold: red, and the opportunity for improvement it raised is linked from it.
    await page.getByRole('button', { name: 'Nhập giá trị' }).click();
    const rec = await settledDialog(page);
    await rec.getByLabel('Kỳ', { exact: true }).fill(lastMonth());
    await rec.getByLabel('Giá trị (%)').fill('70');
    await rec.getByRole('button', { name: 'Lưu' }).click();
    await rec.waitFor({ state: 'hidden' });
    const values = page.getByTestId('values-table');
    await values.getByText('Vượt ngưỡng').waitFor();
    await page.getByTestId('trend-chart').locator('svg').waitFor();
    const raised = values.getByTestId('raised-link');
    assert.match(await raised.innerText(), /^Cơ hội cải tiến #\d+$/);
    await raised.click();
    await page.getByRole('heading', { level: 1, name: /E2E-CC/ }).waitFor();
    await page.getByText(/\/indicators\/\d+/).waitFor();
    assert.deepEqual(errors, []);
  });
});

test('the department compares an indicator across two schools, with the aggregate', T, async () => {
  await withPage(S, 'indicators-compare', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.goto(`${S.baseURL}/indicators/compare`);
    await page.getByLabel('Mã chỉ số').fill('CC-HS');
    await page.getByRole('button', { name: 'Xem' }).click();
    const table = page.getByTestId('compare-table');
    await table.getByRole('link', { name: /THPT-CHUYEN/ }).waitFor();
    await table.getByRole('link', { name: /THPT-TOHIEU/ }).waitFor();
    await page.getByText('2/2 đơn vị đã có số liệu').waitFor();
    await page.getByText('Tổng hợp (Trung bình có trọng số)').waitFor();
    await page.getByTestId('compare-chart').locator('svg').waitFor();
    assert.match(await page.getByTestId('compare-chart').getAttribute('aria-label'), /Trường THPT Chuyên.*: \d/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
  });
});

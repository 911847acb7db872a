import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startForFile, withPage, login, pick, axeViolations, dropdownsClosed, settledDialog, QUALITY_MANAGER } from './harness.mjs';

const S = startForFile();

const T = { timeout: 120_000 };
const TITLE = 'Mất dữ liệu điểm do máy chủ của trường hỏng';
const ACTION = 'Sao lưu cơ sở dữ liệu điểm hằng tuần';

async function noAxeViolations(page, where) {
  const v = await axeViolations(page);
  assert.deepEqual(v, [], `${where}: ${JSON.stringify(v, null, 1)}`);
}

const cellCount = async (page, cell) => Number((await page.locator(`[data-testid=risk-heatmap] td[data-cell="${cell}"]`).textContent()) || 0);

test('risks: a quality manager records a risk on the 5×5 matrix with a treatment action and sees it in the heat map', T, async () => {
  await withPage(S, 'risks-quality-manager', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, S.baseURL, QUALITY_MANAGER);
    await page.goto(`${S.baseURL}/risks`);
    await page.getByRole('heading', { name: 'Rủi ro và cơ hội', level: 1 }).waitFor();
    const heat = page.getByTestId('risk-heatmap');
    await heat.waitFor();
    // the 5×5 matrix drawn from its data: five rows of likelihood, the most likely on top
    assert.equal(await heat.locator('tbody tr').count(), 5);
    await heat.getByRole('rowheader', { name: 'Gần như chắc chắn' }).waitFor();
    // the demo's entries of THPT Tô Hiệu are listed
    await page.getByTestId('risks-table').getByText('Học sinh bỏ học giữa chừng do hoàn cảnh khó khăn').waitFor();
    const before = await cellCount(page, '4x5');
    await noAxeViolations(page, 'register');

    await page.getByRole('button', { name: 'Ghi nhận rủi ro hoặc cơ hội' }).click();
    const dlg = await settledDialog(page);
    await pick(page, dlg, 'Đơn vị', 'TOHIEU', 'THPT-TOHIEU');
    await dlg.getByLabel('Tên rủi ro hoặc cơ hội').fill(TITLE);
    await dlg.getByLabel('Nguyên nhân').fill('Máy chủ đã sử dụng 8 năm, không có bản sao lưu ngoài trường');
    await pick(page, dlg, 'Khả năng xảy ra', undefined, '4 — Nhiều khả năng');
    await pick(page, dlg, 'Mức ảnh hưởng', undefined, '5 — Nghiêm trọng');
    await pick(page, dlg, 'Cách xử lý', undefined, 'Giảm thiểu');
    await dropdownsClosed(page);
    await noAxeViolations(page, 'risk form');
    await dlg.getByRole('button', { name: 'Lưu' }).click();

    // the entry opens: rated very high, with its first rating in the history
    const detail = page.getByTestId('risk-detail');
    await detail.waitFor();
    await detail.getByText('Rất cao (4 × 5)').waitFor();
    await detail.getByRole('button', { name: 'Thêm hành động xử lý' }).click();
    const actionDialog = page.getByRole('dialog').filter({ hasText: 'Hạn hoàn thành' });
    await actionDialog.getByLabel('Hành động', { exact: true }).fill(ACTION);
    await actionDialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('risk-actions').getByText(ACTION).waitFor();
    await noAxeViolations(page, 'risk detail');
    await page.getByRole('dialog').filter({ has: detail }).getByRole('button', { name: /Close|Đóng/ }).first().click();

    // in the heat map, in its cell, and in the list
    await page.waitForFunction(([cell, n]) => Number(document.querySelector(`[data-testid=risk-heatmap] td[data-cell="${cell}"]`)?.textContent || 0) === n, ['4x5', before + 1]);
    await page.getByTestId('risks-table').getByText(TITLE).waitFor();
    assert.deepEqual(errors, []);
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startForFile, withPage, login, pick, pickClause, axeViolations, dropdownsClosed, settledDialog, QUALITY_MANAGER } from './harness.mjs';

const S = startForFile();
const T = { timeout: 180_000 };

async function noAxeViolations(page, where) {
  const v = await axeViolations(page);
  assert.deepEqual(v, [], `${where}: ${JSON.stringify(v, null, 1)}`);
}

/**
 * Picks an option in a select labelled by aria-label outside a form (a filter, the unit picker), which antd puts on
 * the select's box and its input both: the input is the combobox of that name.
 */
async function pickLabelled(page, name, search, option) {
  await dropdownsClosed(page);
  const box = page.getByRole('combobox', { name, exact: true });
  await page.locator('.ant-select', { has: box }).click();
  await box.fill(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
  await page.locator('.ant-select', { has: box }).locator('.ant-select-selection-item').waitFor();
}

/** "12/20 điều khoản sẵn sàng" of a readiness group: the number of its requirement clauses. */
async function groupClauses(page, number) {
  const group = page.getByTestId(`readiness-group-${number}`);
  await group.waitFor();
  const m = /(\d+)\/(\d+) điều khoản sẵn sàng/.exec(await group.innerText());
  assert.ok(m, await group.innerText());
  return Number(m[2]);
}

test('context: a quality manager records an issue and the learners\' needs, excludes 8.3 from the scope and sees readiness count fewer clauses', T, async () => {
  await withPage(S, 'planning-context', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, S.baseURL, QUALITY_MANAGER);

    // readiness of THPT Tô Hiệu before: group 8 of ISO 21001 with its design and development clauses
    await page.getByRole('link', { name: 'Mức sẵn sàng', exact: true }).click();
    await page.getByRole('heading', { name: 'Mức sẵn sàng chứng nhận', level: 1 }).waitFor();
    const before = await groupClauses(page, '8');

    // a context issue of the school, found in the register and in the SWOT view
    await page.getByRole('link', { name: 'Vấn đề bối cảnh', exact: true }).click();
    await page.getByRole('heading', { name: 'Bối cảnh của tổ chức', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Thêm vấn đề' }).click();
    let dlg = await settledDialog(page);
    await pick(page, dlg, 'Đơn vị', 'TOHIEU', 'THPT-TOHIEU');
    await dlg.getByLabel('Vấn đề', { exact: true }).fill('Đường đến trường bị sạt lở mùa mưa');
    await pick(page, dlg, 'Nhóm', 'khí hậu', 'Biến đổi khí hậu');
    await pick(page, dlg, 'Tác động', '', 'Tiêu cực');
    await dropdownsClosed(page);
    await noAxeViolations(page, 'issue form');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.waitFor({ state: 'detached' });
    const issues = page.getByTestId('context-issues-table');
    await issues.locator('.ant-table-row', { hasText: 'Đường đến trường bị sạt lở mùa mưa' }).waitFor();
    await noAxeViolations(page, 'context issues');
    await page.getByRole('tab', { name: 'Phân tích SWOT' }).click();
    await page.getByTestId('swot-threats').getByText('Đường đến trường bị sạt lở mùa mưa').waitFor();

    // the learners' needs as a requirement of the school's mandatory party, monitored by a survey
    await page.getByRole('link', { name: 'Các bên quan tâm', exact: true }).click();
    await page.getByRole('heading', { name: 'Các bên quan tâm', level: 1 }).waitFor();
    await pickLabelled(page, 'Lọc theo đơn vị (cả cấp dưới)', 'TOHIEU', 'THPT-TOHIEU');
    const learners = page.getByTestId('parties-table').locator('.ant-table-row', { hasText: 'Người học' }).first();
    await learners.waitFor();
    await learners.getByRole('button', { name: 'Yêu cầu' }).click();
    await page.getByRole('button', { name: 'Thêm yêu cầu' }).click();
    // the requirements drawer is a dialog too: the form is the one named by its title
    dlg = page.getByRole('dialog', { name: 'Thêm yêu cầu' });
    await dlg.waitFor();
    await page.waitForFunction(() => !document.querySelector('.ant-modal[class*="ant-zoom-"]'));
    await dlg.getByLabel('Yêu cầu', { exact: true }).fill('Học sinh được tư vấn chọn tổ hợp môn lựa chọn');
    await pick(page, dlg, 'Cách theo dõi', '', 'Khảo sát');
    await dropdownsClosed(page);
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.waitFor({ state: 'detached' });
    await page.getByTestId('party-requirements').getByText('Học sinh được tư vấn chọn tổ hợp môn lựa chọn').waitFor();
    await noAxeViolations(page, 'requirements');
    await page.locator('.ant-drawer-close').click();
    await page.locator('.ant-drawer-mask').waitFor({ state: 'detached' });

    // the scope: 8.3 not applicable, refused without a justification, saved with one
    await page.getByRole('link', { name: 'Phạm vi', exact: true }).click();
    await page.getByRole('heading', { name: 'Phạm vi hệ thống quản lý', level: 1 }).waitFor();
    await pickLabelled(page, 'Đơn vị', 'TOHIEU', 'THPT-TOHIEU');
    const form = page.getByTestId('scope-form');
    await form.waitFor();
    await form.getByLabel('Tuyên bố phạm vi (tiếng Việt)').fill('Giáo dục phổ thông cấp trung học phổ thông');
    await form.getByLabel('Tuyên bố phạm vi (tiếng Anh)').fill('Upper secondary general education');
    await form.getByRole('button', { name: 'Thêm điều khoản không áp dụng' }).click();
    await pickClause(page, form, 'Điều khoản 1', '8.3');
    await dropdownsClosed(page);
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.locator('.ant-form-item-explain-error').first().waitFor();
    await form.getByLabel('Lý do 1').fill('Trường thực hiện chương trình do Bộ ban hành, không thiết kế chương trình riêng');
    await noAxeViolations(page, 'scope');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu phạm vi').waitFor();

    // readiness counts six clauses fewer in group 8 (8.3.1 to 8.3.6)
    await page.getByRole('link', { name: 'Mức sẵn sàng', exact: true }).click();
    await page.getByRole('heading', { name: 'Mức sẵn sàng chứng nhận', level: 1 }).waitFor();
    await page.waitForFunction((n) => {
      const m = /(\d+)\/(\d+) điều khoản/.exec(document.querySelector('[data-testid="readiness-group-8"]')?.textContent ?? '');
      return m && Number(m[2]) === n;
    }, before - 6);
    assert.deepEqual(errors, []);
  });
});

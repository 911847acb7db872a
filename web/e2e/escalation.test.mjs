import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startForFile, withPage, login, pick, axeViolations, settledDialog, ADMIN } from './harness.mjs';

const S = startForFile();
const T = { timeout: 120_000 };
const PRINCIPAL_CHUYEN = { email: 'hieutruong.chuyen@demo.eduims.vn', password: ADMIN.password }; // head of THPT Chuyên
const OVERDUE = 'Phòng thí nghiệm Hóa chưa có nội quy an toàn niêm yết'; // the demo's minor one, past its 90 days

test('escalation: the head of a school finds the overdue nonconformity on their home page; an administrator names a head', T, async () => {
  await withPage(S, 'escalation-head', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The server's first round of background jobs, at start, escalated it.
    await login(page, S.baseURL, PRINCIPAL_CHUYEN);
    const card = page.getByTestId('escalated-card');
    await card.getByText('Sự không phù hợp quá hạn chuyển lên tôi').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await card.getByRole('link', { name: new RegExp(OVERDUE) }).click();
    const escalation = page.getByTestId('nc-escalation');
    await escalation.getByText('Lường Văn Thắng').waitFor();
    assert.match(await escalation.innerText(), /^Chuyển lên Lường Văn Thắng \(Trường THPT Chuyên/);
    await page.getByRole('heading', { level: 1 }).getByTestId('nc-escalated').waitFor();
    assert.deepEqual(errors, []);
  });

  await withPage(S, 'escalation-admin', async (page) => {
    await login(page, S.baseURL, ADMIN);
    await page.getByRole('link', { name: 'Tổ chức' }).click();
    await page.getByLabel('Tìm đơn vị').fill('to hieu');
    await page.getByLabel('Tìm đơn vị').press('Enter');
    await page.getByRole('button', { name: /THPT-TOHIEU/ }).click();
    const detail = page.getByTestId('unit-detail');
    await detail.getByText('Đinh Công Sơn').waitFor();

    // Someone of another school cannot head it: the server's reason shows beside the field, nothing changes.
    await page.getByRole('button', { name: 'Sửa', exact: true }).click();
    const dlg = await settledDialog(page);
    await pick(page, dlg, 'Người đứng đầu', 'giaovien.toan', 'giaovien.toan@demo.eduims.vn');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.locator('.ant-form-item-explain-error').filter({ hasText: 'vai trò trên đơn vị' }).waitFor();

    // Its staff member can: saved and shown.
    await pick(page, dlg, 'Người đứng đầu', 'nhanvien.tohieu', 'nhanvien.tohieu@demo.eduims.vn');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.waitFor({ state: 'hidden' });
    await detail.getByText('Hà Thị Lan').waitFor();
  });
});

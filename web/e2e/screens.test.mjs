import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startForFile, withPage, login, axeViolations, pick, STAFF } from './harness.mjs';

const S = startForFile();

const T = { timeout: 60_000 };

test('actions: create an overdue action, move it to in progress and done', T, async () => {
  await withPage(S, 'screens-actions', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, S.baseURL);
    await page.getByRole('link', { name: 'Hành động', exact: true }).click();
    await page.getByRole('heading', { name: 'Hành động', level: 1 }).waitFor();

    const title = 'Khắc phục hồ sơ tuyển sinh E2E';
    await page.getByRole('button', { name: 'Thêm mới' }).click();
    const dlg = page.getByRole('dialog');
    await dlg.getByText('Thêm hành động').waitFor();
    await dlg.getByLabel('Tiêu đề', { exact: true }).fill(title);
    await dlg.getByLabel('Mô tả').fill('Bổ sung biên bản còn thiếu.');
    await pick(page, dlg, 'Đơn vị', 'TOHIEU', 'THPT-TOHIEU');
    await dlg.getByLabel('Hạn hoàn thành').fill('15/01/2024');
    await dlg.getByLabel('Hạn hoàn thành').press('Enter');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.waitFor({ state: 'detached' });

    // listed and marked overdue (filter to overdue actions so a long list cannot hide it)
    await page.getByRole('checkbox', { name: 'Quá hạn' }).check();
    const row = page.locator('tr', { hasText: title }).first();
    await row.waitFor();
    await row.getByText('15/01/2024').waitFor();
    await row.locator('.ant-tag').filter({ hasText: 'Quá hạn' }).waitFor();
    await row.locator('.ant-tag').filter({ hasText: /^Mở$/ }).waitFor();
    await page.getByRole('checkbox', { name: 'Quá hạn' }).uncheck();
    await row.waitFor();

    // open -> in progress
    await row.getByRole('button', { name: 'Chuyển trạng thái' }).click();
    const tdlg = page.getByRole('dialog');
    await tdlg.getByText(`Chuyển trạng thái: ${title}`).waitFor();
    const v = await axeViolations(page);
    assert.deepEqual(v, [], JSON.stringify(v, null, 1));
    await pick(page, tdlg, 'Trạng thái mới', '', 'Đang thực hiện');
    await tdlg.getByLabel('Ghi chú').fill('Bắt đầu thực hiện');
    await tdlg.getByRole('button', { name: 'Lưu' }).click();
    await tdlg.waitFor({ state: 'detached' });
    await row.locator('.ant-tag').filter({ hasText: 'Đang thực hiện' }).waitFor();

    // in progress -> done
    await row.getByRole('button', { name: 'Chuyển trạng thái' }).click();
    await tdlg.getByText(`Chuyển trạng thái: ${title}`).waitFor();
    await pick(page, tdlg, 'Trạng thái mới', '', 'Hoàn thành');
    await tdlg.getByRole('button', { name: 'Lưu' }).click();
    await tdlg.waitFor({ state: 'detached' });
    await row.locator('.ant-tag').filter({ hasText: 'Hoàn thành' }).waitFor();

    // the status label in English, then back to Vietnamese
    await page.locator('header').getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Actions', level: 1 }).waitFor();
    await row.locator('.ant-tag').filter({ hasText: /^Done$/ }).waitFor();
    await page.locator('header').getByText('VI', { exact: true }).click();
    await page.getByRole('heading', { name: 'Hành động', level: 1 }).waitFor();
    await row.locator('.ant-tag').filter({ hasText: 'Hoàn thành' }).waitFor();
    assert.deepEqual(errors, []);
  });
});

test('users: grant a role on a unit; an external auditor needs an end date', T, async () => {
  await withPage(S, 'screens-users', async (page) => {
    await login(page, S.baseURL);
    await page.getByRole('link', { name: 'Người dùng' }).click();
    await page.getByRole('heading', { name: 'Người dùng', level: 1 }).waitFor();
    await page.getByLabel('Tìm người dùng').fill('nhanvien.tohieu');
    await page.getByLabel('Tìm người dùng').press('Enter');
    const row = page.locator('tr', { hasText: STAFF.email }).first();
    await row.waitFor();
    await row.getByRole('button', { name: 'Vai trò' }).click();

    const drawer = page.locator('.ant-drawer-content');
    await drawer.getByText(/^Vai trò của /).waitFor();
    await drawer.locator('.ant-table-row').first().waitFor();
    const v = await axeViolations(page);
    assert.deepEqual(v, [], JSON.stringify(v, null, 1));
    assert.equal(await drawer.locator('tr', { hasText: 'Chủ trì quá trình' }).count(), 0);

    await pick(page, drawer, 'Vai trò', '', 'Chủ trì quá trình');
    await pick(page, drawer, 'Đơn vị', 'TOHIEU', 'THPT-TOHIEU');
    await drawer.getByRole('button', { name: 'Cấp vai trò' }).click();
    const granted = drawer.locator('tr', { hasText: 'Chủ trì quá trình' });
    await granted.first().waitFor();
    assert.ok(await granted.first().locator('td').nth(1).innerText().then((s) => s.length > 0));

    // external auditor without an end date: refused, the message is beside the end-date field
    const posts = [];
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().includes('/grants')) posts.push(r.url()); });
    await pick(page, drawer, 'Vai trò', '', 'Chuyên gia đánh giá bên ngoài');
    await pick(page, drawer, 'Đơn vị', 'TOHIEU', 'THPT-TOHIEU');
    await drawer.getByRole('button', { name: 'Cấp vai trò' }).click();
    const endItem = drawer.locator('.ant-form-item', { has: page.getByLabel('Hiệu lực đến hết ngày') });
    await endItem.locator('.ant-form-item-explain-error').filter({ hasText: 'Chuyên gia đánh giá bên ngoài cần có ngày kết thúc.' }).waitFor();
    assert.equal(await drawer.locator('tr', { hasText: 'Chuyên gia đánh giá bên ngoài' }).count(), 0);

    // the server refuses the same request too, naming the field the page maps beside the end date
    const session = await (await page.request.get(`${S.baseURL}/api/v1/session`)).json();
    const users = await (await page.request.get(`${S.baseURL}/api/v1/users?q=nhanvien.tohieu`)).json();
    const units = await (await page.request.get(`${S.baseURL}/api/v1/units?q=THPT-TOHIEU`)).json();
    const r = await page.request.post(`${S.baseURL}/api/v1/users/${users.items[0].id}/grants`, {
      headers: { 'X-CSRF-Token': session.csrf_token },
      data: { role: 'external_auditor', unit_id: units.items[0].id },
    });
    assert.ok(r.status() >= 400 && r.status() < 500, `status ${r.status()}`);
    const problem = await r.json();
    const fields = [problem.field, ...(problem.errors ?? []).map((e) => e.field)];
    assert.ok(fields.includes('valid_until'), JSON.stringify(problem));
    assert.deepEqual(posts, [], 'the page did not send the incomplete grant');
  });
});

test('actions, users and profile pages pass the axe labelling scan', T, async () => {
  await withPage(S, 'screens-axe', async (page) => {
    await login(page, S.baseURL);
    for (const [path, heading, ready] of [
      ['/actions', 'Hành động', (p) => p.locator('.ant-table-row').first().waitFor()],
      ['/users', 'Người dùng', (p) => p.locator('.ant-table-row').first().waitFor()],
      ['/profile', 'Tài khoản của tôi', (p) => p.locator('#full_name').waitFor()],
    ]) {
      await page.goto(`${S.baseURL}${path}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await ready(page);
      const v = await axeViolations(page);
      assert.deepEqual(v, [], `${path}: ${JSON.stringify(v, null, 1)}`);
    }
  });
});

test('profile: language choice sticks; an API token is shown once and can be revoked', T, async () => {
  await withPage(S, 'screens-profile', async (page) => {
    await login(page, S.baseURL, STAFF);
    await page.goto(`${S.baseURL}/profile`);
    await page.getByRole('heading', { name: 'Tài khoản của tôi', level: 1 }).waitFor();
    await page.locator('.ant-select', { has: page.locator('#language') }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'English' }).click();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('link', { name: 'Home' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'My profile', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Home' }).waitFor();
    // saved in the profile too: a browser without a stored choice adopts it
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('link', { name: 'Home' }).waitFor();
    const me = await (await page.request.get(`${S.baseURL}/api/v1/me`)).json();
    assert.equal(me.language, 'en');

    // create a token: the secret is shown once
    await page.getByLabel('Token name').fill('E2E token');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = page.getByTestId('token-secret');
    await secret.waitFor();
    assert.ok((await secret.innerText()).trim().length >= 16);
    await page.getByText('Copy this secret now: it is shown only once.').waitFor();
    const row = page.locator('tr', { hasText: 'E2E token' }).first();
    await row.waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'My profile', level: 1 }).waitFor();
    await row.waitFor();
    assert.equal(await page.getByTestId('token-secret').count(), 0, 'the secret is not shown again');

    // revoke it
    await row.getByRole('button', { name: 'Revoke' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Confirm' }).click();
    await row.locator('.ant-tag').filter({ hasText: 'Revoked' }).waitFor();
    assert.equal(await row.getByRole('button', { name: 'Revoke' }).count(), 0);

    // back to Vietnamese for whoever uses this browser next
    await page.locator('header').getByText('VI', { exact: true }).click();
    await page.getByRole('link', { name: 'Trang chủ' }).waitFor();
  });
});

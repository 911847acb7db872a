import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startForFile, withPage, login, ADMIN } from './harness.mjs';

const S = startForFile();

const T = { timeout: 60_000 };
const PASSWORD = ADMIN.password;

/** Logs in through the API from outside the browser; returns the HTTP status. */
async function apiLogin(email, password) {
  const r = await fetch(`${S.baseURL}/api/v1/session`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  return r.status;
}

async function findUser(page, text) {
  await page.getByLabel('Tìm người dùng').fill(text);
  await page.getByLabel('Tìm người dùng').press('Enter');
  const row = page.locator('tr', { hasText: text }).first();
  await row.waitFor();
  return row;
}

test('users: edit a user, disable the account (no more login), enable it again', T, async () => {
  await withPage(S, 'accounts-edit-disable', async (page) => {
    const email = 'giaovien.toan@demo.eduims.vn';
    await login(page, S.baseURL);
    await page.goto(`${S.baseURL}/users`);
    await page.getByRole('heading', { name: 'Người dùng', level: 1 }).waitFor();
    const row = await findUser(page, email);

    await row.getByRole('button', { name: 'Sửa' }).click();
    const dlg = page.getByRole('dialog');
    await dlg.getByText('Sửa người dùng').waitFor();
    assert.equal(await dlg.getByLabel('Họ và tên').inputValue(), 'Quàng Thị Mai');
    await dlg.getByLabel('Họ và tên').fill('Quàng Thị Mai (Tổ Toán - Tin)');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.waitFor({ state: 'detached' });
    await row.getByText('Quàng Thị Mai (Tổ Toán - Tin)').waitFor();
    const users = await (await page.request.get(`${S.baseURL}/api/v1/users?q=${email}`)).json();
    assert.equal(users.items[0].full_name, 'Quàng Thị Mai (Tổ Toán - Tin)');

    // a blank name is refused beside the field, in Vietnamese (Ant Design's vi_VN messages), nothing saved
    await row.getByRole('button', { name: 'Sửa' }).click();
    await dlg.getByLabel('Họ và tên').fill('');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.locator('.ant-form-item', { has: page.getByLabel('Họ và tên') }).locator('.ant-form-item-explain-error')
      .filter({ hasText: 'Hãy nhập thông tin cho trường Họ và tên' }).waitFor();
    await dlg.getByRole('button', { name: 'Hủy' }).click();
    await dlg.waitFor({ state: 'detached' });

    assert.equal(await apiLogin(email, PASSWORD), 201);
    await row.getByRole('button', { name: 'Vô hiệu hóa' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xác nhận' }).click();
    await row.waitFor({ state: 'detached' }); // disabled accounts are not listed by default
    assert.equal(await apiLogin(email, PASSWORD), 401);

    await page.getByRole('checkbox', { name: 'Hiện tài khoản đã vô hiệu hóa' }).check();
    const disabled = page.locator('tr', { hasText: email }).first();
    await disabled.locator('.ant-tag').filter({ hasText: 'Đã vô hiệu hóa' }).waitFor();
    await disabled.getByRole('button', { name: 'Kích hoạt lại' }).click();
    await disabled.locator('.ant-tag').filter({ hasText: 'Đang hoạt động' }).waitFor();
    assert.equal(await apiLogin(email, PASSWORD), 201);
  });
});

test('users: a CSV import with one bad row is refused with the row report, then imported', T, async () => {
  await withPage(S, 'accounts-import', async (page) => {
    await login(page, S.baseURL);
    await page.goto(`${S.baseURL}/users`);
    await page.getByRole('heading', { name: 'Người dùng', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Nhập từ CSV' }).click();
    const csv = 'email,full_name,unit_code,role\n' +
      'gv.csv1@demo.eduims.vn,Giáo viên CSV Một,THPT-TOHIEU,staff\n' +
      'gv.csv2@demo.eduims.vn,Giáo viên CSV Hai,KHONG-CO,staff\n';
    await page.getByLabel('Hoặc dán nội dung CSV').fill(csv);
    await page.getByTestId('csv-submit').click();
    const report = page.getByTestId('row-errors');
    await report.waitFor();
    await page.getByText('Không có dòng nào được nhập.').waitFor();
    const rows = await report.locator('tbody tr').all();
    assert.equal(rows.length, 1);
    const cells = await rows[0].locator('td').allInnerTexts();
    assert.equal(cells[0], '3');
    assert.equal(cells[1], 'unit_code');
    assert.ok(cells[2].length > 0);
    const none = await (await page.request.get(`${S.baseURL}/api/v1/users?q=gv.csv1`)).json();
    assert.equal(none.items.length, 0, 'nothing imported');

    await page.getByLabel('Hoặc dán nội dung CSV').fill(csv.replace('KHONG-CO', 'THPT-TOHIEU'));
    await page.getByTestId('csv-submit').click();
    await page.getByText('Đã nhập 2 dòng.').waitFor();
    await page.getByTestId('row-imported').getByText('gv.csv2@demo.eduims.vn').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).click();
    const row = await findUser(page, 'gv.csv2@demo.eduims.vn');
    await row.getByText('Giáo viên CSV Hai').waitFor();
  });
});

test('profile: change my password, then log in with the new one only', T, async () => {
  await withPage(S, 'accounts-password', async (page) => {
    const email = 'danhgianoibo@demo.eduims.vn';
    const fresh = 'Mật-khẩu-mới-2026';
    await login(page, S.baseURL, { email, password: PASSWORD });
    await page.goto(`${S.baseURL}/profile`);
    await page.getByRole('heading', { name: 'Tài khoản của tôi', level: 1 }).waitFor();

    // a wrong current password: the server's message beside that field
    await page.getByLabel('Mật khẩu hiện tại').fill('not-my-password');
    await page.getByLabel('Mật khẩu mới').fill(fresh);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    const current = page.locator('.ant-form-item', { has: page.getByLabel('Mật khẩu hiện tại') });
    await current.locator('.ant-form-item-explain-error').waitFor();

    await page.getByLabel('Mật khẩu hiện tại').fill(PASSWORD);
    await page.getByLabel('Mật khẩu mới').fill(fresh);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.').waitFor();
    // the server ended the account's sessions; this browser stays logged in with the new password
    await page.reload();
    await page.getByRole('heading', { name: 'Tài khoản của tôi', level: 1 }).waitFor();
    await page.getByLabel('Họ và tên').waitFor();

    // log out, the old password no longer works, the new one does
    await page.locator('header').getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await page.locator('#email').fill(email);
    await page.locator('#password').fill(PASSWORD);
    await page.locator('form button[type=submit]').click();
    await page.getByRole('alert').waitFor();
    await page.locator('#password').fill(fresh);
    await page.locator('form button[type=submit]').click();
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
  });
});

test('profile: a time zone of my choice is used for the times shown', T, async () => {
  await withPage(S, 'accounts-time-zone', async (page) => {
    await login(page, S.baseURL, { email: 'truongphong.gdtrh@demo.eduims.vn', password: PASSWORD });
    await page.goto(`${S.baseURL}/profile`);
    await page.getByRole('heading', { name: 'Tài khoản của tôi', level: 1 }).waitFor();
    // Ant Design's own texts follow the language too
    await page.locator('.ant-table .ant-empty-description').filter({ hasText: 'Trống' }).waitFor();
    assert.equal(await page.getByLabel('Hết hạn sau ngày').getAttribute('placeholder'), 'Chọn ngày');
    await page.getByLabel('Tên mã').fill('Mã múi giờ');
    await page.getByRole('button', { name: 'Tạo mã' }).click();
    const row = page.locator('tr', { hasText: 'Mã múi giờ' }).first();
    await row.waitFor();
    const tokens = await (await page.request.get(`${S.baseURL}/api/v1/tokens`)).json();
    const created = new Date(tokens.items.find((t) => t.name === 'Mã múi giờ').created_at);
    const shown = (timeZone) => {
      const p = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
        timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
      }).formatToParts(created).map((x) => [x.type, x.value]));
      return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
    };
    await row.getByText(shown('Asia/Ho_Chi_Minh')).first().waitFor();

    await page.locator('.ant-select', { has: page.locator('#time_zone') }).click();
    await page.locator('#time_zone').fill('Tokyo');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'Asia/Tokyo' }).click();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu').waitFor();
    await row.getByText(shown('Asia/Tokyo')).first().waitFor();
    assert.equal(await row.getByText(shown('Asia/Ho_Chi_Minh')).count(), 0);

    // kept in the profile: after a reload, the zone and the times in it
    await page.reload();
    await row.getByText(shown('Asia/Tokyo')).first().waitFor();
    const me = await (await page.request.get(`${S.baseURL}/api/v1/me`)).json();
    assert.equal(me.time_zone, 'Asia/Tokyo');
  });
});

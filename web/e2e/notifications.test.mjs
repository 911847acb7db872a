import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startForFile, withPage, login, apiAs, axeViolations, dropdownsClosed, QUALITY_MANAGER, STAFF } from './harness.mjs';

const S = startForFile();
const T = { timeout: 180_000 };

function inDays(days) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test('notifications: a staff member finds a task on the home page, opens it, and chooses immediate mail in the profile', T, async () => {
  // The school's quality manager gives the staff member an action due in three days.
  const manager = await apiAs(S, QUALITY_MANAGER);
  const staff = await apiAs(S, STAFF);
  const me = await staff('GET', '/me');
  const units = await manager('GET', '/units?q=THPT-TOHIEU&limit=50');
  const school = units.items.find((u) => u.code === 'THPT-TOHIEU');
  assert.ok(school, 'the demo school');
  const title = 'Nộp sổ chủ nhiệm để kiểm tra';
  const action = await manager('POST', '/actions', { title, unit_id: school.id, owner_id: me.id, due_date: inDays(3) });

  await withPage(S, 'notifications', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, S.baseURL, STAFF);
    const card = page.getByTestId('todo-card');
    await card.getByText('Việc cần làm', { exact: true }).waitFor();
    const link = card.getByRole('link', { name: title });
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), `/actions?id=${action.id}`);
    const week = card.getByTestId('todo-thisWeek');
    assert.ok((await week.innerText()).includes(title), 'an action due in three days is in the next seven days');
    // The demo gives the staff member more than this one task: they are all listed, each with a link.
    const listed = await card.getByTestId('todo-item').count();
    const api = await staff('GET', '/notifications');
    assert.equal(listed, api.count);
    await dropdownsClosed(page);
    assert.deepEqual(await axeViolations(page), []);
    await link.click();
    await page.waitForURL((u) => u.pathname === '/actions');

    await page.goto(`${S.baseURL}/profile`);
    const delivery = page.getByTestId('delivery-card');
    await delivery.getByText('Nhận thông báo qua thư').waitFor();
    assert.equal(await delivery.getByRole('radio', { name: 'Tổng hợp mỗi ngày một thư (từ 7 giờ sáng)' }).isChecked(), true);
    await delivery.getByText('Ngay khi có việc mới').click();
    await page.getByText('Đã lưu').first().waitFor();
    assert.equal((await staff('GET', '/notifications/preferences')).delivery, 'immediate');
    await page.reload();
    await page.getByTestId('delivery-card').getByRole('radio', { name: 'Ngay khi có việc mới' }).waitFor();
    assert.equal(await page.getByTestId('delivery-card').getByRole('radio', { name: 'Ngay khi có việc mới' }).isChecked(), true);
    assert.deepEqual(errors, []);
  });
});

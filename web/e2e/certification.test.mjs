import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startForFile, withPage, login, pick, axeViolations, dropdownsClosed, DEPARTMENT_QUALITY_MANAGER } from './harness.mjs';

const S = startForFile();
const T = { timeout: 120_000 };
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('certification: the demo certificate with its due surveillance, from the home card and the register', T, async () => {
  await withPage(S, 'certification-certificate', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    const card = page.getByTestId('certification-due');
    await card.getByText('DEMO-IMS-0001').waitFor();
    assert.match(await card.innerText(), /Đánh giá giám sát lần 2/);
    assert.match(await card.innerText(), /Sắp đến hạn/);

    await page.getByRole('link', { name: 'Giấy chứng nhận', exact: true }).click();
    await page.getByRole('heading', { name: 'Giấy chứng nhận', level: 1 }).waitFor();
    await page.getByTestId('certificates-table').getByRole('link', { name: 'DEMO-IMS-0001' }).click();
    await page.getByRole('heading', { name: /DEMO-IMS-0001/, level: 1 }).waitFor();
    const detail = page.getByTestId('certificate-detail');
    assert.match(await detail.innerText(), /ISO 21001:2018, ISO 9001:2015/);
    // The demo certificate is issued relative to today: it expires 36 months after its issue, less a day.
    const [, d, m, y] = (await detail.innerText()).match(/Ngày cấp\t(\d\d)\/(\d\d)\/(\d{4})/).map(Number);
    const day = Math.min(d, new Date(Date.UTC(y + 3, m, 0)).getUTCDate()); // clamped to the month's end
    const expiry = new Date(Date.UTC(y + 3, m - 1, day) - 86400_000).toISOString().slice(0, 10).split('-').reverse().join('/');
    assert.match(await detail.innerText(), new RegExp(`Ngày hết hạn\t${expiry}`));
    const due = page.getByTestId('certificate-due');
    const surveillance = due.locator('.ant-table-row').filter({ hasText: 'Đánh giá giám sát lần 2' });
    assert.match(await surveillance.innerText(), /Sắp đến hạn/);
    assert.match(await due.locator('.ant-table-row').filter({ hasText: 'Đánh giá giám sát lần 1' }).innerText(), /Đã thực hiện/);
    assert.match(await page.getByTestId('certificate-history').innerText(), /Cấp giấy chứng nhận/);
    // every window worded (the expiry was shown as "expiry"), every row of the register with its label and value
    assert.match(await due.innerText(), /Giấy chứng nhận hết hạn/);
    assert.doesNotMatch(await due.innerText(), /expiry/);
    const rows = await detail.locator('tr').evaluateAll((trs) => trs.map((tr) => tr.innerText.trim()));
    assert.deepEqual(rows.filter((r) => !/\S\t\S/.test(r)), [], 'a row without a label or a value');
    const v = await axeViolations(page);
    assert.deepEqual(v, [], JSON.stringify(v, null, 1));

    // the project behind it: seven steps, the blocker of the surveillance step, the transition the session may take
    await page.getByTestId('certificate-detail').getByRole('link', { name: '#1' }).click();
    await page.getByTestId('certification-steps').waitFor();
    assert.equal(await page.getByTestId('certification-steps').locator('.ant-table-row').count(), 7);
    assert.equal(await page.getByTestId('certification-steps').locator('th').first().innerText(), 'Bước');
    assert.match(await page.getByTestId('certification-blockers').innerText(), /giám sát/);
    await page.getByTestId('certification-actions').getByRole('button', { name: 'Bắt đầu chứng nhận lại' }).waitFor();
    // a step still to come: its responsible person, planned date and note
    await page.getByRole('button', { name: 'Sửa 7. Chứng nhận lại' }).click();
    const dlg = page.getByRole('dialog');
    await pick(page, dlg, 'Người phụ trách', 'Lò Thị Đào', 'Lò Thị Đào');
    await dlg.getByLabel('Ghi chú').fill('Chuẩn bị hồ sơ chứng nhận lại');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.waitFor({ state: 'detached' });
    await page.getByTestId('certification-steps').locator('.ant-table-row').filter({ hasText: '7. Chứng nhận lại' }).getByText('Lò Thị Đào').waitFor();

    await page.setViewportSize({ width: 390, height: 844 });
    // The layout turns to the phone's (its menu button) a moment after the resize: measure once it has.
    await page.getByTestId('menu-button').waitFor();
    assert.ok((await overflow(page)) <= 0, 'the project page fits a 390-px phone');
    assert.deepEqual(errors, []);
  });
});

test('readiness: a self-assessment changes the readiness percentage', T, async () => {
  await withPage(S, 'certification-readiness', async (page) => {
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.getByRole('link', { name: 'Mức sẵn sàng', exact: true }).click();
    await page.getByRole('heading', { name: 'Mức sẵn sàng chứng nhận', level: 1 }).waitFor();
    // the unit filter is labelled by aria-label (no form label), which antd puts on the select's box too
    const unit = page.getByRole('combobox', { name: 'Đơn vị được đánh giá' });
    // it opens on the department, the highest unit the quality manager may see, not the office they work in
    await page.locator('.ant-select', { has: unit }).getByText('Sở Giáo dục và Đào tạo Sơn La').waitFor();
    const group = page.getByTestId('readiness-group-4');
    await group.waitFor();
    assert.match(await group.innerText(), /0%/);
    const before = await page.getByTestId('readiness-overall').innerText();

    await page.getByRole('button', { name: 'Tự đánh giá 4.1', exact: true }).click();
    const dlg = page.getByRole('dialog');
    await pick(page, dlg, 'Tự đánh giá', '', 'Đã kiểm chứng');
    await dlg.getByLabel('Nhận xét').fill('Đã phân tích bối cảnh trong kế hoạch chiến lược');
    await dropdownsClosed(page);
    const v = await axeViolations(page);
    assert.deepEqual(v, [], JSON.stringify(v, null, 1));
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.waitFor({ state: 'detached' });
    // 4.1 verified, with the demo's quality manual and risk procedure as its evidence, counts 100 points: group 4
    // (five clauses) rises to 20 %
    await page.waitForFunction(() => /20%/.test(document.querySelector('[data-testid="readiness-group-4"]')?.textContent ?? ''));
    const row = page.getByTestId('readiness-table').locator('.ant-table-row').filter({ hasText: '4.1' }).first();
    assert.match(await row.innerText(), /Đã kiểm chứng/);
    assert.match(await row.innerText(), /Đã phân tích bối cảnh/);
    assert.notEqual(await page.getByTestId('readiness-overall').innerText(), before);

    const xlsx = await page.getByRole('link', { name: 'Báo cáo khoảng cách (XLSX)' }).getAttribute('href');
    const res = await page.request.get(`${S.baseURL}${xlsx}`);
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-type'], /spreadsheetml/);
    const pdf = await page.request.get(`${S.baseURL}${await page.getByRole('link', { name: 'Báo cáo khoảng cách (PDF)' }).getAttribute('href')}`);
    assert.equal(pdf.status(), 200);
    assert.match(pdf.headers()['content-type'], /pdf/);
  });
});

test('calendar feeds: create one on the profile page, read its address once, revoke it', T, async () => {
  await withPage(S, 'certification-feeds', async (page) => {
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.goto(`${S.baseURL}/profile`);
    const feeds = page.getByTestId('calendar-feeds');
    await feeds.getByLabel('Tên lịch').fill('Lịch chứng nhận của Sở');
    await pick(page, feeds, 'Đơn vị (lịch của tổ chức)', 'SO-GDDT', 'Sở Giáo dục và Đào tạo Sơn La');
    await feeds.getByRole('button', { name: 'Tạo lịch' }).click();
    const address = await page.getByTestId('calendar-feed-address').innerText();
    assert.match(address, /^http:\/\/127\.0\.0\.1:\d+\/calendar\/.+\.ics$/);
    const ics = await fetch(address);
    assert.equal(ics.status, 200);
    const text = await ics.text();
    assert.match(text, /BEGIN:VCALENDAR/);
    assert.match(text, /DEMO-IMS-0001/);
    const row = page.getByTestId('calendar-feeds-table').locator('.ant-table-row').filter({ hasText: 'Lịch chứng nhận của Sở' });
    assert.match(await row.innerText(), /Tổ chức/);
    const v = await axeViolations(page);
    assert.deepEqual(v, [], JSON.stringify(v, null, 1));

    await row.getByRole('button', { name: 'Thu hồi Lịch chứng nhận của Sở' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xác nhận' }).click();
    await row.waitFor({ state: 'detached' });
    assert.notEqual((await fetch(address)).status, 200, 'a revoked feed is no longer read');
  });
});

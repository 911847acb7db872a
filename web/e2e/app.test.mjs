import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startForFile, withPage, login, axeViolations, settledDialog, pick } from './harness.mjs';

const S = startForFile();

const T = { timeout: 60_000 };

test('login page: language switch, labelled fields (axe)', T, async () => {
  await withPage(S, 'login-page', async (page) => {
    await page.goto(`${S.baseURL}/login`);
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await page.getByText('EN', { exact: true }).first().click();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    assert.ok(await page.getByLabel('E-mail address').isVisible());
    await page.getByText('VI', { exact: true }).first().click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    assert.ok(await page.getByLabel('Mật khẩu').isVisible());
    const v = await axeViolations(page);
    assert.deepEqual(v, [], JSON.stringify(v, null, 1));
    // wrong password: the server's translated detail is shown
    await page.locator('#email').fill('admin@demo.eduims.vn');
    await page.locator('#password').fill('wrong-password-1');
    await page.locator('form button[type=submit]').click();
    await page.getByRole('alert').filter({ hasText: 'mật khẩu không đúng' }).waitFor();
  });
});

test('administrator flow: language, unit, user, CSV import, audit trail, logout', T, async () => {
  await withPage(S, 'admin-flow', async (page) => {
    await login(page, S.baseURL);
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();

    // language switch in the header: English labels, then Vietnamese again
    const header = page.locator('header');
    await header.getByText('EN', { exact: true }).click();
    await page.getByRole('link', { name: 'Organisation' }).waitFor();
    await page.getByRole('heading', { name: /Hello/ }).waitFor();
    await header.getByText('VI', { exact: true }).click();
    await page.getByRole('link', { name: 'Tổ chức' }).waitFor();

    // create a unit under the root
    await page.getByRole('link', { name: 'Tổ chức' }).click();
    await page.getByTestId('unit-detail').getByText('SO-GDDT').waitFor();
    await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
    const dlg = page.getByRole('dialog');
    await dlg.getByLabel('Mã đơn vị').fill('E2E-UNIT');
    await dlg.getByLabel('Tên đơn vị').fill('Trường Thử nghiệm E2E');
    await dlg.getByLabel('Địa bàn').fill('Sơn La');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('unit-detail').getByText('E2E-UNIT').waitFor();
    await page.locator('.ant-tree').getByText('Trường Thử nghiệm E2E (E2E-UNIT)').waitFor();

    // a duplicate code shows the server's message beside the field
    await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
    await dlg.getByLabel('Mã đơn vị').fill('E2E-UNIT');
    await dlg.getByLabel('Tên đơn vị').fill('Trùng mã');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.locator('.ant-form-item-explain-error').filter({ hasText: 'code' }).waitFor();
    await dlg.getByRole('button', { name: 'Hủy' }).click();

    // search (accent-insensitive on the server)
    await page.getByLabel('Tìm đơn vị').fill('thu nghiem e2e');
    await page.getByLabel('Tìm đơn vị').press('Enter');
    await page.getByRole('button', { name: 'Trường Thử nghiệm E2E (E2E-UNIT)' }).waitFor();
    await page.getByLabel('Tìm đơn vị').fill('');
    await page.getByLabel('Tìm đơn vị').press('Enter');

    // CSV import with one bad row: refused, the row report names row 3
    await page.getByRole('button', { name: 'Nhập từ CSV' }).click();
    await settledDialog(page);
    const csv = 'code,name,type,parent_code\nE2E-A,Trường A,primary,E2E-UNIT\nE2E-B,Trường B,no_such_type,E2E-UNIT\n';
    await page.getByLabel('Hoặc dán nội dung CSV').fill(csv);
    await page.getByTestId('csv-submit').click();
    const report = page.getByTestId('row-errors');
    await report.waitFor();
    const cells = await report.locator('tbody tr').first().locator('td').allInnerTexts();
    assert.equal(cells[0], '3');
    assert.equal(cells[1], 'type');
    // fix the row and import again: the imported rows are listed
    await page.getByLabel('Hoặc dán nội dung CSV').fill(csv.replace('no_such_type', 'kindergarten'));
    await page.getByTestId('csv-submit').click();
    await page.getByTestId('row-imported').getByText('E2E-B').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).click();

    // create a user in the new unit
    await page.getByRole('link', { name: 'Người dùng' }).click();
    await page.getByRole('button', { name: 'Thêm mới' }).click();
    const udlg = page.getByRole('dialog');
    await udlg.getByLabel('E-mail').fill('e2e.user@demo.eduims.vn');
    await udlg.getByLabel('Họ và tên').fill('Người Dùng E2E');
    await udlg.getByLabel('Đơn vị').click();
    await udlg.getByLabel('Đơn vị').fill('E2E-UNIT');
    await page.locator('.ant-select-item-option').filter({ hasText: 'E2E-UNIT' }).first().click();
    await udlg.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('cell', { name: 'e2e.user@demo.eduims.vn' }).waitFor();

    // the unit's creation is in the audit trail
    await page.getByRole('link', { name: 'Nhật ký thay đổi' }).click();
    // Some thirty kinds of record: the filter finds one by what is typed.
    await pick(page, page, 'Đối tượng', 'Đơn vị', 'Đơn vị');
    await page.getByRole('button', { name: 'Áp dụng' }).click();
    const row = page.locator('tr', { has: page.getByTestId('audit-summary').filter({ hasText: 'Trường Thử nghiệm E2E' }) })
      .filter({ hasText: 'Tạo mới' });
    await row.first().waitFor();
    await row.first().getByRole('button').first().click(); // expand: before/after
    await page.getByRole('cell', { name: 'E2E-UNIT', exact: true }).first().waitFor();

    // the demo's certification steps, worded: the record, the step, and the server itself as the address
    await pick(page, page, 'Đối tượng', 'Dự án', 'Dự án chứng nhận');
    await page.getByRole('button', { name: 'Áp dụng' }).click();
    const decision = page.getByTestId('audit-table').locator('tr', { hasText: 'Chuyển trạng thái: Chấp nhận quyết định chứng nhận' });
    await decision.first().waitFor();
    assert.match(await decision.first().innerText(), /Dự án chứng nhận #\d+[\s\S]*Máy chủ \(tác vụ nội bộ\)/);
    const shown = await page.getByTestId('audit-table').locator('tbody').innerText();
    assert.doesNotMatch(shown, /\b(create|update|transition:\w+|certification_project|local)\b/);

    // log out
    await page.locator('header').getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await page.goto(`${S.baseURL}/organisation`);
    await page.waitForURL(/\/login/);
  });
});

test('organisation page passes the axe labelling scan', T, async () => {
  await withPage(S, 'org-axe', async (page) => {
    await login(page, S.baseURL);
    await page.goto(`${S.baseURL}/organisation`);
    await page.getByTestId('unit-detail').waitFor();
    const v = await axeViolations(page);
    assert.deepEqual(v, [], JSON.stringify(v, null, 1));
  });
});

test('at 390 px the menu is behind a menu button', T, async () => {
  await withPage(S, 'mobile-390', async (page) => {
    await login(page, S.baseURL);
    const button = page.getByTestId('menu-button');
    await button.waitFor();
    assert.ok(await button.isVisible());
    await button.click();
    await page.locator('.ant-drawer').getByRole('link', { name: 'Tổ chức' }).click();
    await page.getByTestId('unit-detail').waitFor();
    await page.locator('.ant-drawer-content').waitFor({ state: 'hidden' }); // while the drawer closes, it still narrows the page
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page wider than the screen by ${overflow}px`);

    // the same grouped menu as on a computer: a group folds and unfolds, and stays folded on the next visit
    await button.click();
    const drawer = page.locator('.ant-drawer');
    const planning = drawer.getByRole('menuitem', { name: 'Hoạch định', exact: true });
    assert.equal(await planning.getAttribute('aria-expanded'), 'true');
    await planning.click();
    await drawer.getByRole('link', { name: 'Hành động', exact: true }).waitFor({ state: 'hidden' });
    await page.reload();
    await button.click();
    await drawer.getByRole('link', { name: 'Tài liệu', exact: true }).waitFor();
    assert.equal(await drawer.getByRole('link', { name: 'Hành động', exact: true }).isVisible(), false);
    await planning.click();
    await drawer.getByRole('link', { name: 'Hành động', exact: true }).click();
    await page.getByRole('heading', { name: 'Hành động', level: 1 }).waitFor();

    // the audit trail's filters stack on a phone instead of widening the page
    await page.goto(`${S.baseURL}/audit`);
    await page.getByTestId('audit-table').locator('.ant-table-row').first().waitFor();
    const auditOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(auditOverflow <= 1, `the audit trail is wider than the screen by ${auditOverflow}px`);
  }, { width: 390, height: 844 });
});

test('every menu page renders without script errors; standards crosswalk highlights', T, async () => {
  await withPage(S, 'all-pages', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, S.baseURL);
    for (const [path, heading] of [
      ['/actions?mine=true&status=open', 'Hành động'], ['/users', 'Người dùng'], ['/standards', 'Danh mục tiêu chuẩn'],
      ['/profile', 'Tài khoản của tôi'], ['/audit', 'Nhật ký thay đổi'], ['/processes', 'Danh mục quá trình'],
      ['/process-map', 'Bản đồ quá trình'], ['/evidence', 'Bằng chứng theo điều khoản'],
    ]) {
      await page.goto(`${S.baseURL}${path}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    }
    await page.goto(`${S.baseURL}/standards`);
    await page.locator('.ant-tree').first().getByText(/^4 /).first().click();
    await page.locator('[data-highlighted]').first().waitFor();
    assert.deepEqual(errors, []);
  });
});

test('documents: create through the API, accent-insensitive search with highlighting, detail page, English labels (axe)', T, async () => {
  await withPage(S, 'documents', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, S.baseURL);
    const session = await (await page.request.get(`${S.baseURL}/api/v1/session`)).json();
    assert.ok(session.csrf_token, 'the session carries a CSRF token');
    const units = await (await page.request.get(`${S.baseURL}/api/v1/units?limit=1`)).json();
    const created = await page.request.post(`${S.baseURL}/api/v1/documents`, {
      headers: { 'X-CSRF-Token': session.csrf_token },
      data: { unit_id: units.items[0].id, title: 'Quy trình kiểm soát tài liệu', type: 'procedure' },
    });
    assert.equal(created.status(), 201, await created.text());
    const doc = await created.json();

    // the menu entry leads to the list, which shows the new document with Vietnamese labels
    await page.getByRole('link', { name: 'Tài liệu', exact: true }).click();
    await page.getByRole('heading', { name: 'Tài liệu', level: 1 }).waitFor();
    const row = page.locator('tr', { hasText: doc.code });
    await row.first().waitFor();
    assert.ok(await row.first().getByText('Quy trình', { exact: true }).isVisible());
    assert.ok(await row.first().getByText('Dự thảo', { exact: true }).isVisible());

    // search without accents: the document is found, its snippet highlights the match
    await page.getByLabel('Tìm tài liệu').fill('kiem soat tai lieu');
    await page.getByLabel('Tìm tài liệu').press('Enter');
    await page.getByText('Kết quả tìm kiếm').waitFor();
    const hit = page.locator('tr', { hasText: 'Quy trình kiểm soát tài liệu' }).first();
    await hit.getByTestId('doc-snippet').locator('mark').first().waitFor();
    const v = await axeViolations(page);
    assert.deepEqual(v, [], JSON.stringify(v, null, 1));

    // a click opens the document's page with the metadata; back returns to the search
    await hit.getByRole('link', { name: 'Quy trình kiểm soát tài liệu' }).first().click();
    const detail = page.getByTestId('document-detail');
    await detail.getByText(doc.code, { exact: true }).waitFor();
    await page.getByText('Tài liệu chưa có phiên bản được ban hành.').waitFor();
    await page.goBack();
    await page.getByText('Kết quả tìm kiếm').waitFor();

    // English: the labels switch
    await page.locator('header').getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Documents', level: 1 }).waitFor();
    await page.getByLabel('Search documents').waitFor();
    const enHit = page.locator('tr', { hasText: 'Quy trình kiểm soát tài liệu' }).first();
    await enHit.getByText('Procedure', { exact: true }).waitFor();
    await enHit.getByText('Draft', { exact: true }).waitFor();
    const v2 = await axeViolations(page);
    assert.deepEqual(v2, [], JSON.stringify(v2, null, 1));
    await page.locator('header').getByText('VI', { exact: true }).click();
    await page.getByRole('heading', { name: 'Tài liệu', level: 1 }).waitFor();

    // Home has the "overdue for review" card
    await page.goto(`${S.baseURL}/`);
    await page.getByText('Tài liệu quá hạn xem xét').waitFor();
    assert.deepEqual(errors, []);
  });
});

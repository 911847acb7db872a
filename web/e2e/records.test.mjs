import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  startForFile, withPage, login, pick, pickClause, axeViolations, dropdownsClosed, STAFF, DEPARTMENT_QUALITY_MANAGER,
} from './harness.mjs';

const S = startForFile();
const T = { timeout: 120_000 };
const PASSWORD = DEPARTMENT_QUALITY_MANAGER.password;

/** A date `days` from today in Vietnam, as the API (YYYY-MM-DD) and the screens (dd/MM/yyyy) write it. */
function vietnamDate(days = 0) {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(Date.now() + days * 86_400_000));
  const [y, m, d] = iso.split('-');
  return { iso, shown: `${d}/${m}/${y}`, y: Number(y), m: Number(m), d: Number(d) };
}

/** The API as one demo user (cookie session and CSRF token), for setting up what the screens then work on. */
async function apiAs(email) {
  const res = await fetch(`${S.baseURL}/api/v1/session`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }),
  });
  assert.equal(res.status, 201, await res.clone().text());
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrf_token: csrf } = await res.json();
  return async (method, path, body) => {
    const r = await fetch(`${S.baseURL}/api/v1${path}`, {
      method,
      headers: { Cookie: cookie, 'X-CSRF-Token': csrf, 'Accept-Language': 'vi', ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await r.json().catch(() => null);
    return { status: r.status, json };
  };
}

const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('records: create with retention, place and lift a legal hold, disposal refused before retention, the disposal review', T, async () => {
  await withPage(S, 'records-register', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.getByRole('link', { name: 'Hồ sơ', exact: true }).click();
    await page.getByRole('heading', { name: 'Hồ sơ', level: 1 }).waitFor();
    const table = page.getByTestId('records-table');
    await table.getByText('Hồ sơ bồi dưỡng giáo viên năm 2020').waitFor();
    assert.equal(await table.locator('.ant-table-row').count(), 10,
      'the demo department keeps ten records, three of them its certification project\u2019s, one last year\u2019s management review minutes');

    // the filters: due for disposal (only the 2020 training record is past its retention), then by type
    await page.getByText('Chỉ hồ sơ đến hạn hủy').click();
    await table.locator('.ant-table-row').filter({ hasText: 'Báo cáo đánh giá nội bộ' }).waitFor({ state: 'detached' });
    assert.deepEqual(await table.locator('.ant-table-row td:first-child').allInnerTexts(), ['Hồ sơ bồi dưỡng giáo viên năm 2020']);
    await page.getByText('Chỉ hồ sơ đến hạn hủy').click();
    await pick(page, page, 'Lọc theo loại hồ sơ', '', 'Xem xét của lãnh đạo');
    await table.locator('.ant-table-row').filter({ hasText: 'Báo cáo đánh giá nội bộ' }).waitFor({ state: 'detached' });
    assert.deepEqual(await table.locator('.ant-table-row td:first-child').allInnerTexts(), [
      'Biên bản họp xem xét của lãnh đạo tháng 7/2026',
      'Biên bản xem xét của lãnh đạo: Xem xét của lãnh đạo Sở năm 2025',
    ]);

    // kept records count as clause evidence: the 2020 training record on ISO 9001 7.2 (competence)
    await page.goto(`${S.baseURL}/evidence`);
    await page.getByTestId('clauses-table').locator('tr[data-number="7.2"]').getByRole('link', { name: /^Hồ sơ bồi dưỡng giáo viên năm 2020/ }).waitFor();
    await page.goto(`${S.baseURL}/records`);

    // a new record of a school, recorded a month ago, kept 36 months: the form previews the date it is kept until
    const recorded = vietnamDate(-30);
    const until = `${String(recorded.d).padStart(2, '0')}/${String(recorded.m).padStart(2, '0')}/${recorded.y + 3}`;
    await page.getByRole('button', { name: 'Thêm hồ sơ' }).click();
    const dlg = page.getByRole('dialog');
    await dlg.getByLabel('Tên hồ sơ').fill('Biên bản họp hội đồng trường tháng 10');
    await pick(page, dlg, 'Loại hồ sơ', '', 'Biên bản họp');
    await pick(page, dlg, 'Đơn vị', 'TOHIEU', 'THPT-TOHIEU');
    await dropdownsClosed(page);
    await dlg.getByLabel('Ngày lập').fill(recorded.shown);
    await dlg.getByLabel('Ngày lập').press('Enter');
    await dlg.getByLabel('Thời hạn lưu trữ (tháng)').fill('36');
    await dlg.getByTestId('retain-until-preview').filter({ hasText: until }).waitFor();
    await pickClause(page, dlg, 'Điều khoản liên quan', '7.5.3');
    await dlg.locator('.ant-modal-title').click();
    await dropdownsClosed(page);
    let v = await axeViolations(page);
    assert.deepEqual(v, [], JSON.stringify(v, null, 1));
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('heading', { name: /Biên bản họp hội đồng trường tháng 10/, level: 1 }).waitFor();
    const detail = page.getByTestId('record-detail');
    await detail.locator('tr', { hasText: 'Lưu đến ngày' }).getByText(until).waitFor();
    await detail.locator('tr', { hasText: 'Đơn vị' }).getByText('Trường THPT Tô Hiệu').waitFor();
    await detail.getByTestId('clauses').getByText(/7\.5\.3 /).first().waitFor();
    const state = page.getByRole('heading', { level: 1 }).getByTestId('record-state');
    await state.filter({ hasText: 'Đang lưu trữ' }).waitFor();

    // disposal before the retention ends: the dialog warns, the server refuses, the record stays kept
    await page.getByRole('button', { name: 'Hủy hồ sơ' }).click();
    await dlg.getByText(`Hồ sơ được lưu đến ngày ${until}`).waitFor();
    await dlg.getByLabel('Lý do hủy').fill('Không còn cần thiết');
    await dlg.getByRole('button', { name: 'Hủy hồ sơ' }).click();
    await dlg.locator('.ant-alert-error').filter({ hasText: 'không thể hủy trước thời hạn đó' }).waitFor();
    await dlg.getByRole('button', { name: 'Hủy', exact: true }).click();
    await dlg.waitFor({ state: 'detached' });
    await state.filter({ hasText: 'Đang lưu trữ' }).waitFor();

    // a legal hold needs a reason; placed, it shows with its reason and disposal is refused for it
    await page.getByRole('button', { name: 'Phong tỏa hồ sơ' }).click();
    await dlg.getByRole('button', { name: 'Phong tỏa hồ sơ' }).click();
    await dlg.getByText('Hãy ghi lý do phong tỏa.').waitFor();
    await dlg.getByLabel('Lý do phong tỏa').fill('Đang giải quyết khiếu nại của phụ huynh');
    await dlg.getByRole('button', { name: 'Phong tỏa hồ sơ' }).click();
    await dlg.waitFor({ state: 'detached' });
    await state.filter({ hasText: 'Đang phong tỏa' }).waitFor();
    await detail.locator('tr', { hasText: 'Phong tỏa pháp lý' }).getByText('Đang giải quyết khiếu nại của phụ huynh').waitFor();
    await page.getByRole('button', { name: 'Hủy hồ sơ' }).click();
    await dlg.getByText('Hồ sơ đang bị phong tỏa').waitFor();
    await dlg.getByLabel('Lý do hủy').fill('Không còn cần thiết');
    await dlg.getByRole('button', { name: 'Hủy hồ sơ' }).click();
    await dlg.locator('.ant-alert-error').filter({ hasText: 'gỡ phong tỏa trước khi hủy' }).waitFor();
    await dlg.getByRole('button', { name: 'Hủy', exact: true }).click();
    await dlg.waitFor({ state: 'detached' });

    // lifted, the record is kept again
    await page.getByRole('button', { name: 'Gỡ phong tỏa' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xác nhận' }).click();
    await state.filter({ hasText: 'Đang lưu trữ' }).waitFor();
    await detail.locator('tr', { hasText: 'Phong tỏa pháp lý' }).getByText('Không', { exact: true }).waitFor();

    // on a phone the record page fits the screen
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await state.filter({ hasText: 'Đang lưu trữ' }).waitFor();
    const wider = await overflow(page);
    assert.ok(wider <= 1, `page wider than the screen by ${wider}px`);
    v = await axeViolations(page);
    assert.deepEqual(v, [], JSON.stringify(v, null, 1));
    await page.setViewportSize({ width: 1280, height: 800 });

    // the disposal review lists the record past its retention; disposed of with a reason, it leaves the review
    await page.goto(`${S.baseURL}/records`);
    await page.getByRole('link', { name: 'Xem xét hủy hồ sơ' }).click();
    await page.getByRole('heading', { name: 'Xem xét hủy hồ sơ', level: 1 }).waitFor();
    const review = page.getByTestId('disposal-review');
    const row = review.locator('.ant-table-row', { hasText: 'Hồ sơ bồi dưỡng giáo viên năm 2020' });
    await row.waitFor();
    assert.equal(await review.locator('.ant-table-row').count(), 1);
    await row.getByText('15/08/2025').waitFor(); // recorded 15/08/2020, kept 60 months
    await row.getByRole('button', { name: 'Hủy hồ sơ' }).click();
    assert.equal(await dlg.locator('.ant-alert-warning').count(), 0, 'past retention and not on hold: no warning');
    await dlg.getByLabel('Lý do hủy').fill('Hết thời hạn lưu trữ theo quy định');
    await dlg.getByRole('button', { name: 'Hủy hồ sơ' }).click();
    await dlg.waitFor({ state: 'detached' });
    await page.getByText('Không có hồ sơ nào đến hạn hủy.').waitFor();

    // disposed records leave the register unless asked for, and keep the reason
    await page.goto(`${S.baseURL}/records`);
    await table.getByText('Biên bản họp hội đồng trường tháng 10').waitFor();
    assert.equal(await table.getByText('Hồ sơ bồi dưỡng giáo viên năm 2020').count(), 0);
    await page.getByText('Gồm cả hồ sơ đã hủy').click();
    await table.getByRole('link', { name: 'Hồ sơ bồi dưỡng giáo viên năm 2020' }).click();
    await state.filter({ hasText: 'Đã hủy' }).waitFor();
    await detail.getByText('Hết thời hạn lưu trữ theo quy định').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Hủy hồ sơ' }).count(), 0, 'disposed of once');

    // the clause evidence of ISO 9001 lists kept records on their clauses and in the checklist, not disposed ones
    await page.goto(`${S.baseURL}/evidence`);
    const clauseRow = (n) => page.getByTestId('clauses-table').locator(`tr[data-number="${n}"]`);
    await clauseRow('9.2.2').getByRole('link', { name: /^Báo cáo đánh giá nội bộ năm học 2025-2026 \(20\/06\/2026\)$/ }).waitFor();
    await page.getByTestId('mandatory-table').getByRole('link', { name: /^Báo cáo đánh giá nội bộ năm học 2025-2026/ }).first().waitFor();
    await clauseRow('7.2').waitFor();
    assert.equal(await clauseRow('7.2').getByText('Hồ sơ bồi dưỡng giáo viên năm 2020').count(), 0);
    assert.deepEqual(errors, []);
  });
});

test('distribution: the owner distributes a published procedure, a school staff member reads and acknowledges it, the report shows it', T, async () => {
  // A procedure of the department, published today (the documents walk covers the approval screens).
  const owner = await apiAs(DEPARTMENT_QUALITY_MANAGER.email);
  const approver = await apiAs('giamdoc@demo.eduims.vn');
  const root = (await owner('GET', '/units?q=SO-GDDT')).json.items.find((u) => u.code === 'SO-GDDT');
  const giamdoc = (await owner('GET', '/users?q=giamdoc')).json.items[0];
  const doc = await owner('POST', '/documents', { unit_id: root.id, title: 'Quy trình tiếp nhận ý kiến phụ huynh', type: 'procedure' });
  assert.equal(doc.status, 201, JSON.stringify(doc.json));
  const rev = await owner('POST', `/documents/${doc.json.id}/revisions`, {
    change_description: 'Ban hành lần đầu', content_markdown: '# Mục đích\n\nLắng nghe ý kiến của phụ huynh.', approver_id: giamdoc.id,
  });
  assert.equal(rev.status, 201, JSON.stringify(rev.json));
  let version = rev.json.version;
  for (const [who, action, extra] of [[owner, 'submit'], [approver, 'approve'], [approver, 'publish', { effective_on: vietnamDate().iso }]]) {
    const r = await who('POST', `/documents/${doc.json.id}/revisions/${rev.json.id}/decisions`, { action, version, ...extra });
    assert.equal(r.status, 200, `${action}: ${JSON.stringify(r.json)}`);
    version = r.json.version;
  }
  const title = `${doc.json.code} — Quy trình tiếp nhận ý kiến phụ huynh`;

  await withPage(S, 'distribution-walk', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // the owner sends it to THPT Tô Hiệu (everyone) and to the staff of THPT Chuyên (its Tổ Toán - Tin included)
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.goto(`${S.baseURL}/documents/${doc.json.id}`);
    const distribution = page.getByTestId('distribution');
    await distribution.getByText('Tài liệu chưa được phân phối.').waitFor();
    await distribution.getByRole('button', { name: 'Chọn nơi nhận' }).click();
    const dlg = page.getByRole('dialog');
    const rows = dlg.getByTestId('distribution-target');
    await pick(page, rows.nth(0), 'Đơn vị (cả cấp dưới)', 'TOHIEU', 'THPT-TOHIEU');
    await dlg.getByRole('button', { name: 'Thêm nơi nhận' }).click();
    await pick(page, rows.nth(1), 'Đơn vị (cả cấp dưới)', 'Chuyên Sơn La', 'THPT-CHUYEN)');
    await pick(page, rows.nth(1), 'Vai trò', 'Cán bộ', 'Cán bộ, giáo viên, nhân viên');
    await dropdownsClosed(page);
    const v = await axeViolations(page);
    assert.deepEqual(v, [], JSON.stringify(v, null, 1));
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.waitFor({ state: 'detached' });
    const targets = distribution.getByTestId('distribution-targets');
    await targets.getByText('Trường THPT Tô Hiệu — Mọi người').waitFor();
    await targets.getByText('Trường THPT Chuyên Sơn La — Cán bộ, giáo viên, nhân viên').waitFor();
    await distribution.getByTestId('readership-summary').filter({ hasText: '0/3 người đã xác nhận đã đọc (0%)' }).waitFor();

    // the school's staff member finds the department's procedure in the documents and by a search without
    // diacritics, though it lies outside the school's subtree
    await login(page, S.baseURL, STAFF);
    await page.getByRole('link', { name: 'Tài liệu', exact: true }).click();
    await page.getByTestId('documents-table').locator('tr', { hasText: 'Quy trình tiếp nhận ý kiến phụ huynh' }).waitFor();
    await page.getByLabel('Tìm tài liệu').fill('tiep nhan y kien phu huynh');
    await page.getByLabel('Tìm tài liệu').press('Enter');
    await page.getByText('Kết quả tìm kiếm').waitFor();
    const hit = page.getByTestId('documents-table').locator('tr', { hasText: 'Quy trình tiếp nhận ý kiến phụ huynh' });
    await hit.getByTestId('doc-snippet').locator('mark').first().waitFor();
    await hit.getByRole('link', { name: 'Quy trình tiếp nhận ý kiến phụ huynh' }).click();
    await page.getByTestId('document-content').getByRole('heading', { name: 'Mục đích' }).waitFor();

    // and on the home page and in the reading list, on a phone
    await page.goto(`${S.baseURL}/`);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('to-read-count').getByText('1', { exact: true }).waitFor();
    // named twice: in the documents to read and, as a task, in the to-do panel
    await page.getByTestId('todo-item').getByRole('link', { name: title }).waitFor();
    assert.equal(await page.getByRole('link', { name: title }).count(), 2);
    await page.getByTestId('menu-button').click();
    await page.locator('.ant-drawer').getByRole('link', { name: 'Tài liệu cần đọc', exact: true }).click();
    await page.getByRole('heading', { name: 'Tài liệu cần đọc', level: 1 }).waitFor();
    await page.locator('.ant-drawer-content').waitFor({ state: 'hidden' }); // the open drawer narrows the page
    const list = page.getByTestId('reading-list');
    const item = list.locator('.ant-table-row', { hasText: 'Quy trình tiếp nhận ý kiến phụ huynh' });
    await item.getByText('Cần đọc').waitFor();
    let wider = await overflow(page);
    assert.ok(wider <= 1, `reading list wider than the screen by ${wider}px`);
    await item.getByRole('link', { name: 'Quy trình tiếp nhận ý kiến phụ huynh' }).click();

    // reads the revision in force and acknowledges it, once
    await page.getByTestId('document-content').getByRole('heading', { name: 'Mục đích' }).waitFor();
    const ack = page.getByTestId('acknowledge');
    await ack.getByText('lần ban hành 1').waitFor();
    assert.equal(await page.getByTestId('distribution').count(), 0, 'the readership is the owner’s');
    wider = await overflow(page);
    assert.ok(wider <= 1, `document page wider than the screen by ${wider}px`);
    await ack.getByRole('button', { name: 'Xác nhận đã đọc' }).click();
    await ack.getByText('Bạn đã xác nhận đã đọc lúc').waitFor();
    await page.reload();
    await page.getByTestId('document-content').getByRole('heading', { name: 'Mục đích' }).waitFor();
    assert.equal(await page.getByTestId('acknowledge').count(), 0, 'nothing left to acknowledge');
    await page.goto(`${S.baseURL}/reading-list`);
    await page.getByText('Không có tài liệu nào cần đọc.').waitFor();
    await page.getByText('Tất cả', { exact: true }).click();
    await list.locator('.ant-table-row', { hasText: 'Quy trình tiếp nhận ý kiến phụ huynh' }).getByText(/^Đã đọc lúc \d{2}\/\d{2}\/\d{4}/).waitFor();
    await page.setViewportSize({ width: 1280, height: 800 });

    // the owner's report: one of three, per unit with percentages, and who has not read it
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.goto(`${S.baseURL}/documents/${doc.json.id}`);
    await distribution.getByTestId('readership-summary').filter({ hasText: '1/3 người đã xác nhận đã đọc (33%)' }).waitFor();
    const report = distribution.getByTestId('readership');
    const tohieu = report.locator('.ant-table-row', { hasText: 'Trường THPT Tô Hiệu' });
    await tohieu.getByText('50%').waitFor();
    await tohieu.getByText('Đinh Công Sơn').waitFor();
    assert.equal(await report.getByText('Hà Thị Lan').count(), 0, 'she has read it');
    const toan = report.locator('.ant-table-row', { hasText: 'Tổ Toán - Tin' });
    await toan.getByText('0%').waitFor();
    await toan.getByText('Quàng Thị Mai').waitFor();
    assert.deepEqual(errors, []);
  });
});

test('records and reading list in English', T, async () => {
  await withPage(S, 'records-english', async (page) => {
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.goto(`${S.baseURL}/records`);
    await page.locator('header').getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Records', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New record' }).click();
    const dlg = page.getByRole('dialog');
    for (const label of ['Title', 'Record type', 'Unit', 'Recorded on', 'Retention period (months)', 'Record keeper', 'Description']) {
      await dlg.getByLabel(label, { exact: true }).waitFor();
    }
    await dlg.getByRole('button', { name: 'Save' }).click();
    await dlg.locator('.ant-form-item-explain-error').first().waitFor(); // required fields, nothing sent
    await dlg.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('link', { name: 'Reading list', exact: true }).click();
    await page.getByRole('heading', { name: 'Reading list', level: 1 }).waitFor();
    await page.getByText('Nothing to read.').waitFor();
    const v = await axeViolations(page);
    assert.deepEqual(v, [], JSON.stringify(v, null, 1));
    await page.locator('header').getByText('VI', { exact: true }).click();
    await page.getByRole('heading', { name: 'Tài liệu cần đọc', level: 1 }).waitFor();
  });
});

/** A small valid one-page PDF (its xref offsets computed), as a browser user would upload. */
function tinyPdf(text) {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 12 Tf 10 50 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 12 Tf 10 50 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

// A 1x1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const sha256 = (b) => createHash('sha256').update(b).digest('hex');

test('attachments: evidence files on a record, a file whose bytes are not its type refused, files of a draft, the controlled copy', T, async () => {
  const owner = await apiAs(DEPARTMENT_QUALITY_MANAGER.email);
  const approver = await apiAs('giamdoc@demo.eduims.vn');
  const root = (await owner('GET', '/units?q=SO-GDDT')).json.items.find((u) => u.code === 'SO-GDDT');
  const giamdoc = (await owner('GET', '/users?q=giamdoc')).json.items[0];
  const record = (await owner('GET', '/records?q=khao sat')).json.items[0];
  const doc = (await owner('POST', '/documents', { unit_id: root.id, title: 'Hướng dẫn lưu trữ hồ sơ', type: 'work_instruction' })).json;
  const rev = (await owner('POST', `/documents/${doc.id}/revisions`, {
    change_description: 'Ban hành lần đầu', content_markdown: '# Phạm vi\n\nMọi hồ sơ của Sở.', approver_id: giamdoc.id,
  })).json;
  const pdf = tinyPdf('Bien ban hop');

  await withPage(S, 'attachments', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);

    // a record's evidence: a PDF uploaded, listed with its type read from the bytes, size and SHA-256, downloaded whole
    await page.goto(`${S.baseURL}/records/${record.id}`);
    const files = page.getByTestId('attachments');
    await files.getByText('Chưa có tệp nào.').waitFor();
    await files.locator('input[type=file]').setInputFiles({ name: 'Biên bản họp phụ huynh.pdf', mimeType: 'application/pdf', buffer: pdf });
    const row = files.locator('.ant-table-row', { hasText: 'Biên bản họp phụ huynh.pdf' });
    await row.getByText(`${sha256(pdf).slice(0, 12)}…`).waitFor();
    await row.getByText('application/pdf').waitFor();
    await row.getByText(`${pdf.length} B`).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: 'Biên bản họp phụ huynh.pdf' }).click()]);
    assert.equal(sha256(readFileSync(await download.path())), sha256(pdf));
    assert.equal(download.suggestedFilename(), 'Biên bản họp phụ huynh.pdf');

    // a PNG named .pdf: the server's refusal is shown, nothing is added
    await files.locator('input[type=file]').setInputFiles({ name: 'bao-cao.pdf', mimeType: 'application/pdf', buffer: PNG });
    await files.locator('.ant-alert-error').filter({ hasText: 'bao-cao.pdf' }).filter({ hasText: 'PNG' }).waitFor();
    assert.equal(await files.locator('.ant-table-row').count(), 1);
    // over the server's 50 MB limit: refused with the limit named
    const big = join(mkdtempSync(join(tmpdir(), 'eduims-upload-')), 'Ảnh chụp hồ sơ.pdf');
    writeFileSync(big, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(51 * 1024 * 1024, 0x20)]));
    try {
      await files.locator('input[type=file]').setInputFiles(big);
      await files.locator('.ant-alert-error').filter({ hasText: 'Ảnh chụp hồ sơ.pdf' }).filter({ hasText: 'vượt quá giới hạn' }).waitFor({ timeout: 60_000 });
    } finally {
      rmSync(dirname(big), { recursive: true, force: true });
    }
    assert.equal(await files.locator('.ant-table-row').count(), 1);
    let v = await axeViolations(page);
    assert.deepEqual(v, [], JSON.stringify(v, null, 1));

    // a draft's files: added and removed while it is a draft; the published revision has a controlled copy
    await page.goto(`${S.baseURL}/documents/${doc.id}`);
    const revision = page.getByTestId('revision');
    const draftFiles = revision.getByTestId('attachments');
    await draftFiles.locator('input[type=file]').setInputFiles({ name: 'Mẫu sổ lưu trữ.png', mimeType: 'image/png', buffer: PNG });
    await draftFiles.locator('.ant-table-row', { hasText: 'Mẫu sổ lưu trữ.png' }).getByText('image/png').waitFor();
    await draftFiles.locator('input[type=file]').setInputFiles({ name: 'Phụ lục.pdf', mimeType: 'application/pdf', buffer: pdf });
    await draftFiles.locator('.ant-table-row', { hasText: 'Phụ lục.pdf' }).waitFor();
    await draftFiles.locator('.ant-table-row', { hasText: 'Mẫu sổ lưu trữ.png' }).getByRole('button', { name: 'Gỡ' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xác nhận' }).click();
    await draftFiles.locator('.ant-table-row', { hasText: 'Mẫu sổ lưu trữ.png' }).waitFor({ state: 'detached' });
    // the draft's text still saves: the files changed its version, and the page knows the new one
    await revision.getByLabel('Nội dung (Markdown)').fill('# Phạm vi\n\nMọi hồ sơ của Sở và các trường.');
    await revision.getByRole('button', { name: 'Lưu bản dự thảo' }).click();
    await page.getByText('Đã lưu bản dự thảo').waitFor();

    let version = (await owner('GET', `/documents/${doc.id}/revisions/${rev.id}`)).json.version;
    for (const [who, action, extra] of [[owner, 'submit'], [approver, 'approve'], [approver, 'publish', { effective_on: vietnamDate().iso }]]) {
      const r = await who('POST', `/documents/${doc.id}/revisions/${rev.id}/decisions`, { action, version, ...extra });
      assert.equal(r.status, 200, `${action}: ${JSON.stringify(r.json)}`);
      version = r.json.version;
    }
    await page.reload();
    await page.getByTestId('document-content').getByRole('heading', { name: 'Phạm vi' }).waitFor();
    assert.equal(await draftFiles.getByRole('button', { name: 'Tải tệp lên' }).count(), 0, 'a published revision keeps its files');
    await draftFiles.locator('.ant-table-row', { hasText: 'Phụ lục.pdf' }).waitFor();
    const [copy] = await Promise.all([page.waitForEvent('download'), page.getByTestId('controlled-copy').click()]);
    const bytes = readFileSync(await copy.path());
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    v = await axeViolations(page);
    assert.deepEqual(v, [], JSON.stringify(v, null, 1));
    assert.deepEqual(errors, []);
  });
});

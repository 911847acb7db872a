import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  startForFile, withPage, login, pick, axeViolations, dropdownsClosed, pickClause, STAFF, QUALITY_MANAGER, DEPARTMENT_QUALITY_MANAGER,
} from './harness.mjs';

const S = startForFile();

const T = { timeout: 120_000 };
const TITLE = 'Quy trình tuyển sinh lớp 10';

/** The revision's status tag on the document page. */
const revisionStatus = (page) => page.getByTestId('revision').getByTestId('revision-status');

test('documents: a procedure from draft through review, the author never offered as approver, approval and publication', T, async () => {
  await withPage(S, 'documents-workflow', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // the department's quality manager creates the procedure for THPT Tô Hiệu
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.getByRole('link', { name: 'Tài liệu', exact: true }).click();
    await page.getByRole('button', { name: 'Thêm tài liệu' }).click();
    const dlg = page.getByRole('dialog');
    await dlg.getByLabel('Tên tài liệu').fill(TITLE);
    await pick(page, dlg, 'Đơn vị', 'TOHIEU', 'THPT-TOHIEU');
    await dlg.getByLabel('Mã', { exact: true }).fill('QT 01'); // a space is not allowed in a code: the server says so beside it
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.locator('.ant-form-item', { has: page.getByLabel('Mã', { exact: true }) }).locator('.ant-form-item-explain-error').waitFor();
    await dlg.getByLabel('Mã', { exact: true }).fill('');
    // linked to clause 7.5.3 (control of documented information) of ISO 21001, found by its number
    await pickClause(page, dlg, 'Điều khoản liên quan', '7.5.3');
    await dlg.locator('.ant-modal-title').click();
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('heading', { name: `QT-01 — ${TITLE}`, level: 1 }).waitFor();
    await page.getByTestId('clauses').getByText(/^ISO 21001:2018 7\.5\.3 /).waitFor();
    const documentUrl = page.url();

    // its first draft is open at once: Markdown content and a reviewer
    await revisionStatus(page).filter({ hasText: 'Dự thảo' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Mở bản dự thảo mới' }).count(), 0);
    const revision = page.getByTestId('revision');
    // the editor's font has the Vietnamese letters (a generic monospace drew "kế hoạch" as "kê´hoạch")
    const font = await revision.getByLabel('Nội dung (Markdown)').evaluate((e) => getComputedStyle(e).fontFamily);
    assert.match(font, /^"?DejaVu Sans Mono/);
    assert.ok(await page.evaluate(() => document.fonts.check('14px "DejaVu Sans Mono"', 'kế hoạch')));
    await revision.getByLabel('Nội dung (Markdown)').fill(
      '# Mục đích\n\nQuy định việc **tuyển sinh** lớp 10.\n\n<script>window.hacked = 1</script>\n\n[liên kết](javascript:alert(1))\n',
    );
    await pick(page, revision, 'Người xem xét', 'nhanvien.tohieu', 'nhanvien.tohieu@demo.eduims.vn');
    await page.keyboard.press('Escape');
    // the approver picker offers the people who may approve here, the school's quality manager among them, but never
    // the author (the department's quality manager, who could otherwise approve there)
    await dropdownsClosed(page);
    await revision.locator('.ant-select', { has: page.getByLabel('Người phê duyệt', { exact: true }) }).click();
    await revision.getByLabel('Người phê duyệt', { exact: true }).fill('demo.eduims.vn');
    const offered = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await offered.filter({ hasText: 'hieutruong.tohieu@demo.eduims.vn' }).first().waitFor();
    assert.equal(await offered.filter({ hasText: 'iso@demo.eduims.vn' }).count(), 0);
    // the school's quality manager as approver; saved, the draft renders safely: a heading and emphasis, no script,
    // no javascript: link
    await offered.filter({ hasText: 'hieutruong.tohieu@demo.eduims.vn' }).first().click();
    await dropdownsClosed(page);
    const v = await axeViolations(page);
    assert.deepEqual(v, [], JSON.stringify(v, null, 1));
    await revision.getByRole('button', { name: 'Lưu bản dự thảo' }).click();
    await page.getByText('Đã lưu bản dự thảo').waitFor();
    await revision.getByRole('tab', { name: 'Xem trước (bản đã lưu)' }).click();
    const preview = revision.getByTestId('draft-preview');
    await preview.getByRole('heading', { name: 'Mục đích' }).waitFor();
    assert.equal(await preview.locator('strong').innerText(), 'tuyển sinh');
    assert.equal(await preview.locator('script').count(), 0);
    assert.equal(await preview.locator('a[href^="javascript"]').count(), 0);
    await revision.getByRole('tab', { name: 'Soạn thảo' }).click();

    await revision.getByRole('button', { name: 'Gửi xem xét' }).click();
    await revisionStatus(page).filter({ hasText: 'Đang xem xét' }).waitFor();
    assert.equal(await revision.getByRole('button', { name: 'Phê duyệt' }).count(), 0, 'the author is never offered approval');
    await revision.getByTestId('reviewers').getByText('chưa đồng ý').waitFor();

    // the staff member named as reviewer endorses it, on a phone
    await login(page, S.baseURL, STAFF);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${S.baseURL}/documents`);
    // the list says the document is in review, not a draft
    assert.equal(await page.locator('tr', { hasText: TITLE }).locator('.ant-tag').first().innerText(), 'Đang xem xét');
    await page.locator('tr', { hasText: TITLE }).getByRole('link', { name: TITLE }).click();
    await revisionStatus(page).filter({ hasText: 'Đang xem xét' }).waitFor();
    await revision.getByTestId('revision-content').getByRole('heading', { name: 'Mục đích' }).waitFor();
    assert.equal(await revision.getByRole('button', { name: 'Phê duyệt' }).count(), 0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page wider than the screen by ${overflow}px`);
    await revision.getByRole('button', { name: 'Đồng ý nội dung' }).click();
    await dlg.getByLabel('Ý kiến').fill('Nội dung phù hợp.');
    await dlg.getByRole('button', { name: 'Đồng ý nội dung' }).click();
    await dlg.waitFor({ state: 'detached' });
    await revision.getByTestId('reviewers').getByText('đã đồng ý').waitFor();
    assert.equal(await revision.getByRole('button', { name: 'Đồng ý nội dung' }).count(), 0, 'endorsed once');
    await page.setViewportSize({ width: 1280, height: 800 });

    // the named approver approves, then publishes with today's effective date
    await login(page, S.baseURL, QUALITY_MANAGER);
    await page.goto(documentUrl);
    await revisionStatus(page).filter({ hasText: 'Đang xem xét' }).waitFor();
    await revision.getByRole('button', { name: 'Phê duyệt' }).click();
    await dlg.getByRole('button', { name: 'Phê duyệt' }).click();
    await dlg.waitFor({ state: 'detached' });
    await revisionStatus(page).filter({ hasText: 'Đã phê duyệt' }).waitFor();
    await revision.getByRole('button', { name: 'Ban hành' }).click();
    await dlg.getByLabel('Ngày hiệu lực').waitFor();
    assert.match(await dlg.getByLabel('Ngày hiệu lực').inputValue(), /^\d{2}\/\d{2}\/\d{4}$/);
    await dlg.getByRole('button', { name: 'Ban hành' }).click();
    await dlg.waitFor({ state: 'detached' });
    await revisionStatus(page).filter({ hasText: 'Đã ban hành' }).waitFor();

    // the document is published and shows the published revision's content
    await page.getByRole('heading', { level: 1 }).getByText('Đã ban hành').waitFor();
    const content = page.getByTestId('document-content');
    await content.getByRole('heading', { name: 'Mục đích' }).waitFor();
    await page.getByText('Nội dung hiện hành (Lần ban hành 1)').waitFor();
    const decisions = await page.getByTestId('decisions').locator('.ant-table-row').allInnerTexts();
    assert.deepEqual(
      decisions.map((r) => ['Gửi xem xét', 'Đồng ý nội dung', 'Phê duyệt', 'Ban hành'].find((a) => r.includes(a))),
      ['Gửi xem xét', 'Đồng ý nội dung', 'Phê duyệt', 'Ban hành'],
    );
    assert.ok(decisions[1].includes('Nội dung phù hợp.'));

    // its details change: a 24-month review period moves the next review date 24 months after the effective date
    await page.getByRole('button', { name: 'Sửa thông tin' }).click();
    await dlg.getByLabel('Chu kỳ xem xét (tháng)').fill('24');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.waitFor({ state: 'detached' });
    const detail = page.getByTestId('document-detail');
    await detail.locator('tr', { hasText: 'Chu kỳ xem xét (tháng)' }).getByText('24', { exact: true }).waitFor();
    const saved = await (await page.request.get(`${S.baseURL}/api/v1/documents/${documentUrl.split('/').pop()}`)).json();
    const [ey, em] = saved.effective_on.split('-').map(Number);
    const [ny, nm, nd] = saved.next_review_on.split('-');
    assert.equal(Number(ny) * 12 + Number(nm) - (ey * 12 + em), 24);
    await detail.getByText(`${nd}/${nm}/${ny}`).waitFor();

    // found by a search without diacritics
    await page.goto(`${S.baseURL}/documents`);
    await page.getByLabel('Tìm tài liệu').fill('tuyen sinh lop 10');
    await page.getByLabel('Tìm tài liệu').press('Enter');
    await page.locator('tr', { hasText: TITLE }).getByTestId('doc-snippet').locator('mark').first().waitFor();

    // archived, it leaves the list
    await page.goto(documentUrl);
    await page.getByRole('button', { name: 'Lưu trữ' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByRole('heading', { name: 'Tài liệu', level: 1 }).waitFor();
    await page.getByText('Không có tài liệu nào.').waitFor();
    assert.deepEqual(errors, []);
  });
});

test('documents: the screens in English', T, async () => {
  await withPage(S, 'documents-english', async (page) => {
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.goto(`${S.baseURL}/documents`);
    await page.locator('header').getByText('EN', { exact: true }).click();
    await page.getByRole('button', { name: 'New document' }).click();
    const dlg = page.getByRole('dialog');
    for (const label of ['Title', 'Type', 'Unit', 'Code', 'Confidentiality', 'Owner', 'Review period (months)']) {
      await dlg.getByLabel(label, { exact: true }).waitFor();
    }
    const v = await axeViolations(page);
    assert.deepEqual(v, [], JSON.stringify(v, null, 1));
    await dlg.getByRole('button', { name: 'Save' }).click();
    await dlg.locator('.ant-form-item-explain-error').first().waitFor(); // required fields, nothing sent
    await dlg.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('header').getByText('VI', { exact: true }).click();
    await page.getByRole('button', { name: 'Thêm tài liệu' }).waitFor();
  });
});

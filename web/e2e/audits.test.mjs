import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  startForFile, withPage, login, pick, pickClause, axeViolations, dropdownsClosed, apiAs, ADMIN, STAFF, QUALITY_MANAGER,
  DEPARTMENT_QUALITY_MANAGER,
} from './harness.mjs';

const S = startForFile();

const T = { timeout: 240_000 };
// The department's internal auditor (src/demo/demo.cc): may audit every unit, belongs to the department's office.
const AUDITOR = { email: 'danhgianoibo@demo.eduims.vn', password: ADMIN.password };
const TITLE = 'Đánh giá kiểm soát hồ sơ tuyển sinh THPT Tô Hiệu';
const FINDING = 'Hồ sơ tuyển sinh 2026 không được lưu theo quy định';
const AGENDA = '8:00 họp khai mạc; 8:30 phỏng vấn người được đánh giá; 9:30 kiểm tra tủ hồ sơ; 11:00 họp kết thúc';
// A photo of the records cabinet (1×1 PNG).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** A day `days` from today in Vietnam, as the date pickers take it (dd/MM/yyyy). */
function vietnamDay(days) {
  const d = new Date(Date.now() + 7 * 3600_000 + days * 86400_000);
  const [y, m, day] = d.toISOString().slice(0, 10).split('-');
  return `${day}/${m}/${y}`;
}

async function noAxeViolations(page, where) {
  await dropdownsClosed(page);
  const v = await axeViolations(page);
  assert.deepEqual(v, [], `${where}: ${JSON.stringify(v, null, 1)}`);
}

/** Types a date into the date picker labelled `label` and confirms it. */
async function fillDate(scope, label, value) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

/** Clicks the page's workflow button `name`, lets `fill` complete the dialog it opens, and confirms it. */
async function step(page, name, fill = async () => {}) {
  await page.locator('main').getByRole('button', { name, exact: true }).click();
  const dlg = page.getByRole('dialog');
  await dlg.waitFor();
  await fill(dlg);
  await dlg.getByRole('button', { name, exact: true }).click();
  await dlg.waitFor({ state: 'detached' });
}

/** Waits until the multiple select labelled `label` in `scope` shows `text` among its choices. */
const chosen = (page, scope, label, text) => scope.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) })
  .locator('.ant-select-selection-item', { hasText: text }).waitFor();

const status = (page, testId, text) => page.locator('h1').getByTestId(testId).filter({ hasText: text }).waitFor();

/** Adds a corrective action owned by the school's quality manager, due in `days`. */
async function addAction(page, title, days) {
  await page.getByRole('button', { name: 'Thêm hành động' }).click();
  const dlg = page.getByRole('dialog');
  await dlg.getByLabel('Tiêu đề').fill(title);
  await pick(page, dlg, 'Người phụ trách', 'hieutruong.tohieu', 'hieutruong.tohieu@demo.eduims.vn');
  await fillDate(dlg, 'Hạn hoàn thành', vietnamDay(days));
  await dlg.getByRole('button', { name: 'Lưu' }).click();
  await dlg.waitFor({ state: 'detached' });
  await page.getByTestId('linked-actions').getByRole('row', { name: new RegExp(title) }).waitFor();
}

/** Plans the actions with the internal auditor as the independent verifier, marks `action` done, confirms implementation. */
async function planAndImplement(page, action) {
  await step(page, 'Chốt kế hoạch hành động', async (dlg) => {
    await dlg.getByLabel('Tiêu chí đánh giá hiệu lực').fill('Kiểm tra ngẫu nhiên 20 hồ sơ: 100% đủ minh chứng và đúng nơi lưu');
    await fillDate(dlg, 'Hạn kiểm tra hiệu lực', vietnamDay(20));
    await pick(page, dlg, 'Người kiểm tra hiệu lực', 'danhgianoibo', 'danhgianoibo@demo.eduims.vn');
  });
  await status(page, 'nc-status', 'Đã lập kế hoạch');
  await page.getByRole('button', { name: `Hoàn thành: ${action}` }).click();
  await page.getByTestId('linked-actions').getByRole('row', { name: new RegExp(action) }).getByText('Hoàn thành').waitFor();
  await step(page, 'Xác nhận đã thực hiện');
  await status(page, 'nc-status', 'Đã thực hiện');
}

test('audits: plan with auditees and an independent auditor, edit the plan, fill the integrated checklist with an evidence file, file the report, carry a major nonconformity to closure, close the audit, edit the programme', T, async () => {
  await withPage(S, 'audits-walk', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // the department's quality manager plans an audit of THPT Tô Hiệu over ISO 21001 7.5.3 (and, added from the
    // crosswalk, the equal ISO 9001 7.5.3) and ISO 21001 8.5.1
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.getByRole('link', { name: 'Đánh giá nội bộ', exact: true }).click();
    await page.getByRole('heading', { name: 'Đánh giá nội bộ', level: 1 }).waitFor();
    await page.getByTestId('audits-table').getByText('Đánh giá nội bộ tuyển sinh').waitFor();
    await noAxeViolations(page, 'audit list');
    await page.getByRole('button', { name: 'Lập kế hoạch đánh giá' }).click();
    const dlg = page.getByRole('dialog');
    await pick(page, dlg, 'Chương trình', '', 'Chương trình đánh giá nội bộ năm');
    await dlg.getByLabel('Tên cuộc đánh giá').fill(TITLE);
    await pick(page, dlg, 'Đơn vị được đánh giá', 'TOHIEU', 'THPT-TOHIEU');
    // the school's own quality manager may audit there, but not independently: the server refuses
    await pick(page, dlg, 'Trưởng đoàn đánh giá', 'hieutruong.tohieu', QUALITY_MANAGER.email);
    await pick(page, dlg, 'Thành viên đoàn đánh giá', 'iso@', DEPARTMENT_QUALITY_MANAGER.email);
    await page.keyboard.press('Escape');
    await chosen(page, dlg, 'Thành viên đoàn đánh giá', DEPARTMENT_QUALITY_MANAGER.email);
    // the auditee: the school's officer who keeps the admission records
    await pick(page, dlg, 'Người được đánh giá', 'nhanvien.tohieu', STAFF.email);
    await page.keyboard.press('Escape');
    await chosen(page, dlg, 'Người được đánh giá', STAFF.email);
    await fillDate(dlg, 'Ngày bắt đầu', vietnamDay(14));
    await fillDate(dlg, 'Ngày kết thúc', vietnamDay(15));
    await pickClause(page, dlg, 'Điều khoản được đánh giá', '7.5.3');
    await pickClause(page, dlg, 'Điều khoản được đánh giá', '8.5.1');
    await dlg.locator('.ant-modal-title').click();
    await dlg.getByRole('button', { name: 'Thêm điều khoản tương đương của tiêu chuẩn kia' }).click();
    await page.getByText('Đã thêm 1 điều khoản tương đương.').waitFor();
    await dlg.locator('.ant-select-selection-item').filter({ hasText: /^7\.5\.3 / }).nth(1).waitFor();
    await pick(page, dlg, 'Quá trình được đánh giá', 'QT-TS', 'QT-TS');
    await page.keyboard.press('Escape');
    await dlg.getByLabel('Chương trình làm việc').fill('8:00 họp khai mạc; 8:30 kiểm tra hồ sơ tuyển sinh; 11:00 họp kết thúc');
    await noAxeViolations(page, 'audit form');
    const before = await (await page.request.get(`${S.baseURL}/api/v1/audits`)).json();
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    const leadItem = dlg.locator('.ant-form-item', { has: page.getByLabel('Trưởng đoàn đánh giá', { exact: true }) });
    await leadItem.locator('.ant-form-item-explain-error')
      .filter({ hasText: 'Chuyên gia đánh giá không được đánh giá đơn vị mà mình thuộc về' }).waitFor();
    const after = await (await page.request.get(`${S.baseURL}/api/v1/audits`)).json();
    assert.equal(after.items.length, before.items.length, 'the refused audit was not created');

    // the department's internal auditor leads it instead
    await pick(page, dlg, 'Trưởng đoàn đánh giá', 'danhgianoibo', AUDITOR.email);
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    const auditUrl = page.url();
    await status(page, 'audit-status', 'Đã lập kế hoạch');
    const lines = page.getByTestId('checklist-line');
    assert.equal(await lines.count(), 2, 'equal clauses share one line');
    await lines.nth(0).getByTestId('line-clauses').getByText(/^ISO 21001:2018 7\.5\.3 /).waitFor();
    await lines.nth(0).getByTestId('line-clauses').getByText(/^ISO 9001:2015 7\.5\.3 /).waitFor();
    await lines.nth(1).getByTestId('line-clauses').getByText(/^ISO 21001:2018 8\.5\.1 /).waitFor();
    await page.getByTestId('audit-detail').getByRole('link', { name: /^QT-TS/ }).waitFor();
    await page.getByTestId('audit-auditees').getByText('Hà Thị Lan').waitFor();
    await page.getByTestId('audit-detail').getByText('Lò Thị Đào').waitFor();
    // planning is the manager's; the checklist waits for the lead auditor to start
    assert.equal(await page.getByRole('button', { name: /^Ghi kết quả/ }).count(), 0);
    await noAxeViolations(page, 'audit page');

    // the plan changes before the audit: a team member cannot also be an auditee (refused beside the field); the
    // school's quality manager is added as auditee instead, and the agenda grows
    await page.getByRole('button', { name: 'Sửa kế hoạch' }).click();
    await dlg.waitFor();
    await chosen(page, dlg, 'Thành viên đoàn đánh giá', DEPARTMENT_QUALITY_MANAGER.email);
    await pick(page, dlg, 'Người được đánh giá', 'iso@', DEPARTMENT_QUALITY_MANAGER.email);
    await page.keyboard.press('Escape');
    await chosen(page, dlg, 'Người được đánh giá', DEPARTMENT_QUALITY_MANAGER.email);
    await chosen(page, dlg, 'Thành viên đoàn đánh giá', DEPARTMENT_QUALITY_MANAGER.email);
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    const auditeesItem = dlg.locator('.ant-form-item', { has: page.getByLabel('Người được đánh giá', { exact: true }) });
    await auditeesItem.locator('.ant-form-item-explain-error')
      .filter({ hasText: 'không thể đồng thời là người được đánh giá' }).waitFor();
    await auditeesItem.locator('.ant-select-selection-item', { hasText: DEPARTMENT_QUALITY_MANAGER.email })
      .locator('.ant-select-selection-item-remove').click();
    await pick(page, dlg, 'Người được đánh giá', 'hieutruong.tohieu', QUALITY_MANAGER.email);
    await page.keyboard.press('Escape');
    await chosen(page, dlg, 'Người được đánh giá', QUALITY_MANAGER.email);
    await dlg.getByLabel('Chương trình làm việc').fill(AGENDA);
    await noAxeViolations(page, 'audit plan form');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.waitFor({ state: 'detached' });
    await page.getByTestId('audit-auditees').getByText('Đinh Công Sơn').waitFor();
    await page.getByTestId('audit-detail').getByText(AGENDA).waitFor();
    assert.equal(await lines.count(), 2, 'the same clauses keep the same checklist');

    // the lead auditor starts the audit and fills the integrated checklist
    await login(page, S.baseURL, AUDITOR);
    await page.goto(auditUrl);
    await step(page, 'Bắt đầu đánh giá');
    await status(page, 'audit-status', 'Đang đánh giá');
    await page.getByRole('button', { name: 'Ghi kết quả — Dòng 1' }).click();
    await dlg.getByLabel('Câu hỏi').fill('Hồ sơ tuyển sinh có được nhận biết, lưu giữ và bảo vệ theo quy định không?');
    await pick(page, dlg, 'Kết quả', '', 'Không phù hợp nặng');
    await dlg.getByLabel('Bằng chứng khách quan').fill('12/40 hồ sơ kiểm tra thiếu giấy xác nhận ưu tiên; tủ hồ sơ không khoá');
    await dlg.getByText('Khi lưu, một sự không phù hợp được tạo cho đơn vị được đánh giá.').waitFor();
    await noAxeViolations(page, 'checklist line form');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.getByText('Hãy ghi phát hiện.').waitFor();
    await dlg.getByLabel('Phát hiện').fill(FINDING);
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.waitFor({ state: 'detached' });
    await lines.nth(0).getByTestId('line-result').filter({ hasText: 'Không phù hợp nặng' }).waitFor();
    // the objective evidence: a photo of the unlocked cabinet, on the line it supports
    await page.getByRole('button', { name: 'Tệp minh chứng — Dòng 1' }).click();
    await dlg.waitFor();
    const evidence = dlg.getByTestId('attachments');
    await evidence.locator('input[type=file]').setInputFiles({ name: 'Tủ hồ sơ không khoá.png', mimeType: 'image/png', buffer: PNG });
    await evidence.locator('.ant-table-row', { hasText: 'Tủ hồ sơ không khoá.png' }).getByText('image/png').waitFor();
    await noAxeViolations(page, 'evidence files');
    await dlg.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
    await dlg.waitFor({ state: 'detached' });
    await lines.nth(0).getByTestId('line-files').getByRole('link', { name: 'Tủ hồ sơ không khoá.png' }).waitFor();
    const ncLink = lines.nth(0).getByTestId('line-finding').getByRole('link', { name: /^Sự không phù hợp #\d+$/ });
    await ncLink.waitFor();
    await page.getByRole('button', { name: 'Ghi kết quả — Dòng 2' }).click();
    await pick(page, dlg, 'Kết quả', '', 'Phù hợp');
    await dlg.getByLabel('Bằng chứng khách quan').fill('Quy trình tuyển sinh QT-TS được thực hiện đúng kế hoạch');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.waitFor({ state: 'detached' });
    await page.getByText('Đã có kết quả 2/2 dòng').first().waitFor();
    await step(page, 'Báo cáo kết quả', async (d) => {
      await d.getByLabel('Tóm tắt kết quả').fill('Một sự không phù hợp nặng về kiểm soát hồ sơ tuyển sinh; quá trình tuyển sinh phù hợp.');
    });
    await status(page, 'audit-status', 'Đã báo cáo');
    await page.getByTestId('findings').getByRole('row', { name: new RegExp(FINDING) }).getByText('Mới báo cáo').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Tệp minh chứng — Dòng 1' }).count(), 0, 'reported evidence is kept');

    // the report: a PDF in the reader's language, then filed as a record of the school with the PDF as its evidence
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-report').click()]);
    assert.equal(readFileSync(await report.path()).subarray(0, 5).toString('latin1'), '%PDF-');
    await page.getByRole('button', { name: 'Lưu báo cáo thành hồ sơ' }).click();
    await page.getByTestId('audit-report-record').click();
    await page.getByRole('heading', { name: `Báo cáo đánh giá: ${TITLE}`, level: 1 }).waitFor();
    await page.getByTestId('attachments').locator('.ant-table-row', { hasText: /audit-report-\d+\.pdf/ })
      .getByText('application/pdf').waitFor();
    await page.goto(auditUrl);

    // the quality manager cannot close the audit while its nonconformity is open
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.goto(auditUrl);
    await page.locator('main').getByRole('button', { name: 'Đóng cuộc đánh giá' }).click();
    await dlg.getByRole('button', { name: 'Đóng cuộc đánh giá' }).click();
    await dlg.locator('.ant-alert-error').filter({ hasText: 'Còn 1 phát hiện của cuộc đánh giá đang được xử lý' }).waitFor();
    await dlg.getByRole('button', { name: 'Hủy' }).click();
    await dlg.waitFor({ state: 'detached' });
    await status(page, 'audit-status', 'Đã báo cáo');

    // the nonconformity raised by the audit: major, on both references, of the audited unit
    await page.getByTestId('findings').getByRole('link', { name: /^Sự không phù hợp #\d+$/ }).click();
    await page.getByRole('heading', { name: new RegExp(FINDING), level: 1 }).waitFor();
    const ncUrl = page.url();
    await status(page, 'nc-status', 'Mới báo cáo');
    const detail = page.getByTestId('nc-detail');
    await detail.getByText('Nặng', { exact: true }).waitFor();
    await detail.getByText('Đánh giá nội bộ', { exact: true }).waitFor();
    await detail.getByText(/^ISO 9001:2015 7\.5\.3 /).waitFor();
    const backToAudit = await detail.getByTestId('nc-audit').getAttribute('href');
    assert.equal(new URL(auditUrl).pathname, backToAudit, 'the nonconformity links back to its audit');
    await noAxeViolations(page, 'nonconformity page');
    // the seven steps' names are whole at 1366 px (and at this 1280), none cut off by its step's box
    const cut = await page.locator('.ant-steps-item-title').evaluateAll((titles) => titles
      .filter((t) => t.getBoundingClientRect().right > t.closest('.ant-steps-item').getBoundingClientRect().right + 1)
      .map((t) => t.textContent));
    assert.deepEqual(cut, []);

    // containment, a five-whys analysis, an action, the plan with an independent verifier, implementation
    await step(page, 'Ghi nhận khắc phục tức thời', async (d) => {
      await d.getByLabel('Khắc phục tức thời (sửa chữa)').fill('Bổ sung 12 giấy xác nhận ưu tiên; khoá tủ hồ sơ');
    });
    await status(page, 'nc-status', 'Đã khắc phục tức thời');
    await step(page, 'Phân tích nguyên nhân', async (d) => {
      await d.getByLabel('Tại sao 1', { exact: true }).fill('Hồ sơ nộp thiếu mà không bị phát hiện');
      await d.getByRole('button', { name: 'Thêm một lần hỏi tại sao' }).click();
      await d.getByLabel('Tại sao 2', { exact: true }).fill('Không có danh mục kiểm tra khi nhận hồ sơ');
      await d.getByLabel('Kết luận về nguyên nhân gốc').fill('Quy trình tuyển sinh thiếu bước kiểm tra hồ sơ khi tiếp nhận');
      await noAxeViolations(page, 'root cause form');
    });
    await status(page, 'nc-status', 'Đã phân tích nguyên nhân');
    await page.getByTestId('nc-analysis').getByText('Không có danh mục kiểm tra khi nhận hồ sơ').waitFor();
    await addAction(page, 'Bổ sung danh mục kiểm tra hồ sơ vào QT-TS', 7);
    await planAndImplement(page, 'Bổ sung danh mục kiểm tra hồ sơ vào QT-TS');
    assert.equal(await page.getByRole('button', { name: 'Kết luận: có hiệu lực' }).count(), 0, 'the verdict is the verifier\'s');

    // the verifier finds it ineffective: back to the root cause, in a second cycle, the first one kept
    await login(page, S.baseURL, AUDITOR);
    await page.goto(ncUrl);
    await step(page, 'Kết luận: không hiệu lực', async (d) => {
      await d.getByRole('button', { name: 'Kết luận: không hiệu lực' }).click();
      await d.getByText('Hãy ghi ý kiến kết luận.').waitFor();
      await d.getByLabel('Ý kiến').fill('Kiểm tra 20 hồ sơ mới: 3 hồ sơ vẫn thiếu minh chứng');
    });
    await status(page, 'nc-status', 'Đã khắc phục tức thời');
    await page.getByText('Tiến trình xử lý · Vòng 2').waitFor();
    const firstCycle = page.locator('[data-testid=nc-cycle][data-cycle="1"]');
    await firstCycle.getByText('Vòng 1 kết thúc với kết luận không hiệu lực').waitFor();
    await firstCycle.getByText('Không có danh mục kiểm tra khi nhận hồ sơ').waitFor();
    await firstCycle.getByText('Kiểm tra 20 hồ sơ mới: 3 hồ sơ vẫn thiếu minh chứng').waitFor();

    // analysed again by cause categories, a new action, then the verifier finds it effective
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.goto(ncUrl);
    await step(page, 'Phân tích nguyên nhân', async (d) => {
      await d.getByRole('radio', { name: 'Nhóm nguyên nhân (biểu đồ xương cá)' }).check();
      await d.getByRole('checkbox', { name: 'Con người' }).check();
      await d.getByRole('checkbox', { name: 'Phương pháp', exact: true }).check();
      await d.getByLabel('Kết luận về nguyên nhân gốc').fill('Cán bộ tiếp nhận chưa được hướng dẫn dùng danh mục kiểm tra');
    });
    await page.getByTestId('nc-analysis').getByText('Con người').waitFor();
    await addAction(page, 'Tập huấn cán bộ tiếp nhận hồ sơ', 5);
    await planAndImplement(page, 'Tập huấn cán bộ tiếp nhận hồ sơ');
    await login(page, S.baseURL, AUDITOR);
    await page.goto(ncUrl);
    await step(page, 'Kết luận: có hiệu lực', async (d) => {
      await d.getByLabel('Ý kiến').fill('Kiểm tra 20 hồ sơ: đủ minh chứng, lưu đúng nơi');
    });
    await status(page, 'nc-status', 'Đã kiểm tra hiệu lực');

    // closed by the quality manager; the audit then closes
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.goto(ncUrl);
    await step(page, 'Đóng sự không phù hợp');
    await status(page, 'nc-status', 'Đã đóng');
    await page.goto(auditUrl);
    await step(page, 'Đóng cuộc đánh giá');
    await status(page, 'audit-status', 'Đã đóng');
    await page.getByTestId('findings').getByRole('row', { name: new RegExp(FINDING) }).getByText('Đã đóng').waitFor();

    // the programme: its objectives edited; archiving refused while the demo audit of THPT Chuyên is still planned
    await page.getByTestId('audit-detail').getByRole('link', { name: /Chương trình đánh giá nội bộ năm/ }).click();
    await page.getByRole('button', { name: 'Sửa chương trình' }).click();
    await dlg.getByLabel('Mục tiêu').fill('Hệ thống tích hợp tại mọi trường; quá trình rủi ro cao hai lần mỗi năm');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.waitFor({ state: 'detached' });
    await page.getByTestId('programme-detail').getByText('quá trình rủi ro cao hai lần mỗi năm', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Lưu trữ chương trình' }).click();
    const confirm = page.locator('.ant-popconfirm:visible').getByRole('button', { name: 'Xác nhận' });
    await confirm.waitFor();
    const [refused] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'DELETE' && /\/audit-programmes\/\d+$/.test(r.url())),
      confirm.click(),
    ]);
    assert.equal(refused.status(), 409);
    await page.getByText('Còn 1 cuộc đánh giá của chương trình chưa đóng', { exact: false }).waitFor();

    // the dashboard's Pareto of causes counts the categories of the analysis in force
    await page.getByRole('link', { name: 'Thống kê SKPH' }).click();
    await page.getByRole('heading', { name: 'Thống kê sự không phù hợp', level: 1 }).waitFor();
    const cause = page.getByTestId('pareto-cause');
    await cause.waitFor();
    assert.match(await cause.getAttribute('aria-label'), /Phương pháp: 1 \(50%\); Con người: 1 \(100%\)/);
    await noAxeViolations(page, 'dashboard');
    assert.deepEqual(errors, []);
  });
});

/** How many pixels the page is wider than the screen. */
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The day `days` from today in Vietnam, as the API takes it (YYYY-MM-DD). */
const isoDay = (days) => new Date(Date.now() + 7 * 3600_000 + days * 86400_000).toISOString().slice(0, 10);

/**
 * A nonconformity of THPT Tô Hiệu taken through the API round the loop twice (an ineffective verification, then an
 * effective one) and closed: the department's quality manager runs it, the school's quality manager verifies.
 */
async function closedAfterTwoCycles(title) {
  const manager = await apiAs(S, DEPARTMENT_QUALITY_MANAGER);
  const verifier = await apiAs(S, QUALITY_MANAGER);
  const school = (await manager('GET', '/units?q=THPT-TOHIEU')).items.find((u) => u.code === 'THPT-TOHIEU');
  const me = await manager('GET', '/me');
  const verifierId = (await verifier('GET', '/me')).id;
  let nc = await manager('POST', '/nonconformities', { unit_id: school.id, title, source: 'internal_audit', severity: 'major' });
  const step = async (who, action, fields = {}) => {
    nc = await who('POST', `/nonconformities/${nc.id}/transitions`, { version: nc.version, action, ...fields });
  };
  const addAction = () => manager('POST', `/nonconformities/${nc.id}/actions`, {
    title: 'Lưu hồ sơ theo quy định', owner_id: me.id, due_date: isoDay(10),
  });
  const analyse = { root_cause_method: 'categories', root_cause: 'Chưa giao người lưu hồ sơ', categories: ['methods'] };
  const plan = { effectiveness_criterion: 'Không thiếu hồ sơ nào', verification_due: isoDay(20), verifier_id: verifierId };
  await step(manager, 'contain', { correction: 'Thu thập lại hồ sơ' });
  for (const verdict of ['verify_ineffective', 'verify_effective']) {
    await step(manager, 'analyse', analyse);
    const action = await addAction();
    await step(manager, 'plan', plan);
    await manager('POST', `/actions/${action.id}/transitions`, { version: action.version, to: 'done' });
    await step(manager, 'implement');
    await step(verifier, verdict, { comment: verdict === 'verify_effective' ? 'Đã hiệu quả' : 'Chưa hiệu quả' });
  }
  await step(manager, 'close');
  return nc;
}

test('staff on a phone: a closed nonconformity and its history, without workflow buttons; audits are not theirs', T, async () => {
  const FINDING = 'Sổ gọi tên không được lưu theo quy định';
  await closedAfterTwoCycles(FINDING);
  await withPage(S, 'audits-staff-phone', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, S.baseURL, STAFF);
    await page.getByTestId('menu-button').click();
    const drawer = page.locator('.ant-drawer');
    assert.equal(await drawer.getByRole('link', { name: 'Đánh giá nội bộ', exact: true }).count(), 0);
    await drawer.getByRole('link', { name: 'Sự không phù hợp', exact: true }).click();
    await page.getByRole('heading', { name: 'Sự không phù hợp', level: 1 }).waitFor();
    // the list shows each one's whole title, status and due date on the phone's screen, not a number and a cut title
    const listed = page.getByTestId('nonconformities-table').locator('.ant-table-row').filter({ hasText: FINDING }).first();
    const closed = listed.locator('.ant-tag').filter({ hasText: 'Đã đóng' });
    await closed.waitFor();
    const right = await closed.evaluate((e) => e.getBoundingClientRect().right);
    assert.ok(right <= 390, `the status ends at ${right}px, off a 390-px screen`);
    assert.match(await listed.innerText(), /Hạn xử lý: \d\d\/\d\d\/\d{4}/);
    await page.getByTestId('nonconformities-table').getByRole('link', { name: FINDING }).click();
    await page.getByRole('heading', { name: new RegExp(FINDING), level: 1 }).waitFor();
    await status(page, 'nc-status', 'Đã đóng');
    assert.equal(await page.locator('[data-testid=nc-cycle]').count(), 2, 'both cycles kept');
    assert.equal(await page.getByTestId('nc-steps').count(), 0, 'no workflow step for staff');
    assert.equal(await page.getByRole('button', { name: 'Sửa' }).count(), 0);
    assert.ok(await overflow(page) <= 1, `nonconformity page wider than the phone by ${await overflow(page)}px`);
    await noAxeViolations(page, 'nonconformity page, phone');
    await page.locator('header').getByText('EN', { exact: true }).click();
    await page.getByText('Closed', { exact: true }).first().waitFor();
    await page.getByText('Cycle 1 ended with an ineffective verdict; the cause is analysed again in the next cycle.').waitFor();
    await page.locator('header').getByText('VI', { exact: true }).click();
    await page.getByText('Lịch sử xử lý').waitFor();

    await page.goto(`${S.baseURL}/nonconformity-dashboard`);
    await page.getByTestId('nc-dashboard').waitFor();
    assert.ok(await overflow(page) <= 1, `dashboard wider than the phone by ${await overflow(page)}px`);
    await page.goto(`${S.baseURL}/audits`);
    await page.getByText('Bạn không có quyền xem nội dung này.').waitFor();
    assert.deepEqual(errors, []);
  }, { width: 390, height: 844 });
});

// The certification cycle in the browser (issue 6): steps 6 and 7 on the demo department's certificate, whose cycle
// began two years ago (an audit is completed only once its end date has come, so a new project cannot reach its
// surveillances within one test run); then a department and two of its schools through steps 1 to 5 with a stage 2
// major nonconformity that blocks the certificate until it is closed, and the demo certificate that blocks it until
// withdrawn (one live certificate per standard, issue 22), the certificate's surveillance windows in the
// organisation's calendar feed, its suspension on the public page. In that order: the demo certificate is renewed
// before it is withdrawn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  startForFile, withPage, login, pick, axeViolations, dropdownsClosed, settledDialog, apiAs, ADMIN, DEPARTMENT_QUALITY_MANAGER,
} from './harness.mjs';

const S = startForFile();
const T = { timeout: 300_000 };
const DIRECTOR = { email: 'giamdoc@demo.eduims.vn', password: ADMIN.password }; // top management of the department
const AUDITOR = { email: 'danhgianoibo@demo.eduims.vn', password: ADMIN.password }; // internal auditor, the verifier
const NUMBER = 'VN-E2E-IMS-0001';

/** The date `days` from today in Vietnam: `iso` as the API takes it, `shown` as the date pickers take it. */
function vietnamDay(days) {
  const iso = new Date(Date.now() + 7 * 3600_000 + days * 86400_000).toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-');
  return { iso, shown: `${d}/${m}/${y}` };
}

async function fillDate(scope, label, days) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(vietnamDay(days).shown);
  await input.press('Enter');
}

/** Picks several options of a multiple select, one search each, and closes its dropdown. */
async function pickMany(page, scope, label, choices) {
  for (const [search, option] of choices) {
    await dropdownsClosed(page);
    await scope.locator('.ant-select', { has: page.getByLabel(label, { exact: true }) }).click();
    await scope.getByLabel(label, { exact: true }).fill(search);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
    // A multiple select stays open after a pick; Escape would close the whole dialog, a click on its title does not.
    await page.locator('.ant-modal-title:visible').click();
  }
  await dropdownsClosed(page);
}

const actions = (page) => page.getByTestId('certification-actions');
const stepRow = (page, name) => page.getByTestId('certification-steps').locator('.ant-table-row').filter({ hasText: name });
const auditRow = (page, type) => page.getByTestId('certification-audits').locator('.ant-table-row').filter({ hasText: type });

/** Takes the project's transition `name` (its button), dated `days` from today unless null. */
async function transition(page, name, days = null, comment = '') {
  await actions(page).getByRole('button', { name, exact: true }).click();
  const dlg = await settledDialog(page);
  if (comment) await dlg.getByLabel('Ghi chú').fill(comment);
  // Enter in the date field confirms the date and, the form then being complete, sends it.
  if (days !== null) await fillDate(dlg, 'Ngày hoàn thành', days);
  else await dlg.getByRole('button', { name: 'Xác nhận' }).click();
  await dlg.waitFor({ state: 'detached' });
}

/** Links the kept record titled `title` to the step `name` and names the department's quality manager responsible. */
async function linkRecord(page, name, title) {
  await page.getByRole('button', { name: `Sửa ${name}` }).click();
  const dlg = await settledDialog(page);
  await pick(page, dlg, 'Người phụ trách', 'Lò Thị Đào', 'Lò Thị Đào');
  await pickMany(page, dlg, 'Hồ sơ', [[title, title]]);
  await dlg.getByRole('button', { name: 'Lưu' }).click();
  await dlg.waitFor({ state: 'detached' });
  await stepRow(page, name).getByRole('link', { name: /^#\d+$/ }).waitFor();
}

/** Plans a certification audit of `type` from `from` to `to` days from today, led by `lead`. */
async function addAudit(page, type, from, to, lead, justification = '') {
  await page.getByRole('button', { name: 'Thêm cuộc đánh giá' }).click();
  const dlg = await settledDialog(page);
  await pick(page, dlg, 'Loại', '', type);
  await dlg.locator('.ant-select-selection-item', { hasText: type }).waitFor();
  await fillDate(dlg, 'Ngày bắt đầu', from);
  await fillDate(dlg, 'Ngày kết thúc', to);
  await dlg.getByLabel('Số ngày công').fill('2');
  await dlg.getByLabel('Trưởng đoàn đánh giá').fill(lead);
  const members = dlg.getByLabel('Thành viên đoàn');
  await members.fill('Phạm Thu Hà');
  await members.press('Enter');
  if (justification) await dlg.getByLabel('Lý do ngoài khung thời gian').fill(justification);
  await dlg.getByRole('button', { name: 'Lưu' }).click();
  return dlg;
}

/** Completes the planned audit of `type` (an earlier completed one of the same type may be listed too). */
async function completeAudit(page, type) {
  const button = page.getByTestId('certification-audits').getByRole('button', { name: `Hoàn thành ${type}` });
  await button.click();
  const dlg = await settledDialog(page);
  await dlg.getByRole('button', { name: 'Xác nhận' }).click();
  await dlg.waitFor({ state: 'detached' });
  await button.waitFor({ state: 'detached' });
}

test('certification: steps 6 and 7 of the demo certificate, a recertification audit early with its justification, renewal, the next cycle', T, async () => {
  await withPage(S, 'certification-recertification', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.goto(`${S.baseURL}/certificates`);
    await page.getByTestId('certificates-table').getByRole('link', { name: 'DEMO-IMS-0001' }).click();
    await page.getByTestId('certificate-detail').getByRole('link', { name: '#1' }).click();
    await page.getByTestId('certification-steps').waitFor();
    const projectURL = page.url();
    const blockers = page.getByTestId('certification-blockers');
    assert.match(await blockers.innerText(), /Mới hoàn thành 1 trong 2 cuộc đánh giá giám sát/);

    // 6. The second surveillance, inside its window; then recertification begins.
    let dlg = await addAudit(page, 'Giám sát', -1, 0, 'Nguyễn Minh Quân');
    await dlg.waitFor({ state: 'detached' });
    await completeAudit(page, 'Giám sát');
    await blockers.waitFor({ state: 'detached' });
    await transition(page, 'Bắt đầu chứng nhận lại');
    await stepRow(page, '7. Chứng nhận lại').getByText('Đang thực hiện').waitFor();

    // 7. A recertification audit before its window: refused until it carries a justification.
    dlg = await addAudit(page, 'Chứng nhận lại', 0, 0, 'Nguyễn Minh Quân');
    await dlg.getByText(/hãy ghi lý do nếu vẫn lập kế hoạch/).waitFor();
    await dlg.getByLabel('Lý do ngoài khung thời gian').fill('Tổ chức chứng nhận đánh giá sớm để gộp với đánh giá mở rộng phạm vi');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.waitFor({ state: 'detached' });
    await completeAudit(page, 'Chứng nhận lại');
    assert.match(await blockers.innerText(), /Giấy chứng nhận chưa được cấp lại/);

    await page.getByRole('link', { name: 'DEMO-IMS-0001' }).click();
    await page.getByRole('button', { name: 'Thay đổi giấy chứng nhận' }).click();
    dlg = await settledDialog(page);
    await pick(page, dlg, 'Thay đổi', '', 'Cấp lại (chứng nhận lại)');
    await fillDate(dlg, 'Ngày cấp mới', 0);
    await dlg.getByLabel('Lý do').fill('Quyết định chứng nhận lại của tổ chức chứng nhận');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.waitFor({ state: 'detached' });
    await page.getByTestId('certificate-history').getByText('Cấp lại (chứng nhận lại)').waitFor();

    await login(page, S.baseURL, DIRECTOR);
    await page.goto(projectURL);
    await transition(page, 'Hoàn thành chứng nhận lại');
    await stepRow(page, '6. Giám sát').getByText('Đang thực hiện').waitFor();
    assert.match(await page.getByRole('main').first().innerText(), /Chu kỳ\s*2/);
    assert.deepEqual(errors, []);
  });
});

test('certification: a department and two schools through steps 1 to 5, the major that blocks step 5, the calendar, the suspension on the public page', T, async () => {
  await withPage(S, 'certification-cycle', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const qm = await apiAs(S, DEPARTMENT_QUALITY_MANAGER);
    const department = (await qm('GET', '/units?q=SO-GDDT')).items.find((u) => u.code === 'SO-GDDT');
    for (const [title, days] of [['Đơn đăng ký chứng nhận tích hợp E2E', -62], ['Hợp đồng chứng nhận E2E', -56], ['Báo cáo khắc phục sau đánh giá E2E', -26]])
      await qm('POST', '/records', { unit_id: department.id, title, category: 'other', recorded_on: vietnamDay(days).iso });

    // The quality manager opens the project: ISO 21001 and ISO 9001 as one certificate, the department and two schools.
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.goto(`${S.baseURL}/certifications`);
    await page.getByRole('button', { name: 'Thêm dự án' }).click();
    const create = await settledDialog(page);
    await create.getByLabel('Tên dự án').fill('Chứng nhận tích hợp Sở và hai trường THPT');
    await pick(page, create, 'Đơn vị', 'SO-GDDT', 'Sở Giáo dục và Đào tạo Sơn La');
    await pickMany(page, create, 'Địa điểm được chứng nhận', [
      ['SO-GDDT', 'Sở Giáo dục và Đào tạo Sơn La'], ['THPT-TOHIEU', 'Trường THPT Tô Hiệu'], ['THPT-CHUYEN', 'Trường THPT Chuyên Sơn La'],
    ]);
    await pickMany(page, create, 'Tiêu chuẩn', [['21001', 'ISO 21001:2018'], ['9001', 'ISO 9001:2015']]);
    await create.getByLabel('Tổ chức chứng nhận').fill('Trung tâm Chứng nhận Phù hợp (E2E)');
    await create.getByLabel('Tổ chức công nhận').fill('BoA');
    await dropdownsClosed(page);
    assert.deepEqual(await axeViolations(page), []);
    await create.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/certifications\/\d+$/);
    const projectURL = page.url();
    const detail = page.getByRole('main').first();
    await detail.getByText('Trường THPT Chuyên Sơn La').waitFor();
    assert.match(await detail.innerText(), /Trường THPT Tô Hiệu/);
    assert.match(await detail.innerText(), /Chứng nhận tích hợp/);
    // Until a certificate is issued the project's body, standards and sites may be corrected.
    await page.getByRole('button', { name: 'Sửa dự án' }).click();
    const edit = await settledDialog(page);
    await edit.getByLabel('Số hiệu công nhận').fill('VICAS 999');
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await edit.waitFor({ state: 'detached' });
    await detail.getByText('BoA — VICAS 999').waitFor();

    // 1. Registration: refused without its record, then completed with it.
    await actions(page).getByRole('button', { name: 'Hoàn thành đăng ký' }).click();
    let dlg = await settledDialog(page);
    await dlg.getByRole('button', { name: 'Xác nhận' }).click();
    await dlg.getByText(/cần ít nhất một hồ sơ/).waitFor();
    await dlg.getByRole('button', { name: 'Hủy' }).click();
    await dlg.waitFor({ state: 'detached' });
    await linkRecord(page, '1. Đăng ký', 'Đơn đăng ký chứng nhận tích hợp E2E');
    await transition(page, 'Hoàn thành đăng ký', -60);
    await stepRow(page, '1. Đăng ký').getByText('Đã hoàn thành').waitFor();

    // 2. The contract is top management's to sign.
    await linkRecord(page, '2. Hợp đồng', 'Hợp đồng chứng nhận E2E');
    assert.equal(await actions(page).getByRole('button', { name: 'Ký hợp đồng' }).count(), 0);
    await login(page, S.baseURL, DIRECTOR);
    await page.goto(projectURL);
    await transition(page, 'Ký hợp đồng', -55);
    await stepRow(page, '2. Hợp đồng').getByText('Đã hoàn thành').waitFor();

    // 3. Stage 1, then stage 2, whose major finding raises a nonconformity (source: external audit).
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.goto(projectURL);
    dlg = await addAudit(page, 'Giai đoạn 1', -45, -44, 'Nguyễn Minh Quân');
    await dlg.waitFor({ state: 'detached' });
    dlg = await addAudit(page, 'Giai đoạn 2', -35, -33, 'Nguyễn Minh Quân');
    await dlg.waitFor({ state: 'detached' });
    assert.match(await auditRow(page, 'Giai đoạn 2').innerText(), /Nguyễn Minh Quân, Phạm Thu Hà/);
    await completeAudit(page, 'Giai đoạn 1');
    await completeAudit(page, 'Giai đoạn 2');
    await auditRow(page, 'Giai đoạn 2').locator('.ant-table-row-expand-icon').click();
    await page.getByRole('button', { name: 'Thêm phát hiện' }).click();
    dlg = await settledDialog(page);
    await pick(page, dlg, 'Mức độ', '', 'Không phù hợp nặng');
    await dlg.getByLabel('Nội dung phát hiện').fill('Trường THPT Tô Hiệu chưa đánh giá sự hài lòng của người học');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.waitFor({ state: 'detached' });
    const ncLink = page.getByRole('link', { name: /^Sự không phù hợp #\d+$/ });
    const ncId = Number((await ncLink.innerText()).match(/#(\d+)/)[1]);
    await transition(page, 'Hoàn thành đánh giá', -30);

    // 4. Documentation completed after the assessment.
    await linkRecord(page, '4. Hoàn thiện hồ sơ', 'Báo cáo khắc phục sau đánh giá E2E');
    await transition(page, 'Hoàn thiện hồ sơ', -25);
    await stepRow(page, '5. Thẩm xét, cấp giấy chứng nhận').getByText('Đang thực hiện').waitFor();

    // 5. The open major blocks the certificate.
    const blockers = page.getByTestId('certification-blockers');
    assert.match(await blockers.innerText(), /Dự án chưa có giấy chứng nhận/);
    assert.match(await blockers.innerText(), /Còn 1 sự không phù hợp nặng/);
    const issue = async () => {
      await page.getByRole('button', { name: 'Cấp giấy chứng nhận', exact: true }).click();
      const d = await settledDialog(page);
      // The date first: Enter in a date field sends a form that is complete.
      await fillDate(d, 'Ngày cấp', -20);
      await d.getByLabel('Số giấy chứng nhận').fill(NUMBER);
      await d.getByLabel('Phạm vi (tiếng Việt)').fill('Quản lý nhà nước về giáo dục; giáo dục trung học phổ thông');
      await d.getByLabel('Phạm vi (tiếng Anh)').fill('State management of education; upper secondary education');
      await d.getByRole('button', { name: 'Ghi nhận giấy chứng nhận' }).click();
      return d;
    };
    dlg = await issue();
    await dlg.getByText(/Còn 1 sự không phù hợp nặng/).waitFor();
    await dlg.getByRole('button', { name: 'Hủy' }).click();
    await dlg.waitFor({ state: 'detached' });

    // Meanwhile the nonconformity goes through corrective action to closure, by the people whose steps they are.
    const owner = await apiAs(S, DIRECTOR), auditor = await apiAs(S, AUDITOR);
    const user = async (email) => (await qm('GET', `/users?q=${encodeURIComponent(email)}&limit=100`)).items.find((u) => u.email === email);
    const actionOwner = await user(DIRECTOR.email), verifier = await user(AUDITOR.email);
    const nc = `/nonconformities/${ncId}`;
    const move = async (who, body) => who('POST', `${nc}/transitions`, { ...body, version: (await qm('GET', nc)).version });
    await move(qm, { action: 'contain', correction: 'Tổ chức khảo sát sự hài lòng của học sinh khối 10' });
    await move(qm, { action: 'analyse', root_cause_method: 'five_whys', root_cause: 'Kế hoạch khảo sát không giao trách nhiệm', whys: ['Chưa khảo sát', 'Không ai được giao'] });
    const action = await qm('POST', `${nc}/actions`, { title: 'Giao trách nhiệm khảo sát hằng năm', owner_id: actionOwner.id, due_date: vietnamDay(10).iso });
    await move(qm, { action: 'plan', effectiveness_criterion: 'Khảo sát được thực hiện đúng hạn', verification_due: vietnamDay(30).iso, verifier_id: verifier.id });
    await owner('POST', `/actions/${action.id}/transitions`, { version: (await owner('GET', `/actions/${action.id}`)).version, to: 'done' });
    await move(qm, { action: 'implement' });
    await move(auditor, { action: 'verify_effective', comment: 'Đã kiểm tra kết quả khảo sát' });
    await move(qm, { action: 'close' });

    await page.reload();
    await blockers.waitFor();
    assert.doesNotMatch(await blockers.innerText(), /sự không phù hợp nặng/);
    // The department still holds the demo certificate for both standards, and a unit holds one live certificate per
    // standard: refused, naming it, until the department withdraws it.
    dlg = await issue();
    await dlg.getByText(/giấy chứng nhận DEMO-IMS-0001 còn hiệu lực cho ISO 21001:2018/).waitFor();
    await dlg.getByRole('button', { name: 'Hủy' }).click();
    await dlg.waitFor({ state: 'detached' });
    const held = (await qm('GET', `/certificates?unit_id=${department.id}`)).items.find((c) => c.number === 'DEMO-IMS-0001');
    await qm('POST', `/certificates/${held.id}/changes`, {
      version: held.version, kind: 'withdraw', reason: 'Thay bằng giấy chứng nhận tích hợp của Sở và hai trường',
    });
    dlg = await issue();
    await dlg.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: NUMBER }).waitFor();
    await blockers.waitFor({ state: 'detached' });

    await login(page, S.baseURL, DIRECTOR);
    await page.goto(projectURL);
    await transition(page, 'Chấp nhận quyết định chứng nhận');
    await stepRow(page, '6. Giám sát').getByText('Đang thực hiện').waitFor();

    // The certificate names the department and both schools; its surveillance windows are in the calendar feed.
    await page.getByRole('link', { name: NUMBER }).click();
    const register = page.getByTestId('certificate-detail');
    await register.waitFor();
    for (const site of ['Sở Giáo dục và Đào tạo Sơn La', 'Trường THPT Tô Hiệu', 'Trường THPT Chuyên Sơn La'])
      assert.match(await register.innerText(), new RegExp(site));
    assert.match(await page.getByTestId('certificate-due').innerText(), /Đánh giá giám sát lần 1/);
    const feed = await qm('POST', '/calendar-feeds', { name: 'Lịch chứng nhận E2E', unit_id: department.id });
    const ics = (await (await fetch(new URL(feed.url, S.baseURL))).text()).replace(/\r\n[ \t]/g, '');
    // Each window is two one-day events, its first and its last day.
    for (const milestone of ['Đánh giá giám sát lần 1', 'Đánh giá giám sát lần 2', 'Đánh giá chứng nhận lại']) {
      assert.match(ics, new RegExp(`SUMMARY:${milestone}: bắt đầu thời hạn — ${NUMBER}`));
      assert.match(ics, new RegExp(`SUMMARY:${milestone}: hạn cuối — ${NUMBER}`));
    }

    // Suspended by the department's quality manager; the public page says so, without login.
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.goto(`${S.baseURL}/certificates`);
    await page.getByTestId('certificates-table').getByRole('link', { name: NUMBER }).click();
    // The scope extended to a third school, then the certificate suspended.
    await page.getByRole('button', { name: 'Thay đổi giấy chứng nhận' }).click();
    dlg = await settledDialog(page);
    await pick(page, dlg, 'Thay đổi', '', 'Mở rộng phạm vi');
    await dlg.getByLabel('Lý do').fill('Mở rộng đến Trường THCS Chiềng Sinh sau đánh giá đặc biệt');
    await pickMany(page, dlg, 'Địa điểm', [['THCS-CHIENGSINH', 'Trường THCS Chiềng Sinh']]);
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.waitFor({ state: 'detached' });
    await register.getByText(/Trường THCS Chiềng Sinh/).waitFor();
    await page.getByRole('button', { name: 'Thay đổi giấy chứng nhận' }).click();
    dlg = await settledDialog(page);
    await dlg.getByLabel('Lý do').fill('Chưa khắc phục kịp thời các phát hiện của đánh giá giám sát');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.waitFor({ state: 'detached' });
    await page.locator('h1').getByText('Đình chỉ').waitFor();
    assert.match(await page.getByTestId('certificate-history').innerText(), /Chưa khắc phục kịp thời/);

    await page.context().clearCookies();
    await page.goto(`${S.baseURL}/verify/${NUMBER}`);
    const text = await page.locator('body').innerText();
    assert.match(text, /Tạm đình chỉ/);
    assert.match(text, /Trường THPT Chuyên Sơn La/);
    assert.doesNotMatch(text, /Chưa khắc phục kịp thời/, 'the reason stays off the public page');
    const pub = await (await fetch(`${S.baseURL}/api/v1/public/certificates/${NUMBER}`)).json();
    assert.equal(pub.status, 'suspended');
    assert.deepEqual(errors, []);
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  startForFile, withPage, login, pick, axeViolations, dropdownsClosed, settledDialog, QUALITY_MANAGER, DEPARTMENT_QUALITY_MANAGER,
} from './harness.mjs';

const S = startForFile();
const T = { timeout: 240_000 };
const PHONE = { width: 390, height: 844 };

async function noAxeViolations(page, where) {
  const v = await axeViolations(page);
  assert.deepEqual(v, [], `${where}: ${JSON.stringify(v, null, 1)}`);
}

/** The page fits the phone: nothing wider than the screen. */
async function fitsThePhone(page, where) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `${where}: ${width}px wide`);
}

/** Takes a workflow step from the complaint's screen through its dialog; `fill` fills the dialog. */
async function step(page, name, fill) {
  await page.getByRole('button', { name, exact: true }).click();
  const dlg = await settledDialog(page);
  if (fill) await fill(dlg);
  await dlg.getByRole('button', { name, exact: true }).click();
  return dlg;
}

test('complaints: a parent complains anonymously on a phone, follows it by its code and appeals; a second handler decides', T, async () => {
  let code = '';
  let complaintUrl = '';
  // The parent, on a phone, with no account.
  await withPage(S, 'complaint-public-form', async (page) => {
    await page.goto(`${S.baseURL}/complaints/new?lang=vi`);
    await page.getByRole('heading', { name: 'Gửi khiếu nại hoặc kháng nghị', level: 1 }).waitFor();
    assert.equal(await page.locator('script').count(), 0);
    await fitsThePhone(page, 'form');
    await noAxeViolations(page, 'public form');
    // An empty complaint is refused on the page, and what was chosen stays chosen.
    const unit = await page.locator('#unit option', { hasText: 'Trường THPT Tô Hiệu' }).first().getAttribute('value');
    await page.getByLabel('Trường hoặc đơn vị').selectOption(unit);
    await page.getByLabel('Nội dung liên quan đến').selectOption('assessment');
    await page.getByLabel('Nội dung khiếu nại').fill('   ');
    await page.getByLabel('Nội dung khiếu nại').evaluate((e) => e.removeAttribute('required'));
    await page.getByRole('button', { name: 'Gửi khiếu nại' }).click();
    await page.getByRole('alert').filter({ hasText: 'không được để trống' }).waitFor();
    assert.equal(await page.getByLabel('Trường hoặc đơn vị').inputValue(), unit);
    await page.getByLabel('Nội dung khiếu nại').fill('Bài kiểm tra Văn học kỳ I của con tôi lớp 10A3 bị chấm thiếu câu 2.');
    await page.getByRole('button', { name: 'Gửi khiếu nại' }).click();
    await page.getByRole('heading', { name: 'Đã nhận khiếu nại', level: 1 }).waitFor();
    code = (await page.locator('#tracking-code').innerText()).trim();
    assert.match(code, /^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    await fitsThePhone(page, 'code page');
    await page.getByRole('link', { name: 'Theo dõi khiếu nại' }).click();
    await page.getByRole('heading', { name: 'Khiếu nại của Quý vị', level: 1 }).waitFor();
    assert.equal(await page.locator('#status').innerText(), 'Đã tiếp nhận');
    await noAxeViolations(page, 'follow page');
    // An unknown code: a clear page, 404.
    const unknown = await page.goto(`${S.baseURL}/complaints/ABCDE-FGHJK-MNPQR-STVWX?lang=vi`);
    assert.equal(unknown.status(), 404);
    await page.getByRole('heading', { name: 'Mã theo dõi không đúng' }).waitFor();
  }, PHONE);

  // The school's quality manager takes it on as handler, acknowledges and answers.
  await withPage(S, 'complaint-handler', async (page) => {
    await login(page, S.baseURL, QUALITY_MANAGER);
    await page.getByRole('link', { name: 'Sổ khiếu nại', exact: true }).click();
    await page.getByRole('heading', { name: 'Sổ khiếu nại và kháng nghị', level: 1 }).waitFor();
    const row = page.getByTestId('complaints-table').locator('.ant-table-row', { hasText: 'Kiểm tra, đánh giá và chấm điểm' }).last();
    await row.getByRole('link').click();
    await page.getByText('Bài kiểm tra Văn học kỳ I của con tôi lớp 10A3').waitFor();
    complaintUrl = page.url();
    await page.getByText('Ẩn danh').waitFor();
    await page.getByRole('button', { name: 'Giao xử lý', exact: true }).click();
    let dlg = await settledDialog(page);
    await pick(page, dlg, 'Người xử lý', 'Đinh', 'Đinh Công Sơn');
    await dropdownsClosed(page);
    await dlg.getByRole('button', { name: /OK|Lưu/ }).click();
    await dlg.waitFor({ state: 'detached' });
    await step(page, 'Xác nhận tiếp nhận');
    await page.getByRole('button', { name: 'Gửi trả lời', exact: true }).waitFor();
    await page.getByLabel('Ghi chú', { exact: true }).fill('Đã xem lại bài: câu 2 bị bỏ sót khi cộng điểm (nội bộ).');
    await page.getByRole('button', { name: 'Thêm ghi chú' }).click();
    await page.getByText('câu 2 bị bỏ sót khi cộng điểm (nội bộ)').nth(0).waitFor();
    dlg = await step(page, 'Gửi trả lời', async (d) => {
      await d.getByLabel('Trả lời', { exact: true }).fill('Nhà trường đã chấm lại: điểm bài được điều chỉnh từ 5,5 lên 6,5.');
      await pick(page, d, 'Kết luận', '', 'Khiếu nại đúng');
      await dropdownsClosed(page);
    });
    await dlg.waitFor({ state: 'detached' });
    await page.getByTestId('complaint-response').filter({ hasText: 'từ 5,5 lên 6,5' }).waitFor();
  });

  // The parent reads the answer on the phone, never the internal note, and appeals.
  await withPage(S, 'complaint-appeal', async (page) => {
    await page.goto(`${S.baseURL}/complaints/${code.toLowerCase()}?lang=vi`);
    await page.getByText('điểm bài được điều chỉnh từ 5,5 lên 6,5').waitFor();
    assert.equal(await page.getByText('nội bộ').count(), 0);
    assert.equal(await page.getByText('Đinh Công Sơn').count(), 0);
    await fitsThePhone(page, 'answered page');
    await page.getByLabel('Nội dung kháng nghị').fill('Câu 4 cũng cần được chấm lại.');
    await page.getByRole('button', { name: 'Gửi kháng nghị' }).click();
    await page.locator('#status', { hasText: 'Đang giải quyết kháng nghị' }).waitFor();
  }, PHONE);

  // The first handler may not decide the appeal, nor be named to; the department's quality manager is named.
  await withPage(S, 'complaint-refusals', async (page) => {
    await login(page, S.baseURL, QUALITY_MANAGER);
    await page.goto(complaintUrl);
    await page.getByTestId('complaint-appeal').filter({ hasText: 'Câu 4 cũng cần được chấm lại.' }).waitFor();
    const dlg = await step(page, 'Giải quyết kháng nghị', async (d) => {
      await d.getByLabel('Quyết định giải quyết kháng nghị').fill('Giữ nguyên điểm.');
      await pick(page, d, 'Kết quả kháng nghị', '', 'Không chấp nhận kháng nghị');
      await dropdownsClosed(page);
    });
    await dlg.getByText('Kháng nghị phải do người khác với người đã xử lý khiếu nại lần đầu giải quyết.').waitFor();
    await dlg.getByRole('button', { name: /Hủy|Cancel/ }).click();
    await page.getByRole('button', { name: 'Giao xử lý', exact: true }).click();
    const assign = await settledDialog(page);
    await pick(page, assign, 'Người giải quyết kháng nghị', 'Đinh', 'Đinh Công Sơn');
    await dropdownsClosed(page);
    await assign.getByRole('button', { name: /OK|Lưu/ }).click();
    await assign.getByText('Kháng nghị phải do người khác với người đã xử lý khiếu nại lần đầu giải quyết.').waitFor();
    await pick(page, assign, 'Người giải quyết kháng nghị', 'Lò', 'Lò Thị Đào');
    await dropdownsClosed(page);
    await assign.getByRole('button', { name: /OK|Lưu/ }).click();
    await assign.waitFor({ state: 'detached' });
  });

  // The second handler decides; the parent sees the decision.
  await withPage(S, 'complaint-decision', async (page) => {
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.goto(complaintUrl);
    const dlg = await step(page, 'Giải quyết kháng nghị', async (d) => {
      await d.getByLabel('Quyết định giải quyết kháng nghị').fill('Hội đồng chấm lại câu 4: cộng thêm 0,5 điểm.');
      await pick(page, d, 'Kết quả kháng nghị', '', 'Chấp nhận kháng nghị');
      await dropdownsClosed(page);
    });
    await dlg.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Đã kết thúc' }).waitFor();
    // The upheld appeal shows a marking fault: a nonconformity is raised from it, and each links to the other.
    await page.getByRole('button', { name: 'Nêu sự không phù hợp', exact: true }).click();
    const nc = await settledDialog(page);
    await nc.getByLabel('Tiêu đề').fill('Chấm bài kiểm tra Văn học kỳ I lớp 10A3 bỏ sót câu');
    await nc.getByRole('button', { name: /OK|Lưu/ }).click();
    await nc.waitFor({ state: 'detached' });
    const complaintPath = new URL(complaintUrl).pathname;
    await page.getByRole('link', { name: /^#\d+$/ }).click();
    await page.waitForURL(/\/nonconformities\/\d+$/);
    await page.getByText('Chấm bài kiểm tra Văn học kỳ I lớp 10A3 bỏ sót câu').first().waitFor();
    await page.getByTestId('nc-complaint').click();
    await page.waitForURL((u) => u.pathname === complaintPath);
    await page.goto(`${S.baseURL}/complaints/${code}?lang=en`);
    await page.getByText('cộng thêm 0,5 điểm').waitFor();
    assert.equal(await page.locator('#status').innerText(), 'Closed');
  });
});

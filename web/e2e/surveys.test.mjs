import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import {
  startForFile, withPage, login, pick, axeViolations, dropdownsClosed, settledDialog, apiAs, QUALITY_MANAGER,
} from './harness.mjs';

const S = startForFile();
const T = { timeout: 300_000 };
const PHONE = { width: 390, height: 844 };
const TITLE = 'Phiếu ý kiến cha mẹ học sinh THPT Tô Hiệu, học kỳ I';
const CAMPAIGN = 'Khảo sát cha mẹ học sinh học kỳ I';
const ANSWERS = 30;

/** A day `days` from today in Vietnam, as the date pickers take it (dd/MM/yyyy). */
function vietnamDay(days) {
  const d = new Date(Date.now() + 7 * 3600_000 + days * 86400_000);
  const [y, m, day] = d.toISOString().slice(0, 10).split('-');
  return `${day}/${m}/${y}`;
}

async function fillDate(scope, label, value) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

async function noAxeViolations(page, where) {
  await dropdownsClosed(page);
  const v = await axeViolations(page);
  assert.deepEqual(v, [], `${where}: ${JSON.stringify(v, null, 1)}`);
}

/** The e2e database, read as an auditor of the data would (sqlite3 on the server's own file). */
function sql(query) {
  return execFileSync('sqlite3', ['-readonly', '-json', join(S.dir, 'e2e.db'), query], { encoding: 'utf8' }).trim();
}
function rows(query) {
  const out = sql(query);
  return out ? JSON.parse(out) : [];
}

/** The n-th parent's answers: most are content with learning, few feel their child is safe, so safety falls low. */
function answersOf(n) {
  return {
    learning_progress: n % 3 === 0 ? 4 : 5,
    teaching_quality: n % 4 === 0 ? 3 : 4,
    feedback: n % 2 === 0 ? 5 : 4,
    safety: n % 3 === 0 ? 5 : 2,
    recommend: 6 + (n % 5),
    suggestion: n % 10 === 0 ? `Đề nghị nhà trường bố trí bảo vệ ở cổng sau giờ tan học (ý kiến ${n})` : '',
  };
}

test('surveys: a quality manager publishes a parent survey, 30 parents answer on phones, a low question raises an improvement', T, async () => {
  let surveyId = 0;
  let code = '';
  // The school's quality manager makes the questionnaire from the library, renames it in the editor and publishes it.
  await withPage(S, 'survey-publish', async (page) => {
    await login(page, S.baseURL, QUALITY_MANAGER);
    await page.getByRole('link', { name: 'Bảng hỏi', exact: true }).click();
    await page.getByRole('heading', { name: 'Bảng hỏi', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Tạo từ thư viện' }).click();
    let dlg = await settledDialog(page);
    await pick(page, dlg, 'Đơn vị', 'Tô Hiệu', 'Trường THPT Tô Hiệu');
    await pick(page, dlg, 'Mẫu trong thư viện', '', 'Khảo sát mức độ hài lòng của cha mẹ học sinh');
    await pick(page, dlg, 'Đối tượng', '', 'Cha mẹ học sinh');
    await dropdownsClosed(page);
    await dlg.getByRole('button', { name: /OK|Lưu/ }).click();
    await page.waitForURL(/\/questionnaires\/\d+$/);
    const editor = page.locator('#definition-json');
    await editor.waitFor();
    await page.waitForFunction(() => document.querySelector('#definition-json')?.value.includes('"sections"'));
    const definition = JSON.parse(await editor.inputValue());
    definition.title.vi = TITLE;
    await editor.fill(JSON.stringify(definition, null, 2));
    // The preview follows the draft as it is typed.
    await page.getByText(TITLE).first().waitFor();
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.getByText('Đã lưu bản nháp').waitFor();
    await page.getByRole('button', { name: 'Ban hành' }).click();
    await page.getByText('Phiên bản đã ban hành không thay đổi được.').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Lưu bản nháp' }).count(), 0);

    // The campaign for the school, one link, open from today.
    await page.getByRole('link', { name: 'Đợt khảo sát', exact: true }).click();
    await page.getByRole('heading', { name: 'Đợt khảo sát', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Lập đợt khảo sát' }).click();
    dlg = await settledDialog(page);
    await dlg.getByLabel('Tên đợt khảo sát').fill(CAMPAIGN);
    await pick(page, dlg, 'Bảng hỏi (phiên bản đã ban hành)', '', `${TITLE} — v1`);
    await pick(page, dlg, 'Đơn vị (cả cấp dưới)', 'Tô Hiệu', 'Trường THPT Tô Hiệu');
    await pick(page, dlg, 'Đối tượng', '', 'Cha mẹ học sinh');
    await fillDate(dlg, 'Ngày mở', vietnamDay(0));
    await fillDate(dlg, 'Ngày đóng', vietnamDay(14));
    await dlg.getByLabel('Số người dự kiến mỗi đơn vị').fill('40');
    await dropdownsClosed(page);
    await dlg.getByRole('button', { name: /OK|Lưu/ }).click();
    await page.waitForURL(/\/surveys\/\d+$/);
    surveyId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByRole('heading', { name: CAMPAIGN, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Mở khảo sát' }).click();
    await page.getByText('Đang mở').first().waitFor();
    const link = await page.getByText(/\/s\/[2-9A-Z]{8}$/).first().innerText();
    code = link.trim().split('/s/')[1];
    assert.match(code, /^[2-9A-Z]{8}$/);
  });

  // Thirty parents answer through the public page on their phones, with no account.
  await withPage(S, 'survey-answers', async (page) => {
    await page.context().clearCookies();
    for (let n = 1; n <= ANSWERS; n++) {
      const a = answersOf(n);
      await page.goto(`${S.baseURL}/s/${code}?lang=vi`);
      if (n === 1) {
        await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= PHONE.width, `${width}px wide on a ${PHONE.width}px phone`);
        const script = await (await fetch(`${S.baseURL}/s/progress.js`)).text();
        assert.ok(Buffer.byteLength(script) < 30 * 1024);
        await noAxeViolations(page, 'survey page');
        // A required question left out: the form comes back with the problem beside it, nothing stored.
        await page.locator('[id="q.learning_progress-5"]').check();
        await page.locator('form input[required]').evaluateAll((inputs) => inputs.forEach((i) => i.removeAttribute('required')));
        await page.getByRole('button', { name: 'Gửi câu trả lời' }).click();
        await page.getByRole('alert').filter({ hasText: 'Vui lòng xem lại các câu sau' }).waitFor();
        assert.ok(await page.locator('[id="q.learning_progress-5"]').isChecked());
        assert.equal(rows(`SELECT COUNT(*) AS n FROM survey_responses WHERE campaign_id = ${surveyId}`)[0].n, 0);
      }
      for (const key of ['learning_progress', 'teaching_quality', 'feedback', 'safety', 'recommend'])
        await page.locator(`[id="q.${key}-${a[key]}"]`).check();
      if (a.suggestion) await page.getByLabel('Góp ý để nhà trường làm tốt hơn').fill(a.suggestion);
      await page.getByRole('button', { name: 'Gửi câu trả lời' }).click();
      await page.getByRole('heading', { name: 'Cảm ơn bạn!', level: 1 }).waitFor();
    }
  }, PHONE);

  // What was stored: thirty answers with the unit and the date only; no person, no address, no time, no audit entry.
  const columns = rows('PRAGMA table_info(survey_responses)').map((c) => c.name).sort();
  assert.deepEqual(columns, ['answered_on', 'answers', 'campaign_id', 'id', 'unit_id']);
  const stored = rows(`SELECT answered_on, answers FROM survey_responses WHERE campaign_id = ${surveyId}`);
  assert.equal(stored.length, ANSWERS);
  for (const r of stored) {
    assert.match(r.answered_on, /^\d{4}-\d{2}-\d{2}$/);
    assert.doesNotMatch(r.answers, /127\.0\.0\.1|::1|hieutruong|@|T\d\d:\d\d/);
    assert.deepEqual(Object.keys(JSON.parse(r.answers)).every((k) => /^[a-z_]+$/.test(k)), true);
  }
  assert.equal(rows(`SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'survey' AND entity_id = '${surveyId}' AND operation NOT IN ('create', 'transition:open')`)[0].n, 0);
  // Through the API: the free-text answers carry neither unit nor time.
  const qm = await apiAs(S, QUALITY_MANAGER);
  const texts = await qm('GET', `/surveys/${surveyId}/texts?q=bao%20ve`);
  assert.equal(texts.items.length, 3);
  for (const t of texts.items) assert.deepEqual(Object.keys(t).sort(), ['id', 'question_key', 'text']);

  // The results: the response rate, each index, and closing raises an improvement for safety, linked both ways.
  await withPage(S, 'survey-results', async (page) => {
    await login(page, S.baseURL, QUALITY_MANAGER);
    await page.goto(`${S.baseURL}/surveys/${surveyId}`);
    await page.getByTestId('survey-total').filter({ hasText: `${ANSWERS} / 40 (75%)` }).waitFor();
    const results = page.getByTestId('survey-results');
    const safety = results.locator('tr', { hasText: 'Con tôi được an toàn và được tôn trọng ở trường.' });
    // 10 of 30 on the two best points: 33%.
    await safety.getByText('33%').first().waitFor();
    const learning = results.locator('tr', { hasText: 'Tôi hài lòng với sự tiến bộ trong học tập của con.' });
    await learning.getByText('100%').first().waitFor();
    await page.getByRole('img', { name: /Chỉ số hài lòng theo câu hỏi/ }).waitFor();
    await page.getByRole('button', { name: 'Đóng khảo sát' }).click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText('Đã đóng').first().waitFor();
    const raised = safety.getByRole('link', { name: /^#\d+$/ });
    await raised.waitFor();
    const improvementId = Number((await raised.innerText()).slice(1));
    // Only the low question raised one.
    assert.equal(await results.getByRole('link', { name: /^#\d+$/ }).count(), 1);
    await raised.click();
    await page.waitForURL(new RegExp(`/improvements/${improvementId}$`));
    await page.getByText('Khảo sát').first().waitFor();
    await page.getByRole('link', { name: CAMPAIGN }).click();
    await page.waitForURL(new RegExp(`/surveys/${surveyId}`));
    await page.getByRole('heading', { name: CAMPAIGN, level: 1 }).waitFor();
  });
  // A closed campaign takes no more answers: a clear page, 410.
  const closed = await fetch(`${S.baseURL}/s/${code}?lang=vi`);
  assert.equal(closed.status, 410);
  assert.match(await closed.text(), /Khảo sát đã kết thúc/);
});

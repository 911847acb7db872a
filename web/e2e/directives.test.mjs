import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import net from 'node:net';
import { join, resolve } from 'node:path';
import { startForFile, withPage, login, pick, axeViolations, dropdownsClosed, settledDialog, webRoot,
  DEPARTMENT_QUALITY_MANAGER, QUALITY_MANAGER } from './harness.mjs';

const S = startForFile();
const T = { timeout: 300_000 };
const CHIENGSINH = { email: 'quantri.chiengsinh@demo.eduims.vn', password: DEPARTMENT_QUALITY_MANAGER.password };
const DISPATCH = '2091/SGDĐT-KTKĐ';
const TITLE = 'Báo cáo nhanh công tác kiểm định chất lượng học kỳ I';
// A 1×1 PNG: the files of the directive and of an answer (the type is read from the bytes).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const binary = process.env.EDUIMS_BINARY ?? resolve(webRoot, '../build/eduims');

/** The test's SMTP sink: a relay on a loopback port keeping every message, envelope recipient and decoded body. */
function smtpSink() {
  const mails = [];
  const server = net.createServer((socket) => {
    let buffer = '';
    let data = null;
    let to = '';
    socket.write('220 sink ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      for (;;) {
        if (data !== null) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          data += buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          const [, body = ''] = data.split('\r\n\r\n');
          mails.push({ to, raw: data, body: Buffer.from(body.replace(/\r\n/g, ''), 'base64').toString('utf8') });
          data = null;
          socket.write('250 kept\r\n');
          continue;
        }
        const nl = buffer.indexOf('\r\n');
        if (nl < 0) return;
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 sink\r\n');
        else if (verb === 'MAIL') socket.write('250 ok\r\n');
        else if (verb === 'RCPT') { to = /<([^>]*)>/.exec(line)?.[1] ?? ''; socket.write('250 ok\r\n'); }
        else if (verb === 'DATA') { data = ''; socket.write('354 go on\r\n'); }
        else if (verb === 'QUIT') { socket.end('221 bye\r\n'); return; }
        else socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ mails, port: server.address().port, server })));
}

async function fillDate(scope, label, value) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

const inDays = (n) => {
  const d = new Date(Date.now() + 7 * 3600_000 + n * 86400_000); // the day in Vietnam
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
};

/** A school answers the request from its list of directives to answer. */
async function answer(page, who, text) {
  await login(page, S.baseURL, who);
  await page.goto(`${S.baseURL}/directives`);
  await page.getByRole('tab', { name: 'Văn bản đơn vị cần thực hiện' }).click();
  await page.getByTestId('inbox-table').getByRole('link', { name: TITLE, exact: true }).click();
  // The directive's own file is there to read; the school attaches its report beside the text.
  await page.getByTestId('attachments').filter({ hasText: 'Tệp đính kèm văn bản' }).getByText('cong-van-2091.png').waitFor();
  const files = page.getByTestId('attachments').filter({ hasText: 'Tệp đính kèm báo cáo' });
  await files.locator('input[type=file]').setInputFiles({ name: 'bao-cao.png', mimeType: 'image/png', buffer: PNG });
  await files.locator('.ant-table-row', { hasText: 'bao-cao.png' }).waitFor();
  await page.getByLabel('Nội dung báo cáo', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
  await page.getByTestId('answer-status').filter({ hasText: 'Đã nộp' }).waitFor();
  // Submitted: the files are read-only.
  assert.equal(await files.locator('input[type=file]').count(), 0);
}

test('directives: the department requests a report of two schools, accepts one answer, returns the other; the reminder is mailed; oversight shows both schools', T, async () => {
  const sink = await smtpSink();
  let directiveUrl = '';
  try {
    await withPage(S, 'directive-send', async (page) => {
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
      await page.getByRole('link', { name: 'Văn bản chỉ đạo, yêu cầu báo cáo', exact: true }).click();
      await page.getByRole('heading', { name: 'Văn bản chỉ đạo và yêu cầu báo cáo', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Gửi văn bản' }).click();
      const dlg = await settledDialog(page);
      await pick(page, dlg, 'Đơn vị gửi', 'SO-GDDT', 'SO-GDDT');
      await dlg.getByLabel('Số văn bản', { exact: true }).fill(DISPATCH);
      await fillDate(dlg, 'Hạn báo cáo', inDays(2));
      await dlg.getByLabel('Trích yếu', { exact: true }).fill(TITLE);
      await dlg.getByLabel('Nội dung', { exact: true }).fill('Đề nghị các trường báo cáo kết quả tự đánh giá giữa kỳ theo mẫu.');
      await pick(page, dlg, 'Các đơn vị', 'THPT-TOHIEU', 'THPT-TOHIEU');
      await dlg.getByLabel('Các đơn vị', { exact: true }).press('Escape'); // a multiple choice stays open
      await pick(page, dlg, 'Các đơn vị', 'THCS-CHIENGSINH', 'THCS-CHIENGSINH');
      await dlg.getByLabel('Các đơn vị', { exact: true }).press('Escape');
      await dropdownsClosed(page);
      await dlg.getByRole('button', { name: 'Lưu' }).click();
      await page.waitForURL(/\/directives\/\d+$/);
      directiveUrl = page.url();
      const progress = page.getByTestId('directive-progress');
      await progress.getByText('0/2 đơn vị đã nộp (0%)').waitFor();
      const files = page.getByTestId('attachments');
      await files.locator('input[type=file]').setInputFiles({ name: 'cong-van-2091.png', mimeType: 'image/png', buffer: PNG });
      await files.locator('.ant-table-row', { hasText: 'cong-van-2091.png' }).waitFor();
      await dropdownsClosed(page);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
    });

    await withPage(S, 'directive-answer-tohieu', (page) => answer(page, QUALITY_MANAGER, 'Trường đã tự đánh giá 38/42 điều khoản.'));
    await withPage(S, 'directive-answer-chiengsinh', (page) => answer(page, CHIENGSINH, 'Đang tổng hợp.'));

    await withPage(S, 'directive-review', async (page) => {
      await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
      await page.goto(directiveUrl);
      const progress = page.getByTestId('directive-progress');
      await progress.getByText('2/2 đơn vị đã nộp (100%)').waitFor();
      const answers = page.getByTestId('answers-table');
      const tohieu = answers.getByRole('row').filter({ hasText: 'Trường THPT Tô Hiệu' });
      await tohieu.getByRole('button', { name: 'Chấp nhận' }).click();
      await tohieu.getByText('Đã chấp nhận').waitFor();
      const chiengsinh = answers.getByRole('row').filter({ hasText: 'Trường THCS Chiềng Sinh' });
      await chiengsinh.getByRole('button', { name: 'Trả lại' }).click();
      const dlg = await settledDialog(page);
      await dlg.getByLabel('Lý do', { exact: true }).fill('Thiếu số liệu về các sự không phù hợp.');
      await dlg.getByRole('button', { name: 'Lưu' }).click();
      await chiengsinh.getByText('Trả lại để hoàn thiện').waitFor();
      await progress.getByText('1/2 đơn vị đã nộp (50%)').waitFor();
    });

    await withPage(S, 'directive-returned', async (page) => {
      await login(page, S.baseURL, CHIENGSINH);
      await page.goto(`${S.baseURL}/directives`);
      await page.getByRole('tab', { name: 'Văn bản đơn vị cần thực hiện' }).click();
      await page.getByTestId('inbox-table').getByRole('link', { name: TITLE, exact: true }).click();
      await page.getByText('Thiếu số liệu về các sự không phù hợp.').waitFor();
      await page.getByRole('button', { name: 'Nộp báo cáo' }).waitFor();
    });

    // The jobs run once, as cron would: the reminder of the returned answer (due in two days) reaches the sink.
    // Not spawnSync: the sink answers on this process's event loop.
    const run = await new Promise((ok) => {
      const p = spawn(binary, ['--database', `sqlite://${join(S.dir, 'e2e.db')}`, 'jobs', 'run', '--smtp',
        `smtp://127.0.0.1:${sink.port}`, '--public-url', S.baseURL], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      p.stderr.on('data', (d) => { stderr += d; });
      p.on('exit', (status) => ok({ status, stderr }));
    });
    assert.equal(run.status, 0, run.stderr);
    const reminders = sink.mails.filter((m) => m.body.includes(DISPATCH) && m.body.includes('/directive-answers/'));
    assert.ok(reminders.some((m) => m.to === CHIENGSINH.email), JSON.stringify(sink.mails.map((m) => m.to)));
    assert.ok(reminders.every((m) => m.body.includes('Kính gửi')));

    await withPage(S, 'oversight', async (page) => {
      await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
      await page.getByRole('link', { name: 'Theo dõi các đơn vị', exact: true }).click();
      const table = page.getByTestId('oversight-table');
      for (const school of ['Trường THPT Tô Hiệu', 'Trường THCS Chiềng Sinh']) await table.getByText(school).waitFor();
      const row = table.getByRole('row').filter({ hasText: 'Trường THPT Tô Hiệu' });
      await row.locator('a[data-level]').first().waitFor();
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Tải bảng (XLSX)' }).click();
      assert.match((await download).suggestedFilename(), /^oversight-\d+\.xlsx$/);
      await dropdownsClosed(page);
      assert.deepEqual(await axeViolations(page), []);
    });
  } finally {
    sink.server.close();
  }
});

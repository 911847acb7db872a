import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  startForFile, withPage, login, pick, axeViolations, dropdownsClosed, pickClause, apiAs, STAFF, QUALITY_MANAGER,
  DEPARTMENT_QUALITY_MANAGER,
} from './harness.mjs';

const S = startForFile();

const T = { timeout: 120_000 };
const NAME = 'Tư vấn hướng nghiệp';
const LABEL = `QT-HN — ${NAME}`;
const OUTPUT = 'Kế hoạch hướng nghiệp';

async function noAxeViolations(page, where) {
  const v = await axeViolations(page);
  assert.deepEqual(v, [], `${where}: ${JSON.stringify(v, null, 1)}`);
}

/** A row of the clause evidence table by clause number, and the link to the new process in it. */
const processEvidence = (page, number) => page.locator(`tr[data-number="${number}"]`).getByTestId('evidence-link').filter({ hasText: 'QT-HN' });

test('processes: create one feeding a demo process, see it on the map, link a document, find it as clause evidence', T, async () => {
  await withPage(S, 'processes-quality-manager', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);

    // the register: the demo department's eight processes; a search without diacritics
    await page.getByRole('link', { name: 'Quá trình', exact: true }).click();
    await page.getByRole('heading', { name: 'Danh mục quá trình', level: 1 }).waitFor();
    const table = page.getByTestId('processes-table');
    await table.locator('tr', { hasText: 'QT-CSVC' }).waitFor();
    assert.equal(await table.locator('.ant-table-row').count(), 8);
    await noAxeViolations(page, 'register');
    await page.getByLabel('Tìm quá trình').fill('tuyen sinh');
    await page.getByLabel('Tìm quá trình').press('Enter');
    await table.locator('.ant-table-row').filter({ hasText: 'QT-TS' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=processes-table] .ant-table-row').length === 1);

    // a new process of THPT Tô Hiệu addressing ISO 9001 8.2.4 and feeding QT-DH (Dạy và học)
    await page.getByRole('button', { name: 'Thêm quá trình' }).click();
    const dlg = page.getByRole('dialog');
    await dlg.getByLabel('Tên quá trình').fill(NAME);
    await dlg.getByLabel('Mã', { exact: true }).fill('QT-HN');
    await pick(page, dlg, 'Đơn vị', 'TOHIEU', 'THPT-TOHIEU');
    await pick(page, dlg, 'Chủ trì', 'hieutruong.tohieu', 'hieutruong.tohieu@demo.eduims.vn');
    await dlg.getByLabel('Đầu vào').fill('Nguyện vọng của học sinh\nKết quả học tập');
    await pickClause(page, dlg, 'Điều khoản đáp ứng', '8.2.4');
    await dlg.locator('.ant-modal-title').click();
    await dlg.getByRole('button', { name: 'Thêm tương tác' }).click();
    await pick(page, dlg, 'Quá trình nhận 1', 'QT-DH', 'QT-DH');
    await dlg.getByLabel('Đầu ra chuyển giao 1').fill(OUTPUT);
    await dropdownsClosed(page);
    await noAxeViolations(page, 'process form');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('heading', { name: LABEL, level: 1 }).waitFor();
    const id = Number(page.url().split('/').pop());
    const detail = page.getByTestId('process-detail');
    await detail.getByText(/^ISO 9001:2015 8\.2\.4 /).waitFor();
    await detail.getByText('Kết quả học tập').waitFor();
    await page.getByTestId('feeds-list').getByText(OUTPUT).waitFor();
    await noAxeViolations(page, 'process page');

    // the interaction seen from the other side
    await page.getByTestId('feeds-list').getByRole('link', { name: /^QT-DH/ }).click();
    await page.getByRole('heading', { name: 'QT-DH — Dạy và học', level: 1 }).waitFor();
    await page.getByTestId('fed-by').getByRole('link', { name: LABEL }).waitFor();
    const dh = Number(page.url().split('/').pop());

    // on the map, with its labelled arrow; opened from the map
    await page.getByRole('link', { name: 'Bản đồ quá trình' }).click();
    const map = page.getByTestId('process-map');
    await map.waitFor();
    assert.equal(await map.getByTestId('map-node').count(), 9);
    await map.locator(`[data-testid=interaction][data-from="${id}"][data-to="${dh}"] text`, { hasText: OUTPUT }).waitFor();
    // every arrow's label whole (words on up to three lines), on a box inside the map that covers no process
    const labels = await map.getByTestId('interaction').evaluateAll((gs) => gs.map((g) => {
      const box = g.querySelector('rect').getBoundingClientRect();
      const svg = g.ownerSVGElement.getBoundingClientRect();
      const hidden = [...g.ownerSVGElement.querySelectorAll('[data-testid=map-node] rect')].some((r) => {
        const n = r.getBoundingClientRect();
        return box.left < n.right && n.left < box.right && box.top < n.bottom && n.top < box.bottom;
      });
      const shown = [...g.querySelectorAll('tspan')].map((t) => t.textContent).join(' ');
      return { what: g.querySelector('title').textContent, shown, inside: box.left >= svg.left && box.right <= svg.right && box.top >= svg.top && box.bottom <= svg.bottom, hidden };
    }));
    assert.ok(labels.length >= 9);
    for (const l of labels) {
      assert.deepEqual({ shown: l.shown, inside: l.inside, hidden: l.hidden }, { shown: l.what, inside: true, hidden: false }, l.what);
    }
    await noAxeViolations(page, 'map');
    await map.getByRole('link', { name: `QT-HN ${NAME}` }).click();
    await page.getByRole('heading', { name: LABEL, level: 1 }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/processes/${id}`);

    // feeding itself is refused, the server's message beside the interactions
    await page.getByRole('button', { name: 'Sửa' }).click();
    await dlg.getByRole('button', { name: 'Thêm tương tác' }).click();
    await pick(page, dlg, 'Quá trình nhận 2', 'QT-HN', 'QT-HN');
    await dlg.getByLabel('Đầu ra chuyển giao 2').fill('Vòng lặp');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.getByTestId('feeds').locator('.ant-form-item-explain-error')
      .filter({ hasText: 'Một tương tác phải đi từ quá trình này tới một quá trình khác.' }).waitFor();
    await dlg.getByRole('button', { name: 'Hủy' }).click();
    await dlg.waitFor({ state: 'detached' });
    const saved = await (await page.request.get(`${S.baseURL}/api/v1/processes/${id}`)).json();
    assert.deepEqual(saved.feeds, [{ process_id: dh, what: OUTPUT }]);

    // a document of the school describes it
    const session = await (await page.request.get(`${S.baseURL}/api/v1/session`)).json();
    const units = await (await page.request.get(`${S.baseURL}/api/v1/units?q=THPT-TOHIEU`)).json();
    const doc = await (await page.request.post(`${S.baseURL}/api/v1/documents`, {
      headers: { 'X-CSRF-Token': session.csrf_token },
      data: { unit_id: units.items[0].id, title: 'Hướng dẫn tư vấn hướng nghiệp', type: 'work_instruction' },
    })).json();
    await page.goto(`${S.baseURL}/documents/${doc.id}`);
    await page.getByRole('button', { name: 'Sửa thông tin' }).click();
    await pick(page, dlg, 'Quá trình được mô tả', 'huong nghiep', 'QT-HN');
    await page.keyboard.press('Escape');
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await dlg.waitFor({ state: 'detached' });
    await page.getByTestId('document-detail').getByTestId('processes').getByRole('link', { name: LABEL }).click();
    await page.getByTestId('process-documents').getByRole('link', { name: `${doc.code} — Hướng dẫn tư vấn hướng nghiệp` }).waitFor();

    // clause evidence: directly under ISO 9001 8.2.4, through the "equal" ISO 21001 8.2.3
    await page.getByRole('link', { name: 'Bằng chứng theo điều khoản' }).click();
    await page.getByRole('heading', { name: 'Bằng chứng theo điều khoản', level: 1 }).waitFor();
    await processEvidence(page, '8.2.4').waitFor();
    assert.equal(await processEvidence(page, '8.2.4').getByTestId('via').count(), 0);
    await page.getByTestId('evidence-summary').getByText('Còn thiếu').waitFor();
    await noAxeViolations(page, 'evidence');
    await pick(page, page, 'Tiêu chuẩn', '', 'ISO 21001:2018');
    await processEvidence(page, '8.2.3').getByTestId('via').filter({ hasText: 'qua điều khoản tương đương' }).waitFor();
    assert.deepEqual(errors, []);
  });
});

/** A process of THPT Tô Hiệu feeding the department's QT-DH, made through the API for the staff test below. */
async function schoolProcessFeedingTheDepartment(code, name, output) {
  const api = await apiAs(S, DEPARTMENT_QUALITY_MANAGER);
  const school = (await api('GET', '/units?q=THPT-TOHIEU')).items.find((u) => u.code === 'THPT-TOHIEU');
  const owner = (await api('GET', `/users?q=${encodeURIComponent(QUALITY_MANAGER.email)}`)).items[0];
  const teaching = (await api('GET', '/processes?q=QT-DH')).items.find((p) => p.code === 'QT-DH');
  await api('POST', '/processes', {
    unit_id: school.id, code, name, category: 'core', owner_id: owner.id, feeds: [{ process_id: teaching.id, what: output }],
  });
  return `${code} — ${name}`;
}

test('staff: the map and the process, without create or edit buttons', T, async () => {
  const OUTPUT = 'Hồ sơ tư vấn tâm lý';
  const LABEL = await schoolProcessFeedingTheDepartment('QT-TL', 'Tư vấn tâm lý học đường', OUTPUT);
  await withPage(S, 'processes-staff', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, S.baseURL, STAFF);
    await page.getByRole('link', { name: 'Bản đồ quá trình' }).click();
    const map = page.getByTestId('process-map');
    const box = map.getByRole('link', { name: LABEL.replace(' — ', ' ') }); // a box reads out its code and name
    await box.waitFor();
    // the department's processes are not the school staff's to see, so neither is the arrow into QT-DH
    assert.equal(await map.getByTestId('interaction').count(), 0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('menu-button').waitFor();
    const narrow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1 && narrow <= 1, `page wider than the screen by ${overflow}px / ${narrow}px at 390 px`);
    await page.setViewportSize({ width: 1280, height: 800 });
    // opened by keyboard
    await box.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: LABEL, level: 1 }).waitFor();
    await page.getByTestId('process-detail').waitFor();
    // the department process it feeds is not the staff's to open: the interaction shows, without a link
    await page.getByTestId('feeds-list').getByText(OUTPUT).waitFor();
    assert.equal(await page.getByTestId('feeds-list').getByRole('link').count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Sửa' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Lưu trữ' }).count(), 0);
    await page.getByRole('link', { name: 'Danh mục quá trình' }).click();
    await page.getByTestId('processes-table').locator('tr', { hasText: 'QT-TL' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Thêm quá trình' }).count(), 0);
    await page.locator('header').getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Process register', level: 1 }).waitFor();
    await page.getByRole('columnheader', { name: 'Risk level' }).waitFor();
    await page.locator('header').getByText('VI', { exact: true }).click();
    await page.getByRole('heading', { name: 'Danh mục quá trình', level: 1 }).waitFor();
    assert.deepEqual(errors, []);
  });
});

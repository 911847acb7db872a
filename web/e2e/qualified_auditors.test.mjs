// Qualified auditors in the browser (issue 20): with the organisation refusing unqualified auditors, planning an
// audit led by someone without the ISO 21001 internal auditor competence is refused beside the lead auditor field
// in Vietnamese, nothing planned; once a training programme they pass grants the competence, the same plan is
// accepted, and the audit programme's page names them among the qualified auditors of the audited school.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startForFile, withPage, login, pick, pickClause, apiAs, DEPARTMENT_QUALITY_MANAGER } from './harness.mjs';

const S = startForFile();
const T = { timeout: 240_000 };
const AUDITOR = 'danhgianoibo@demo.eduims.vn';
const TITLE = 'Đánh giá năng lực đội ngũ THPT Tô Hiệu';

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

test('refused while the lead auditor lacks the competence, accepted once trained; the programme names them', T, async () => {
  const api = await apiAs(S, DEPARTMENT_QUALITY_MANAGER);
  const settings = await api('GET', '/competences/settings');
  await api('PUT', '/competences/settings', { version: settings.version, auditor_qualification: 'refuse' });
  const units = await api('GET', '/units?limit=200');
  const school = units.items.find((u) => u.code === 'THPT-TOHIEU');
  const office = units.items.find((u) => u.code === 'SO-VP');
  const auditor = (await api('GET', `/users?unit_id=${office.id}&limit=200`)).items.find((u) => u.email === AUDITOR);
  // The demo trained the auditor for both standards: the ISO 21001 competence is taken away to start from a gap.
  const held = await api('GET', `/users/${auditor.id}/competences`);
  for (const h of held.items.filter((x) => x.competence_code === 'internal_auditor_iso21001')) {
    await api('DELETE', `/users/${auditor.id}/competences/${h.id}`);
  }
  const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
  const programme = (await api('GET', `/audit-programmes?year=${year}&limit=50`)).items
    .find((p) => p.title.startsWith('Chương trình đánh giá nội bộ năm'));
  assert.ok(programme, 'the demo holds this year\'s programme');
  const qualifiedAtSchool = async () => {
    const answer = await api('GET', `/audit-programmes/${programme.id}/qualified-auditors`);
    return answer.units.find((u) => u.unit_id === school.id).auditor_ids.includes(auditor.id);
  };
  assert.equal(await qualifiedAtSchool(), false);

  await withPage(S, 'qualified-auditors', async (page) => {
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.goto(`${S.baseURL}/audits`);
    await page.getByRole('heading', { name: 'Đánh giá nội bộ', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Lập kế hoạch đánh giá' }).click();
    const dlg = page.getByRole('dialog');
    await pick(page, dlg, 'Chương trình', '', 'Chương trình đánh giá nội bộ năm');
    await dlg.getByLabel('Tên cuộc đánh giá').fill(TITLE);
    await pick(page, dlg, 'Đơn vị được đánh giá', 'TOHIEU', 'THPT-TOHIEU');
    await pick(page, dlg, 'Trưởng đoàn đánh giá', 'danhgianoibo', AUDITOR);
    await fillDate(dlg, 'Ngày bắt đầu', vietnamDay(10));
    await fillDate(dlg, 'Ngày kết thúc', vietnamDay(10));
    await pickClause(page, dlg, 'Điều khoản được đánh giá', '7.2');
    await dlg.locator('.ant-modal-title').click();
    const before = (await api('GET', '/audits?limit=200')).items.length;
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    const leadItem = dlg.locator('.ant-form-item', { has: page.getByLabel('Trưởng đoàn đánh giá', { exact: true }) });
    await leadItem.locator('.ant-form-item-explain-error')
      .filter({ hasText: 'chưa có năng lực đánh giá viên nội bộ' }).waitFor();
    assert.equal((await api('GET', '/audits?limit=200')).items.length, before, 'nothing was planned');

    // The auditor passes a course granting the competence: a session yesterday, attended, a passing score.
    const course = await api('POST', '/trainings', {
      unit_id: office.id, title: 'Bồi dưỡng đánh giá viên nội bộ ISO 21001', provider: 'Đơn vị tư vấn ISO',
      competences: ['internal_auditor_iso21001'], max_score: 100, pass_mark: 70,
    });
    const now = Date.now();
    const session = await api('POST', `/trainings/${course.id}/sessions`, {
      title: 'ISO 21001 và ISO 19011', trainer: 'Chuyên gia tư vấn ISO',
      starts_at: new Date(now - 30 * 3600_000).toISOString(), ends_at: new Date(now - 26 * 3600_000).toISOString(),
    });
    await api('POST', `/trainings/${course.id}/invitations`, { unit_id: office.id, role: 'internal_auditor' });
    await api('POST', `/trainings/${course.id}/sessions/${session.id}/attendance`, { user_ids: [auditor.id] });
    await api('PUT', `/trainings/${course.id}/results/${auditor.id}`, { score: 85 });

    // The same plan, saved again, is accepted.
    await dlg.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();

    // The programme's page names the auditor among the school's qualified auditors, not among the office's own.
    await page.goto(`${S.baseURL}/audit-programmes/${programme.id}`);
    const card = page.getByTestId('qualified-auditors');
    await card.getByText('Đánh giá viên đủ năng lực theo đơn vị').waitFor();
    await card.locator('tr', { hasText: 'THPT-TOHIEU' }).getByText(auditor.full_name).waitFor();
    assert.equal(await card.locator('tr', { hasText: 'SO-VP' }).getByText(auditor.full_name).count(), 0);
  });
  assert.equal(await qualifiedAtSchool(), true);
});

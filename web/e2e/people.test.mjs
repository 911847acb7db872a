// People (issue 20) in the browser: a training programme of two sessions for a school, its staff invited, one
// checking in by the room's code on a phone (twice refused), the result recorded, the certificate downloaded, and
// the competence matrix's gap closed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startForFile, withPage, login, apiAs, STAFF, DEPARTMENT_QUALITY_MANAGER } from './harness.mjs';

const S = startForFile();
const T = { timeout: 240_000 };
const PHONE = { width: 390, height: 844 };

test('a programme of two sessions: a school invited, check-in by code on a phone, results, certificate, matrix', T, async () => {
  const api = await apiAs(S, DEPARTMENT_QUALITY_MANAGER);
  const units = await api('GET', '/units?limit=200');
  const school = units.items.find((u) => u.code === 'THPT-TOHIEU');
  const staff = (await api('GET', `/users?unit_id=${school.id}&limit=200`)).items.find((u) => u.email === STAFF.email);
  // The school requires first aid of everyone: the staff member is a gap until trained.
  await api('POST', '/competences/requirements', { unit_id: school.id, competence_code: 'first_aid' }).catch(() => undefined);
  const now = Date.now();
  const programme = await api('POST', '/trainings', {
    unit_id: school.id, title: 'Tập huấn sơ cấp cứu ban đầu', provider: 'Hội Chữ thập đỏ tỉnh Sơn La',
    competences: ['first_aid'], max_score: 10, pass_mark: 5,
  });
  const first = await api('POST', `/trainings/${programme.id}/sessions`, {
    title: 'Buổi 1: sơ cứu vết thương', trainer: 'BS. Lò Văn Minh', place: 'Phòng họp trường THPT Tô Hiệu',
    starts_at: new Date(now - 3600_000).toISOString(), ends_at: new Date(now + 3600_000).toISOString(),
  });
  await api('POST', `/trainings/${programme.id}/sessions`, {
    title: 'Buổi 2: thực hành', trainer: 'BS. Lò Văn Minh',
    starts_at: new Date(now + 86400_000).toISOString(), ends_at: new Date(now + 90000_000).toISOString(),
  });
  const invited = await api('POST', `/trainings/${programme.id}/invitations`, { unit_id: school.id });
  assert.ok(invited.invited >= 2, JSON.stringify(invited));

  const gapBefore = (await api('GET', `/competences/matrix?unit_id=${school.id}&limit=200`)).competences
    .find((c) => c.code === 'first_aid').gaps;

  // The staff member scans the room's code on a phone and checks in.
  await withPage(S, 'people-check-in', async (page) => {
    await login(page, S.baseURL, STAFF);
    await page.goto(`${S.baseURL}/check-in/${first.checkin_code}`);
    await page.getByRole('heading', { name: 'Điểm danh', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Điểm danh' }).click();
    await page.getByText(`Đã điểm danh: ${first.title}`).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `${width}px wide`);
    // A second time is refused, in Vietnamese.
    await page.getByRole('button', { name: 'Điểm danh' }).click();
    await page.getByText('Việc tham dự buổi học này đã được ghi nhận.').waitFor();
  }, PHONE);

  // The quality manager records the result and gets the certificate; the matrix closes the gap.
  await withPage(S, 'people-results', async (page) => {
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.goto(`${S.baseURL}/trainings/${programme.id}`);
    await page.getByRole('heading', { name: programme.title, level: 1 }).waitFor();
    const row = page.getByTestId('participants-table').locator('tr', { hasText: staff.full_name });
    await row.getByLabel('Điểm').fill('8');
    await row.getByRole('button', { name: 'Ghi điểm' }).click();
    await row.getByText('8 · Đạt').waitFor();
    const link = row.getByRole('link', { name: 'Giấy chứng nhận' });
    const pdf = await page.request.get(new URL(await link.getAttribute('href'), S.baseURL).toString());
    assert.equal(pdf.status(), 200);
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');

    await page.goto(`${S.baseURL}/competences?unit_id=${school.id}`);
    await page.getByTestId('matrix-summary').locator('tr', { hasText: 'Sơ cấp cứu' }).waitFor();
    // The person's row shows what they hold (first aid among it, which the gap count below checks exactly).
    await page.getByTestId('matrix-people').locator('tr', { hasText: staff.full_name }).getByText(/^Đạt/).first().waitFor();
  });
  const gapAfter = (await api('GET', `/competences/matrix?unit_id=${school.id}&limit=200`)).competences
    .find((c) => c.code === 'first_aid').gaps;
  assert.equal(gapAfter, gapBefore - 1);
});

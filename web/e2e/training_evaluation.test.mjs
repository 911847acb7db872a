// Evaluating training in the browser (issue 20, 7.2 d): an attendee without the right to view competences opens
// their page of the programme and gives their reaction once; the quality manager sees the averages, is refused an evaluation
// before it falls due in Vietnamese, and records it early with a reason; the demo's 2020 course shows as effective.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startForFile, withPage, login, pick, apiAs, STAFF, DEPARTMENT_QUALITY_MANAGER } from './harness.mjs';

const S = startForFile();
const T = { timeout: 240_000 };

test('an attendee reacts once; the manager evaluates early with a reason; the demo course is effective', T, async () => {
  const api = await apiAs(S, DEPARTMENT_QUALITY_MANAGER);
  const units = await api('GET', '/units?limit=200');
  const school = units.items.find((u) => u.code === 'THPT-TOHIEU');
  const staff = (await api('GET', `/users?unit_id=${school.id}&limit=200`)).items.find((u) => u.email === STAFF.email);
  const programme = await api('POST', '/trainings', {
    unit_id: school.id, title: 'Tập huấn kỹ năng tư vấn học đường', competences: [], max_score: 10, pass_mark: 5,
  });
  const now = Date.now();
  const session = await api('POST', `/trainings/${programme.id}/sessions`, {
    title: 'Buổi 1', trainer: 'ThS. Tâm lý học', starts_at: new Date(now - 50 * 3600_000).toISOString(),
    ends_at: new Date(now - 46 * 3600_000).toISOString(),
  });
  await api('POST', `/trainings/${programme.id}/invitations`, { unit_id: school.id });
  await api('POST', `/trainings/${programme.id}/sessions/${session.id}/attendance`, { user_ids: [staff.id] });

  await withPage(S, 'training-reaction', async (page) => {
    await login(page, S.baseURL, STAFF);
    // The attendee does not view competences: their own page of the programme.
    await page.goto(`${S.baseURL}/trainings/${programme.id}/reaction`);
    const form = page.getByTestId('reaction-form');
    await form.waitFor();
    // Sending before rating every question is refused in Vietnamese, nothing recorded.
    await form.getByRole('button', { name: 'Gửi phản hồi' }).click();
    await form.getByText('Thiếu thông tin bắt buộc', { exact: false }).or(form.locator('.ant-alert-error')).first().waitFor();
    for (const code of ['relevance', 'trainer', 'materials', 'organisation', 'application']) {
      await form.getByTestId(`question-${code}`).locator('.ant-rate-star').nth(3).click();
    }
    await form.getByLabel('Ý kiến khác (không bắt buộc)').fill('Nên có thêm tình huống thực tế');
    await form.getByRole('button', { name: 'Gửi phản hồi' }).click();
    await form.getByText('Bạn đã gửi ý kiến phản hồi về chương trình này.').waitFor();
  });
  const view = await api('GET', `/trainings/${programme.id}/evaluation`);
  assert.equal(view.reactions.count, 1);
  assert.equal(view.reactions.overall, 4);

  await withPage(S, 'training-evaluation', async (page) => {
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.goto(`${S.baseURL}/trainings/${programme.id}`);
    await page.getByTestId('reaction-overall').getByText('4.0').waitFor();
    const card = page.getByTestId('evaluation');
    await card.getByLabel('Thay đổi trong công việc (mức 3): nhận xét').fill('Giáo viên áp dụng kỹ năng lắng nghe khi tư vấn');
    await pick(page, card, 'Mức 3: điểm (1–5)', '', '4');
    await card.getByLabel('Kết quả đối với đơn vị (mức 4): nhận xét').fill('Số học sinh được tư vấn tăng');
    await pick(page, card, 'Mức 4: điểm (1–5)', '', '3');
    await card.getByRole('button', { name: 'Ghi nhận đánh giá' }).click();
    await card.getByText('Hiệu quả của chương trình được đánh giá từ ngày', { exact: false }).waitFor();
    await card.getByText('Đánh giá trước hạn').click();
    await card.getByLabel('Lý do đánh giá trước hạn').fill('Chuẩn bị báo cáo năm học');
    await card.getByRole('button', { name: 'Ghi nhận đánh giá' }).click();
    await page.getByTestId('evaluation-result').getByText('Hiệu quả', { exact: true }).waitFor();

    // The consultant's 2020 course of the demo.
    const list = await api('GET', '/trainings?limit=200');
    const course = list.items.find((p) => p.title.includes('TCVN ISO 9001:2015'));
    await page.goto(`${S.baseURL}/trainings/${course.id}`);
    await page.getByTestId('evaluation-result').getByText('Hiệu quả', { exact: true }).waitFor();
  });
  const done = await api('GET', `/trainings/${programme.id}/evaluation`);
  assert.equal(done.evaluation.early_reason, 'Chuẩn bị báo cáo năm học');
});

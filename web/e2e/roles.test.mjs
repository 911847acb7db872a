import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startForFile, withPage, login, STAFF, QUALITY_MANAGER } from './harness.mjs';

const S = startForFile();

const T = { timeout: 60_000 };

async function menuLabels(page) {
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.getByRole('link', { name: 'Trang chủ' }).waitFor();
  return nav.getByRole('link').allInnerTexts();
}

async function menuGroups(page) {
  return page.getByRole('navigation', { name: 'Điều hướng chính' }).locator('.ant-menu-submenu-title').allInnerTexts();
}

test('staff: the menu offers only what staff may use; other screens say "not allowed"', T, async () => {
  await withPage(S, 'roles-staff', async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, S.baseURL, STAFF);
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    assert.deepEqual(await menuLabels(page), [
      'Trang chủ', 'Vấn đề bối cảnh', 'Các bên quan tâm', 'Phạm vi', 'Tiêu chuẩn', 'Rủi ro và cơ hội',
      'Mục tiêu chất lượng', 'Chỉ số đo lường', 'So sánh chỉ số', 'Hoạch định thay đổi', 'Hành động', 'Tài liệu',
      'Tài liệu cần đọc', 'Hồ sơ', 'Quá trình', 'Bản đồ quá trình',
      'Bằng chứng theo điều khoản', 'Sự không phù hợp', 'Thống kê SKPH', 'Cơ hội cải tiến', 'Tổ chức', 'Tài khoản của tôi',
    ]);
    // grouped as the standards divide the work; a group none of whose screens staff may open is left out
    assert.deepEqual(await menuGroups(page),
      ['Bối cảnh và phạm vi', 'Hoạch định', 'Tài liệu và quá trình', 'Đánh giá và cải tiến', 'Quản trị']);
    // home: my actions and the documents overdue for review, both allowed to staff
    await page.getByTestId('open-count').locator('.ant-statistic-content-value').filter({ hasText: /\d/ }).waitFor();
    await page.getByTestId('review-overdue-count').waitFor();

    // typed addresses of screens staff may not use: no page, no request for their data
    const forbiddenCalls = [];
    page.on('response', (r) => { if (r.status() === 403) forbiddenCalls.push(r.url()); });
    for (const path of ['/users', '/audit']) {
      await page.goto(`${S.baseURL}${path}`);
      await page.getByText('Bạn không có quyền xem nội dung này.').waitFor();
      assert.equal(await page.getByRole('heading', { level: 1 }).count(), 0, path);
    }
    assert.deepEqual(forbiddenCalls, []);

    // no buttons for what the server would refuse: creating actions, changing the organisation
    await page.goto(`${S.baseURL}/actions`);
    await page.getByRole('heading', { name: 'Hành động', level: 1 }).waitFor();
    await page.locator('.ant-table').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Thêm mới' }).count(), 0);
    await page.goto(`${S.baseURL}/organisation`);
    await page.getByTestId('unit-detail').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Nhập từ CSV' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).count(), 0);

    // the same menu at 390 px, behind the menu button
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('menu-button').click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByRole('link', { name: 'Tài liệu', exact: true }).waitFor();
    assert.equal(await drawer.getByRole('link', { name: 'Người dùng' }).count(), 0);
    assert.equal(await drawer.getByRole('link', { name: 'Nhật ký thay đổi' }).count(), 0);
    assert.deepEqual(errors, []);
  });
});

test('quality manager: sees users and the audit trail but cannot change accounts', T, async () => {
  await withPage(S, 'roles-quality-manager', async (page) => {
    await login(page, S.baseURL, QUALITY_MANAGER);
    assert.deepEqual(await menuLabels(page), [
      'Trang chủ', 'Vấn đề bối cảnh', 'Các bên quan tâm', 'Phạm vi', 'Tiêu chuẩn', 'Rủi ro và cơ hội',
      'Mục tiêu chất lượng', 'Chỉ số đo lường', 'So sánh chỉ số', 'Hoạch định thay đổi', 'Hành động', 'Tài liệu',
      'Tài liệu cần đọc', 'Hồ sơ', 'Quá trình', 'Bản đồ quá trình',
      'Bằng chứng theo điều khoản', 'Năng lực', 'Đào tạo', 'Tuyển dụng', 'Chương trình đánh giá', 'Đánh giá nội bộ', 'Sự không phù hợp', 'Thống kê SKPH',
      'Cơ hội cải tiến', 'Đợt khảo sát', 'Bảng hỏi', 'Sổ khiếu nại', 'Xem xét của lãnh đạo',
      'Theo dõi các đơn vị', 'Văn bản chỉ đạo, yêu cầu báo cáo', 'Dự án chứng nhận', 'Giấy chứng nhận', 'Mức sẵn sàng', 'Tổ chức', 'Người dùng',
      'Nhật ký thay đổi', 'Tài khoản của tôi',
    ]);
    assert.deepEqual(await menuGroups(page),
      ['Bối cảnh và phạm vi', 'Hoạch định', 'Tài liệu và quá trình', 'Nhân sự và năng lực', 'Đánh giá và cải tiến',
        'Ý kiến các bên liên quan', 'Điều hành và giám sát', 'Chứng nhận', 'Quản trị']);
    await page.getByRole('link', { name: 'Người dùng' }).click();
    await page.getByRole('heading', { name: 'Người dùng', level: 1 }).waitFor();
    const row = page.locator('tr', { hasText: STAFF.email }).first();
    await row.waitFor();
    assert.equal(await page.getByRole('button', { name: 'Thêm mới' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Nhập từ CSV' }).count(), 0);
    assert.equal(await row.getByRole('button', { name: 'Sửa' }).count(), 0);
    assert.equal(await row.getByRole('button', { name: 'Vô hiệu hóa' }).count(), 0);
    // the roles can be read, not changed
    await row.getByRole('button', { name: 'Vai trò' }).click();
    const drawer = page.locator('.ant-drawer-content');
    await drawer.locator('tr', { hasText: 'Cán bộ, giáo viên, nhân viên' }).waitFor();
    assert.equal(await drawer.getByRole('button', { name: 'Cấp vai trò' }).count(), 0);
    assert.equal(await drawer.getByRole('button', { name: 'Thu hồi' }).count(), 0);
  });
});

// Frameworks beyond ISO on the standards screen: an administrator imports a small accreditation framework with a
// bad row (refused, the row report names it), fixes it and imports it, maps two criteria to ISO 21001 clauses; a
// document linked to one of those clauses then shows as that criterion's evidence, through the correspondence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  startForFile, withPage, login, pick, settledDialog, apiAs, axeViolations, QUALITY_MANAGER, DEPARTMENT_QUALITY_MANAGER,
} from './harness.mjs';

const S = startForFile();
const T = { timeout: 120_000 };

const GOOD = 'number,parent,type,title_vi,title_en,evidence_vi,evidence_en\n'
  + '1,,standard,Tổ chức và quản lý,Organisation and management,,\n'
  + '1.1,1,criterion,Hồ sơ nhà trường,School records,Sổ sách lưu trữ,Kept registers\n'
  + '2,,standard,Hoạt động giáo dục,Educational activities,,\n'
  + '2.1,2,criterion,Thực hiện chương trình,Delivering the programme,Kế hoạch dạy học,Teaching plan\n';
const BAD = GOOD.replace('2.1,2,criterion', '1.1,2,criterion');

test('a framework imported with its row report, mapped to ISO 21001, counting a linked document as evidence', T, async () => {
  await withPage(S, 'frameworks', async (page) => {
    await login(page, S.baseURL);
    await page.goto(`${S.baseURL}/standards`);
    await page.getByTestId('framework-import').click();
    const dlg = await settledDialog(page);
    await dlg.getByLabel('Mã', { exact: true }).fill('e2e-kiemdinh');
    await dlg.getByLabel('Phiên bản', { exact: true }).fill('2024');
    await dlg.getByLabel('Tên tiếng Việt').fill('Tiêu chuẩn kiểm định thử');
    await dlg.getByLabel('Tên tiếng Anh').fill('Trial accreditation standards');
    await dlg.getByLabel('Cơ quan ban hành').fill('Sở Giáo dục và Đào tạo');
    const file = dlg.locator('input[type=file]');
    await file.setInputFiles({ name: 'khung.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD) });
    await dlg.getByText('khung.csv').waitFor();
    await dlg.getByTestId('framework-submit').click();
    const report = dlg.getByTestId('row-errors');
    await report.waitFor();
    assert.match(await report.innerText(), /Dòng 5: số hiệu 1\.1 đã được dùng/);
    let v = await axeViolations(page);
    assert.deepEqual(v, [], JSON.stringify(v, null, 1));

    await file.setInputFiles({ name: 'khung-sua.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD) });
    await dlg.getByText('khung-sua.csv').waitFor();
    await dlg.getByTestId('framework-dry-run').click();
    await dlg.getByTestId('framework-result').getByText('chưa có gì được lưu').waitFor();
    await dlg.getByTestId('framework-submit').click();
    await dlg.getByTestId('framework-result').getByText('Đã nhập 4 mục.').waitFor();
    await dlg.getByRole('button', { name: 'Đóng' }).first().click();
    await dlg.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'e2e-kiemdinh:2024' }).click();
    const card = page.getByTestId('framework-mappings');
    await card.waitFor();
    for (const [node, clause] of [['1.1', '7.5.3'], ['2.1', '8.5.1']]) {
      await pick(page, card, 'Mục của bộ tiêu chuẩn', node, `${node} `);
      await pick(page, card, 'Điều khoản ISO', clause, `${clause} `);
      await card.getByTestId('mapping-add').click();
      await card.locator('.ant-list-item').filter({ hasText: `${node} tương đương ${clause}` }).waitFor();
    }
    v = await axeViolations(page);
    assert.deepEqual(v, [], JSON.stringify(v, null, 1));

    // A document of THPT Tô Hiệu linked to ISO 21001 7.5.3 is evidence of criterion 1.1.
    const qm = await apiAs(S, QUALITY_MANAGER);
    const standards = (await qm('GET', '/standards')).items;
    const iso = standards.find((s) => s.code === 'iso-21001' && s.edition === '2018');
    const framework = standards.find((s) => s.code === 'e2e-kiemdinh');
    const clause = (await qm('GET', `/standards/${iso.id}/clauses`)).items.find((c) => c.number === '7.5.3');
    const units = (await qm('GET', '/units?q=THPT-TOHIEU')).items;
    const unit = units.find((u) => u.code === 'THPT-TOHIEU');
    await qm('POST', '/documents', {
      unit_id: unit.id, title: 'Quy định lưu trữ hồ sơ nhà trường', type: 'procedure', confidentiality: 'internal',
      clause_ids: [clause.id],
    });
    await login(page, S.baseURL, QUALITY_MANAGER);
    await page.goto(`${S.baseURL}/evidence?standard=${framework.id}`);
    const row = page.locator('tr').filter({ hasText: 'Hồ sơ nhà trường' }).filter({ hasText: '1.1' });
    await row.getByText('Quy định lưu trữ hồ sơ nhà trường').waitFor();
    await row.getByTestId('via').waitFor();
    const other = page.locator('tr').filter({ hasText: 'Thực hiện chương trình' });
    assert.equal(await other.getByText('Quy định lưu trữ hồ sơ nhà trường').count(), 0);
  });
});

// A mapping kept in a spreadsheet: imported from its file, edited, imported again with "replace", which removes the
// pair the file dropped (the dry run says so first and changes nothing).
test('correspondences imported from a file, then replaced by an edited file', T, async () => {
  const qm = await apiAs(S, DEPARTMENT_QUALITY_MANAGER);
  const query = new URLSearchParams({
    code: 'e2e-thaythe', version: '1', title_vi: 'Khung thử thay thế', title_en: 'Replacement trial', publisher: 'Sở',
  });
  const node = (number, title) => ({ number, type: 'standard', title_vi: title, title_en: title });
  await qm('POST', `/frameworks/imports?${query}`, { nodes: [node('1', 'Một'), node('2', 'Hai')] });
  await withPage(S, 'frameworks-mappings', async (page) => {
    await login(page, S.baseURL, DEPARTMENT_QUALITY_MANAGER);
    await page.goto(`${S.baseURL}/standards`);
    await page.getByRole('button', { name: 'e2e-thaythe:1' }).click();
    const card = page.getByTestId('framework-mappings');
    await card.waitFor();
    const upload = async (dlg, name, csv) => {
      await dlg.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await dlg.getByText(name).waitFor();
    };
    await card.getByTestId('mapping-import').click();
    let dlg = await settledDialog(page);
    await upload(dlg, 'tuong-ung.csv', 'node,clause,relation\n1,7.5.3,equal\n2,8.5.1,subset\n');
    await dlg.getByTestId('mapping-import-submit').click();
    await dlg.getByTestId('mapping-result').getByText('Đã nhập 2 tương ứng.').waitFor();
    let v = await axeViolations(page);
    assert.deepEqual(v, [], JSON.stringify(v, null, 1));
    await dlg.getByRole('button', { name: 'Đóng' }).first().click();
    await dlg.waitFor({ state: 'hidden' });
    await card.locator('.ant-list-item').nth(1).waitFor();
    assert.equal(await card.locator('.ant-list-item').count(), 2);

    await card.getByTestId('mapping-import').click();
    dlg = await settledDialog(page);
    await upload(dlg, 'tuong-ung-sua.csv', 'node,clause,relation\n1,7.5.3,equal\n');
    await dlg.getByTestId('mapping-replace').click();
    await dlg.getByTestId('mapping-dry-run').click();
    await dlg.getByTestId('mapping-result').getByText('Sẽ xóa 1 tương ứng không còn trong tệp.').waitFor();
    assert.match(await dlg.getByTestId('mapping-removed').innerText(), /2 -> 8\.5\.1/);
    await dlg.getByTestId('mapping-import-submit').click();
    await dlg.getByTestId('mapping-result').getByText('Đã xóa 1 tương ứng không còn trong tệp.').waitFor();
    await dlg.getByRole('button', { name: 'Đóng' }).first().click();
    await dlg.waitFor({ state: 'hidden' });
    await card.locator('.ant-list-item').nth(1).waitFor({ state: 'detached' });
    assert.equal(await card.locator('.ant-list-item').count(), 1);
    assert.match(await card.locator('.ant-list-item').first().innerText(), /7\.5\.3/);
  });
});

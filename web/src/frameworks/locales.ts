// The texts of frameworks beyond ISO on the standards screen: the list, the import with its row report, the
// correspondences to ISO clauses. Vietnamese first (merged into locales.ts as `frameworks`).
import type { Shape } from '../locales';

export const vi = {
  title: 'Bộ tiêu chuẩn khác (ngoài ISO)', empty: 'Chưa nhập bộ tiêu chuẩn nào.',
  code: 'Mã', version: 'Phiên bản', titleVi: 'Tên tiếng Việt', titleEn: 'Tên tiếng Anh', publisher: 'Cơ quan ban hành',
  source: 'Nguồn', nodes: 'Số mục', export: 'Xuất', import: 'Nhập bộ tiêu chuẩn', file: 'Chọn tệp CSV, JSON hoặc Excel',
  dryRun: 'Kiểm tra thử', submit: 'Nhập', dryRunOk: 'Tệp hợp lệ: {{count}} dòng; chưa có gì được lưu.',
  imported: 'Đã nhập {{count}} mục.', required: 'Bắt buộc',
  help: 'Tệp CSV, JSON hoặc Excel (.xlsx) có dòng tiêu đề gồm các cột number, type, title_vi, title_en và có thể thêm parent, evidence_vi, evidence_en; type là standard, criterion, indicator hoặc requirement. Lỗi ở bất kỳ dòng nào thì không có gì được nhập.',
  codeHelp: 'Chữ thường, chữ số và dấu gạch ngang, ví dụ moet-thpt.',
  mappings: 'Tương ứng với điều khoản ISO', node: 'Mục của bộ tiêu chuẩn', clause: 'Điều khoản ISO',
  relationLabel: 'Quan hệ', add: 'Thêm tương ứng', remove: 'Xóa', removed: 'Đã xóa tương ứng', added: 'Đã thêm tương ứng',
  noMappings: 'Chưa có tương ứng nào.', iso: 'Tiêu chuẩn ISO',
  mappingImport: 'Nhập tương ứng từ tệp', mappingsImported: 'Đã nhập {{count}} tương ứng.',
  mappingHelp: 'Tệp CSV, JSON hoặc Excel (.xlsx) có dòng tiêu đề gồm các cột node, clause, relation và có thể thêm note_vi, note_en; relation là equal, subset, superset hoặc intersect. Lỗi ở bất kỳ dòng nào thì không có gì được nhập.',
  replace: 'Thay thế: tệp là toàn bộ tương ứng với tiêu chuẩn này; các cặp không còn trong tệp sẽ bị xóa',
  wouldRemove: 'Sẽ xóa {{count}} tương ứng không còn trong tệp.', removedCount: 'Đã xóa {{count}} tương ứng không còn trong tệp.',
  removedCaption: 'Tương ứng bị xóa',
};

export const en: Shape<typeof vi> = {
  title: 'Other frameworks (beyond ISO)', empty: 'No framework imported yet.',
  code: 'Code', version: 'Version', titleVi: 'Vietnamese title', titleEn: 'English title', publisher: 'Publisher',
  source: 'Source', nodes: 'Nodes', export: 'Export', import: 'Import a framework', file: 'Choose a CSV, JSON or Excel file',
  dryRun: 'Dry run', submit: 'Import', dryRunOk: 'The file is valid: {{count}} rows; nothing was stored yet.',
  imported: '{{count}} nodes imported.', required: 'Required',
  help: 'A CSV, JSON or Excel (.xlsx) file whose header row names the columns number, type, title_vi, title_en and optionally parent, evidence_vi, evidence_en; type is standard, criterion, indicator or requirement. An error in any row imports nothing.',
  codeHelp: 'Lower-case letters, digits and hyphens, such as moet-thpt.',
  mappings: 'Correspondences to ISO clauses', node: 'Framework node', clause: 'ISO clause',
  relationLabel: 'Relation', add: 'Add correspondence', remove: 'Remove', removed: 'Correspondence removed', added: 'Correspondence added',
  noMappings: 'No correspondence yet.', iso: 'ISO standard',
  mappingImport: 'Import correspondences from a file', mappingsImported: '{{count}} correspondences imported.',
  mappingHelp: 'A CSV, JSON or Excel (.xlsx) file whose header row names the columns node, clause, relation and optionally note_vi, note_en; relation is equal, subset, superset or intersect. An error in any row imports nothing.',
  replace: 'Replace: the file is the whole mapping to this standard; pairs it no longer lists are removed',
  wouldRemove: '{{count}} correspondences no longer in the file would be removed.', removedCount: '{{count}} correspondences no longer in the file were removed.',
  removedCaption: 'Correspondences removed',
};

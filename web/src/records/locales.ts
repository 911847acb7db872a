// The texts of the records register, the record page and the disposal review, Vietnamese first (merged into
// locales.ts as `records`).
import type { Shape } from '../locales';

export const vi = {
  title: 'Hồ sơ', titleField: 'Tên hồ sơ', category: 'Loại hồ sơ', unit: 'Đơn vị', owner: 'Người quản lý hồ sơ',
  recordedOn: 'Ngày lập', retentionMonths: 'Thời hạn lưu trữ (tháng)', retainUntil: 'Lưu đến ngày',
  description: 'Mô tả', clauses: 'Điều khoản liên quan', state: 'Tình trạng',
  create: 'Thêm hồ sơ', created: 'Đã tạo hồ sơ', edit: 'Sửa thông tin', editTitle: 'Sửa thông tin hồ sơ',
  detail: 'Thông tin hồ sơ', back: 'Danh sách hồ sơ', empty: 'Không có hồ sơ nào.',
  searchLabel: 'Tìm hồ sơ', searchPlaceholder: 'Tìm theo tên hồ sơ', filterCategory: 'Lọc theo loại hồ sơ',
  filterUnit: 'Lọc theo đơn vị (cả cấp dưới)', filterClause: 'Lọc theo điều khoản', dueOnly: 'Chỉ hồ sơ đến hạn hủy',
  includeDisposed: 'Gồm cả hồ sơ đã hủy',
  recordedOnHelp: 'Ngày của sự việc mà hồ sơ ghi lại; không được sau hôm nay.',
  retentionHelp: 'Để trống: 60 tháng.', retainUntilPreview: 'Hồ sơ sẽ được lưu đến ngày {{date}}.',
  ownerHelp: 'Để trống: chính bạn. Người quản lý hồ sơ được sửa thông tin của hồ sơ.',
  clausesHelp: 'Các điều khoản của ISO 9001 và ISO 21001 mà hồ sơ làm bằng chứng; gõ số hoặc tên để tìm.',
  states: { kept: 'Đang lưu trữ', due: 'Đến hạn hủy', hold: 'Đang phong tỏa', disposed: 'Đã hủy' },
  categories: {
    attendance: 'Điểm danh', assessment: 'Kiểm tra, đánh giá học sinh', audit_report: 'Báo cáo đánh giá',
    management_review: 'Xem xét của lãnh đạo', meeting_minutes: 'Biên bản họp', survey_result: 'Kết quả khảo sát',
    training: 'Đào tạo, bồi dưỡng', complaint: 'Khiếu nại, phản hồi', other: 'Khác',
  },
  hold: {
    title: 'Phong tỏa pháp lý', reason: 'Lý do phong tỏa', place: 'Phong tỏa hồ sơ', lift: 'Gỡ phong tỏa',
    none: 'Không', placed: 'Đã phong tỏa hồ sơ', lifted: 'Đã gỡ phong tỏa',
    liftConfirm: 'Gỡ phong tỏa hồ sơ này? Sau đó hồ sơ có thể bị hủy khi hết thời hạn lưu trữ.',
    help: 'Hồ sơ đang phong tỏa không thể bị hủy, kể cả khi đã hết thời hạn lưu trữ (ví dụ đang có khiếu nại hay thanh tra).',
    reasonRequired: 'Hãy ghi lý do phong tỏa.',
  },
  disposal: {
    dispose: 'Hủy hồ sơ', reason: 'Lý do hủy', done: 'Đã hủy hồ sơ', at: 'Ngày hủy',
    reasonRequired: 'Hãy ghi lý do hủy.',
    help: 'Hồ sơ không bị xóa: hồ sơ được đánh dấu đã hủy cùng lý do và việc hủy được ghi vào nhật ký thay đổi.',
    beforeRetention: 'Hồ sơ được lưu đến ngày {{date}}: trước ngày đó hệ thống sẽ từ chối hủy.',
    underHold: 'Hồ sơ đang bị phong tỏa: hệ thống sẽ từ chối hủy cho đến khi gỡ phong tỏa.',
  },
  review: {
    title: 'Xem xét hủy hồ sơ', open: 'Xem xét hủy hồ sơ',
    help: 'Các hồ sơ đã hết thời hạn lưu trữ, không bị phong tỏa và chưa bị hủy. Mỗi hồ sơ được hủy riêng, có ghi lý do.',
    empty: 'Không có hồ sơ nào đến hạn hủy.',
  },
};

export const en: Shape<typeof vi> = {
  title: 'Records', titleField: 'Title', category: 'Record type', unit: 'Unit', owner: 'Record keeper',
  recordedOn: 'Recorded on', retentionMonths: 'Retention period (months)', retainUntil: 'Kept until',
  description: 'Description', clauses: 'Related clauses', state: 'State',
  create: 'New record', created: 'Record created', edit: 'Edit details', editTitle: 'Edit record details',
  detail: 'Record details', back: 'Records', empty: 'No records.',
  searchLabel: 'Search records', searchPlaceholder: 'Search by title', filterCategory: 'Filter by record type',
  filterUnit: 'Filter by unit (with its subunits)', filterClause: 'Filter by clause', dueOnly: 'Only records due for disposal',
  includeDisposed: 'Include disposed records',
  recordedOnHelp: 'The date of what the record records; not after today.',
  retentionHelp: 'Left empty: 60 months.', retainUntilPreview: 'The record will be kept until {{date}}.',
  ownerHelp: 'Left empty: you. The record keeper may edit the record’s details.',
  clausesHelp: 'The ISO 9001 and ISO 21001 clauses this record is evidence for; type a number or title to search.',
  states: { kept: 'Kept', due: 'Due for disposal', hold: 'Under legal hold', disposed: 'Disposed of' },
  categories: {
    attendance: 'Attendance', assessment: 'Student assessment', audit_report: 'Audit report',
    management_review: 'Management review', meeting_minutes: 'Meeting minutes', survey_result: 'Survey result',
    training: 'Training', complaint: 'Complaint or feedback', other: 'Other',
  },
  hold: {
    title: 'Legal hold', reason: 'Reason for the hold', place: 'Place legal hold', lift: 'Lift legal hold',
    none: 'None', placed: 'Legal hold placed', lifted: 'Legal hold lifted',
    liftConfirm: 'Lift the legal hold on this record? It may then be disposed of once its retention period is over.',
    help: 'A record under legal hold cannot be disposed of, even past its retention period (e.g. during a complaint or an inspection).',
    reasonRequired: 'Give the reason for the hold.',
  },
  disposal: {
    dispose: 'Dispose of record', reason: 'Reason for disposal', done: 'Record disposed of', at: 'Disposed of on',
    reasonRequired: 'Give the reason for disposal.',
    help: 'The record is not deleted: it is marked as disposed of with the reason, and the disposal is recorded in the audit trail.',
    beforeRetention: 'The record is kept until {{date}}: before then the system refuses to dispose of it.',
    underHold: 'The record is under a legal hold: the system refuses to dispose of it until the hold is lifted.',
  },
  review: {
    title: 'Disposal review', open: 'Disposal review',
    help: 'Records past their retention period, not under legal hold and not yet disposed of. Each is disposed of on its own, with a reason.',
    empty: 'No record is due for disposal.',
  },
};

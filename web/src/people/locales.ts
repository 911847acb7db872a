// Competence, training and awareness (issue 20), in Vietnamese and English.
export const vi = {
  matrix: {
    title: 'Ma trận năng lực', unit: 'Đơn vị', pickUnit: 'Chọn đơn vị để xem ma trận năng lực của đơn vị và các đơn vị trực thuộc',
    download: 'Tải về (Excel)', people: 'Số người', competence: 'Năng lực', required: 'Yêu cầu', held: 'Đạt', gaps: 'Thiếu',
    expiring: 'Hết hạn trong 90 ngày', person: 'Họ và tên', awareness: 'Nhận thức chính sách', missing: 'Thiếu',
    heldUntil: 'Đạt, đến {{date}}', more: 'Xem thêm', empty: 'Đơn vị chưa yêu cầu năng lực nào',
    awarenessStates: { aware: 'Đã xác nhận', pending: 'Chưa đọc', not_distributed: 'Chưa phân phối' },
  },
  catalogue: {
    title: 'Danh mục năng lực', code: 'Mã', name: 'Tên', category: 'Nhóm', clauses: 'Điều khoản', shipped: 'Có sẵn',
    own: 'Của tổ chức', add: 'Thêm năng lực', nameVi: 'Tên tiếng Việt', nameEn: 'Tên tiếng Anh',
    categories: { teaching: 'Giảng dạy', awareness: 'Nhận thức', auditing: 'Đánh giá', management: 'Quản lý', care: 'Chăm sóc, an toàn', other: 'Khác' },
  },
  training: {
    title: 'Đào tạo', create: 'Tạo chương trình', programme: 'Chương trình', provider: 'Đơn vị đào tạo', maxScore: 'Điểm tối đa',
    passMark: 'Điểm đạt', competences: 'Năng lực được công nhận khi đạt', sessions: 'Buổi học', addSession: 'Thêm buổi học',
    sessionTitle: 'Tên buổi', trainer: 'Giảng viên', place: 'Địa điểm', topics: 'Nội dung', startsAt: 'Bắt đầu', endsAt: 'Kết thúc',
    code: 'Mã điểm danh', qr: 'Mã QR điểm danh', invite: 'Mời theo đơn vị', role: 'Vai trò (để trống: tất cả)',
    participants: 'Học viên', attended: 'Số buổi tham dự', score: 'Điểm', passed: 'Kết quả', pass: 'Đạt', fail: 'Không đạt',
    record: 'Ghi điểm', present: 'Điểm danh có mặt', certificate: 'Giấy chứng nhận', invited: 'Đã mời {{count}} người',
    checkIn: 'Điểm danh', checkInCode: 'Nhập mã điểm danh hiển thị trong phòng học', checkedIn: 'Đã điểm danh: {{title}}',
    empty: 'Chưa có chương trình đào tạo nào', back: 'Danh sách chương trình',
  },
};

export const en: typeof vi = {
  matrix: {
    title: 'Competence matrix', unit: 'Unit', pickUnit: "Choose a unit to see the competence matrix of it and its sub-units",
    download: 'Download (Excel)', people: 'People', competence: 'Competence', required: 'Required', held: 'Held', gaps: 'Gaps',
    expiring: 'Expiring in 90 days', person: 'Name', awareness: 'Policy awareness', missing: 'Missing',
    heldUntil: 'Held, until {{date}}', more: 'More', empty: 'The unit requires no competence yet',
    awarenessStates: { aware: 'Acknowledged', pending: 'Not yet read', not_distributed: 'Not distributed' },
  },
  catalogue: {
    title: 'Competence catalogue', code: 'Code', name: 'Name', category: 'Group', clauses: 'Clauses', shipped: 'Shipped',
    own: "Organisation's own", add: 'Add a competence', nameVi: 'Name in Vietnamese', nameEn: 'Name in English',
    categories: { teaching: 'Teaching', awareness: 'Awareness', auditing: 'Auditing', management: 'Management', care: 'Care and safety', other: 'Other' },
  },
  training: {
    title: 'Training', create: 'Create a programme', programme: 'Programme', provider: 'Provider', maxScore: 'Maximum score',
    passMark: 'Pass mark', competences: 'Competences granted on passing', sessions: 'Sessions', addSession: 'Add a session',
    sessionTitle: 'Session title', trainer: 'Trainer', place: 'Place', topics: 'Topics', startsAt: 'Starts', endsAt: 'Ends',
    code: 'Check-in code', qr: 'Check-in QR code', invite: 'Invite by unit', role: 'Role (empty: everyone)',
    participants: 'Participants', attended: 'Sessions attended', score: 'Score', passed: 'Result', pass: 'Passed', fail: 'Failed',
    record: 'Record score', present: 'Mark present', certificate: 'Certificate', invited: '{{count}} people invited',
    checkIn: 'Check in', checkInCode: 'Type the check-in code shown in the room', checkedIn: 'Checked in: {{title}}',
    empty: 'No training programme yet', back: 'Programmes',
  },
};

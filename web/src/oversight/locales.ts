// The texts of the oversight table, Vietnamese first (merged into locales.ts as `oversight`).
import type { Shape } from '../locales';

export const vi = {
  title: 'Theo dõi các đơn vị trực thuộc', within: 'Đơn vị', search: 'Tìm theo mã hoặc tên đơn vị',
  type: 'Loại đơn vị', level: 'Mức cảnh báo', download: 'Tải bảng (XLSX)', unit: 'Đơn vị', empty: 'Không có đơn vị nào.',
  readiness: 'Sẵn sàng {{standard}}', noneAssessed: 'chưa tự đánh giá', attention: 'Mức chú ý', none: '—', today: 'Số liệu đến ngày {{day}}',
  legend: 'Xanh: đạt; vàng: cần chú ý; đỏ: cần xử lý ngay. Mỗi ô dẫn đến danh sách tương ứng.',
  levels: { warning: 'Từ mức cần chú ý', alert: 'Chỉ mức cần xử lý' },
  worst: { ok: 'Đạt', warning: 'Cần chú ý', alert: 'Cần xử lý' },
  columns: {
    certification: 'Chứng nhận', certification_due: 'Hạn tiếp theo', nonconformities_open: 'Điểm KPH đang mở',
    nonconformities_overdue: 'Điểm KPH quá hạn', actions_overdue: 'Hành động quá hạn',
    document_reviews_overdue: 'Tài liệu quá hạn xem xét', last_internal_audit: 'Đánh giá nội bộ gần nhất',
    last_management_review: 'Xem xét lãnh đạo gần nhất', indicators_off_target: 'Chỉ số chưa đạt',
    complaints_open: 'Khiếu nại đang mở', satisfaction_index: 'Chỉ số hài lòng',
  },
  certification: {
    certificate_active: 'Còn hiệu lực', certificate_suspended: 'Bị đình chỉ', certificate_withdrawn: 'Bị thu hồi',
    certificate_expired: 'Hết hạn', registration: 'Đăng ký', contract: 'Hợp đồng', assessment: 'Đánh giá',
    documentation: 'Hoàn thiện hồ sơ', certificate_issue: 'Cấp chứng nhận', surveillance: 'Giám sát',
    recertification: 'Tái chứng nhận',
  },
};

export const en: Shape<typeof vi> = {
  title: 'Oversight of units', within: 'Unit', search: 'Find by unit code or name',
  type: 'Unit type', level: 'Warning level', download: 'Download table (XLSX)', unit: 'Unit', empty: 'No units.',
  readiness: 'Readiness {{standard}}', noneAssessed: 'not self-assessed', attention: 'Attention', none: '—', today: 'Figures as of {{day}}',
  legend: 'Green: fine; amber: needs attention; red: needs action now. Each cell opens the list behind it.',
  levels: { warning: 'Attention or worse', alert: 'Action needed only' },
  worst: { ok: 'Fine', warning: 'Attention', alert: 'Action needed' },
  columns: {
    certification: 'Certification', certification_due: 'Next due', nonconformities_open: 'Open nonconformities',
    nonconformities_overdue: 'Overdue nonconformities', actions_overdue: 'Overdue actions',
    document_reviews_overdue: 'Document reviews overdue', last_internal_audit: 'Last internal audit',
    last_management_review: 'Last management review', indicators_off_target: 'Indicators off target',
    complaints_open: 'Open complaints', satisfaction_index: 'Satisfaction index',
  },
  certification: {
    certificate_active: 'Valid', certificate_suspended: 'Suspended', certificate_withdrawn: 'Withdrawn',
    certificate_expired: 'Expired', registration: 'Registration', contract: 'Contract', assessment: 'Assessment',
    documentation: 'Documentation', certificate_issue: 'Certificate issue', surveillance: 'Surveillance',
    recertification: 'Recertification',
  },
};

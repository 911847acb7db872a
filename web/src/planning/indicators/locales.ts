// The texts of the objective, indicator and comparison screens, Vietnamese first (merged into locales.ts).
import type { Shape } from '../../locales';

export const vi = {
  objectives: {
    title: 'Mục tiêu chất lượng', create: 'Thêm mục tiêu', created: 'Đã tạo mục tiêu #{{id}}',
    titleField: 'Mục tiêu', unit: 'Đơn vị', policyLink: 'Cam kết trong chính sách chất lượng',
    planWhat: 'Việc cần làm', resources: 'Nguồn lực', responsible: 'Người chịu trách nhiệm', dueDate: 'Thời hạn',
    evaluation: 'Cách đánh giá kết quả', empty: 'Chưa có mục tiêu nào.', filterUnit: 'Lọc theo đơn vị (cả cấp dưới)',
    indicators: 'Chỉ số', export: 'Xuất CSV',
  },
  indicators: {
    title: 'Chỉ số đo lường', create: 'Thêm chỉ số', created: 'Đã tạo chỉ số {{code}}', code: 'Mã chỉ số',
    name: 'Tên chỉ số', objective: 'Thuộc mục tiêu', measureUnit: 'Đơn vị đo', direction: 'Chiều tốt', target: 'Giá trị mục tiêu',
    warning: 'Ngưỡng cảnh báo', frequency: 'Tần suất', owner: 'Người phụ trách', source: 'Nguồn số liệu',
    metric: 'Số liệu EduIMS tính', aggregation: 'Cách tổng hợp giữa các đơn vị', breachRaises: 'Khi vượt ngưỡng, tạo',
    latest: 'Giá trị gần nhất', status: 'Tình trạng', empty: 'Chưa có chỉ số nào.', filterUnit: 'Lọc theo đơn vị (cả cấp dưới)',
    filterSource: 'Lọc theo nguồn số liệu', filterObjective: 'Đang xem chỉ số của mục tiêu #{{id}}', clearObjective: 'Xem tất cả',
    export: 'Xuất CSV', compare: 'So sánh giữa các đơn vị', thresholdWrongSide: 'Ngưỡng cảnh báo không được tốt hơn mục tiêu.',
    directions: { higher: 'Càng cao càng tốt', lower: 'Càng thấp càng tốt' },
    frequencies: { month: 'Hằng tháng', term: 'Theo học kỳ', school_year: 'Theo năm học', year: 'Hằng năm' },
    sources: { manual: 'Nhập tay', import: 'Nhập từ tệp', computed: 'EduIMS tự tính' },
    metrics: {
      nonconformities_closed_on_time: 'Tỷ lệ sự không phù hợp đóng đúng hạn (%)',
      nonconformity_days_to_close: 'Số ngày trung bình để đóng sự không phù hợp',
      survey_satisfaction_index: 'Chỉ số hài lòng từ khảo sát (%) của các câu hỏi gắn mã chỉ số này',
    },
    aggregations: { sum: 'Tổng', mean: 'Trung bình', weighted_mean: 'Trung bình có trọng số' },
    breach: { improvement: 'Cơ hội cải tiến', nonconformity: 'Sự không phù hợp' },
    statuses: { green: 'Đạt', amber: 'Cần theo dõi', red: 'Vượt ngưỡng' },
  },
  indicator: {
    back: 'Danh sách chỉ số', trend: 'Xu hướng', values: 'Các giá trị', period: 'Kỳ', value: 'Giá trị', weight: 'Trọng số',
    note: 'Ghi chú', recordedAt: 'Ghi lúc', raised: 'Đã tạo', record: 'Nhập giá trị', recordTitle: 'Nhập giá trị kỳ đo',
    recorded: 'Đã ghi giá trị kỳ {{period}}', correction: 'Hiệu chỉnh giá trị đã có (giữ lại giá trị cũ trong lịch sử)',
    noteRequired: 'Ghi lý do hiệu chỉnh.', periodHelp: 'Tháng: 2025-09; học kỳ: 2025-2026-T1; năm học: 2025-2026; năm: 2025.',
    computedHelp: 'EduIMS tự tính giá trị của chỉ số này sau mỗi kỳ; không nhập tay.', history: 'Hiện cả giá trị đã hiệu chỉnh',
    superseded: 'Đã được hiệu chỉnh', noValues: 'Chưa có giá trị nào.', targetLine: 'Mục tiêu', warningLine: 'Ngưỡng cảnh báo',
    chart: 'Biểu đồ xu hướng của {{name}}: {{values}}',
  },
  compare: {
    title: 'So sánh chỉ số giữa các đơn vị', code: 'Mã chỉ số', within: 'Trong phạm vi đơn vị', period: 'Kỳ',
    show: 'Xem', aggregate: 'Tổng hợp ({{method}})', measured: '{{measured}}/{{units}} đơn vị đã có số liệu',
    unit: 'Đơn vị', noData: 'Không đơn vị nào có chỉ số này.', export: 'Xuất CSV', chart: 'Giá trị kỳ {{period}}: {{values}}',
    codeRequired: 'Nhập mã chỉ số.',
  },
};

export const en: Shape<typeof vi> = {
  objectives: {
    title: 'Quality objectives', create: 'Add objective', created: 'Objective #{{id}} created',
    titleField: 'Objective', unit: 'Unit', policyLink: 'Quality policy commitment',
    planWhat: 'What will be done', resources: 'Resources', responsible: 'Responsible', dueDate: 'By when',
    evaluation: 'How results are evaluated', empty: 'No objectives yet.', filterUnit: 'Filter by unit (with its subunits)',
    indicators: 'Indicators', export: 'Export CSV',
  },
  indicators: {
    title: 'Indicators', create: 'Add indicator', created: 'Indicator {{code}} created', code: 'Code',
    name: 'Name', objective: 'Objective', measureUnit: 'Unit of measure', direction: 'Better when', target: 'Target',
    warning: 'Warning threshold', frequency: 'Frequency', owner: 'Owner', source: 'Source of values',
    metric: 'Computed by EduIMS from', aggregation: 'Aggregation across units', breachRaises: 'Past the threshold, raise',
    latest: 'Latest value', status: 'Status', empty: 'No indicators yet.', filterUnit: 'Filter by unit (with its subunits)',
    filterSource: 'Filter by source', filterObjective: 'Showing the indicators of objective #{{id}}', clearObjective: 'Show all',
    export: 'Export CSV', compare: 'Compare across units', thresholdWrongSide: 'The warning threshold must not be better than the target.',
    directions: { higher: 'Higher is better', lower: 'Lower is better' },
    frequencies: { month: 'Monthly', term: 'Each term', school_year: 'Each school year', year: 'Yearly' },
    sources: { manual: 'Entered by hand', import: 'Imported from a file', computed: 'Computed by EduIMS' },
    metrics: {
      nonconformities_closed_on_time: 'Nonconformities closed on time (%)',
      nonconformity_days_to_close: 'Mean days to close a nonconformity',
      survey_satisfaction_index: "Survey satisfaction index (%) of the questions linked to this indicator's code",
    },
    aggregations: { sum: 'Sum', mean: 'Mean', weighted_mean: 'Weighted mean' },
    breach: { improvement: 'Opportunity for improvement', nonconformity: 'Nonconformity' },
    statuses: { green: 'On target', amber: 'Watch', red: 'Past threshold' },
  },
  indicator: {
    back: 'Indicators', trend: 'Trend', values: 'Values', period: 'Period', value: 'Value', weight: 'Weight',
    note: 'Note', recordedAt: 'Recorded', raised: 'Raised', record: 'Enter value', recordTitle: 'Enter a period\'s value',
    recorded: 'Value for {{period}} recorded', correction: 'Correct the existing value (the old one stays in the history)',
    noteRequired: 'Give the reason for the correction.', periodHelp: 'Month: 2025-09; term: 2025-2026-T1; school year: 2025-2026; year: 2025.',
    computedHelp: 'EduIMS computes this indicator\'s values after each period; nobody enters them.', history: 'Show corrected values too',
    superseded: 'Corrected', noValues: 'No values yet.', targetLine: 'Target', warningLine: 'Warning threshold',
    chart: 'Trend chart of {{name}}: {{values}}',
  },
  compare: {
    title: 'Compare an indicator across units', code: 'Indicator code', within: 'Within unit', period: 'Period',
    show: 'Show', aggregate: 'Aggregate ({{method}})', measured: '{{measured}} of {{units}} units have a value',
    unit: 'Unit', noData: 'No unit has this indicator.', export: 'Export CSV', chart: 'Values for {{period}}: {{values}}',
    codeRequired: 'Enter the indicator code.',
  },
};

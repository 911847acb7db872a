// The texts of the context registers (context issues and the SWOT view, interested parties, scope, planned
// changes), Vietnamese first (merged into locales.ts as `planningContext`).
import type { Shape } from '../../locales';

export const vi = {
  export: { csv: 'Xuất CSV', xlsx: 'Xuất XLSX' },
  issues: {
    title: 'Bối cảnh của tổ chức', tabList: 'Vấn đề bối cảnh', tabSwot: 'Phân tích SWOT', create: 'Thêm vấn đề',
    edit: 'Sửa vấn đề', titleField: 'Vấn đề', description: 'Mô tả', category: 'Nhóm', kind: 'Loại', effect: 'Tác động',
    unit: 'Đơn vị', reviewDate: 'Ngày xem xét lại', clauses: 'Điều khoản liên quan', empty: 'Chưa có vấn đề bối cảnh nào.',
    searchLabel: 'Tìm vấn đề bối cảnh', searchPlaceholder: 'Tìm theo nội dung', filterUnit: 'Lọc theo đơn vị (cả cấp dưới)',
    filterCategory: 'Lọc theo nhóm', filterEffect: 'Lọc theo tác động', filterKind: 'Lọc theo loại', archive: 'Lưu trữ',
    archiveConfirm: 'Lưu trữ vấn đề này? Vấn đề được giữ lại nhưng không còn thay đổi được.', saved: 'Đã lưu vấn đề',
    kinds: { internal: 'Bên trong', external: 'Bên ngoài' },
    effects: { positive: 'Tích cực', negative: 'Tiêu cực' },
    categories: {
      political: 'Chính trị', economic: 'Kinh tế', social: 'Xã hội', technological: 'Công nghệ', legal: 'Pháp luật',
      environmental: 'Môi trường', climate: 'Biến đổi khí hậu', market: 'Thị trường lao động', demographic: 'Dân số',
      resources: 'Nguồn lực', people: 'Con người', culture: 'Văn hóa', performance: 'Kết quả hoạt động',
      knowledge: 'Tri thức', infrastructure: 'Cơ sở hạ tầng', governance: 'Quản trị', values: 'Giá trị',
    },
    swot: {
      within: 'Phân tích cho đơn vị (cả cấp dưới)', strengths: 'Điểm mạnh', weaknesses: 'Điểm yếu',
      opportunities: 'Cơ hội', threats: 'Thách thức', none: 'Chưa có vấn đề nào.', truncated: 'Chỉ hiện 500 vấn đề đầu tiên mỗi ô.',
    },
  },
  parties: {
    title: 'Các bên quan tâm', create: 'Thêm bên quan tâm', name: 'Tên', class: 'Nhóm', unit: 'Đơn vị',
    needs: 'Nhu cầu và mong đợi', relevant: 'Liên quan', relevanceReason: 'Lý do không liên quan', mandatory: 'Bắt buộc (ISO 21001)',
    empty: 'Chưa có bên quan tâm nào.', filterUnit: 'Lọc theo đơn vị (cả cấp dưới)', filterClass: 'Lọc theo nhóm',
    edit: 'Sửa nhu cầu', requirements: 'Yêu cầu', addRequirement: 'Thêm yêu cầu', requirement: 'Yêu cầu',
    adopted: 'Tổ chức chấp nhận thành yêu cầu', obligation: 'Nghĩa vụ tuân thủ', reference: 'Văn bản (luật, thông tư…)',
    monitoring: 'Cách theo dõi', monitoringNote: 'Ghi chú theo dõi', noRequirements: 'Chưa có yêu cầu nào.', saved: 'Đã lưu',
    methods: {
      survey: 'Khảo sát', meeting: 'Họp, đối thoại', complaint_channel: 'Kênh phản ánh', report: 'Báo cáo',
      inspection: 'Thanh tra, kiểm tra', other: 'Khác',
    },
  },
  scope: {
    title: 'Phạm vi hệ thống quản lý', unit: 'Đơn vị', statementVi: 'Tuyên bố phạm vi (tiếng Việt)',
    statementEn: 'Tuyên bố phạm vi (tiếng Anh)', sites: 'Địa điểm', products: 'Sản phẩm, dịch vụ giáo dục',
    exclusions: 'Điều khoản không áp dụng', clause: 'Điều khoản', justification: 'Lý do',
    addExclusion: 'Thêm điều khoản không áp dụng', remove: 'Bỏ', saved: 'Đã lưu phạm vi', pickUnit: 'Chọn đơn vị',
    listHelp: 'Mỗi dòng một mục.', never: 'Đơn vị chưa công bố phạm vi.',
    exclusionHelp: 'Chỉ các yêu cầu thuộc điều 7, 8 hoặc phụ lục quy định; điều khoản loại trừ không còn được tính vào mức sẵn sàng.',
  },
  changes: {
    title: 'Hoạch định thay đổi', create: 'Thêm thay đổi', titleField: 'Thay đổi', purpose: 'Nội dung và mục đích',
    risks: 'Rủi ro và hệ quả', resources: 'Nguồn lực', responsibilities: 'Trách nhiệm', plannedOn: 'Ngày dự kiến',
    unit: 'Đơn vị', status: 'Trạng thái', decisionNote: 'Ý kiến', empty: 'Chưa có thay đổi nào.',
    filterUnit: 'Lọc theo đơn vị (cả cấp dưới)', filterStatus: 'Lọc theo trạng thái',
    statuses: { proposed: 'Đề xuất', approved: 'Đã phê duyệt', rejected: 'Bị từ chối', implemented: 'Đã thực hiện' },
    decisions: { approve: 'Phê duyệt', reject: 'Từ chối', implement: 'Đánh dấu đã thực hiện' },
  },
};

export const en: Shape<typeof vi> = {
  export: { csv: 'Export CSV', xlsx: 'Export XLSX' },
  issues: {
    title: 'Context of the organisation', tabList: 'Context issues', tabSwot: 'SWOT analysis', create: 'Add issue',
    edit: 'Edit issue', titleField: 'Issue', description: 'Description', category: 'Category', kind: 'Kind', effect: 'Effect',
    unit: 'Unit', reviewDate: 'Review date', clauses: 'Related clauses', empty: 'No context issues yet.',
    searchLabel: 'Search context issues', searchPlaceholder: 'Search the text', filterUnit: 'Filter by unit (and below)',
    filterCategory: 'Filter by category', filterEffect: 'Filter by effect', filterKind: 'Filter by kind', archive: 'Archive',
    archiveConfirm: 'Archive this issue? It is kept but can no longer change.', saved: 'Issue saved',
    kinds: { internal: 'Internal', external: 'External' },
    effects: { positive: 'Positive', negative: 'Negative' },
    categories: {
      political: 'Political', economic: 'Economic', social: 'Social', technological: 'Technological', legal: 'Legal',
      environmental: 'Environmental', climate: 'Climate change', market: 'Labour market', demographic: 'Demographic',
      resources: 'Resources', people: 'People', culture: 'Culture', performance: 'Performance',
      knowledge: 'Knowledge', infrastructure: 'Infrastructure', governance: 'Governance', values: 'Values',
    },
    swot: {
      within: 'Analysis of the unit (and below)', strengths: 'Strengths', weaknesses: 'Weaknesses',
      opportunities: 'Opportunities', threats: 'Threats', none: 'No issues yet.', truncated: 'Only the first 500 issues of each quadrant are shown.',
    },
  },
  parties: {
    title: 'Interested parties', create: 'Add interested party', name: 'Name', class: 'Class', unit: 'Unit',
    needs: 'Needs and expectations', relevant: 'Relevant', relevanceReason: 'Why not relevant', mandatory: 'Mandatory (ISO 21001)',
    empty: 'No interested parties yet.', filterUnit: 'Filter by unit (and below)', filterClass: 'Filter by class',
    edit: 'Edit needs', requirements: 'Requirements', addRequirement: 'Add requirement', requirement: 'Requirement',
    adopted: 'Taken on as a requirement', obligation: 'Compliance obligation', reference: 'Reference (law, circular…)',
    monitoring: 'Monitored by', monitoringNote: 'Monitoring note', noRequirements: 'No requirements yet.', saved: 'Saved',
    methods: {
      survey: 'Survey', meeting: 'Meeting', complaint_channel: 'Complaint channel', report: 'Report',
      inspection: 'Inspection', other: 'Other',
    },
  },
  scope: {
    title: 'Scope of the management system', unit: 'Unit', statementVi: 'Scope statement (Vietnamese)',
    statementEn: 'Scope statement (English)', sites: 'Sites', products: 'Educational products and services',
    exclusions: 'Clauses not applicable', clause: 'Clause', justification: 'Justification',
    addExclusion: 'Add a clause not applicable', remove: 'Remove', saved: 'Scope saved', pickUnit: 'Choose a unit',
    listHelp: 'One item per line.', never: 'The unit has not declared its scope yet.',
    exclusionHelp: 'Only requirements of clauses 7 and 8 or a normative annex; an excluded clause no longer counts for readiness.',
  },
  changes: {
    title: 'Planning of changes', create: 'Add change', titleField: 'Change', purpose: 'What and why',
    risks: 'Risks and consequences', resources: 'Resources', responsibilities: 'Responsibilities', plannedOn: 'Planned date',
    unit: 'Unit', status: 'Status', decisionNote: 'Note', empty: 'No changes yet.',
    filterUnit: 'Filter by unit (and below)', filterStatus: 'Filter by status',
    statuses: { proposed: 'Proposed', approved: 'Approved', rejected: 'Rejected', implemented: 'Implemented' },
    decisions: { approve: 'Approve', reject: 'Reject', implement: 'Mark implemented' },
  },
};

// The qualified auditors of an audit programme and the evaluation of training (issue 20, ISO 21001 7.2 and 9.2), in
// Vietnamese and English; kept apart from locales.ts so the people module's screens can grow side by side.
export const vi = {
  auditors: {
    title: 'Đánh giá viên đủ năng lực theo đơn vị',
    help: 'Người có năng lực đánh giá viên nội bộ còn hiệu lực cho mọi tiêu chuẩn được đánh giá tại đơn vị, không làm việc tại đơn vị đó hoặc đơn vị trực thuộc (tính độc lập).',
    unit: 'Đơn vị', standards: 'Tiêu chuẩn', auditors: 'Đánh giá viên đủ năng lực', none: 'Chưa có đánh giá viên đủ năng lực và độc lập',
    audited: 'Đã có cuộc đánh giá', notAudited: 'Chưa lập kế hoạch', until: 'đến {{date}}',
  },
};

export const en: typeof vi = {
  auditors: {
    title: 'Qualified auditors per unit',
    help: 'People holding, in force, the internal auditor competence of every standard audited in the unit, who do not work in it or in a unit below it (independence).',
    unit: 'Unit', standards: 'Standards', auditors: 'Qualified auditors', none: 'No qualified, independent auditor yet',
    audited: 'Audit planned', notAudited: 'Not planned yet', until: 'until {{date}}',
  },
};

// The qualified auditors of an audit programme and the evaluation of training (issue 20, ISO 21001 7.2 and 9.2), in
// Vietnamese and English; kept apart from locales.ts so the people module's screens can grow side by side.
export const vi = {
  auditors: {
    title: 'Đánh giá viên đủ năng lực theo đơn vị',
    help: 'Người có năng lực đánh giá viên nội bộ còn hiệu lực cho mọi tiêu chuẩn được đánh giá tại đơn vị, không làm việc tại đơn vị đó hoặc đơn vị trực thuộc (tính độc lập).',
    unit: 'Đơn vị', standards: 'Tiêu chuẩn', auditors: 'Đánh giá viên đủ năng lực', none: 'Chưa có đánh giá viên đủ năng lực và độc lập',
    audited: 'Đã có cuộc đánh giá', notAudited: 'Chưa lập kế hoạch', until: 'đến {{date}}',
  },
  reaction: {
    title: 'Ý kiến phản hồi của học viên', summary: 'Phản hồi của học viên và kết quả học tập',
    count: '{{count}} / {{attendees}} học viên đã phản hồi', overall: 'Điểm trung bình', comments: 'Ý kiến khác',
    comment: 'Ý kiến khác (không bắt buộc)', send: 'Gửi phản hồi', given: 'Bạn đã gửi ý kiến phản hồi về chương trình này.',
    notParticipant: 'Bạn không tham gia chương trình đào tạo này.', giveReaction: 'Gửi ý kiến phản hồi về chương trình',
  },
  learning: { title: 'Kết quả học tập', summary: '{{passed}}/{{assessed}} đạt ({{rate}}), điểm trung bình {{mean}}' },
  evaluation: {
    title: 'Đánh giá hiệu quả đào tạo', due: 'Đến hạn đánh giá ngày {{date}} ({{days}} ngày sau buổi học cuối).',
    noSession: 'Chương trình chưa có buổi học nào.', afterDays: 'Số ngày sau buổi học cuối', conclusion: 'Kết luận',
    reaction: 'Mức 1 – Phản hồi', learning: 'Mức 2 – Học tập', behaviour: 'Mức 3 – Thay đổi hành vi', results: 'Mức 4 – Kết quả',
    behaviourFindings: 'Thay đổi trong công việc (mức 3): nhận xét', behaviourRating: 'Mức 3: điểm (1–5)',
    resultsFindings: 'Kết quả đối với đơn vị (mức 4): nhận xét', resultsRating: 'Mức 4: điểm (1–5)',
    force: 'Đánh giá trước hạn', reason: 'Lý do đánh giá trước hạn', actionTitle: 'Hành động cần thực hiện',
    actionDue: 'Hạn hoàn thành', action: 'Hành động', record: 'Ghi nhận đánh giá', none: 'Chưa đánh giá hiệu quả.',
  },
  conclusions: { effective: 'Hiệu quả', partly_effective: 'Hiệu quả một phần', not_effective: 'Không hiệu quả' },
  awareness: { title: 'Nhận thức về chính sách và mục tiêu (7.3)', aware: 'Đã nhận thức', notAware: 'Chưa nhận thức', total: 'Tổng – {{name}}' },
};

export const en: typeof vi = {
  auditors: {
    title: 'Qualified auditors per unit',
    help: 'People holding, in force, the internal auditor competence of every standard audited in the unit, who do not work in it or in a unit below it (independence).',
    unit: 'Unit', standards: 'Standards', auditors: 'Qualified auditors', none: 'No qualified, independent auditor yet',
    audited: 'Audit planned', notAudited: 'Not planned yet', until: 'until {{date}}',
  },
  reaction: {
    title: "Participants' reaction", summary: "Participants' reaction and learning",
    count: '{{count}} of {{attendees}} participants reacted', overall: 'Mean rating', comments: 'Comments',
    comment: 'Comment (optional)', send: 'Send my reaction', given: 'You gave your reaction to this programme.',
    notParticipant: 'You do not take part in this training programme.', giveReaction: 'Give your reaction to the programme',
  },
  learning: { title: 'Learning', summary: '{{passed}}/{{assessed}} passed ({{rate}}), mean score {{mean}}' },
  evaluation: {
    title: 'Evaluation of effectiveness', due: 'Due on {{date}} ({{days}} days after the last session).',
    noSession: 'The programme has no session yet.', afterDays: 'Days after the last session', conclusion: 'Conclusion',
    reaction: 'Level 1 – Reaction', learning: 'Level 2 – Learning', behaviour: 'Level 3 – Behaviour', results: 'Level 4 – Results',
    behaviourFindings: 'Change at work (level 3): findings', behaviourRating: 'Level 3: rating (1–5)',
    resultsFindings: 'Results for the unit (level 4): findings', resultsRating: 'Level 4: rating (1–5)',
    force: 'Evaluate before the due date', reason: 'Reason for evaluating early', actionTitle: 'Action to take',
    actionDue: 'Due date', action: 'Action', record: 'Record the evaluation', none: 'Not evaluated yet.',
  },
  conclusions: { effective: 'Effective', partly_effective: 'Partly effective', not_effective: 'Not effective' },
  awareness: { title: 'Awareness of the policy and objectives (7.3)', aware: 'Aware', notAware: 'Not aware', total: 'Total – {{name}}' },
};

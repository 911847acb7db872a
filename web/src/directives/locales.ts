// The texts of directives and reporting requests, Vietnamese first (merged into locales.ts as `directives`).
import type { Shape } from '../locales';

export const vi = {
  list: {
    title: 'Văn bản chỉ đạo và yêu cầu báo cáo', sent: 'Văn bản đã gửi', inbox: 'Văn bản đơn vị cần thực hiện',
    create: 'Gửi văn bản', empty: 'Chưa có văn bản nào.', inboxEmpty: 'Không có văn bản nào cần thực hiện.',
    rate: 'Tỷ lệ đã nộp', deadline: 'Hạn', status: 'Trạng thái', review: 'Xem xét báo cáo', dispatch: 'Số, ngày văn bản', unit: 'Đơn vị',
  },
  form: {
    sender: 'Đơn vị gửi', kind: 'Loại', dispatchNumber: 'Số văn bản', dispatchDate: 'Ngày văn bản', titleField: 'Trích yếu',
    body: 'Nội dung', deadline: 'Hạn báo cáo', targetKind: 'Gửi đến', root: 'Các đơn vị thuộc', unitType: 'Loại đơn vị',
    units: 'Các đơn vị', createActions: 'Tạo một hành động cho mỗi đơn vị', targetKinds: {
      subtree: 'Mọi đơn vị trực thuộc một đơn vị', unit_type: 'Mọi đơn vị cùng loại', units: 'Danh sách đơn vị' },
  },
  kinds: { directive: 'Văn bản chỉ đạo', report_request: 'Yêu cầu báo cáo' },
  statuses: {
    not_started: 'Chưa thực hiện', in_progress: 'Đang thực hiện', submitted: 'Đã nộp', accepted: 'Đã chấp nhận',
    returned: 'Trả lại để hoàn thiện',
  },
  steps: {
    start: 'Bắt đầu', submit: 'Nộp báo cáo', accept: 'Chấp nhận', return: 'Trả lại', reopen: 'Hoàn thiện lại',
    reminder: 'Nhắc hạn', escalation: 'Báo quá hạn',
  },
  detail: {
    progress: 'Tiến độ', submitted: '{{submitted}}/{{total}} đơn vị đã nộp ({{rate}}%)', answers: 'Báo cáo của các đơn vị',
    open: 'Xem', back: 'Danh sách văn bản', live: 'Tự động cập nhật', files: 'Tệp đính kèm văn bản', removeFile: 'Gỡ tệp {{name}} khỏi văn bản?',
  },
  answer: {
    text: 'Nội dung báo cáo', files: 'Tệp đính kèm báo cáo', removeFile: 'Gỡ tệp {{name}} khỏi báo cáo?', save: 'Lưu', saved: 'Đã lưu', returnReason: 'Lý do trả lại', reason: 'Lý do',
    returnTitle: 'Trả lại báo cáo để hoàn thiện', final: 'Báo cáo đã được chấp nhận và không thể thay đổi.',
    action: 'Hành động #{{id}}', actionLabel: 'Hành động được giao', directive: 'Văn bản',
  },
};

export const en: Shape<typeof vi> = {
  list: {
    title: 'Directives and reporting requests', sent: 'Sent', inbox: 'To answer for my units',
    create: 'Send a directive', empty: 'No directives yet.', inboxEmpty: 'Nothing to answer.',
    rate: 'Submitted', deadline: 'Deadline', status: 'Status', review: 'Review', dispatch: 'Dispatch number and date', unit: 'Unit',
  },
  form: {
    sender: 'Sending unit', kind: 'Kind', dispatchNumber: 'Dispatch number', dispatchDate: 'Dispatch date', titleField: 'Subject',
    body: 'Text', deadline: 'Deadline', targetKind: 'Send to', root: 'Every unit below', unitType: 'Unit type',
    units: 'Units', createActions: 'Raise an action for each unit', targetKinds: {
      subtree: 'Every unit below a unit', unit_type: 'Every unit of a type', units: 'A list of units' },
  },
  kinds: { directive: 'Directive', report_request: 'Reporting request' },
  statuses: {
    not_started: 'Not started', in_progress: 'In progress', submitted: 'Submitted', accepted: 'Accepted',
    returned: 'Returned for rework',
  },
  steps: {
    start: 'Start', submit: 'Submit', accept: 'Accept', return: 'Return', reopen: 'Rework',
    reminder: 'Reminder', escalation: 'Overdue notice',
  },
  detail: {
    progress: 'Progress', submitted: '{{submitted}} of {{total}} units submitted ({{rate}}%)', answers: 'Answers of the units',
    open: 'Open', back: 'Directives', live: 'Updates live', files: "The directive's files", removeFile: 'Remove {{name}} from the directive?',
  },
  answer: {
    text: 'Answer', files: "The answer's files", removeFile: 'Remove {{name}} from the answer?', save: 'Save', saved: 'Saved', returnReason: 'Why it was returned', reason: 'Reason',
    returnTitle: 'Return the answer for rework', final: 'The answer is accepted and can no longer change.',
    action: 'Action #{{id}}', actionLabel: 'Action raised', directive: 'Directive',
  },
};

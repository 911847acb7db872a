// The texts of notifications: the home page's to-do panel and the delivery choice in the profile, Vietnamese first
// (merged into locales.ts as `notifications`).
import type { Shape } from '../locales';

export const vi = {
  todo: 'Việc cần làm', empty: 'Không có việc nào đang chờ bạn.', overdue: 'Quá hạn', noDue: 'Không có hạn',
  thisWeek: 'Trong 7 ngày tới', later: 'Sau đó', count: '{{count}} việc', overdueCount: '{{count}} quá hạn',
  kinds: {
    revision_review: 'Xem xét bản sửa đổi', revision_approval: 'Phê duyệt bản sửa đổi',
    revision_publication: 'Ban hành bản đã phê duyệt', document_read: 'Đọc và xác nhận tài liệu',
    audit_assigned: 'Cuộc đánh giá được phân công', action_due: 'Hành động đến hạn',
    certification_step: 'Bước chứng nhận đến hạn', certificate_due: 'Đánh giá giám sát hoặc tái chứng nhận đến hạn', review_scheduled: 'Họp xem xét của lãnh đạo', directive_answer: 'Văn bản chỉ đạo cần báo cáo',
  },
  delivery: 'Nhận thông báo qua thư',
  deliveryHelp: 'Thư gồm các việc mới cần làm, kèm đường dẫn, bằng ngôn ngữ bạn chọn ở trên.',
  deliveries: {
    immediate: 'Ngay khi có việc mới', daily_digest: 'Tổng hợp mỗi ngày một thư (từ 7 giờ sáng)',
    none: 'Không nhận thư (chỉ xem trên trang chủ)',
  },
};

export const en: Shape<typeof vi> = {
  todo: 'To do', empty: 'Nothing is waiting for you.', overdue: 'Overdue', noDue: 'No due date',
  thisWeek: 'In the next 7 days', later: 'Later', count: '{{count}} tasks', overdueCount: '{{count}} overdue',
  kinds: {
    revision_review: 'Review a revision', revision_approval: 'Approve a revision',
    revision_publication: 'Publish an approved revision', document_read: 'Read and acknowledge a document',
    audit_assigned: 'Audit assigned to you', action_due: 'Action due',
    certification_step: 'Certification step due', certificate_due: 'Surveillance or recertification due', review_scheduled: 'Management review meeting', directive_answer: 'Directive to answer',
  },
  delivery: 'Mail notices',
  deliveryHelp: 'The mail lists your new tasks with their links, in the language chosen above.',
  deliveries: {
    immediate: 'As soon as there is a new task', daily_digest: 'One digest a day (from 7 a.m.)',
    none: 'No mail (see them on the home page only)',
  },
};

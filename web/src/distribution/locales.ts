// The texts of distribution, the readership report, acknowledgement and the reading list, Vietnamese first (merged
// into locales.ts as `distribution`).
import type { Shape } from '../locales';

export const vi = {
  title: 'Phân phối tài liệu', edit: 'Chọn nơi nhận', editTitle: 'Phân phối tài liệu {{code}}',
  targets: 'Nơi nhận', unit: 'Đơn vị (cả cấp dưới)', role: 'Vai trò', everyone: 'Mọi người',
  addTarget: 'Thêm nơi nhận', removeTarget: 'Bỏ nơi nhận này', noTargets: 'Tài liệu chưa được phân phối.',
  targetsHelp: 'Tài liệu được gửi tới mọi người của đơn vị và các đơn vị cấp dưới; chọn vai trò để chỉ gửi tới người giữ vai trò đó. Để trống danh sách: thôi phân phối.',
  saved: 'Đã cập nhật nơi nhận', notPublished: 'Tài liệu chưa có phiên bản ban hành: người nhận sẽ thấy tài liệu khi được ban hành.',
  readership: 'Tình hình đọc tài liệu', addressees: 'Người nhận', acknowledged: 'Đã đọc', percent: 'Tỷ lệ',
  notRead: 'Chưa đọc', everyoneRead: 'Mọi người đã đọc.', unlisted: 'và {{count}} người khác chưa đọc',
  summary: '{{acknowledged}}/{{addressees}} người đã xác nhận đã đọc ({{percent}}%)', noAddressees: 'Chưa có người nhận.',
  readingList: 'Tài liệu cần đọc', toRead: 'Cần đọc', all: 'Tất cả', readAt: 'Đã đọc lúc {{at}}',
  readingEmpty: 'Không có tài liệu nào cần đọc.', readingAllEmpty: 'Chưa có tài liệu nào được phân phối tới bạn.',
  show: 'Hiển thị',
  acknowledge: 'Xác nhận đã đọc', acknowledgeTitle: 'Tài liệu được phân phối tới bạn',
  acknowledgeHelp: 'Hãy đọc nội dung hiện hành (lần ban hành {{number}}) rồi xác nhận đã đọc.',
  acknowledgedOn: 'Bạn đã xác nhận đã đọc lúc {{at}}.', acknowledgedNow: 'Đã ghi nhận bạn đã đọc tài liệu',
};

export const en: Shape<typeof vi> = {
  title: 'Distribution', edit: 'Choose addressees', editTitle: 'Distribute {{code}}',
  targets: 'Addressees', unit: 'Unit (with its subunits)', role: 'Role', everyone: 'Everyone',
  addTarget: 'Add addressees', removeTarget: 'Remove these addressees', noTargets: 'The document is not distributed.',
  targetsHelp: 'The document goes to everyone in the unit and its subunits; choose a role to send it only to the holders of that role. An empty list: no longer distributed.',
  saved: 'Addressees updated', notPublished: 'The document has no published revision yet: addressees will see it once it is published.',
  readership: 'Readership', addressees: 'Addressees', acknowledged: 'Read', percent: 'Share',
  notRead: 'Not read yet', everyoneRead: 'Everyone has read it.', unlisted: 'and {{count}} more who have not read it',
  summary: '{{acknowledged}} of {{addressees}} acknowledged reading it ({{percent}}%)', noAddressees: 'No addressees yet.',
  readingList: 'Reading list', toRead: 'To read', all: 'All', readAt: 'Read on {{at}}',
  readingEmpty: 'Nothing to read.', readingAllEmpty: 'No document has been distributed to you yet.',
  show: 'Show',
  acknowledge: 'Acknowledge reading', acknowledgeTitle: 'Distributed to you',
  acknowledgeHelp: 'Read the revision in force (revision {{number}}), then acknowledge that you have read it.',
  acknowledgedOn: 'You acknowledged reading it on {{at}}.', acknowledgedNow: 'Your reading has been recorded',
};

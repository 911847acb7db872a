// The texts of attached files and controlled copies, Vietnamese first (merged into locales.ts as `attachments`).
import type { Shape } from '../locales';

export const vi = {
  title: 'Tệp đính kèm', evidence: 'Tệp minh chứng', upload: 'Tải tệp lên', none: 'Chưa có tệp nào.',
  help: 'PDF, DOCX, XLSX, PPTX hoặc ảnh (PNG, JPEG, GIF, WebP); loại tệp được kiểm tra theo nội dung.',
  sending: 'Đang tải lên {{name}}', uploaded: 'Đã tải lên {{name}}', removed: 'Đã gỡ {{name}}',
  dropped: 'kết nối bị ngắt trước khi máy chủ trả lời (tệp có thể vượt quá giới hạn kích thước).',
  fileName: 'Tên tệp', type: 'Loại', size: 'Kích thước', uploadedAt: 'Tải lên lúc', copy: 'Sao chép mã băm',
  copied: 'Đã sao chép', remove: 'Gỡ', removeConfirm: 'Gỡ tệp {{name}} khỏi bản dự thảo?',
  controlledCopy: 'Tải bản sao kiểm soát (PDF)',
};

export const en: Shape<typeof vi> = {
  title: 'Attached files', evidence: 'Evidence files', upload: 'Upload a file', none: 'No files yet.',
  help: 'PDF, DOCX, XLSX, PPTX or an image (PNG, JPEG, GIF, WebP); the type is checked from the content.',
  sending: 'Uploading {{name}}', uploaded: '{{name}} uploaded', removed: '{{name}} removed',
  dropped: 'the connection closed before the server answered (the file may exceed the size limit).',
  fileName: 'File name', type: 'Type', size: 'Size', uploadedAt: 'Uploaded', copy: 'Copy the hash',
  copied: 'Copied', remove: 'Remove', removeConfirm: 'Remove {{name}} from the draft?',
  controlledCopy: 'Download controlled copy (PDF)',
};

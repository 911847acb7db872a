// The texts of the survey screens, Vietnamese first (merged into locales.ts).
import type { Shape } from '../locales';

export const vi = {
  questionnaires: {
    title: 'Bảng hỏi', fromLibrary: 'Tạo từ thư viện', library: 'Mẫu trong thư viện', unit: 'Đơn vị', audience: 'Đối tượng',
    versions: 'Phiên bản', empty: 'Chưa có bảng hỏi nào.', created: 'Đã tạo bảng hỏi #{{id}}',
  },
  editor: {
    back: 'Danh sách bảng hỏi', version: 'Phiên bản {{n}}', draft: 'Bản nháp', published: 'Đã ban hành',
    definition: 'Nội dung bảng hỏi (JSON)', preview: 'Xem trước', save: 'Lưu bản nháp', publish: 'Ban hành',
    newVersion: 'Tạo phiên bản mới', saved: 'Đã lưu bản nháp', publishedNote: 'Phiên bản đã ban hành không thay đổi được.',
    badJson: 'Nội dung không phải JSON hợp lệ: {{reason}}', language: 'Ngôn ngữ xem trước', required: 'bắt buộc',
  },
  surveys: {
    title: 'Đợt khảo sát', create: 'Lập đợt khảo sát', empty: 'Chưa có đợt khảo sát nào.', name: 'Tên đợt khảo sát',
    questionnaire: 'Bảng hỏi (phiên bản đã ban hành)', unit: 'Đơn vị (cả cấp dưới)', audience: 'Đối tượng', mode: 'Hình thức',
    opensOn: 'Ngày mở', closesOn: 'Ngày đóng', minGroup: 'Nhóm tối thiểu', links: 'Đơn vị nhận đường dẫn',
    expected: 'Số người dự kiến mỗi đơn vị', status: 'Trạng thái', created: 'Đã lập đợt khảo sát #{{id}}',
    audiences: { learners: 'Người học', parents: 'Cha mẹ học sinh', staff: 'Cán bộ, giáo viên, nhân viên', employers: 'Nhà tuyển dụng', alumni: 'Cựu người học' },
    modes: { anonymous: 'Ẩn danh (một đường dẫn mỗi đơn vị)', confidential: 'Bảo mật (mã dùng một lần)' },
    statuses: { draft: 'Nháp', open: 'Đang mở', closed: 'Đã đóng' },
  },
  survey: {
    back: 'Danh sách đợt khảo sát', open: 'Mở khảo sát', close: 'Đóng khảo sát', confirmClose: 'Đóng khảo sát? Sau khi đóng không nhận thêm câu trả lời và tên người nhận mã bị xóa.',
    links: 'Đường dẫn và mã', code: 'Mã', link: 'Đường dẫn', person: 'Người nhận', used: 'Đã dùng', rates: 'Tỷ lệ phản hồi',
    responses: 'Số phản hồi', expected: 'Dự kiến', rate: 'Tỷ lệ', results: 'Kết quả', question: 'Câu hỏi', answered: 'Số trả lời',
    mean: 'Trung bình', index: 'Chỉ số hài lòng', interval: 'Khoảng tin cậy 95%', previous: 'Kỳ trước', threshold: 'Ngưỡng',
    improvement: 'Cơ hội cải tiến', withheld: 'Chưa đủ {{n}} người trả lời: kết quả chưa được hiển thị để không ai bị nhận diện.',
    export: 'Tải kết quả (XLSX)', texts: 'Ý kiến tự do', search: 'Tìm trong ý kiến (không cần dấu)', noTexts: 'Không có ý kiến nào.',
    codes: 'Tạo mã cá nhân', people: 'Người nhận (mỗi dòng một người)', codeUnit: 'Đơn vị', chart: 'Chỉ số hài lòng theo câu hỏi: {{values}}',
    total: 'Tổng: {{responses}} / {{expected}} ({{rate}})',
    reportPdf: 'Tải báo cáo kết quả (PDF)', posters: 'In áp phích mã QR (PDF)', slips: 'In phiếu mã cá nhân (PDF)',
  },
};

export const en: Shape<typeof vi> = {
  questionnaires: {
    title: 'Questionnaires', fromLibrary: 'Create from the library', library: 'Library template', unit: 'Unit', audience: 'Audience',
    versions: 'Versions', empty: 'No questionnaires yet.', created: 'Questionnaire #{{id}} created',
  },
  editor: {
    back: 'Questionnaire list', version: 'Version {{n}}', draft: 'Draft', published: 'Published',
    definition: 'Questionnaire content (JSON)', preview: 'Preview', save: 'Save draft', publish: 'Publish',
    newVersion: 'Start a new version', saved: 'Draft saved', publishedNote: 'A published version cannot change.',
    badJson: 'The content is not valid JSON: {{reason}}', language: 'Preview language', required: 'required',
  },
  surveys: {
    title: 'Survey campaigns', create: 'Set up a survey', empty: 'No surveys yet.', name: 'Survey name',
    questionnaire: 'Questionnaire (published version)', unit: 'Unit (with its subtree)', audience: 'Audience', mode: 'Mode',
    opensOn: 'Opens on', closesOn: 'Closes on', minGroup: 'Minimum group', links: 'Units that get a link',
    expected: 'Respondents expected per unit', status: 'Status', created: 'Survey #{{id}} set up',
    audiences: { learners: 'Learners', parents: 'Parents', staff: 'Staff', employers: 'Employers', alumni: 'Alumni' },
    modes: { anonymous: 'Anonymous (one link per unit)', confidential: 'Confidential (one-time codes)' },
    statuses: { draft: 'Draft', open: 'Open', closed: 'Closed' },
  },
  survey: {
    back: 'Survey list', open: 'Open the survey', close: 'Close the survey', confirmClose: 'Close the survey? It then takes no more answers and whom codes were given to is erased.',
    links: 'Links and codes', code: 'Code', link: 'Link', person: 'Given to', used: 'Used', rates: 'Response rates',
    responses: 'Responses', expected: 'Expected', rate: 'Rate', results: 'Results', question: 'Question', answered: 'Answered',
    mean: 'Mean', index: 'Satisfaction index', interval: '95% confidence interval', previous: 'Previous', threshold: 'Threshold',
    improvement: 'Improvement', withheld: 'Fewer than {{n}} respondents: results are not shown, so nobody can be singled out.',
    export: 'Download results (XLSX)', texts: 'Free-text answers', search: 'Search the answers (accents optional)', noTexts: 'No answers.',
    codes: 'Make personal codes', people: 'Given to (one person a line)', codeUnit: 'Unit', chart: 'Satisfaction index per question: {{values}}',
    total: 'Total: {{responses}} / {{expected}} ({{rate}})',
    reportPdf: 'Download the results report (PDF)', posters: 'Print the QR posters (PDF)', slips: 'Print the code slips (PDF)',
  },
};

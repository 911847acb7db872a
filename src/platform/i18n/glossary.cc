#include "platform/i18n/glossary.h"

#include <string>

#include "platform/i18n/messages.h"

namespace eduims {
namespace {

// Wordings follow the web application's labels (web/src/**/locales.ts), so a message names a state as the screen
// the reader is looking at does; web/src/glossary.test.ts holds the records' names here and on the audit trail
// screen to one wording, and terms.json beside this file lists the words of the product that have one spelling.
constexpr GlossaryEntry kGlossary[] = {
    // Records, as "{entity}" names them.
    {"entity", "", "action", "action", "hành động"},
    {"entity", "", "api_token", "API token", "mã truy cập API"},
    {"entity", "", "attachment", "attachment", "tệp đính kèm"},
    {"entity", "", "audit", "audit", "cuộc đánh giá"},
    {"entity", "", "audit_programme", "audit programme", "chương trình đánh giá"},
    {"entity", "", "calendar_feed", "calendar feed", "liên kết lịch"},
    {"entity", "", "certificate", "certificate", "giấy chứng nhận"},
    {"entity", "", "certification_audit", "certification audit", "cuộc đánh giá chứng nhận"},
    {"entity", "", "certification_project", "certification project", "dự án chứng nhận"},
    {"entity", "", "certification_step", "certification step", "bước chứng nhận"},
    {"entity", "", "checklist_line", "checklist line", "dòng danh mục kiểm tra"},
    {"entity", "", "clause", "clause", "điều khoản"},
    {"entity", "", "document", "document", "tài liệu"},
    {"entity", "", "improvement", "opportunity for improvement", "cơ hội cải tiến"},
    {"entity", "", "indicator", "indicator", "chỉ số"},
    {"entity", "", "nonconformity", "nonconformity", "sự không phù hợp"},
    {"entity", "", "objective", "quality objective", "mục tiêu chất lượng"},
    {"entity", "", "process", "process", "quá trình"},
    {"entity", "", "record", "record", "hồ sơ"},
    {"entity", "", "revision", "document revision", "lần soát xét tài liệu"},
    {"entity", "", "risk", "risk or opportunity", "rủi ro hoặc cơ hội"},
    {"entity", "", "risk_matrix", "risk matrix", "ma trận rủi ro"},
    {"entity", "", "role_grant", "role grant", "phân quyền"},
    {"entity", "", "standard", "standard", "tiêu chuẩn"},
    {"entity", "", "unit", "unit", "đơn vị"},
    {"entity", "", "user", "user", "người dùng"},
    // The context registers of planning.
    {"entity", "", "context_issue", "context issue", "vấn đề bối cảnh"},
    {"entity", "", "interested_party", "interested party", "bên quan tâm"},
    {"entity", "", "party_requirement", "requirement of an interested party", "yêu cầu của bên quan tâm"},
    {"entity", "", "unit_scope", "scope", "phạm vi"},
    {"entity", "", "planned_change", "planned change", "thay đổi được hoạch định"},

    // Who may take a step ("{who}").
    // Permissions, as "{permission}" names them.
    {"permission", "", "view_organisation", "view the organisation", "xem cơ cấu tổ chức"},
    {"permission", "", "manage_organisation", "manage the organisation", "quản lý cơ cấu tổ chức"},
    {"permission", "", "view_users", "view users", "xem người dùng"},
    {"permission", "", "manage_users", "manage users", "quản lý người dùng"},
    {"permission", "", "view_actions", "view actions", "xem hành động"},
    {"permission", "", "manage_actions", "manage actions", "quản lý hành động"},
    {"permission", "", "update_own_actions", "work on one's own actions and improvements", "xử lý hành động và cải tiến mình phụ trách"},
    {"permission", "", "view_audit_log", "view the audit trail", "xem nhật ký thay đổi"},
    {"permission", "", "view_documents", "view documents", "xem tài liệu"},
    {"permission", "", "review_documents", "review documents", "xem xét tài liệu"},
    {"permission", "", "manage_documents", "manage documents and records", "quản lý tài liệu và hồ sơ"},
    {"permission", "", "view_processes", "view processes", "xem quá trình"},
    {"permission", "", "manage_processes", "manage processes", "quản lý quá trình"},
    {"permission", "", "view_improvement", "view nonconformities and improvements", "xem sự không phù hợp và cải tiến"},
    {"permission", "", "report_nonconformities", "report nonconformities", "báo cáo sự không phù hợp"},
    {"permission", "", "manage_improvement", "manage nonconformities and improvements", "quản lý sự không phù hợp và cải tiến"},
    {"permission", "", "verify_improvement", "verify the effectiveness of corrective actions", "kiểm tra hiệu lực của hành động khắc phục"},
    {"permission", "", "view_audits", "view audits", "xem đánh giá"},
    {"permission", "", "manage_audits", "manage audits", "quản lý đánh giá"},
    {"permission", "", "conduct_audits", "conduct audits", "thực hiện đánh giá"},
    {"permission", "", "assess_readiness", "assess readiness", "tự đánh giá mức sẵn sàng"},
    {"permission", "", "view_certification", "view certification", "xem chứng nhận"},
    {"permission", "", "manage_certification", "manage certification", "quản lý chứng nhận"},
    {"permission", "", "decide_certification", "decide on certification", "quyết định về chứng nhận"},
    {"permission", "", "view_planning", "view planning", "xem hoạch định"},
    {"permission", "", "manage_planning", "manage planning", "quản lý hoạch định"},
    {"permission", "", "record_measurements", "record measurements", "nhập kết quả đo lường"},
    {"permission", "", "manage_frameworks", "manage frameworks", "quản lý bộ tiêu chuẩn"},
    {"permission", "", "view_surveys", "view surveys", "xem khảo sát"},
    {"permission", "", "manage_surveys", "manage surveys", "quản lý khảo sát"},
    {"permission", "", "record_complaints", "record complaints", "ghi nhận khiếu nại"},
    {"permission", "", "handle_complaints", "handle complaints", "xử lý khiếu nại"},
    {"permission", "", "manage_complaints", "manage complaints", "quản lý khiếu nại"},
    {"permission", "", "view_competences", "view competences", "xem năng lực"},
    {"permission", "", "manage_competences", "manage competences", "quản lý năng lực"},
    {"permission", "", "manage_training", "manage training", "quản lý đào tạo"},
    {"permission", "", "view_reviews", "view management reviews", "xem hồ sơ xem xét của lãnh đạo"},
    {"permission", "", "manage_reviews", "manage management reviews", "quản lý xem xét của lãnh đạo"},
    {"permission", "", "approve_reviews", "approve management review minutes", "phê duyệt biên bản xem xét của lãnh đạo"},
    {"permission", "", "view_oversight", "view oversight of units", "theo dõi các đơn vị trực thuộc"},
    {"permission", "", "send_directives", "send directives to units", "gửi chỉ đạo đến đơn vị"},
    {"permission", "", "answer_directives", "answer directives for the unit", "trả lời chỉ đạo của đơn vị"},
    {"actor", "", "owner", "the owner", "người phụ trách"},
    {"actor", "", "action_manager", "a manager of the unit's actions", "người quản lý hành động của đơn vị"},
    {"actor", "", "author", "the author", "người soạn thảo"},
    {"actor", "", "named_reviewer", "a named reviewer", "người xem xét được chỉ định"},
    {"actor", "", "named_approver", "the named approver", "người phê duyệt được chỉ định"},
    {"actor", "", "document_manager", "a document manager of the unit", "người quản lý tài liệu của đơn vị"},
    {"actor", "", "improvement_manager", "an improvement manager of the unit", "người quản lý cải tiến của đơn vị"},
    {"actor", "", "named_verifier", "the named verifier", "người kiểm tra hiệu lực được chỉ định"},
    {"actor", "", "lead_auditor", "the lead auditor", "trưởng đoàn đánh giá"},
    {"actor", "", "audit_manager", "an audit manager of the unit", "người quản lý đánh giá của đơn vị"},
    {"actor", "", "certification_coordinator", "a quality manager, top management or an administrator of the unit",
     "người quản lý chất lượng, lãnh đạo cao nhất hoặc quản trị viên của đơn vị"},
    {"actor", "", "top_management", "top management or an administrator of the unit",
     "lãnh đạo cao nhất hoặc quản trị viên của đơn vị"},
    {"actor", "", "six_month_rule", "the six-month rule for stage 2 nonconformities",
     "quy tắc sáu tháng đối với sự không phù hợp của giai đoạn 2"},

    // Actions (actions/workflow.cc).
    {"state", "action", "open", "Open", "Mở"},
    {"state", "action", "in_progress", "In progress", "Đang thực hiện"},
    {"state", "action", "done", "Done", "Hoàn thành"},
    {"state", "action", "cancelled", "Cancelled", "Đã hủy"},

    // Revisions of documents (documents/workflow.cc): statuses, then actions.
    {"state", "revision", "draft", "Draft", "Dự thảo"},
    {"state", "revision", "in_review", "In review", "Đang xem xét"},
    {"state", "revision", "changes_requested", "Changes requested", "Cần chỉnh sửa"},
    {"state", "revision", "approved", "Approved", "Đã phê duyệt"},
    {"state", "revision", "published", "Published", "Đã ban hành"},
    {"state", "revision", "superseded", "Superseded", "Đã được thay thế"},
    {"state", "revision", "obsolete", "Obsolete", "Hết hiệu lực"},
    {"state", "revision", "submit", "Submit for review", "Gửi xem xét"},
    {"state", "revision", "recall", "Recall", "Rút lại"},
    {"state", "revision", "endorse", "Endorse", "Đồng ý nội dung"},
    {"state", "revision", "request_changes", "Request changes", "Yêu cầu chỉnh sửa"},
    {"state", "revision", "rework", "Rework", "Chỉnh sửa lại"},
    {"state", "revision", "approve", "Approve", "Phê duyệt"},
    {"state", "revision", "publish", "Publish", "Ban hành"},
    {"state", "revision", "withdraw", "Withdraw", "Thu hồi"},
    {"state", "revision", "abandon", "Abandon the draft", "Hủy bản dự thảo"},

    // Nonconformities (improvement/nonconformity_workflow.cc).
    {"state", "nonconformity", "reported", "Reported", "Mới báo cáo"},
    {"state", "nonconformity", "contained", "Contained", "Đã khắc phục tức thời"},
    {"state", "nonconformity", "cause_analysed", "Cause analysed", "Đã phân tích nguyên nhân"},
    {"state", "nonconformity", "action_planned", "Actions planned", "Đã lập kế hoạch"},
    {"state", "nonconformity", "implemented", "Implemented", "Đã thực hiện"},
    {"state", "nonconformity", "verified", "Verified effective", "Đã kiểm tra hiệu lực"},
    {"state", "nonconformity", "closed", "Closed", "Đã đóng"},
    {"state", "nonconformity", "contain", "Record the correction", "Ghi nhận khắc phục tức thời"},
    {"state", "nonconformity", "analyse", "Analyse the root cause", "Phân tích nguyên nhân"},
    {"state", "nonconformity", "plan", "Confirm the action plan", "Chốt kế hoạch hành động"},
    {"state", "nonconformity", "implement", "Confirm implementation", "Xác nhận đã thực hiện"},
    {"state", "nonconformity", "verify_effective", "Verdict: effective", "Kết luận: có hiệu lực"},
    {"state", "nonconformity", "verify_ineffective", "Verdict: ineffective", "Kết luận: không hiệu lực"},
    {"state", "nonconformity", "close", "Close the nonconformity", "Đóng sự không phù hợp"},

    // The improvement register (improvement/register_workflow.cc).
    {"state", "improvement", "proposed", "Proposed", "Đề xuất"},
    {"state", "improvement", "accepted", "Accepted", "Đã chấp nhận"},
    {"state", "improvement", "rejected", "Rejected", "Bị từ chối"},
    {"state", "improvement", "completed", "Completed", "Đã hoàn thành"},
    {"state", "improvement", "accept", "Accept", "Chấp nhận"},
    {"state", "improvement", "reject", "Reject", "Từ chối"},
    {"state", "improvement", "complete", "Record completion", "Ghi nhận hoàn thành"},

    // Internal audits (audits/workflow.cc).
    {"state", "audit", "planned", "Planned", "Đã lập kế hoạch"},
    {"state", "audit", "in_progress", "In progress", "Đang đánh giá"},
    {"state", "audit", "reported", "Reported", "Đã báo cáo"},
    {"state", "audit", "closed", "Closed", "Đã đóng"},
    {"state", "audit", "start", "Start the audit", "Bắt đầu đánh giá"},
    {"state", "audit", "report", "Report results", "Báo cáo kết quả"},
    {"state", "audit", "close", "Close the audit", "Đóng cuộc đánh giá"},

    // Certification projects (certification/workflow.cc): steps, then actions.
    {"state", "certification_project", "registration", "1. Registration", "1. Đăng ký"},
    {"state", "certification_project", "contract", "2. Contract", "2. Hợp đồng"},
    {"state", "certification_project", "assessment", "3. Surveys and assessment", "3. Khảo sát, đánh giá"},
    {"state", "certification_project", "documentation", "4. Documentation completed", "4. Hoàn thiện hồ sơ"},
    {"state", "certification_project", "certificate_issue", "5. Review and certificate",
     "5. Thẩm xét, cấp giấy chứng nhận"},
    {"state", "certification_project", "surveillance", "6. Surveillance", "6. Giám sát"},
    {"state", "certification_project", "recertification", "7. Recertification", "7. Chứng nhận lại"},
    {"state", "certification_project", "complete_registration", "Complete registration", "Hoàn thành đăng ký"},
    {"state", "certification_project", "sign_contract", "Sign contract", "Ký hợp đồng"},
    {"state", "certification_project", "complete_assessment", "Complete assessment", "Hoàn thành đánh giá"},
    {"state", "certification_project", "complete_documentation", "Complete documentation", "Hoàn thiện hồ sơ"},
    {"state", "certification_project", "accept_decision", "Accept certification decision",
     "Chấp nhận quyết định chứng nhận"},
    {"state", "certification_project", "begin_recertification", "Begin recertification", "Bắt đầu chứng nhận lại"},
    {"state", "certification_project", "complete_recertification", "Complete recertification",
     "Hoàn thành chứng nhận lại"},
    {"state", "certification_project", "repeat_stage2", "Repeat stage 2", "Đánh giá lại giai đoạn 2"},

    // Certification audits (certification/workflow.cc).
    {"state", "certification_audit", "planned", "Planned", "Đã lên kế hoạch"},
    {"state", "certification_audit", "completed", "Completed", "Đã thực hiện"},
    {"state", "certification_audit", "cancelled", "Cancelled", "Đã hủy"},
    {"state", "certification_audit", "complete", "Complete", "Ghi nhận đã thực hiện"},
    {"state", "certification_audit", "cancel", "Cancel", "Hủy cuộc đánh giá"},

    // Certificates (certification/workflow.cc): statuses, then changes.
    {"state", "certificate", "active", "Active", "Còn hiệu lực"},
    {"state", "certificate", "suspended", "Suspended", "Đình chỉ"},
    {"state", "certificate", "withdrawn", "Withdrawn", "Thu hồi"},
    {"state", "certificate", "expired", "Expired", "Hết hạn"},
    {"state", "certificate", "extend_scope", "Extend scope", "Mở rộng phạm vi"},
    {"state", "certificate", "reduce_scope", "Reduce scope", "Thu hẹp phạm vi"},
    {"state", "certificate", "transition_edition", "Transition to a new edition", "Chuyển đổi phiên bản tiêu chuẩn"},
    {"state", "certificate", "renew", "Renew (recertification)", "Cấp lại (chứng nhận lại)"},
    {"state", "certificate", "suspend", "Suspend", "Đình chỉ"},
    {"state", "certificate", "reinstate", "Reinstate", "Khôi phục"},
    {"state", "certificate", "withdraw", "Withdraw", "Thu hồi"},
    {"state", "certificate", "amend", "Amend entity details", "Sửa thông tin tổ chức"},

    // The kind of value a field needs ("{expected}" of validation.wrong_type).
    {"type", "", "string", "a string", "một chuỗi ký tự"},
    {"type", "", "whole_number", "a whole number", "một số nguyên"},
    {"type", "", "number", "a number", "một số"},
    {"type", "", "boolean", "true or false", "true hoặc false"},
    {"type", "", "id_array", "an array of ids", "một mảng mã số"},
    {"type", "", "string_array", "an array of strings", "một mảng chuỗi ký tự"},
    {"type", "", "object_array", "an array of objects", "một mảng đối tượng"},
    {"type", "", "object", "an object", "một đối tượng"},

    // Why a request body or a file could not be read ("{reason}").
    {"reason", "", "json_syntax", "a syntax error", "sai cú pháp"},
    {"reason", "", "json_incomplete", "the text ends before the value does", "nội dung kết thúc khi giá trị chưa đủ"},
    {"reason", "", "json_extra_data", "more text after the value", "còn nội dung thừa sau giá trị"},
    {"reason", "", "json_too_deep", "values nested too deeply", "các giá trị lồng nhau quá sâu"},
    {"reason", "", "csv_unterminated_quote", "the quoted field starting on line {line} is never closed",
     "trường trong ngoặc kép bắt đầu ở dòng {line} không được đóng"},
    {"reason", "", "csv_text_after_quote", "text after a closing quote on line {line}",
     "có ký tự ngay sau dấu ngoặc kép đóng ở dòng {line}"},
    {"reason", "", "csv_quote_in_field", "a quote inside an unquoted field on line {line}",
     "có dấu ngoặc kép bên trong trường không đặt trong ngoặc kép ở dòng {line}"},
    {"reason", "", "csv_too_many_records", "more records than a file may hold, from line {line} on",
     "tệp có nhiều bản ghi hơn mức cho phép, từ dòng {line}"},
    {"reason", "", "xlsx_unpacked_size", "unpacked, its parts hold more than {limit} bytes",
     "khi giải nén, các phần của sổ tính vượt quá {limit} byte"},
    {"reason", "", "xlsx_too_many_rows", "the first sheet has more than {limit} rows",
     "trang tính đầu tiên có hơn {limit} dòng"},
    {"reason", "", "xlsx_too_many_columns", "cell {cell} lies beyond the first {limit} columns",
     "ô {cell} nằm ngoài {limit} cột đầu tiên"},
    {"reason", "", "xlsx_too_many_cells", "it holds more than {limit} cells", "sổ tính có hơn {limit} ô"},
    {"reason", "", "xlsx_cell_too_long", "a cell holds more than {limit} bytes of text",
     "có ô chứa hơn {limit} byte văn bản"},
    {"reason", "", "xlsx_bad_archive", "the ZIP archive is damaged", "tệp nén bị hỏng"},
    {"reason", "", "xlsx_bad_xml", "the part {part} is not well-formed XML", "một phần của sổ tính sai cú pháp"},
    {"reason", "", "xlsx_missing_part", "the part {part} is missing", "sổ tính thiếu một phần bắt buộc"},
    {"reason", "", "xlsx_no_worksheet", "the workbook has no worksheet", "sổ tính không có trang tính nào"},
    {"reason", "", "xlsx_bad_cell", "the cell or row {cell} of {part} breaks the format",
     "ô hoặc dòng {cell} sai định dạng"},

    // Kinds of records the files the product writes name (the evidence pack's index and pages).
    {"term", "document_type", "policy", "Policy", "Chính sách"},
    {"term", "document_type", "manual", "Manual", "Sổ tay"},
    {"term", "document_type", "procedure", "Procedure", "Quy trình"},
    {"term", "document_type", "work_instruction", "Work instruction", "Hướng dẫn công việc"},
    {"term", "document_type", "form", "Form", "Biểu mẫu"},
    {"term", "document_type", "plan", "Plan", "Kế hoạch"},
    {"term", "document_type", "external", "External document", "Tài liệu bên ngoài"},
    {"term", "record_category", "attendance", "Attendance", "Điểm danh"},
    {"term", "record_category", "assessment", "Student assessment", "Kiểm tra, đánh giá học sinh"},
    {"term", "record_category", "audit_report", "Audit report", "Báo cáo đánh giá"},
    {"term", "record_category", "management_review", "Management review", "Xem xét của lãnh đạo"},
    {"term", "record_category", "meeting_minutes", "Meeting minutes", "Biên bản họp"},
    {"term", "record_category", "survey_result", "Survey result", "Kết quả khảo sát"},
    {"term", "record_category", "training", "Training", "Đào tạo, bồi dưỡng"},
    {"term", "record_category", "complaint", "Complaint or feedback", "Khiếu nại, phản hồi"},
    {"term", "record_category", "other", "Other", "Khác"},
    // Complaints and appeals (complaints/workflow.cc).
    {"entity", "", "complaint", "complaint", "khiếu nại"},
    {"actor", "", "complaint_manager", "a complaints manager of the unit", "người quản lý khiếu nại của đơn vị"},
    {"actor", "", "complaint_handler", "the named handler", "người xử lý được giao"},
    {"actor", "", "appeal_decider", "the named appeal decider", "người giải quyết kháng nghị được giao"},
    {"actor", "", "complainant", "the complainant", "người khiếu nại"},
    {"state", "complaint", "received", "Received", "Đã tiếp nhận"},
    {"state", "complaint", "acknowledged", "Acknowledged", "Đã xác nhận tiếp nhận"},
    {"state", "complaint", "answered", "Answered", "Đã trả lời"},
    {"state", "complaint", "appealed", "Appealed", "Đang kháng nghị"},
    {"state", "complaint", "closed", "Closed", "Đã kết thúc"},
    {"state", "complaint", "acknowledge", "Acknowledge", "Xác nhận tiếp nhận"},
    {"state", "complaint", "respond", "Respond", "Trả lời"},
    {"state", "complaint", "close", "Close", "Kết thúc"},
    {"state", "complaint", "appeal", "Appeal", "Kháng nghị"},
    {"state", "complaint", "decide_appeal", "Decide the appeal", "Giải quyết kháng nghị"},
    // Management reviews (review/workflow.h).
    {"entity", "", "management_review", "management review", "cuộc xem xét của lãnh đạo"},
    {"actor", "", "review_manager", "someone who manages management reviews of the unit",
     "người quản lý xem xét của lãnh đạo của đơn vị"},
    {"state", "management_review", "planned", "Planned", "Đã lập kế hoạch"},
    {"state", "management_review", "open", "Meeting open", "Đang họp"},
    {"state", "management_review", "held", "Minutes drafted", "Đã soạn biên bản"},
    {"state", "management_review", "approved", "Approved", "Đã phê duyệt"},
    {"state", "management_review", "cancelled", "Cancelled", "Đã hủy"},
    {"state", "management_review", "hold", "Close the meeting", "Kết thúc họp"},
    {"state", "management_review", "reopen", "Reopen the minutes", "Mở lại biên bản"},
    {"state", "management_review", "approve", "Approve the minutes", "Phê duyệt biên bản"},
    {"state", "management_review", "cancel", "Cancel", "Hủy"},
    // Recruitment (recruitment/workflow.h).
    {"entity", "", "recruitment", "recruitment", "đợt tuyển dụng"},
    {"entity", "", "recruitment_process", "recruitment process", "quy trình tuyển dụng"},
    {"actor", "", "recruitment_manager", "someone who manages competences on the unit",
     "người quản lý năng lực nhân sự của đơn vị"},
    {"actor", "", "selection_panel_member", "a member of the selection panel", "thành viên hội đồng tuyển dụng"},
    {"state", "recruitment", "planned", "Planned", "Đã lập kế hoạch"},
    {"state", "recruitment", "open", "Open", "Đang nhận hồ sơ"},
    {"state", "recruitment", "selecting", "Selecting", "Đang xét tuyển"},
    {"state", "recruitment", "decided", "Decided", "Đã có quyết định"},
    {"state", "recruitment", "closed", "Closed", "Đã kết thúc"},
    {"state", "recruitment", "cancelled", "Cancelled", "Đã hủy"},
    {"state", "recruitment", "start_selection", "Start the selection", "Bắt đầu xét tuyển"},
    {"state", "recruitment", "decide", "Record the decision", "Ghi nhận quyết định"},
    {"state", "recruitment", "close", "Close", "Kết thúc"},
    {"state", "recruitment", "cancel", "Cancel", "Hủy"},
    // Answers to directives (directives/workflow.h).
    {"entity", "", "directive", "directive", "văn bản chỉ đạo"},
    {"entity", "", "directive_answer", "answer to a directive", "báo cáo của đơn vị"},
    {"actor", "", "answering_unit", "someone who answers for the unit (manages its reviews)",
     "người báo cáo thay mặt đơn vị (quản lý xem xét của đơn vị)"},
    {"actor", "", "directive_sender", "someone who manages the directive at the sending unit",
     "người quản lý văn bản tại đơn vị gửi"},
    {"state", "directive_answer", "not_started", "Not started", "Chưa thực hiện"},
    {"state", "directive_answer", "in_progress", "In progress", "Đang thực hiện"},
    {"state", "directive_answer", "submitted", "Submitted", "Đã nộp"},
    {"state", "directive_answer", "accepted", "Accepted", "Đã chấp nhận"},
    {"state", "directive_answer", "returned", "Returned for rework", "Trả lại để hoàn thiện"},
    {"state", "directive_answer", "start", "Start", "Bắt đầu"},
    {"state", "directive_answer", "submit", "Submit", "Nộp"},
    {"state", "directive_answer", "accept", "Accept", "Chấp nhận"},
    {"state", "directive_answer", "return", "Return for rework", "Trả lại"},
    {"state", "directive_answer", "reopen", "Rework", "Hoàn thiện lại"},
};

const GlossaryEntry* Find(std::string_view kind, std::string_view entity, std::string_view key) {
  for (const GlossaryEntry& e : kGlossary)
    if (e.kind == kind && e.entity == entity && e.key == key) return &e;
  return nullptr;
}

std::string_view In(const GlossaryEntry& e, Language language) {
  return language == Language::kEnglish ? e.en : e.vi;
}

// `value` worded as `kind` (of `entity`), or as it is if the glossary does not hold it.
std::string Worded(Language language, std::string_view kind, std::string_view entity, const std::string& value) {
  const GlossaryEntry* e = Find(kind, entity, value);
  return e ? std::string(In(*e, language)) : value;
}

constexpr char kActorSeparator = '|';

}  // namespace

std::span<const GlossaryEntry> GlossaryEntries() { return kGlossary; }

std::string StateWord(Language language, std::string_view entity, std::string_view state) {
  return Worded(language, "state", entity, std::string(state));
}

std::string TermWord(Language language, std::string_view group, std::string_view key) {
  return Worded(language, "term", group, std::string(key));
}

std::string ActorList(const std::vector<std::string_view>& actor_keys) {
  std::string out;
  for (std::string_view key : actor_keys) {
    if (!out.empty()) out += kActorSeparator;
    out += key;
  }
  return out;
}

std::map<std::string, std::string> WordedParams(Language language, std::map<std::string, std::string> params) {
  const std::map<std::string, std::string> given = params;
  // States are looked up under the record's code name, not under its wording.
  std::string entity = params.count("entity") ? params["entity"] : "";
  for (auto& [name, value] : params) {
    if (name == "entity" || name == "expected" || name == "permission") {
      value = Worded(language, name == "expected" ? "type" : name, "", value);
    } else if (name == "reason") {
      value = FillPlaceholders(Worded(language, "reason", "", value), given);
    } else if (name == "from" || name == "to" || name == "status") {
      value = Worded(language, "state", entity, value);
    } else if (name == "step") {
      value = Worded(language, "state", "certification_project", value);
    } else if (name == "who") {
      std::string worded;
      for (size_t start = 0; start <= value.size();) {
        size_t end = value.find(kActorSeparator, start);
        if (end == std::string::npos) end = value.size();
        if (!worded.empty()) worded += language == Language::kEnglish ? " or " : " hoặc ";
        worded += Worded(language, "actor", "", value.substr(start, end - start));
        start = end + 1;
      }
      value = worded;
    }
  }
  return params;
}

}  // namespace eduims

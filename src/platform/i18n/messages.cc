#include "platform/i18n/messages.h"

#include <array>

#include "platform/i18n/glossary.h"

namespace eduims {
namespace {

struct Entry {
  std::string_view code;
  std::string_view title_en, detail_en;
  std::string_view title_vi, detail_vi;
};

constexpr Entry kCatalogue[] = {
    {"request.malformed_json", "Malformed JSON", "The request body is not valid JSON: {reason}.",
     "JSON không hợp lệ", "Nội dung yêu cầu không phải JSON hợp lệ: {reason}."},
    {"request.body_required", "Body required", "This request needs a JSON object as its body.",
     "Thiếu nội dung", "Yêu cầu này cần một đối tượng JSON."},
    {"request.too_large", "Request too large", "The request body exceeds the limit of {limit} bytes.",
     "Yêu cầu quá lớn", "Nội dung yêu cầu vượt quá giới hạn {limit} byte."},
    {"request.header_too_large", "Request header too large",
     "The request's header exceeds the limit of {limit} bytes; send fewer or shorter fields (cookies, say).",
     "Phần đầu yêu cầu quá lớn",
     "Phần đầu (header) của yêu cầu vượt quá giới hạn {limit} byte; hãy gửi ít trường hơn hoặc ngắn hơn (ví dụ cookie)."},
    {"request.malformed", "Malformed request", "The request is not valid HTTP/1.1.",
     "Yêu cầu sai định dạng", "Yêu cầu không phải HTTP/1.1 hợp lệ."},
    {"request.missing_host", "Host required", "An HTTP/1.1 request must carry exactly one Host header field.",
     "Thiếu trường Host", "Yêu cầu HTTP/1.1 phải có đúng một trường Host trong phần đầu."},
    {"request.unsupported_transfer_coding", "Transfer coding not supported",
     "The only transfer coding accepted is \"chunked\" alone; send the body unencoded or chunked.",
     "Mã hóa truyền không được hỗ trợ",
     "Chỉ chấp nhận mã hóa truyền \"chunked\" đơn lẻ; hãy gửi nội dung không mã hóa hoặc dạng chunked."},
    {"request.unsupported_media_type", "Unsupported media type", "Send the body as {expected}.",
     "Kiểu dữ liệu không được hỗ trợ", "Hãy gửi nội dung dưới dạng {expected}."},
    {"request.bad_query", "Invalid query parameter", "The query parameter '{field}' is not valid.",
     "Tham số truy vấn không hợp lệ", "Tham số truy vấn '{field}' không hợp lệ."},
    {"validation.unknown_field", "Unknown field", "The field '{field}' is not accepted here.",
     "Trường không xác định", "Trường '{field}' không được chấp nhận ở đây."},
    {"validation.missing_field", "Missing field", "The field '{field}' is required.",
     "Thiếu trường bắt buộc", "Trường '{field}' là bắt buộc."},
    {"validation.wrong_type", "Wrong type", "The field '{field}' must be {expected}.",
     "Sai kiểu dữ liệu", "Trường '{field}' phải là {expected}."},
    {"validation.too_long", "Too long", "The field '{field}' may hold at most {max} characters.",
     "Quá dài", "Trường '{field}' chỉ được tối đa {max} ký tự."},
    {"validation.empty", "Empty value", "The field '{field}' must not be empty.",
     "Giá trị rỗng", "Trường '{field}' không được để trống."},
    {"validation.invalid_text", "Invalid text", "The field '{field}' contains invalid characters.",
     "Văn bản không hợp lệ", "Trường '{field}' chứa ký tự không hợp lệ."},
    {"validation.invalid_value", "Invalid value", "The field '{field}' has a value that is not allowed.",
     "Giá trị không hợp lệ", "Trường '{field}' có giá trị không được phép."},
    {"validation.invalid_email", "Invalid e-mail address", "The field '{field}' must be an e-mail address.",
     "Địa chỉ e-mail không hợp lệ", "Trường '{field}' phải là một địa chỉ e-mail."},
    {"validation.invalid_date", "Invalid date", "The field '{field}' must be a date written YYYY-MM-DD.",
     "Ngày không hợp lệ", "Trường '{field}' phải là ngày theo dạng YYYY-MM-DD."},
    {"validation.weak_password", "Password too weak",
     "The password must be 10 to 256 characters long and not part of the e-mail address.", "Mật khẩu quá yếu",
     "Mật khẩu phải dài từ 10 đến 256 ký tự và không được là một phần của địa chỉ e-mail."},
    {"validation.date_too_early", "Date out of order", "The date in '{field}' must not be before {earliest}.",
     "Ngày không đúng thứ tự", "Ngày ở trường '{field}' không được trước {earliest}."},
    {"validation.date_too_late", "Date out of order", "The date in '{field}' must not be after {latest}.",
     "Ngày không đúng thứ tự", "Ngày ở trường '{field}' không được sau {latest}."},
    {"validation.reference_not_found", "Unknown reference", "The field '{field}' names a record that does not exist.",
     "Tham chiếu không tồn tại", "Trường '{field}' trỏ tới một bản ghi không tồn tại."},
    {"pagination.invalid_cursor", "Invalid cursor", "The cursor is not one this server issued.",
     "Con trỏ phân trang không hợp lệ", "Con trỏ phân trang không do máy chủ này cấp."},
    {"pagination.invalid_limit", "Invalid limit", "The limit must be a whole number from 1 to {max}.",
     "Giới hạn không hợp lệ", "Giới hạn phải là số nguyên từ 1 đến {max}."},
    {"auth.unauthenticated", "Login required", "Log in or send a valid API token.",
     "Cần đăng nhập", "Hãy đăng nhập hoặc gửi mã truy cập API hợp lệ."},
    {"auth.invalid_credentials", "Wrong e-mail or password", "The e-mail address or the password is wrong.",
     "Sai e-mail hoặc mật khẩu", "Địa chỉ e-mail hoặc mật khẩu không đúng."},
    {"auth.throttled", "Too many attempts", "Too many failed logins. Try again in {seconds} seconds.",
     "Quá nhiều lần thử", "Đăng nhập sai quá nhiều lần. Hãy thử lại sau {seconds} giây."},
    {"auth.csrf_failed", "Missing CSRF token", "Send the X-CSRF-Token header you received at login.",
     "Thiếu mã CSRF", "Hãy gửi tiêu đề X-CSRF-Token đã nhận khi đăng nhập."},
    {"auth.forbidden", "Not allowed", "Your roles do not allow this action on this organisation unit.",
     "Không được phép", "Vai trò của bạn không cho phép thao tác này trên đơn vị này."},
    {"auth.permission_missing", "Permission missing",
     "This needs the permission '{permission}' on the record's unit, through a role grant in force; yours carry none "
     "there. Being named on the record or owning it is not enough.",
     "Thiếu quyền",
     "Thao tác này cần quyền '{permission}' trên đơn vị của bản ghi, qua một vai trò còn hiệu lực; các vai trò của "
     "bạn không có quyền đó ở đây. Được chỉ định trên bản ghi hay phụ trách bản ghi là chưa đủ."},
    {"auth.named_without_permission", "Person lacks the permission",
     "The person named in '{field}' does not hold the permission '{permission}' on the record's unit through a role "
     "grant in force, so they could not do what they would be named for.",
     "Người được chỉ định thiếu quyền",
     "Người được chỉ định ở trường '{field}' không có quyền '{permission}' trên đơn vị của bản ghi qua một vai trò còn "
     "hiệu lực, nên không thể làm việc được giao."},
    {"auth.wrong_password", "Wrong password", "The current password is wrong.",
     "Sai mật khẩu", "Mật khẩu hiện tại không đúng."},
    {"resource.not_found", "Not found", "No {entity} with this identifier exists, or you may not see it.",
     "Không tìm thấy", "Không có {entity} với mã này, hoặc bạn không được xem."},
    {"route.not_found", "No such endpoint", "No endpoint answers at this address.",
     "Không có điểm cuối", "Không có điểm cuối nào tại địa chỉ này."},
    {"route.method_not_allowed", "Method not allowed", "This endpoint does not accept {method}.",
     "Phương thức không được phép", "Điểm cuối này không chấp nhận {method}."},
    {"conflict.stale_version", "Changed by someone else",
     "The record was changed since you read it (version {current}). Reload it and try again.",
     "Đã bị người khác thay đổi",
     "Bản ghi đã thay đổi kể từ khi bạn đọc (phiên bản {current}). Hãy tải lại và thử lại."},
    {"conflict.duplicate", "Already exists", "Another record already uses this value of '{field}'.",
     "Đã tồn tại", "Một bản ghi khác đã dùng giá trị này của '{field}'."},
    {"conflict.archived", "Archived", "The record is archived and can no longer change.",
     "Đã lưu trữ", "Bản ghi đã được lưu trữ và không thể thay đổi."},
    {"units.move_into_own_subtree", "Invalid move", "A unit cannot be moved under itself or one of its descendants.",
     "Di chuyển không hợp lệ", "Không thể chuyển một đơn vị vào dưới chính nó hoặc đơn vị con của nó."},
    {"units.head_without_access", "Head cannot see the unit",
     "The head of a unit must hold a role on it that shows its nonconformities, since overdue ones are escalated "
     "to them.",
     "Người đứng đầu không xem được đơn vị",
     "Người đứng đầu đơn vị phải có vai trò trên đơn vị đó cho phép xem sự không phù hợp, vì các sự không phù hợp "
     "quá hạn được chuyển lên cho họ."},
    {"actions.source_reserved", "Raised from its own page",
     "Actions of a {entity} are raised from the {entity} itself (its actions endpoint), with its checks.",
     "Tạo từ trang của bản ghi nguồn",
     "Hành động của {entity} được tạo từ chính {entity} đó (điểm cuối hành động của nó), với các kiểm tra của nó."},
    {"actions.owner_without_access", "Owner cannot work on the action",
     "The owner of an action must hold a role on its unit that lets them carry it through its workflow; this user "
     "holds none there.",
     "Người phụ trách không xử lý được hành động",
     "Người phụ trách hành động phải có vai trò trên đơn vị của hành động cho phép họ xử lý hành động đó; người dùng "
     "này không có vai trò như vậy trên đơn vị."},
    {"units.root_required", "Parent required", "Only one top-level organisation exists; name a parent unit.",
     "Cần đơn vị cấp trên", "Chỉ có một tổ chức cấp cao nhất; hãy chọn đơn vị cấp trên."},
    {"units.has_active_children", "Unit still in use",
     "Archive or move the unit's active sub-units and users first.", "Đơn vị vẫn đang được sử dụng",
     "Hãy lưu trữ hoặc chuyển các đơn vị con và người dùng đang hoạt động trước."},
    {"grants.end_date_required", "End date required", "An external auditor's role needs an end date.",
     "Cần ngày kết thúc", "Vai trò chuyên gia đánh giá bên ngoài cần có ngày kết thúc."},
    {"users.cannot_disable_self", "Cannot disable yourself", "You cannot disable your own account.",
     "Không thể tự vô hiệu hóa", "Bạn không thể vô hiệu hóa tài khoản của chính mình."},
    {"workflow.transition_not_allowed", "Transition not allowed",
     "This {entity} cannot go from '{from}' to '{to}'.", "Chuyển trạng thái không được phép",
     "Không thể chuyển {entity} từ '{from}' sang '{to}'."},
    {"workflow.not_permitted", "Not your step", "Only {who} may move this {entity} to '{to}'.",
     "Không thuộc quyền của bạn", "Chỉ {who} mới được chuyển {entity} này sang '{to}'."},
    {"documents.self_approval", "No self-approval", "The author of a revision can never approve it.",
     "Không được tự phê duyệt", "Người soạn thảo không được phê duyệt phiên bản của chính mình."},
    {"documents.approver_required", "Approver required", "Name an approver before submitting for review.",
     "Cần người phê duyệt", "Hãy chỉ định người phê duyệt trước khi gửi xem xét."},
    {"documents.reviews_pending", "Reviews pending",
     "Every named reviewer must endorse the current content before approval.", "Chưa đủ ý kiến xem xét",
     "Tất cả người xem xét được chỉ định phải đồng ý với nội dung hiện tại trước khi phê duyệt."},
    {"documents.already_endorsed", "Already endorsed", "You have already endorsed this content.",
     "Đã đồng ý", "Bạn đã đồng ý với nội dung này."},
    {"documents.open_revision_exists", "A draft is already open",
     "This document already has an open revision; finish or abandon it first.", "Đã có bản dự thảo đang mở",
     "Tài liệu này đã có một phiên bản đang mở; hãy hoàn tất hoặc hủy bỏ nó trước."},
    {"documents.not_editable", "Not editable", "Only a draft revision can be edited; published revisions never change.",
     "Không thể sửa", "Chỉ phiên bản dự thảo mới sửa được; phiên bản đã ban hành không bao giờ thay đổi."},
    {"process.feeds_itself", "A process cannot feed itself",
     "An interaction must lead from this process to another process.", "Quá trình không thể tự cung cấp đầu vào cho chính nó",
     "Một tương tác phải đi từ quá trình này tới một quá trình khác."},
    {"process.duplicate_feed", "Interaction listed twice",
     "This process already feeds that process; describe every output it passes on in one interaction.",
     "Tương tác bị lặp", "Quá trình này đã cung cấp đầu vào cho quá trình kia; hãy mô tả mọi đầu ra trong một tương tác."},
    {"documents.not_published", "Not published", "Only a published document can be acknowledged.",
     "Chưa ban hành", "Chỉ tài liệu đã ban hành mới xác nhận đã đọc được."},
    {"documents.not_current_revision", "Not the revision in force",
     "Acknowledge the revision in force; this one has been superseded or is not published.",
     "Không phải phiên bản hiện hành", "Hãy xác nhận phiên bản đang có hiệu lực; phiên bản này đã bị thay thế hoặc chưa ban hành."},
    {"documents.not_addressee", "Not an addressee", "This document was not distributed to you.",
     "Không thuộc diện nhận", "Tài liệu này không được phân phối tới bạn."},
    {"improvement.actions_required", "Corrective actions required",
     "Plan at least one corrective action still to be done; implementation needs at least one done.",
     "Cần hành động khắc phục",
     "Hãy lập ít nhất một hành động khắc phục chưa thực hiện; để chuyển sang đã thực hiện cần ít nhất một hành động đã hoàn thành."},
    {"improvement.actions_unfinished", "Actions still open",
     "Corrective actions still open or in progress: {count}; finish or cancel them first.",
     "Hành động chưa hoàn thành",
     "Còn {count} hành động khắc phục đang mở hoặc đang thực hiện; hãy hoàn thành hoặc hủy chúng trước."},
    {"improvement.verifier_owns_action", "Verifier not independent",
     "The person who verifies effectiveness cannot own any of the nonconformity's corrective actions.",
     "Người kiểm tra không độc lập",
     "Người kiểm tra hiệu lực không được là người phụ trách bất kỳ hành động khắc phục nào của sự không phù hợp này."},
    {"improvement.not_planning", "Not planning actions",
     "Actions are added only while they are being planned: for a nonconformity after its root cause is analysed "
     "and before implementation, for an improvement once accepted (now '{status}').",
     "Không ở giai đoạn lập kế hoạch",
     "Chỉ thêm hành động khi đang lập kế hoạch: với sự không phù hợp là sau khi phân tích nguyên nhân và trước khi "
     "thực hiện, với cơ hội cải tiến là sau khi được chấp nhận (hiện tại '{status}')."},
    {"improvement.archive_in_progress", "Work under way",
     "A record whose actions are under way cannot be archived; finish or close it first.", "Đang thực hiện",
     "Không thể lưu trữ bản ghi đang được thực hiện; hãy hoàn tất hoặc đóng nó trước."},
    {"audits.auditor_not_independent", "Auditor not independent",
     "An auditor cannot audit the unit they belong to (user {user_id}).", "Chuyên gia đánh giá không độc lập",
     "Chuyên gia đánh giá không được đánh giá đơn vị mà mình thuộc về (người dùng {user_id})."},
    {"audits.auditor_owns_process", "Auditor owns an audited process",
     "An auditor cannot audit a process they own (user {user_id}, process {process}).",
     "Chuyên gia đánh giá là chủ quá trình được đánh giá",
     "Chuyên gia đánh giá không được đánh giá quá trình do mình làm chủ (người dùng {user_id}, quá trình {process})."},
    {"audits.checklist_incomplete", "Checklist incomplete",
     "Checklist lines without a result yet: {count}; answer each (\"not_audited\" included) before reporting.",
     "Danh mục kiểm tra chưa hoàn tất",
     "Còn {count} dòng trong danh mục kiểm tra chưa có kết quả; hãy trả lời từng dòng (kể cả \"not_audited\") trước khi báo cáo."},
    {"audits.findings_open", "Findings still open",
     "Findings of this audit still being followed up: {count}; an audit closes when every nonconformity it "
     "raised is closed and every opportunity is decided.",
     "Phát hiện chưa xử lý xong",
     "Còn {count} phát hiện của cuộc đánh giá đang được xử lý; cuộc đánh giá chỉ đóng khi mọi sự không phù hợp đã "
     "đóng và mọi cơ hội cải tiến đã được quyết định."},
    {"audits.not_in_progress", "Audit not in progress",
     "Checklist answers are recorded while the audit is in progress (now '{status}').",
     "Cuộc đánh giá không đang diễn ra",
     "Chỉ ghi kết quả danh mục kiểm tra khi cuộc đánh giá đang diễn ra (hiện tại '{status}')."},
    {"audits.finding_raised", "Finding already raised",
     "This line's finding has raised its own record, which is followed up there; its result no longer changes.",
     "Phát hiện đã được ghi nhận",
     "Phát hiện của dòng này đã tạo bản ghi riêng và được xử lý ở đó; kết quả của dòng không thay đổi nữa."},
    {"records.retention_not_over", "Still within its retention period",
     "This record is kept until {retain_until}; it cannot be disposed of before.", "Chưa hết thời hạn lưu trữ",
     "Hồ sơ này được lưu đến {retain_until}; không thể hủy trước thời hạn đó."},
    {"records.legal_hold", "Under legal hold", "This record is under a legal hold; lift the hold before disposing of it.",
     "Đang bị phong tỏa", "Hồ sơ này đang được giữ theo yêu cầu pháp lý; hãy gỡ phong tỏa trước khi hủy."},
    {"records.already_disposed", "Already disposed of", "This record has already been disposed of.", "Đã hủy",
     "Hồ sơ này đã được hủy."},
    {"audits.not_reported", "Audit not reported yet",
     "The report exists once the audit is reported (now '{status}').", "Cuộc đánh giá chưa có báo cáo",
     "Báo cáo có sau khi cuộc đánh giá đã được báo cáo (hiện tại '{status}')."},
    {"audits.auditee_outside_unit", "Auditee outside the audited unit",
     "An auditee works in the audited unit or a unit under it (user {user_id} does not).",
     "Người được đánh giá không thuộc đơn vị",
     "Người được đánh giá phải làm việc tại đơn vị được đánh giá hoặc đơn vị cấp dưới (người dùng {user_id} thì không)."},
    {"audits.auditee_is_auditor", "Auditor named as auditee",
     "The lead auditor and the audit team cannot also be auditees of the audit (user {user_id}).",
     "Chuyên gia đánh giá không thể là người được đánh giá",
     "Trưởng đoàn và thành viên đoàn đánh giá không thể đồng thời là người được đánh giá của cuộc đánh giá (người dùng {user_id})."},
    {"audits.not_planned", "Audit no longer planned",
     "Only a planned audit can be changed or cancelled (now '{status}').", "Cuộc đánh giá không còn ở bước kế hoạch",
     "Chỉ sửa hoặc hủy được cuộc đánh giá đang ở bước lập kế hoạch (hiện tại '{status}')."},
    {"audits.programme_has_open_audits", "Programme has audits under way",
     "Audits of this programme not closed yet: {count}; close or cancel them before archiving the programme.",
     "Chương trình còn cuộc đánh giá chưa đóng",
     "Còn {count} cuộc đánh giá của chương trình chưa đóng; hãy đóng hoặc hủy chúng trước khi lưu trữ chương trình."},
    {"audits.evidence_kept", "Evidence is kept",
     "The audit is reported: its evidence files are kept as the report's basis and cannot be removed.",
     "Minh chứng được lưu giữ",
     "Cuộc đánh giá đã được báo cáo: các tệp minh chứng được lưu giữ làm căn cứ của báo cáo và không thể gỡ bỏ."},
    {"documents.never_published", "Never published",
     "Only a revision that has been published has a controlled copy.", "Chưa từng ban hành",
     "Chỉ lần ban hành đã được công bố mới có bản sao kiểm soát."},
    {"files.type_not_allowed", "File type not allowed",
     "The file's content is not one of the accepted types (PDF, DOCX, XLSX, PPTX, PNG, JPEG, GIF, WebP).",
     "Loại tệp không được chấp nhận",
     "Nội dung tệp không thuộc các loại được chấp nhận (PDF, DOCX, XLSX, PPTX, PNG, JPEG, GIF, WebP)."},
    {"files.type_mismatch", "File name does not match its content",
     "The file is named '.{extension}' but its content is {detected}; rename it or upload the right file.",
     "Tên tệp không khớp nội dung",
     "Tệp có đuôi '.{extension}' nhưng nội dung là {detected}; hãy đổi tên hoặc tải lên đúng tệp."},
    {"files.empty", "Empty file", "The uploaded file holds no bytes.", "Tệp rỗng", "Tệp tải lên không có dữ liệu."},
    {"readiness.not_a_requirement_clause", "Not a requirement clause",
     "A self-assessment is made on a requirement clause (a clause of 4 to 10 without sub-clauses).",
     "Không phải điều khoản yêu cầu",
     "Tự đánh giá được thực hiện trên một điều khoản yêu cầu (điều khoản thuộc 4 đến 10, không có điều con)."},
    {"readiness.evidence_pack_too_large", "Evidence pack too large",
     "The evidence pack would hold more than {max} documents or records; choose a smaller unit.",
     "Hồ sơ bằng chứng quá lớn",
     "Hồ sơ bằng chứng sẽ gồm hơn {max} tài liệu hoặc hồ sơ; hãy chọn một đơn vị nhỏ hơn."},
    {"calendar.feed_limit", "Too many calendar feeds",
     "You may have at most {max} calendar feeds in use; revoke one you no longer need.",
     "Quá nhiều lịch đăng ký",
     "Mỗi người chỉ được dùng tối đa {max} liên kết lịch; hãy thu hồi liên kết không còn cần."},
    {"request.rate_limited", "Too many requests", "Too many requests from this address. Try again in {seconds} seconds.",
     "Quá nhiều yêu cầu", "Địa chỉ này gửi quá nhiều yêu cầu. Hãy thử lại sau {seconds} giây."},
    {"certification.records_missing", "Records missing",
     "The step '{step}' needs at least one record linked to it before it completes.", "Thiếu hồ sơ",
     "Bước '{step}' cần ít nhất một hồ sơ được liên kết trước khi hoàn thành."},
    {"certification.stage_audits_missing", "Stage 1 and stage 2 not done",
     "A completed stage 1 audit and, after it, a completed stage 2 audit are needed first.",
     "Chưa đánh giá giai đoạn 1 và 2",
     "Cần hoàn thành đánh giá giai đoạn 1 và sau đó đánh giá giai đoạn 2 trước."},
    {"certification.major_nonconformity_open", "Major nonconformity open",
     "Major nonconformities from the certification audits not closed yet: {count}.",
     "Còn sự không phù hợp nặng", "Còn {count} sự không phù hợp nặng từ các cuộc đánh giá chứng nhận chưa được đóng."},
    {"certification.minor_without_plan", "Action plan missing",
     "Minor nonconformities from the certification audits without an accepted action plan with a deadline: {count}.",
     "Thiếu kế hoạch hành động",
     "Còn {count} sự không phù hợp nhẹ từ các cuộc đánh giá chứng nhận chưa có kế hoạch hành động được chấp nhận "
     "kèm thời hạn."},
    {"certification.certificate_missing", "No certificate", "The project holds no certificate yet.",
     "Chưa có giấy chứng nhận", "Dự án chưa có giấy chứng nhận."},
    {"certification.certificate_exists", "Certificate already issued",
     "The project already holds a certificate that is not withdrawn.", "Đã cấp giấy chứng nhận",
     "Dự án đã có giấy chứng nhận chưa bị thu hồi."},
    {"certification.standard_already_held", "Standard already certified",
     "The unit already holds the live certificate {certificate} for {standard}; a unit holds one live certificate per "
     "standard. Withdraw that certificate, let it expire, or change it instead.",
     "Đã có chứng nhận cho tiêu chuẩn này",
     "Đơn vị đã có giấy chứng nhận {certificate} còn hiệu lực cho {standard}; mỗi đơn vị chỉ có một giấy chứng nhận "
     "còn hiệu lực cho mỗi tiêu chuẩn. Hãy thu hồi giấy chứng nhận đó, chờ nó hết hạn, hoặc thay đổi chính nó."},
    {"certification.certificate_issued", "Certificate issued",
     "Once a certificate is issued, standards and sites change through the certificate's scope.",
     "Đã cấp giấy chứng nhận",
     "Sau khi cấp giấy chứng nhận, tiêu chuẩn và địa điểm chỉ thay đổi qua phạm vi của giấy chứng nhận."},
    {"certification.surveillances_missing", "Surveillance audits missing",
     "Surveillance audits of the cycle completed: {done} of {required}.", "Thiếu đánh giá giám sát",
     "Mới hoàn thành {done} trong {required} cuộc đánh giá giám sát của chu kỳ."},
    {"certification.not_renewed", "Certificate not renewed",
     "The certificate has not been renewed for the next cycle yet.", "Chưa cấp lại giấy chứng nhận",
     "Giấy chứng nhận chưa được cấp lại cho chu kỳ tiếp theo."},
    {"certification.recertification_audit_missing", "Recertification audit missing",
     "A recertification audit completed in this cycle, before the decision, is needed.",
     "Thiếu đánh giá chứng nhận lại",
     "Cần một cuộc đánh giá chứng nhận lại đã hoàn thành trong chu kỳ này, trước ngày quyết định."},
    {"certification.wrong_step", "Not at this step", "This is not possible while the project is at the step '{step}'.",
     "Không đúng bước", "Không thể thực hiện khi dự án đang ở bước '{step}'."},
    {"certification.step_completed", "Step completed", "A completed step no longer changes.",
     "Bước đã hoàn thành", "Bước đã hoàn thành thì không thay đổi được nữa."},
    {"certification.outside_window", "Outside the window",
     "The audit falls outside its window from {earliest} to {latest}; record a justification to plan it there.",
     "Ngoài khung thời gian",
     "Cuộc đánh giá nằm ngoài khung thời gian từ {earliest} đến {latest}; hãy ghi lý do nếu vẫn lập kế hoạch như vậy."},
    {"certification.calendar_year_without_audit", "A calendar year without an audit",
     "Ending after 31 December {year}, the audit would leave {year} without a surveillance (ISO/IEC 17021-1 9.6.2.2); "
     "plan it from {earliest} to {latest}, or record a justification.",
     "Một năm không có cuộc đánh giá",
     "Kết thúc sau ngày 31/12/{year}, cuộc đánh giá sẽ để năm {year} không có đánh giá giám sát nào (ISO/IEC 17021-1 "
     "9.6.2.2); hãy lập kế hoạch từ {earliest} đến {latest}, hoặc ghi lý do."},
    {"certification.audit_not_over", "Audit not over", "The audit ends on {end_date}; it cannot be completed before.",
     "Cuộc đánh giá chưa kết thúc", "Cuộc đánh giá kết thúc ngày {end_date}; chưa thể hoàn thành trước ngày đó."},
    {"certification.audit_not_started", "Audit not started",
     "The audit starts on {start_date}; findings are recorded from then on.", "Cuộc đánh giá chưa bắt đầu",
     "Cuộc đánh giá bắt đầu ngày {start_date}; các phát hiện được ghi nhận từ ngày đó."},
    {"certification.audit_not_planned", "Audit not planned", "The audit is {status}; it no longer changes.",
     "Cuộc đánh giá không còn ở trạng thái kế hoạch", "Cuộc đánh giá đang ở trạng thái {status}; không thay đổi được nữa."},
    {"certification.audit_has_findings", "Audit has findings", "An audit with findings cannot be cancelled.",
     "Cuộc đánh giá đã có phát hiện", "Không thể hủy cuộc đánh giá đã có phát hiện."},
    {"certification.scope_unchanged", "Scope unchanged", "The change leaves the sites, standards and scope as they were.",
     "Phạm vi không đổi", "Thay đổi này không làm thay đổi địa điểm, tiêu chuẩn hay phạm vi."},
    {"certification.not_an_extension", "Not an extension", "An extension of scope cannot remove '{field}'.",
     "Không phải mở rộng phạm vi", "Mở rộng phạm vi không được bớt '{field}'."},
    {"certification.not_a_reduction", "Not a reduction", "A reduction of scope cannot add to '{field}'.",
     "Không phải thu hẹp phạm vi", "Thu hẹp phạm vi không được thêm vào '{field}'."},
    {"certification.not_newer_edition", "Not a newer edition",
     "A transition keeps the same standards, each in the same or a newer edition, at least one newer.",
     "Không phải phiên bản mới hơn",
     "Chuyển đổi giữ nguyên các tiêu chuẩn, mỗi tiêu chuẩn cùng phiên bản hoặc mới hơn, ít nhất một mới hơn."},
    {"import.invalid_rows", "Import refused", "Rows with errors: {count}; nothing was imported.",
     "Từ chối nhập dữ liệu", "Có {count} dòng bị lỗi; không có dữ liệu nào được nhập."},
    {"import.bad_header", "Bad header row", "The header row must name the columns {expected}.",
     "Dòng tiêu đề sai", "Dòng tiêu đề phải gồm các cột {expected}."},
    {"import.malformed_csv", "Malformed CSV", "The file is not valid CSV: {reason}.",
     "CSV không hợp lệ", "Tệp không phải CSV hợp lệ: {reason}."},
    {"import.empty", "Empty file", "The file holds no data rows.", "Tệp rỗng", "Tệp không có dòng dữ liệu nào."},
    // The context registers of planning (context issues, interested parties, scope, changes).
    {"planning.unknown_category", "Unknown category",
     "The field '{field}' names a category the register does not hold; choose one of its categories.",
     "Nhóm không xác định",
     "Trường '{field}' nêu một nhóm không có trong sổ đăng ký; hãy chọn một trong các nhóm của sổ."},
    {"planning.mandatory_party", "Mandatory interested party",
     "ISO 21001 makes learners, other beneficiaries (parents, employers, society) and staff interested parties of "
     "every organisation: such a party is always relevant and cannot be archived.",
     "Bên quan tâm bắt buộc",
     "ISO 21001 quy định người học, các bên hưởng lợi khác (cha mẹ, nhà tuyển dụng, xã hội) và nhân sự là bên quan tâm "
     "của mọi tổ chức: bên này luôn liên quan và không thể lưu trữ."},
    {"planning.reference_required", "Reference required",
     "A compliance obligation names its source (a law, decree or ministry circular) in '{field}'.",
     "Cần nêu văn bản",
     "Nghĩa vụ tuân thủ phải nêu văn bản gốc (luật, nghị định, thông tư của Bộ) trong trường '{field}'."},
    {"planning.justification_required", "Justification required",
     "A clause declared not applicable in the scope needs its justification ('{field}').",
     "Cần nêu lý do",
     "Điều khoản được công bố là không áp dụng trong phạm vi phải có lý do ('{field}')."},
    {"planning.change_decided", "Change already decided",
     "The change is {status}: its content no longer changes, and this decision does not apply to it.",
     "Thay đổi đã được quyết định",
     "Thay đổi đang ở trạng thái {status}: nội dung không thể sửa nữa và quyết định này không áp dụng được."},
    {"planning.top_management_only", "Top management decides",
     "Only someone holding the top management role on the change's unit or above approves or rejects a change.",
     "Lãnh đạo cao nhất quyết định",
     "Chỉ người giữ vai trò lãnh đạo cao nhất tại đơn vị của thay đổi hoặc đơn vị cấp trên mới được phê duyệt hoặc "
     "từ chối thay đổi."},
    {"planning.clause_not_excludable", "Clause cannot be excluded",
     "Clause {clause} cannot be declared not applicable: only requirements of clauses 7 and 8 that do not affect "
     "the ability to ensure conformity, or a normative annex (early childhood education), may be.",
     "Không thể loại trừ điều khoản",
     "Không thể công bố điều khoản {clause} là không áp dụng: chỉ các yêu cầu thuộc điều 7 và 8 không ảnh hưởng đến "
     "khả năng bảo đảm sự phù hợp, hoặc phụ lục quy định (giáo dục mầm non), mới được loại trừ."},
    {"server.internal", "Internal error", "Something went wrong on the server; the request id is {request_id}.",
     "Lỗi máy chủ", "Đã có lỗi trên máy chủ; mã yêu cầu là {request_id}."},
    {"server.unavailable", "Service unavailable", "The database is not reachable; try again shortly.",
     "Dịch vụ tạm ngừng", "Không kết nối được cơ sở dữ liệu; hãy thử lại sau."},
    {"request.timeout", "Request took too long", "The request was stopped after its time limit and changed nothing; try again shortly.",
     "Yêu cầu quá lâu", "Yêu cầu đã bị dừng khi hết thời gian cho phép và không thay đổi gì; hãy thử lại sau."},
};

const Entry* Find(std::string_view code) {
  for (const Entry& e : kCatalogue)
    if (e.code == code) return &e;
  return nullptr;
}

}  // namespace

std::string MessageTitle(std::string_view code, Language language) {
  const Entry* e = Find(code);
  if (!e) return language == Language::kEnglish ? "Error" : "Lỗi";
  return std::string(language == Language::kEnglish ? e->title_en : e->title_vi);
}

std::string MessageDetail(std::string_view code, Language language, const std::map<std::string, std::string>& params) {
  const Entry* e = Find(code);
  if (!e) return std::string(code);
  return FillPlaceholders(language == Language::kEnglish ? e->detail_en : e->detail_vi, WordedParams(language, params));
}

bool HasMessage(std::string_view code) { return Find(code) != nullptr; }

std::string FillPlaceholders(std::string_view text, const std::map<std::string, std::string>& params) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      size_t end = text.find('}', i);
      if (end != std::string_view::npos) {
        auto it = params.find(std::string(text.substr(i + 1, end - i - 1)));
        if (it != params.end()) {
          out += it->second;
          i = end;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}

std::vector<std::string> AllMessageCodes() {
  std::vector<std::string> codes;
  for (const Entry& e : kCatalogue) codes.emplace_back(e.code);
  return codes;
}

}  // namespace eduims

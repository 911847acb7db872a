#include "complaints/public_page.h"

#include "platform/escape.h"
#include "platform/http/public_page.h"
#include "platform/i18n/dates.h"

namespace eduims::complaints {
namespace {

constexpr http::PageText kLabels[] = {
    {"title_new", "Gửi khiếu nại hoặc kháng nghị", "Make a complaint or an appeal"},
    {"intro", "Khiếu nại của Quý vị được giữ kín: chỉ người được giao giải quyết và cán bộ quản lý chất lượng được xem. "
              "Quý vị có thể không ghi tên.",
     "Your complaint is kept confidential: only those who handle it and the quality managers see it. You may leave "
     "your name out."},
    {"unit", "Trường hoặc đơn vị", "School or unit"},
    {"choose", "— Chọn —", "— Choose —"},
    {"category", "Nội dung liên quan đến", "What it is about"},
    {"kind", "Loại", "Type"},
    {"complaint", "Khiếu nại", "Complaint"},
    {"appeal_kind", "Kháng nghị kết quả đánh giá", "Appeal against an assessment result"},
    {"text", "Nội dung khiếu nại", "Your complaint"},
    {"text_hint", "Tối đa 5000 ký tự.", "At most 5000 characters."},
    {"name", "Họ tên (không bắt buộc)", "Your name (optional)"},
    {"contact", "Điện thoại hoặc email (không bắt buộc)", "Phone or e-mail (optional)"},
    {"send", "Gửi khiếu nại", "Send the complaint"},
    {"title_created", "Đã nhận khiếu nại", "Complaint received"},
    {"your_code", "Mã theo dõi của Quý vị", "Your tracking code"},
    {"keep_code", "Hãy ghi lại mã này: chỉ với mã này Quý vị mới theo dõi được khiếu nại. Nhà trường không thể cấp lại.",
     "Write this code down: it is the only way to follow your complaint. The school cannot give it again."},
    {"follow", "Theo dõi khiếu nại", "Follow the complaint"},
    {"title_follow", "Khiếu nại của Quý vị", "Your complaint"},
    {"status", "Tình trạng", "Status"},
    {"received_on", "Ngày tiếp nhận", "Received on"},
    {"acknowledge_due", "Hạn xác nhận tiếp nhận", "Acknowledgement due"},
    {"acknowledged_at", "Ngày xác nhận tiếp nhận", "Acknowledged on"},
    {"response_due", "Hạn trả lời", "Response due"},
    {"responded_at", "Ngày trả lời", "Answered on"},
    {"response", "Trả lời của nhà trường", "The school's response"},
    {"outcome", "Kết luận", "Conclusion"},
    {"upheld", "Khiếu nại đúng", "Complaint upheld"},
    {"partly_upheld", "Khiếu nại đúng một phần", "Complaint partly upheld"},
    {"not_upheld", "Khiếu nại không đúng", "Complaint not upheld"},
    {"appeal_text", "Nội dung kháng nghị", "Your appeal"},
    {"appealed_at", "Ngày kháng nghị", "Appealed on"},
    {"appeal_due", "Hạn giải quyết kháng nghị", "Appeal decision due"},
    {"decision", "Quyết định giải quyết kháng nghị", "Decision on the appeal"},
    {"appeal_upheld", "Kháng nghị được chấp nhận", "Appeal upheld"},
    {"appeal_rejected", "Kháng nghị không được chấp nhận", "Appeal rejected"},
    {"closed_at", "Ngày kết thúc", "Closed on"},
    {"accepted_yes", "Quý vị đã đồng ý với trả lời.", "You accepted the response."},
    {"accepted_no", "Quý vị chưa đồng ý với trả lời.", "You did not accept the response."},
    {"accept", "Tôi đồng ý với trả lời", "I accept the response"},
    {"appeal", "Gửi kháng nghị", "Appeal"},
    {"appeal_hint", "Nếu không đồng ý, Quý vị có thể kháng nghị. Kháng nghị do một người khác với người đã trả lời giải quyết.",
     "If you do not accept the response you may appeal. Someone other than who answered decides the appeal."},
    {"received", "Đã tiếp nhận", "Received"},
    {"acknowledged", "Đang giải quyết", "Being handled"},
    {"answered", "Đã trả lời", "Answered"},
    {"appealed", "Đang giải quyết kháng nghị", "Appeal being decided"},
    {"closed", "Đã kết thúc", "Closed"},
    {"error", "Chưa gửi được", "Not sent"},
    {"new", "Gửi khiếu nại khác", "Make another complaint"},
};

std::string T(const std::string& key, Language language) { return http::TextOf(kLabels, key, language); }

std::string E(const std::string& text) { return EscapeXml(text); }

std::string Page(const std::string& title, const std::string& body, Language language, const std::string& path) {
  std::string other = language == Language::kEnglish ? "vi" : "en";
  return http::PublicPageHtml(
      language, title,
      "body{font-family:system-ui,sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem;"
      "color:#1f1f1f;line-height:1.5}label{display:block;font-weight:600;margin-top:1rem}select,textarea,input{"
      "width:100%;box-sizing:border-box;font:inherit;padding:.5rem;margin-top:.25rem;border:1px solid #767676;"
      "border-radius:.25rem}button{font:inherit;margin-top:1rem;padding:.6rem 1rem;border:0;border-radius:.25rem;"
      "background:#0958d9;color:#fff;min-height:44px}.error{background:#fff1f0;border:1px solid #cf1322;"
      "padding:.5rem 1rem;border-radius:.25rem}.code{font-size:1.4rem;font-weight:700;letter-spacing:.05em;"
      "word-break:break-all}dt{font-weight:600;margin-top:.6rem}dd{margin:.1rem 0 0}.hint{color:#595959}"
      "nav{text-align:right}",
      "<nav><a href=\"" + E(path) + "?lang=" + other + "\" lang=\"" + other + "\">" +
          (other == "en" ? "English" : "Tiếng Việt") + "</a></nav><main>" + body + "</main>",
      "<meta name=\"referrer\" content=\"no-referrer\">");
}

std::string Option(const std::string& value, const std::string& label, const std::string& selected) {
  return "<option value=\"" + E(value) + "\"" + (value == selected ? " selected" : "") + ">" + E(label) + "</option>";
}

std::string Item(const std::string& label, const std::string& html_value) {
  return "<dt>" + E(label) + "</dt><dd>" + html_value + "</dd>";
}

std::string Paragraphs(const std::string& text) {
  std::string out = E(text);
  for (size_t at = out.find('\n'); at != std::string::npos; at = out.find('\n', at + 4)) out.replace(at, 1, "<br>");
  return out;
}

}  // namespace

std::string FormPage(const std::vector<UnitChoice>& units, const FormValues& v, Language language) {
  std::string lang(LanguageCode(language));
  std::string error;
  if (!v.error.empty()) error = "<p class=\"error\" role=\"alert\" id=\"form-error\">" + E(v.error) + "</p>";
  std::string unit_options = Option("", T("choose", language), v.unit_id);
  for (const UnitChoice& u : units)
    unit_options += Option(std::to_string(u.id), std::string(size_t(2 * std::max(0, u.depth)), ' ') + u.name, v.unit_id);
  // Non-breaking spaces indent the tree in the list; plain spaces would be collapsed.
  for (size_t at = unit_options.find("  "); at != std::string::npos; at = unit_options.find("  "))
    unit_options.replace(at, 2, "\u00a0\u00a0");
  std::string category_options = Option("", T("choose", language), v.category);
  for (const Category& c : Categories())
    category_options += Option(c.code, language == Language::kEnglish ? c.en : c.vi, v.category);
  std::string described = v.error.empty() ? "" : " aria-describedby=\"form-error\"";
  std::string body = "<h1>" + E(T("title_new", language)) + "</h1><p>" + E(T("intro", language)) + "</p>" + error +
                     "<form method=\"post\" action=\"/complaints/new\"><input type=\"hidden\" name=\"lang\" value=\"" +
                     lang + "\"><label for=\"unit\">" + E(T("unit", language)) +
                     "</label><select id=\"unit\" name=\"unit_id\" required" + described + ">" + unit_options +
                     "</select><label for=\"kind\">" + E(T("kind", language)) +
                     "</label><select id=\"kind\" name=\"kind\">" + Option("complaint", T("complaint", language), v.kind) +
                     Option("appeal", T("appeal_kind", language), v.kind) + "</select><label for=\"category\">" + E(T("category", language)) +
                     "</label><select id=\"category\" name=\"category\" required>" + category_options +
                     "</select><label for=\"text\">" + E(T("text", language)) +
                     "</label><textarea id=\"text\" name=\"text\" rows=\"8\" maxlength=\"5000\" required "
                     "aria-describedby=\"text-hint\">" +
                     E(v.text) + "</textarea><p class=\"hint\" id=\"text-hint\">" + E(T("text_hint", language)) +
                     "</p><label for=\"name\">" + E(T("name", language)) +
                     "</label><input id=\"name\" name=\"name\" maxlength=\"200\" autocomplete=\"name\" value=\"" +
                     E(v.name) + "\"><label for=\"contact\">" + E(T("contact", language)) +
                     "</label><input id=\"contact\" name=\"contact\" maxlength=\"200\" value=\"" + E(v.contact) +
                     "\"><button type=\"submit\">" + E(T("send", language)) + "</button></form>";
  return Page(T("title_new", language), body, language, "/complaints/new");
}

std::string CreatedPage(const std::string& code, Language language) {
  std::string link = "/complaints/" + code + "?lang=" + std::string(LanguageCode(language));
  std::string body = "<h1>" + E(T("title_created", language)) + "</h1><p>" + E(T("your_code", language)) +
                     ":</p><p class=\"code\" id=\"tracking-code\">" + E(code) + "</p><p>" +
                     E(T("keep_code", language)) + "</p><p><a href=\"" + E(link) + "\">" + E(T("follow", language)) +
                     "</a></p>";
  return Page(T("title_created", language), body, language, "/complaints/new");
}

std::string FollowPage(const Complaint& c, const std::string& code, const std::string& error, Language language) {
  auto day = [&](const std::optional<std::string>& d) { return d ? E(DayText(d->substr(0, 10), language)) : ""; };
  std::string status = StatusName(c.status);
  std::string items = Item(T("status", language), "<strong id=\"status\">" + E(T(status, language)) + "</strong>") +
                      Item(T("category", language), E(CategoryLabel(c.category, language))) +
                      Item(T("received_on", language), day(c.received_on));
  if (c.acknowledged_at) items += Item(T("acknowledged_at", language), day(c.acknowledged_at));
  else items += Item(T("acknowledge_due", language), day(c.acknowledge_due));
  if (c.responded_at) {
    items += Item(T("responded_at", language), day(c.responded_at)) +
             Item(T("response", language), "<div id=\"response\">" + Paragraphs(c.response.value_or("")) + "</div>");
    if (c.outcome) items += Item(T("outcome", language), E(T(*c.outcome, language)));
  } else {
    items += Item(T("response_due", language), day(c.response_due));
  }
  if (c.appealed_at) {
    items += Item(T("appealed_at", language), day(c.appealed_at)) +
             Item(T("appeal_text", language), Paragraphs(c.appeal_text.value_or("")));
    if (c.decided_at) {
      items += Item(T("decision", language), "<div id=\"decision\">" + Paragraphs(c.decision.value_or("")) + "</div>");
      if (c.appeal_outcome) items += Item(T("outcome", language), E(T("appeal_" + *c.appeal_outcome, language)));
    } else if (c.appeal_due) {
      items += Item(T("appeal_due", language), day(c.appeal_due));
    }
  }
  if (c.closed_at) items += Item(T("closed_at", language), day(c.closed_at));
  std::string body = "<h1>" + E(T("title_follow", language)) + "</h1>";
  if (!error.empty()) body += "<p class=\"error\" role=\"alert\">" + E(error) + "</p>";
  body += "<dl>" + items + "</dl>";
  if (c.accepted && !c.appealed_at) body += "<p>" + E(T(*c.accepted ? "accepted_yes" : "accepted_no", language)) + "</p>";
  if (c.status == Status::kAnswered) {
    std::string action = "/complaints/" + E(code);
    std::string lang(LanguageCode(language));
    body += "<form method=\"post\" action=\"" + action + "\"><input type=\"hidden\" name=\"lang\" value=\"" + lang +
            "\"><input type=\"hidden\" name=\"action\" value=\"close\"><button type=\"submit\">" +
            E(T("accept", language)) + "</button></form><form method=\"post\" action=\"" + action +
            "\"><input type=\"hidden\" name=\"lang\" value=\"" + lang +
            "\"><input type=\"hidden\" name=\"action\" value=\"appeal\"><p>" + E(T("appeal_hint", language)) +
            "</p><label for=\"appeal_text\">" + E(T("appeal_text", language)) +
            "</label><textarea id=\"appeal_text\" name=\"appeal_text\" rows=\"5\" maxlength=\"5000\" required>"
            "</textarea><button type=\"submit\">" + E(T("appeal", language)) + "</button></form>";
  }
  return Page(T("title_follow", language), body, language, "/complaints/" + code);
}

std::string FieldLabel(const std::string& field, Language language) {
  if (field == "unit_id") return T("unit", language);
  if (field == "complainant_name") return T("name", language);
  if (field == "complainant_contact") return T("contact", language);
  return T(field, language);
}

std::string ErrorPage(const std::string& title, const std::string& detail, Language language) {
  std::string body = "<h1>" + E(title) + "</h1><p role=\"alert\">" + E(detail) + "</p><p><a href=\"/complaints/new?lang=" +
                     std::string(LanguageCode(language)) + "\">" + E(T("new", language)) + "</a></p>";
  return Page(title, body, language, "/complaints/new");
}

}  // namespace eduims::complaints

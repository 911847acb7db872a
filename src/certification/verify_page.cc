#include "certification/verify_page.h"

#include "platform/escape.h"
#include "platform/http/public_page.h"
#include "platform/i18n/dates.h"

namespace eduims::certification {
namespace {


constexpr http::PageText kLabels[] = {
    {"title", "Tra cứu chứng nhận", "Certificate verification"},
    {"number", "Số chứng nhận", "Certificate number"},
    {"status", "Tình trạng", "Status"},
    {"holder", "Tổ chức được chứng nhận", "Certified organisation"},
    {"body", "Tổ chức chứng nhận", "Certification body"},
    {"accreditation", "Được công nhận bởi", "Accredited by"},
    {"scope", "Phạm vi chứng nhận", "Scope of certification"},
    {"standards", "Tiêu chuẩn", "Standards"},
    {"sites", "Địa điểm được chứng nhận", "Certified sites"},
    {"original_issue_date", "Ngày cấp lần đầu", "Original issue date"},
    {"issue_date", "Ngày cấp", "Issue date"},
    {"expiry_date", "Ngày hết hạn", "Expiry date"},
    {"active", "Còn hiệu lực", "Valid"},
    {"suspended", "Tạm đình chỉ", "Suspended"},
    {"withdrawn", "Đã thu hồi", "Withdrawn"},
    {"expired", "Đã hết hạn", "Expired"},
    {"not_found", "Không tìm thấy chứng nhận", "Certificate not found"},
    {"not_found_detail", "Sổ đăng ký không có chứng nhận nào mang số này.",
     "The register holds no certificate with this number."},
};

std::string Text(const std::string& key, Language language) { return http::TextOf(kLabels, key, language); }

std::string Page(const std::string& title, const std::string& body, Language language) {
  return http::PublicPageHtml(
      language, title,
      "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;"
      "color:#1f1f1f}dt{font-weight:600;margin-top:.8rem}dd{margin:.2rem 0 0}.status{display:inline-block;"
      "padding:.1rem .6rem;border-radius:.3rem;background:#eee}.active{background:#d9f7be}"
      ".suspended{background:#fff1b8}.withdrawn,.expired{background:#ffccc7}",
      body);
}

std::string Item(const std::string& label, const std::string& html_value) {
  return "<dt>" + EscapeXml(label) + "</dt><dd>" + html_value + "</dd>";
}

}  // namespace

std::string VerifyPage(const Certificate& c, const std::string& today, Language language) {
  std::string status = CertificateStatusName(StatusOn(c, today));
  std::string standards, sites;
  for (const StandardRef& s : c.standards) standards += "<li>" + EscapeXml(StandardLabel(s.code, s.edition)) + "</li>";
  for (const CertificateSite& s : c.sites)
    sites += "<li>" + EscapeXml(s.name) + (s.address.empty() ? "" : " — " + EscapeXml(s.address)) + "</li>";
  const std::string& scope = language == Language::kEnglish ? c.scope_en : c.scope_vi;
  // A body may certify without accreditation; the register then says nothing of one.
  std::string accreditation;
  if (!c.body.accreditation_body.empty())
    accreditation = Item(Text("accreditation", language),
                         EscapeXml(c.body.accreditation_body) +
                             (c.body.accreditation_number.empty() ? "" : " — " + EscapeXml(c.body.accreditation_number)));
  std::string body =
      "<h1>" + EscapeXml(Text("title", language)) + "</h1><dl>" +
      Item(Text("number", language), EscapeXml(c.number)) +
      Item(Text("status", language),
           "<span class=\"status " + status + "\">" + EscapeXml(Text(status, language)) + "</span>") +
      Item(Text("holder", language),
           EscapeXml(c.entity_name) + (c.entity_address.empty() ? "" : "<br>" + EscapeXml(c.entity_address))) +
      Item(Text("body", language), EscapeXml(c.body.name)) + accreditation +
      Item(Text("scope", language), EscapeXml(scope)) +
      Item(Text("standards", language), "<ul>" + standards + "</ul>") +
      Item(Text("sites", language), "<ul>" + sites + "</ul>") +
      Item(Text("original_issue_date", language), EscapeXml(DayText(c.original_issue_date, language))) +
      Item(Text("issue_date", language), EscapeXml(DayText(c.issue_date, language))) +
      Item(Text("expiry_date", language), EscapeXml(DayText(c.expiry_date, language))) + "</dl>";
  return Page(Text("title", language) + " " + c.number, body, language);
}

std::string VerifyNotFoundPage(Language language) {
  return Page(Text("not_found", language),
              "<h1>" + EscapeXml(Text("not_found", language)) + "</h1><p>" +
                  EscapeXml(Text("not_found_detail", language)) + "</p>",
              language);
}

}  // namespace eduims::certification

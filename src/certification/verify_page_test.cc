#include "certification/verify_page.h"

#include <gtest/gtest.h>

namespace eduims::certification {
namespace {

Certificate Sample() {
  Certificate c;
  c.number = "VN-21001-0042";
  c.entity_name = "Trường THPT <script>alert(1)</script> Tô Hiệu";
  c.entity_address = "Phường Quyết Tâm, TP Sơn La";
  c.scope_vi = "Giáo dục trung học phổ thông & hoạt động hỗ trợ";
  c.scope_en = "Upper secondary education & support";
  c.standards = {{1, "iso-21001", "2018"}, {2, "iso-9001", "2015"}};
  c.sites = {{7, "Cơ sở chính", "Số 1 \"Tô Hiệu\""}};
  c.original_issue_date = "2023-05-10";
  c.issue_date = "2026-05-10";
  c.expiry_date = "2029-05-09";
  c.status = CertificateStatus::kSuspended;
  c.region = "Sơn La";
  c.organisation_type = "upper_secondary";
  c.body.name = "Trung tâm Chứng nhận Phù hợp <QUACERT>";
  c.body.accreditation_body = "BoA";
  c.body.accreditation_number = "VICAS 001";
  return c;
}

TEST(VerifyPage, ShowsTheRegisterFieldsEscapedInTheReadersLanguage) {
  std::string vi = VerifyPage(Sample(), "2026-06-01", Language::kVietnamese);
  EXPECT_NE(vi.find("<html lang=\"vi\">"), std::string::npos);
  EXPECT_NE(vi.find("Tạm đình chỉ"), std::string::npos);
  EXPECT_NE(vi.find("VN-21001-0042"), std::string::npos);
  EXPECT_NE(vi.find("ISO 21001:2018"), std::string::npos);
  EXPECT_NE(vi.find("ISO 9001:2015"), std::string::npos);
  EXPECT_NE(vi.find("Giáo dục trung học phổ thông &amp; hoạt động hỗ trợ"), std::string::npos);
  EXPECT_NE(vi.find("09/05/2029"), std::string::npos);
  EXPECT_NE(vi.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(vi.find("Số 1 &quot;Tô Hiệu&quot;"), std::string::npos);
  EXPECT_EQ(vi.find("<script"), std::string::npos);
  // The certification body and its accreditation body, as public registers show them; nothing beyond the register's
  // public fields.
  EXPECT_NE(vi.find("<dt>Tổ chức chứng nhận</dt><dd>Trung tâm Chứng nhận Phù hợp &lt;QUACERT&gt;</dd>"),
            std::string::npos);
  EXPECT_NE(vi.find("<dt>Được công nhận bởi</dt><dd>BoA — VICAS 001</dd>"), std::string::npos);
  EXPECT_EQ(vi.find("upper_secondary"), std::string::npos);

  std::string en = VerifyPage(Sample(), "2026-06-01", Language::kEnglish);
  EXPECT_NE(en.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(en.find("Suspended"), std::string::npos);
  EXPECT_NE(en.find("Upper secondary education &amp; support"), std::string::npos);
  EXPECT_NE(en.find("2029-05-09"), std::string::npos);
  EXPECT_NE(en.find("<dt>Certification body</dt>"), std::string::npos);
  EXPECT_NE(en.find("<dt>Accredited by</dt><dd>BoA — VICAS 001</dd>"), std::string::npos);
}

TEST(VerifyPage, ABodyWithoutAccreditationShowsNoAccreditationLine) {
  Certificate c = Sample();
  c.body.accreditation_body.clear();
  std::string en = VerifyPage(c, "2026-06-01", Language::kEnglish);
  EXPECT_NE(en.find("<dt>Certification body</dt>"), std::string::npos);
  EXPECT_EQ(en.find("Accredited by"), std::string::npos);
}

TEST(VerifyPage, AnExpiredCertificateSaysSo) {
  Certificate c = Sample();
  c.status = CertificateStatus::kActive;
  EXPECT_NE(VerifyPage(c, "2029-05-10", Language::kEnglish).find("Expired"), std::string::npos);
  EXPECT_NE(VerifyPage(c, "2029-05-09", Language::kEnglish).find("Valid"), std::string::npos);
}

TEST(VerifyPage, NotFoundRevealsNothing) {
  std::string page = VerifyNotFoundPage(Language::kEnglish);
  EXPECT_NE(page.find("Certificate not found"), std::string::npos);
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_NE(VerifyNotFoundPage(Language::kVietnamese).find("Không tìm thấy"), std::string::npos);
}

}  // namespace
}  // namespace eduims::certification

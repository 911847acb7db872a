#include "audits/report.h"

#include <gtest/gtest.h>

namespace eduims::audits {
namespace {

std::string AllText(const std::vector<pdf::Block>& blocks) {
  std::string out;
  for (const auto& b : blocks) out += b.markup + "\n";
  return out;
}

TEST(AuditReport, NamesBothStandardsOnALineAndCountsEveryResult) {
  Audit audit;
  audit.id = 7;
  audit.title = "Đánh giá nội bộ <Tổ Toán>";
  audit.planned_start = "2026-03-02";
  audit.planned_end = "2026-03-03";
  audit.summary = "Hệ thống vận hành hiệu lực.";
  ClauseRef a{1, "urn:eduims:std:iso-21001:2018:clause:7.1.2", "7.1.2"};
  ClauseRef b{2, "urn:eduims:std:iso-9001:2015:clause:7.1.2", "7.1.2"};
  audit.clauses = {a, b};
  ChecklistLine line;
  line.clauses = {a, b};
  line.question = "Nhân sự có đủ năng lực?";
  line.result = "major_nonconformity";
  line.finding = "Thiếu hồ sơ đào tạo";
  line.nonconformity_id = 42;
  attachments::Attachment photo;
  photo.file_name = "tu-ho-so.jpg";
  photo.sha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
  line.files = {photo};
  ChecklistLine open;
  open.clauses = {a};
  ReportNames names{"THPT Tô Hiệu", "Nguyễn Văn An", {"Trần Thị Bình"}, {"QT-01 — Tuyển sinh"}, {"Hà Thị Lan"}};
  std::string vi = AllText(ReportBlocks(audit, {line, open}, names, Language::kVietnamese));
  EXPECT_NE(vi.find("Báo cáo đánh giá: Đánh giá nội bộ &lt;Tổ Toán&gt;"), std::string::npos);
  EXPECT_NE(vi.find("ISO 21001:2018 7.1.2, ISO 9001:2015 7.1.2 — Không phù hợp nặng"), std::string::npos) << vi;
  EXPECT_NE(vi.find("Thiếu hồ sơ đào tạo"), std::string::npos);
  EXPECT_NE(vi.find("sự không phù hợp số 42"), std::string::npos);
  EXPECT_NE(vi.find("Không phù hợp nặng: 1"), std::string::npos);
  EXPECT_NE(vi.find("Chưa đánh giá: 1"), std::string::npos);
  EXPECT_NE(vi.find("Trưởng đoàn đánh giá"), std::string::npos);
  EXPECT_NE(vi.find("<b>Người được đánh giá</b> Hà Thị Lan"), std::string::npos) << vi;
  EXPECT_NE(vi.find("<b>Tệp minh chứng</b> tu-ho-so.jpg (SHA-256 0123456789ab…)"), std::string::npos) << vi;
  EXPECT_NE(vi.find("<b>Tệp minh chứng đính kèm:</b> 1"), std::string::npos) << vi;
  std::string en = AllText(ReportBlocks(audit, {line}, names, Language::kEnglish));
  EXPECT_NE(en.find("Findings by clause"), std::string::npos);
  EXPECT_NE(en.find("Auditee representative"), std::string::npos);
  EXPECT_NE(en.find("<b>Auditees</b> Hà Thị Lan"), std::string::npos) << en;
  EXPECT_EQ(ReportFrame(audit, Language::kEnglish).page_format, "Page {page} of {pages}");
}

TEST(AuditReport, DatesAreWrittenInTheReadersLanguage) {
  Audit audit;
  audit.title = "Đánh giá nội bộ";
  audit.planned_start = "2026-03-02";
  audit.planned_end = "2026-03-13";
  std::string vi = AllText(ReportBlocks(audit, {}, {}, Language::kVietnamese));
  EXPECT_NE(vi.find("02/03/2026 – 13/03/2026"), std::string::npos) << vi;
  EXPECT_EQ(vi.find("2026-03-02"), std::string::npos) << vi;
  EXPECT_EQ(ReportFrame(audit, Language::kVietnamese).header_right, "02/03/2026 – 13/03/2026");
  EXPECT_EQ(ReportFrame(audit, Language::kEnglish).header_right, "2026-03-02 – 2026-03-13");
}

TEST(AuditReport, ClauseLabelsFromUrns) {
  EXPECT_EQ(ClauseLabel({1, "urn:eduims:std:iso-21001:2018:clause:A.3", "A.3"}), "ISO 21001:2018 A.3");
  EXPECT_EQ(ClauseLabel({1, "not-a-urn", "4.1"}), "4.1");
}

}  // namespace
}  // namespace eduims::audits

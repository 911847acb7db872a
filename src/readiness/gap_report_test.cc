#include "readiness/gap_report.h"

#include <gtest/gtest.h>

#include "platform/files/text_extract.h"
#include "test_env.h"

namespace eduims::readiness {
namespace {

ReadinessView View() {
  ReadinessView view;
  view.standard.code = "iso-21001";
  view.standard.edition = "2018";
  view.unit.code = "THPT-TOHIEU";
  view.unit.name = "Trường THPT Tô Hiệu";
  standards::Clause group;
  group.id = 1;
  group.number = "7";
  group.kind = "clause";
  group.title_en = "Support";
  group.title_vi = "Hỗ trợ";
  standards::Clause leaf = group;
  leaf.id = 2;
  leaf.number = "7.3";
  leaf.parent_id = 1;
  leaf.title_en = "Awareness";
  leaf.title_vi = "Nhận thức";
  ReportInputs in;
  in.clauses = {group, leaf};
  in.evidence.mandatory = {{9, 2, "7.3", "retain", "Evidence of awareness", "Bằng chứng nhận thức", "missing"}};
  in.nonconformities = {{2, 40, "Chưa phổ biến chính sách", "major", "2026-12-01"}};
  SelfAssessment a;
  a.clause_id = 2;
  a.status = Assessment::kImplemented;
  a.comment = "Đã phổ biến";
  a.assessed_by_name = "Đinh Công Sơn";
  a.assessed_at = "2026-11-20T02:00:00.000Z";
  in.assessments = {a};
  view.report = BuildReport(in);
  return view;
}

TEST(GapReport, SummaryClausesAndGapsInTheReadersLanguage) {
  ReadinessView view = View();
  auto book = GapWorkbook(view, Language::kVietnamese, "2026-11-23T08:00:00.000Z", "Asia/Ho_Chi_Minh");
  ASSERT_EQ(book.sheets.size(), 3u);
  EXPECT_EQ(book.sheets[0].name, "Tổng quan");
  const auto& clause = book.sheets[1].rows.at(0);
  EXPECT_EQ(std::get<std::string>(clause[0]), "7.3");
  EXPECT_EQ(std::get<std::string>(clause[1]), "Nhận thức");
  EXPECT_EQ(std::get<std::string>(clause[2]), "Đã thực hiện");
  EXPECT_EQ(std::get<std::string>(clause[9]), "7.3 Bằng chứng nhận thức: thiếu");
  EXPECT_EQ(std::get<double>(clause[10]), 1.0);
  EXPECT_EQ(std::get<double>(clause[12]), 40.0);
  EXPECT_EQ(std::get<std::string>(clause[13]),
            "Chưa được kiểm chứng\nChưa có bằng chứng\nThiếu thông tin dạng văn bản bắt buộc\n"
            "Còn sự không phù hợp nặng chưa đóng");
  // The time stamp is a date cell on the reader's clock (08:00 UTC is 15:00 in Hanoi), shown as Vietnamese write it.
  const auto& generated = std::get<xlsx::DateTime>(book.sheets[0].rows.at(2)[1]);
  EXPECT_EQ(generated.day, std::chrono::year_month_day(std::chrono::year(2026), std::chrono::November,
                                                       std::chrono::day(23)));
  EXPECT_EQ(generated.time_of_day, std::chrono::hours(15));
  EXPECT_EQ(book.date_time_format, "dd/mm/yyyy hh:mm");
  EXPECT_EQ(std::get<xlsx::DateTime>(clause[5]).time_of_day, std::chrono::hours(9));  // assessed 02:00 UTC
  // "NC" is no Vietnamese word.
  for (const auto& h : book.sheets[1].header) EXPECT_EQ(h.find("NC"), std::string::npos) << h;
  EXPECT_EQ(book.sheets[1].header[10], "Sự không phù hợp nặng chưa đóng");
  for (const auto& sheet : book.sheets) EXPECT_TRUE(sheet.landscape && sheet.fit_to_width) << sheet.name;
  const auto& gap = book.sheets[2].rows.at(0);
  EXPECT_EQ(std::get<std::string>(gap[4]), "#40 Chưa phổ biến chính sách");

  auto english = GapWorkbook(view, Language::kEnglish, "2026-11-23T08:00:00.000Z", "UTC");
  EXPECT_EQ(english.sheets[1].name, "Clauses");
  EXPECT_EQ(std::get<std::string>(english.sheets[1].rows.at(0)[1]), "Awareness");
  EXPECT_EQ(english.title, "Gap analysis — ISO 21001:2018 — Trường THPT Tô Hiệu");
  EXPECT_EQ(GapReportFileName(view, "xlsx"), "gap-analysis-iso-21001-2018-THPT-TOHIEU.xlsx");
}

TEST(GapReport, ThePdfReadsBackWithTheGapsAndPageNumbers) {
  ReadinessView view = View();
  std::string path = testing::TempDir() + "/gaps.pdf";
  WriteGapPdf(view, Language::kVietnamese, "2026-11-23T20:00:00.000Z", "Asia/Ho_Chi_Minh", path);
  std::string text = files::ExtractText(path, "application/pdf");
  EXPECT_NE(text.find("ISO 21001:2018 · THPT-TOHIEU"), std::string::npos) << text;
  EXPECT_NE(text.find("7.3 Nhận thức — 40 điểm"), std::string::npos) << text;
  EXPECT_NE(text.find("Đinh Công Sơn, 20/11/2026"), std::string::npos) << text;
  // Generated at 20:00 UTC: 03:00 the next morning on the reader's clock in Hanoi.
  EXPECT_NE(text.find("Lập lúc: 24/11/2026 03:00"), std::string::npos) << text;
  EXPECT_NE(text.find("#40 Chưa phổ biến chính sách (nặng, hạn 01/12/2026)"), std::string::npos) << text;
  EXPECT_EQ(text.find("UTC"), std::string::npos) << text;
  EXPECT_NE(text.find("Còn sự không phù hợp nặng chưa đóng"), std::string::npos) << text;
  EXPECT_NE(text.find("#40 Chưa phổ biến chính sách"), std::string::npos) << text;
  EXPECT_NE(text.find("Trang 1/1"), std::string::npos) << text;
}

}  // namespace
}  // namespace eduims::readiness

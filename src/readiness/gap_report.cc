#include "readiness/gap_report.h"

#include "platform/escape.h"
#include "platform/i18n/dates.h"
#include "platform/pdf/pdf_document.h"

namespace eduims::readiness {
namespace {

using xlsx::Cell;

bool English(Language language) { return language == Language::kEnglish; }

std::string Pick(Language language, const char* en, const char* vi) { return English(language) ? en : vi; }

std::string TitleOf(const standards::Clause& c, Language language) {
  return English(language) || c.title_vi.empty() ? c.title_en : c.title_vi;
}

std::string StatusText(Assessment a, Language l) {
  switch (a) {
    case Assessment::kNotStarted: return Pick(l, "Not started", "Chưa bắt đầu");
    case Assessment::kPartial: return Pick(l, "Partial", "Một phần");
    case Assessment::kImplemented: return Pick(l, "Implemented", "Đã thực hiện");
    case Assessment::kVerified: return Pick(l, "Verified", "Đã kiểm chứng");
  }
  return "";
}

std::string GapText(Gap g, Language l) {
  switch (g) {
    case Gap::kNotStarted: return Pick(l, "Not started", "Chưa bắt đầu");
    case Gap::kPartial: return Pick(l, "Only partly implemented", "Mới thực hiện một phần");
    case Gap::kNotVerified: return Pick(l, "Not yet verified", "Chưa được kiểm chứng");
    case Gap::kNoEvidence: return Pick(l, "No evidence linked", "Chưa có bằng chứng");
    case Gap::kMandatoryMissing:
      return Pick(l, "Mandatory documented information missing", "Thiếu thông tin dạng văn bản bắt buộc");
    case Gap::kMandatoryInDraft:
      return Pick(l, "Mandatory documented information only in draft",
                  "Thông tin dạng văn bản bắt buộc mới là dự thảo");
    case Gap::kMandatoryOutOfDate:
      return Pick(l, "Mandatory documented information past its review date",
                  "Thông tin dạng văn bản bắt buộc quá hạn soát xét");
    case Gap::kOpenMajor: return Pick(l, "Open major nonconformity", "Còn sự không phù hợp nặng chưa đóng");
    case Gap::kOpenMinor: return Pick(l, "Open minor nonconformity", "Còn sự không phù hợp nhẹ chưa đóng");
    case Gap::kRegisterShortfall: return Pick(l, "A planning register falls short", "Sổ đăng ký hoạch định chưa đạt");
  }
  return "";
}

std::string StateText(const std::string& state, Language l) {
  if (state == "present") return Pick(l, "present", "có");
  if (state == "out_of_date") return Pick(l, "out of date", "quá hạn soát xét");
  if (state == "in_draft") return Pick(l, "in draft", "dự thảo");
  return Pick(l, "missing", "thiếu");
}

// One line per item of `items`, as `line` words it.
template <class Items, class LineFn>
std::string Lines(const Items& items, LineFn line) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : "\n") + line(item);
  return out;
}

std::string GapsText(const ClauseScore& score, Language l) {
  return Lines(score.gaps, [&](Gap g) { return GapText(g, l); });
}

std::string MandatoryText(const std::vector<MandatoryState>& items, Language l) {
  return Lines(items, [&](const MandatoryState& m) {
    return m.clause_number + " " + (English(l) || m.title_vi.empty() ? m.title_en : m.title_vi) + ": " +
           StateText(m.state, l);
  });
}

std::string SeverityText(const std::string& severity, Language l) {
  if (severity == "major") return Pick(l, "major", "nặng");
  if (severity == "minor") return Pick(l, "minor", "nhẹ");
  return severity;
}

// A stored UTC timestamp as a date cell on the reader's clock; empty if malformed.
Cell LocalCell(const std::string& timestamp, const std::string& time_zone) {
  auto local = InTimeZone(timestamp, time_zone);
  if (!local) return Cell();
  return xlsx::DateTime{local->day, local->time_of_day};
}

std::string NonconformityText(const std::vector<improvement::OpenOnClause>& ncs) {
  return Lines(ncs, [](const improvement::OpenOnClause& nc) {
    return "#" + std::to_string(nc.nonconformity_id) + " " + nc.title;
  });
}

std::string StandardName(const standards::Standard& s) {
  std::string name = s.code;
  for (char& c : name) c = c == '-' ? ' ' : char(std::toupper(static_cast<unsigned char>(c)));
  return name + ":" + s.edition;
}

xlsx::Sheet Summary(const ReadinessView& view, Language l, const std::string& generated_at,
                    const std::string& time_zone) {
  xlsx::Sheet sheet;
  sheet.name = Pick(l, "Summary", "Tổng quan");
  sheet.widths = {14, 60, 18, 18, 14};
  sheet.rows = {{Pick(l, "Standard", "Tiêu chuẩn"), StandardName(view.standard)},
                {Pick(l, "Unit", "Đơn vị"), view.unit.code + " — " + view.unit.name},
                {Pick(l, "Generated", "Lập lúc"), LocalCell(generated_at, time_zone)},
                {Pick(l, "Readiness (%)", "Mức sẵn sàng (%)"), double(view.report.percent)},
                {},
                {Pick(l, "Clause", "Điều"), Pick(l, "Title", "Tiêu đề"), Pick(l, "Readiness (%)", "Mức sẵn sàng (%)"),
                 Pick(l, "Requirement clauses", "Số điều yêu cầu"), Pick(l, "Ready", "Đã sẵn sàng")}};
  for (const auto& g : view.report.groups)
    sheet.rows.push_back({g.clause.number, TitleOf(g.clause, l), double(g.percent), double(g.clauses), double(g.ready)});
  return sheet;
}

xlsx::Sheet Clauses(const ReadinessView& view, Language l, const std::string& time_zone) {
  xlsx::Sheet sheet;
  sheet.name = Pick(l, "Clauses", "Điều khoản");
  sheet.header = {Pick(l, "Clause", "Điều"),
                  Pick(l, "Title", "Tiêu đề"),
                  Pick(l, "Self-assessment", "Tự đánh giá"),
                  Pick(l, "Comment", "Nhận xét"),
                  Pick(l, "Assessed by", "Người đánh giá"),
                  Pick(l, "Assessed at", "Thời điểm đánh giá"),
                  Pick(l, "Documents", "Tài liệu"),
                  Pick(l, "Records", "Hồ sơ"),
                  Pick(l, "Processes", "Quá trình"),
                  Pick(l, "Mandatory documented information", "Thông tin dạng văn bản bắt buộc"),
                  Pick(l, "Open major nonconformities", "Sự không phù hợp nặng chưa đóng"),
                  Pick(l, "Open minor nonconformities", "Sự không phù hợp nhẹ chưa đóng"),
                  Pick(l, "Points", "Điểm"),
                  Pick(l, "Gaps", "Khoảng cách")};
  sheet.widths = {9, 42, 15, 36, 22, 17, 11, 9, 11, 42, 16, 16, 8, 42};
  for (const auto& row : view.report.clauses) {
    const auto& a = row.assessment;
    sheet.rows.push_back({row.clause.number, TitleOf(row.clause, l), StatusText(row.facts.assessment, l),
                          a ? Cell(a->comment) : Cell(), a ? Cell(a->assessed_by_name) : Cell(),
                          a ? LocalCell(a->assessed_at, time_zone) : Cell(), double(row.facts.documents),
                          double(row.facts.records),
                          double(row.facts.processes), MandatoryText(row.mandatory, l), double(row.facts.open_major),
                          double(row.facts.open_minor), double(row.score.points), GapsText(row.score, l)});
  }
  return sheet;
}

xlsx::Sheet Gaps(const ReadinessView& view, Language l) {
  xlsx::Sheet sheet;
  sheet.name = Pick(l, "Gaps", "Khoảng cách");
  sheet.header = {Pick(l, "Clause", "Điều"), Pick(l, "Title", "Tiêu đề"), Pick(l, "Points", "Điểm"),
                  Pick(l, "Gaps", "Khoảng cách"), Pick(l, "Open nonconformities", "Sự không phù hợp chưa đóng")};
  sheet.widths = {9, 42, 8, 48, 48};
  for (const auto& row : view.report.clauses)
    if (!row.score.gaps.empty())
      sheet.rows.push_back({row.clause.number, TitleOf(row.clause, l), double(row.score.points),
                            GapsText(row.score, l), NonconformityText(row.nonconformities)});
  return sheet;
}

}  // namespace

xlsx::Workbook GapWorkbook(const ReadinessView& view, Language language, const std::string& generated_at,
                           const std::string& time_zone) {
  xlsx::Workbook book;
  book.title = Pick(language, "Gap analysis", "Phân tích khoảng cách") + " — " + StandardName(view.standard) +
               " — " + view.unit.name;
  book.created = generated_at;
  book.date_time_format = English(language) ? "yyyy-mm-dd hh:mm" : "dd/mm/yyyy hh:mm";
  book.sheets = {Summary(view, language, generated_at, time_zone), Clauses(view, language, time_zone),
                 Gaps(view, language)};
  for (auto& sheet : book.sheets) sheet.landscape = sheet.fit_to_width = true;
  return book;
}

void WriteGapPdf(const ReadinessView& view, Language l, const std::string& generated_at,
                 const std::string& time_zone, const std::filesystem::path& out) {
  using pdf::Block;
  std::string title = Pick(l, "Gap analysis", "Phân tích khoảng cách");
  std::string when = MomentText(generated_at, time_zone, l);
  std::vector<Block> blocks{{Block::Kind::kTitle, EscapeXml(title + " — " + StandardName(view.standard))}};
  blocks.push_back({Block::Kind::kParagraph,
                    "<i>" + EscapeXml(Pick(l, "Unit: ", "Đơn vị: ") + view.unit.code + " — " + view.unit.name + " · " +
                                      Pick(l, "Generated: ", "Lập lúc: ") + when) + "</i>"});
  blocks.push_back({Block::Kind::kParagraph, "<b>" + EscapeXml(Pick(l, "Readiness: ", "Mức sẵn sàng: ") +
                                                               std::to_string(view.report.percent) + "%") + "</b>"});
  blocks.push_back({Block::Kind::kHeading1, EscapeXml(Pick(l, "By clause group", "Theo nhóm điều khoản"))});
  for (const auto& g : view.report.groups)
    blocks.push_back({Block::Kind::kListItem,
                      "<b>" + EscapeXml(g.clause.number) + "</b> " +
                          EscapeXml(TitleOf(g.clause, l) + ": " + std::to_string(g.percent) + "% — " +
                                    std::to_string(g.ready) + "/" + std::to_string(g.clauses) +
                                    Pick(l, " clauses ready", " điều đã sẵn sàng")),
                      0, "•"});
  blocks.push_back({Block::Kind::kHeading1, EscapeXml(Pick(l, "Gaps", "Khoảng cách"))});
  bool any = false;
  for (const auto& row : view.report.clauses) {
    if (row.score.gaps.empty()) continue;
    any = true;
    blocks.push_back({Block::Kind::kHeading3, EscapeXml(row.clause.number + " " + TitleOf(row.clause, l) + " — " +
                                                        std::to_string(row.score.points) + Pick(l, " points", " điểm"))});
    std::string assessed = Pick(l, "Self-assessment: ", "Tự đánh giá: ") + StatusText(row.facts.assessment, l);
    if (row.assessment) {
      assessed += " (" + row.assessment->assessed_by_name + ", " +
                  MomentText(row.assessment->assessed_at, time_zone, l).substr(0, 10) + ")";
      if (!row.assessment->comment.empty()) assessed += " — " + row.assessment->comment;
    }
    blocks.push_back({Block::Kind::kParagraph, EscapeXml(assessed)});
    for (Gap g : row.score.gaps) blocks.push_back({Block::Kind::kListItem, EscapeXml(GapText(g, l)), 0, "•"});
    for (const auto& nc : row.nonconformities)
      blocks.push_back({Block::Kind::kListItem,
                        EscapeXml("#" + std::to_string(nc.nonconformity_id) + " " + nc.title + " (" +
                                  SeverityText(nc.severity, l) + ", " + Pick(l, "due ", "hạn ") +
                                  DayText(nc.due_date, l) + ")"),
                        1, "–"});
  }
  if (!any) blocks.push_back({Block::Kind::kParagraph, EscapeXml(Pick(l, "No gaps.", "Không còn khoảng cách."))});
  pdf::PageFrame frame;
  frame.header_left = title;
  frame.header_right = StandardName(view.standard) + " · " + view.unit.code;
  frame.footer_left = view.unit.name + " · " + when;
  frame.page_format = Pick(l, "Page {page} of {pages}", "Trang {page}/{pages}");
  frame.title = title + " — " + StandardName(view.standard) + " — " + view.unit.name;
  pdf::RenderPdf(blocks, frame, out);
}

std::string GapReportFileName(const ReadinessView& view, const std::string& extension) {
  std::string name = "gap-analysis-" + view.standard.code + "-" + view.standard.edition + "-" + view.unit.code;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') c = '_';
  return name + "." + extension;
}

}  // namespace eduims::readiness

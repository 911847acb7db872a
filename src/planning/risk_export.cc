#include "planning/risk_export.h"

#include "platform/csv.h"

namespace eduims::planning {
namespace {

bool English(Language l) { return l == Language::kEnglish; }

const char* KindWord(Kind k, Language l) {
  if (k == Kind::kRisk) return English(l) ? "Risk" : "Rủi ro";
  return English(l) ? "Opportunity" : "Cơ hội";
}

std::string TreatmentWord(const std::optional<Treatment>& t, Language l) {
  if (!t) return "";
  static const char* const kVi[] = {"Né tránh", "Giảm thiểu", "Chia sẻ", "Chấp nhận", "Theo đuổi", "Không theo đuổi"};
  static const char* const kEn[] = {"Avoid", "Reduce", "Share", "Accept", "Pursue", "Not pursue"};
  return (English(l) ? kEn : kVi)[size_t(*t)];
}

std::string BandWord(const Matrix& m, const Rating& r, Language l) {
  if (!m.Contains(r.likelihood, r.impact)) return "";
  const Band& b = m.BandOf(r.Score());
  return English(l) ? b.label.en : b.label.vi;
}

std::string RatingText(const Matrix& m, const Rating& r, Language l) {
  return std::to_string(r.likelihood) + " × " + std::to_string(r.impact) + " = " + std::to_string(r.Score()) + " (" +
         BandWord(m, r, l) + ")";
}

}  // namespace

RiskTable TableOf(const std::vector<Risk>& risks, const Matrix& m, Language l) {
  RiskTable t;
  t.header = English(l) ? std::vector<std::string>{"Id", "Unit id", "Process id", "Kind", "Title", "Cause",
                                                   "Consequence", "Inherent rating", "Residual rating", "Level",
                                                   "Treatment", "Treatment plan", "Owner id", "Next review",
                                                   "Last reviewed"}
                        : std::vector<std::string>{"Mã", "Mã đơn vị", "Mã quá trình", "Loại", "Tên", "Nguyên nhân",
                                                   "Hệ quả", "Đánh giá ban đầu", "Đánh giá sau xử lý", "Mức",
                                                   "Cách xử lý", "Kế hoạch xử lý", "Mã người phụ trách",
                                                   "Ngày xem xét tiếp theo", "Xem xét lần cuối"};
  for (const Risk& r : risks)
    t.rows.push_back({std::to_string(r.id), std::to_string(r.unit_id),
                      r.process_id ? std::to_string(*r.process_id) : "", KindWord(r.kind, l), r.title, r.cause,
                      r.consequence, RatingText(m, r.inherent, l), r.residual ? RatingText(m, *r.residual, l) : "",
                      BandWord(m, r.Current(), l), TreatmentWord(r.treatment, l), r.treatment_plan,
                      r.owner_id ? std::to_string(*r.owner_id) : "", r.next_review_date.value_or(""),
                      r.last_reviewed_on.value_or("")});
  return t;
}

std::string CsvOf(const RiskTable& t) {
  std::string out = "\xEF\xBB\xBF" + CsvLine(t.header);
  for (const auto& row : t.rows) out += CsvLine(row);
  return out;
}

xlsx::Workbook WorkbookOf(const RiskTable& t, const std::string& created, Language l) {
  xlsx::Workbook book;
  book.title = English(l) ? "Risks and opportunities" : "Rủi ro và cơ hội";
  book.created = created;
  xlsx::Sheet sheet;
  sheet.name = book.title;
  sheet.header = t.header;
  for (const auto& row : t.rows) sheet.rows.emplace_back(row.begin(), row.end());
  sheet.widths = {8, 10, 12, 12, 40, 40, 40, 22, 22, 14, 16, 40, 12, 16, 16};
  sheet.landscape = sheet.fit_to_width = true;
  book.sheets.push_back(std::move(sheet));
  return book;
}

}  // namespace eduims::planning

#include "audits/report.h"

#include <map>

#include "platform/escape.h"
#include "platform/i18n/dates.h"

namespace eduims::audits {
namespace {

using pdf::Block;

struct Texts {
  const char *report, *scope, *unit, *processes, *clauses, *team, *lead, *members, *dates, *summary, *findings,
      *evidence, *finding, *results, *signatures, *lead_sign, *auditee_sign, *date_line, *none, *raised_nc,
      *raised_improvement, *auditees, *files, *file_count;
};

const Texts kVi{"Báo cáo đánh giá", "Phạm vi", "Đơn vị được đánh giá", "Quá trình", "Điều khoản", "Đoàn đánh giá",
                "Trưởng đoàn", "Thành viên", "Thời gian", "Tóm tắt", "Phát hiện theo điều khoản", "Bằng chứng",
                "Phát hiện", "Tổng hợp kết quả", "Chữ ký", "Trưởng đoàn đánh giá", "Đại diện đơn vị được đánh giá",
                "Ngày: ........................", "(không có)", "đã ghi nhận sự không phù hợp số",
                "đã ghi vào sổ cải tiến, số", "Người được đánh giá", "Tệp minh chứng", "Tệp minh chứng đính kèm"};
const Texts kEn{"Audit report", "Scope", "Audited unit", "Processes", "Clauses", "Audit team", "Lead auditor",
                "Members", "Dates", "Summary", "Findings by clause", "Evidence", "Finding", "Results", "Signatures",
                "Lead auditor", "Auditee representative", "Date: ........................", "(none)",
                "raised as nonconformity no.", "entered in the improvement register, no.", "Auditees",
                "Evidence files", "Evidence files attached"};

std::string ResultLabel(const std::string& result, bool vi) {
  static const std::map<std::string, std::pair<const char*, const char*>> labels{
      {"conforming", {"Phù hợp", "Conforming"}},
      {"major_nonconformity", {"Không phù hợp nặng", "Major nonconformity"}},
      {"minor_nonconformity", {"Không phù hợp nhẹ", "Minor nonconformity"}},
      {"observation", {"Điểm lưu ý", "Observation"}},
      {"opportunity_for_improvement", {"Cơ hội cải tiến", "Opportunity for improvement"}},
      {"not_audited", {"Chưa đánh giá", "Not audited"}}};
  auto it = labels.find(result);
  if (it == labels.end()) return result;
  return vi ? it->second.first : it->second.second;
}

std::string Joined(const std::vector<std::string>& items, const char* none) {
  if (items.empty()) return none;
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

std::string Bold(const std::string& label) { return "<b>" + EscapeXml(label) + "</b> "; }

}  // namespace

std::string ClauseLabel(const ClauseRef& clause) {
  // urn:eduims:std:<standard>:<edition>:clause:<number>
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t colon = clause.urn.find(':'); colon != std::string::npos; colon = clause.urn.find(':', start)) {
    parts.push_back(clause.urn.substr(start, colon - start));
    start = colon + 1;
  }
  parts.push_back(clause.urn.substr(start));
  if (parts.size() < 5) return clause.number;
  std::string standard = parts[3];
  for (char& c : standard) c = char(std::toupper(static_cast<unsigned char>(c)));
  auto dash = standard.find('-');
  if (dash != std::string::npos) standard[dash] = ' ';
  return standard + ":" + parts[4] + " " + clause.number;
}

pdf::PageFrame ReportFrame(const Audit& audit, Language language) {
  bool vi = language == Language::kVietnamese;
  const Texts& t = vi ? kVi : kEn;
  pdf::PageFrame frame;
  frame.header_left = std::string(t.report) + " · " + audit.title;
  frame.header_right = DayText(audit.planned_start, language) + " – " + DayText(audit.planned_end, language);
  frame.footer_left = "EduIMS · " + std::string(vi ? "Mã cuộc đánh giá " : "Audit no. ") + std::to_string(audit.id);
  frame.page_format = vi ? "Trang {page}/{pages}" : "Page {page} of {pages}";
  frame.title = std::string(t.report) + " " + audit.title;
  return frame;
}

std::vector<pdf::Block> ReportBlocks(const Audit& audit, const std::vector<ChecklistLine>& lines,
                                     const ReportNames& names, Language language) {
  bool vi = language == Language::kVietnamese;
  const Texts& t = vi ? kVi : kEn;
  std::vector<Block> b;
  b.push_back({Block::Kind::kTitle, EscapeXml(std::string(t.report) + ": " + audit.title)});
  b.push_back({Block::Kind::kHeading1, EscapeXml(t.scope)});
  b.push_back({Block::Kind::kParagraph, Bold(t.unit) + EscapeXml(names.unit)});
  b.push_back({Block::Kind::kParagraph, Bold(t.processes) + EscapeXml(Joined(names.processes, t.none))});
  std::vector<std::string> clauses;
  for (const auto& c : audit.clauses) clauses.push_back(ClauseLabel(c));
  b.push_back({Block::Kind::kParagraph, Bold(t.clauses) + EscapeXml(Joined(clauses, t.none))});
  b.push_back({Block::Kind::kParagraph, Bold(t.dates) + EscapeXml(DayText(audit.planned_start, language) + " – " +
                                                                   DayText(audit.planned_end, language))});
  b.push_back({Block::Kind::kHeading1, EscapeXml(t.team)});
  b.push_back({Block::Kind::kParagraph, Bold(t.lead) + EscapeXml(names.lead_auditor)});
  b.push_back({Block::Kind::kParagraph, Bold(t.members) + EscapeXml(Joined(names.team, t.none))});
  b.push_back({Block::Kind::kParagraph, Bold(t.auditees) + EscapeXml(Joined(names.auditees, t.none))});
  b.push_back({Block::Kind::kHeading1, EscapeXml(t.summary)});
  b.push_back({Block::Kind::kParagraph, EscapeXml(audit.summary.value_or(t.none))});

  b.push_back({Block::Kind::kHeading1, EscapeXml(t.findings)});
  std::map<std::string, int> counts;
  size_t files = 0;
  for (const auto& line : lines) {
    std::string result = line.result.value_or("not_audited");
    ++counts[result];
    std::vector<std::string> refs;
    for (const auto& c : line.clauses) refs.push_back(ClauseLabel(c));
    b.push_back({Block::Kind::kHeading3, EscapeXml(Joined(refs, t.none) + " — " + ResultLabel(result, vi))});
    if (!line.question.empty()) b.push_back({Block::Kind::kParagraph, "<i>" + EscapeXml(line.question) + "</i>"});
    if (!line.evidence.empty()) b.push_back({Block::Kind::kParagraph, Bold(t.evidence) + EscapeXml(line.evidence)});
    if (!line.files.empty()) {
      // Named with the start of their SHA-256, so a reader can match the printed report to the stored files.
      std::vector<std::string> named;
      for (const auto& f : line.files) named.push_back(f.file_name + " (SHA-256 " + f.sha256.substr(0, 12) + "…)");
      b.push_back({Block::Kind::kParagraph, Bold(t.files) + EscapeXml(Joined(named, t.none))});
      files += line.files.size();
    }
    if (line.finding && !line.finding->empty())
      b.push_back({Block::Kind::kParagraph, Bold(t.finding) + EscapeXml(*line.finding)});
    if (line.nonconformity_id)
      b.push_back({Block::Kind::kParagraph, EscapeXml(std::string("→ ") + t.raised_nc + " " +
                                                      std::to_string(*line.nonconformity_id))});
    if (line.improvement_id)
      b.push_back({Block::Kind::kParagraph, EscapeXml(std::string("→ ") + t.raised_improvement + " " +
                                                      std::to_string(*line.improvement_id))});
  }
  b.push_back({Block::Kind::kHeading1, EscapeXml(t.results)});
  for (const auto& result : LineResults())
    b.push_back({Block::Kind::kListItem, EscapeXml(ResultLabel(result, vi) + ": " + std::to_string(counts[result])), 0,
                 "•"});
  b.push_back({Block::Kind::kParagraph, Bold(std::string(t.file_count) + ":") + std::to_string(files)});
  b.push_back({Block::Kind::kHeading1, EscapeXml(t.signatures)});
  for (const char* who : {t.lead_sign, t.auditee_sign}) {
    b.push_back({Block::Kind::kParagraph, Bold(who)});
    b.push_back({Block::Kind::kParagraph, "\n\n" + EscapeXml(t.date_line)});
    b.push_back({Block::Kind::kRule, ""});
  }
  return b;
}

}  // namespace eduims::audits

#include "readiness/evidence_pack.h"

#include <algorithm>

#include "platform/csv.h"
#include "platform/escape.h"
#include "platform/i18n/dates.h"
#include "platform/i18n/glossary.h"

namespace eduims::readiness {
namespace {

// The pack's words in the reader's language.
struct Words {
  const char* title;
  const char* generated;
  const char* documents;
  const char* records;
  const char* code;
  const char* name;
  const char* type;
  const char* revision;
  const char* effective;
  const char* next_review;
  const char* clauses;
  const char* file;
  const char* category;
  const char* recorded_on;
  const char* retention_months;
  const char* kept_until;
  const char* legal_hold;
  const char* description;
  const char* none;
  const char* reports;
  const char* date;
};

const Words& WordsIn(Language language) {
  static const Words vi{"Hồ sơ bằng chứng",      "Lập lúc",        "Tài liệu đang hiệu lực", "Hồ sơ",
                        "Mã",                    "Tên",            "Loại",                   "Lần ban hành",
                        "Hiệu lực từ",           "Soát xét tiếp",  "Điều khoản",             "Tệp",
                        "Loại hồ sơ",            "Ngày ghi nhận",  "Thời hạn lưu (tháng)",   "Lưu đến",
                        "Tạm giữ pháp lý",       "Mô tả",          "Không có",
                        "Báo cáo",               "Ngày"};
  static const Words en{"Evidence pack",         "Generated",      "Documents in force",     "Records",
                        "Code",                  "Title",          "Type",                   "Revision",
                        "Effective",             "Next review",    "Clauses",                "File",
                        "Category",              "Recorded on",    "Retention (months)",     "Kept until",
                        "Legal hold",            "Description",    "None",
                        "Reports",               "Date"};
  return language == Language::kEnglish ? en : vi;
}

// Letters, digits, '-' and '.' of `text`; anything else becomes '_'.
std::string SafeName(const std::string& text) {
  std::string out;
  for (unsigned char c : text) out += (std::isalnum(c) || c == '-' || c == '.') ? char(c) : '_';
  return out;
}

// The labels of `clause_ids`, then of the clauses equal to them that are not listed already, marked "(=)".
std::string ClauseList(const PackIndex& index, const std::vector<db::Id>& clause_ids) {
  std::string out;
  std::vector<db::Id> named;
  auto add = [&](db::Id id, const char* mark) {
    auto it = index.clause_labels.find(id);
    if (it == index.clause_labels.end() || std::find(named.begin(), named.end(), id) != named.end()) return;
    named.push_back(id);
    out += (out.empty() ? "" : "; ") + it->second + mark;
  };
  for (db::Id id : clause_ids) add(id, "");
  for (db::Id id : clause_ids) {
    auto equal = index.equal_clauses.find(id);
    if (equal == index.equal_clauses.end()) continue;
    for (db::Id other : equal->second) add(other, " (=)");
  }
  return out;
}

std::string Page(Language language, const std::string& title, const std::string& body) {
  return "<!DOCTYPE html>\n<html lang=\"" + std::string(LanguageCode(language)) +
         "\"><head><meta charset=\"utf-8\"><title>" + EscapeXml(title) +
         "</title><style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
         "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;"
         "vertical-align:top}dt{font-weight:bold}</style></head><body>" +
         body + "</body></html>\n";
}

std::string Row(const std::vector<std::string>& escaped_cells, const char* cell = "td") {
  std::string out = "<tr>";
  for (const auto& c : escaped_cells) out += "<" + std::string(cell) + ">" + c + "</" + cell + ">";
  return out + "</tr>";
}

std::string Definitions(const std::vector<std::pair<const char*, std::string>>& items) {
  std::string out = "<dl>";
  for (const auto& [term, value] : items) out += "<dt>" + EscapeXml(term) + "</dt><dd>" + EscapeXml(value) + "</dd>";
  return out + "</dl>";
}

std::string Link(const std::string& entry) { return "<a href=\"" + EscapeXml(entry) + "\">" + EscapeXml(entry) + "</a>"; }

}  // namespace

std::string DocumentEntry(const documents::Document& d) {
  return "documents/" + std::to_string(d.id) + "-" + SafeName(d.code) + ".html";
}

std::string RecordEntry(const records::Record& r) { return "records/" + std::to_string(r.id) + ".html"; }

std::string DocumentPage(const PackIndex& index, const documents::Document& d, const documents::Revision& r,
                         Language language) {
  const Words& w = WordsIn(language);
  std::string header =
      "<p>" + EscapeXml(index.unit.name) + "</p><h1>" + EscapeXml(d.code + " · " + d.title) + "</h1>" +
      Definitions({{w.type, TermWord(language, "document_type", d.type)},
                   {w.revision, std::to_string(r.number)},
                   {w.effective, DayText(r.effective_on.value_or(""), language)},
                   {w.next_review, DayText(d.next_review_on.value_or(""), language)},
                   {w.clauses, ClauseList(index, d.clause_ids)}});
  // The content was rendered from Markdown and made safe when the revision was saved.
  return Page(language, d.code + " " + d.title, "<header>" + header + "</header><main>" + r.content_html + "</main>");
}

std::string RecordPage(const PackIndex& index, const records::Record& r, Language language) {
  const Words& w = WordsIn(language);
  std::string body = "<p>" + EscapeXml(index.unit.name) + "</p><h1>" + EscapeXml(r.title) + "</h1>" +
                     Definitions({{w.category, TermWord(language, "record_category", r.category)},
                                  {w.recorded_on, DayText(r.recorded_on, language)},
                                  {w.retention_months, std::to_string(r.retention_months)},
                                  {w.kept_until, DayText(r.retain_until, language)},
                                  {w.legal_hold, r.legal_hold ? r.legal_hold_reason : w.none},
                                  {w.clauses, ClauseList(index, r.clause_ids)},
                                  {w.description, r.description}});
  return Page(language, r.title, body);
}

std::string IndexHtml(const PackIndex& index, Language language) {
  const Words& w = WordsIn(language);
  std::string body = "<h1>" + EscapeXml(std::string(w.title) + " — " + index.unit.name) + "</h1><p>" +
                     EscapeXml(std::string(w.generated) + ": " +
                               MomentText(index.generated_at, index.time_zone, language)) + "</p>";
  body += "<h2>" + EscapeXml(w.documents) + " (" + std::to_string(index.documents.size()) + ")</h2><table>";
  body += Row({EscapeXml(w.code), EscapeXml(w.name), EscapeXml(w.type), EscapeXml(w.revision),
               EscapeXml(w.effective), EscapeXml(w.clauses), EscapeXml(w.file)},
              "th");
  for (const auto& p : index.documents)
    body += Row({EscapeXml(p.document.code), EscapeXml(p.document.title),
                 EscapeXml(TermWord(language, "document_type", p.document.type)), std::to_string(p.revision),
                 EscapeXml(DayText(p.document.effective_on.value_or(""), language)),
                 EscapeXml(ClauseList(index, p.document.clause_ids)), Link(p.entry)});
  body += "</table><h2>" + EscapeXml(w.records) + " (" + std::to_string(index.records.size()) + ")</h2><table>";
  body += Row({EscapeXml(w.name), EscapeXml(w.category), EscapeXml(w.recorded_on), EscapeXml(w.kept_until),
               EscapeXml(w.clauses), EscapeXml(w.file)},
              "th");
  for (const auto& p : index.records)
    body += Row({EscapeXml(p.record.title), EscapeXml(TermWord(language, "record_category", p.record.category)),
                 EscapeXml(DayText(p.record.recorded_on, language)), EscapeXml(DayText(p.record.retain_until, language)),
                 EscapeXml(ClauseList(index, p.record.clause_ids)), Link(p.entry)});
  body += "</table>";
  if (!index.reports.empty()) {
    body += "<h2>" + EscapeXml(w.reports) + " (" + std::to_string(index.reports.size()) + ")</h2><table>";
    body += Row({EscapeXml(w.name), EscapeXml(w.date), EscapeXml(w.file)}, "th");
    for (const auto& r : index.reports)
      body += Row({EscapeXml(r.title), EscapeXml(DayText(r.date, language)), Link(r.entry)});
    body += "</table>";
  }
  return Page(language, std::string(w.title) + " — " + index.unit.name, body);
}

std::string IndexCsv(const PackIndex& index) {
  std::string out = "\xEF\xBB\xBF";
  out += CsvLine({"kind", "id", "code", "title", "type", "revision", "date", "clauses", "file"});
  for (const auto& p : index.documents)
    out += CsvLine({"document", std::to_string(p.document.id), p.document.code, p.document.title, p.document.type,
                    std::to_string(p.revision), p.document.effective_on.value_or(""),
                    ClauseList(index, p.document.clause_ids), p.entry});
  for (const auto& p : index.records)
    out += CsvLine({"record", std::to_string(p.record.id), "", p.record.title, p.record.category, "",
                    p.record.recorded_on, ClauseList(index, p.record.clause_ids), p.entry});
  for (const auto& r : index.reports) out += CsvLine({r.kind, "", "", r.title, "", "", r.date, "", r.entry});
  return out;
}

}  // namespace eduims::readiness

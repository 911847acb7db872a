// The pages of the evidence pack a certification body receives: one HTML page per document (its published revision,
// rendered) and per record (what it records and how long it is kept), and the index of both as HTML and as CSV.
// Plain text production, no I/O; the service lists what goes in and writes the archive.
#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "documents/model.h"
#include "org/model.h"
#include "platform/i18n/language.h"
#include "records/model.h"

namespace eduims::readiness {

struct PackedDocument {
  documents::Document document;
  int revision = 0;  // the published revision's number, once read
  std::string entry;  // its page in the archive
};

struct PackedRecord {
  records::Record record;
  std::string entry;
};

// A report a module adds to the pack (a survey's results): its file, what it is and the date it reports on.
struct PackedReport {
  std::string entry;  // "surveys/12-results.pdf"
  std::string kind;   // "survey_results"
  std::string title;
  std::string date;
  std::function<std::string()> produce;  // its bytes, produced when the archive is written
};

struct PackIndex {
  org::Unit unit;
  std::string generated_at;  // UTC timestamp
  std::string time_zone = "Asia/Ho_Chi_Minh";  // the reader's clock, on which the pages show it
  std::vector<PackedDocument> documents;
  std::vector<PackedRecord> records;
  std::vector<PackedReport> reports;
  std::map<db::Id, std::string> clause_labels;  // clause id -> "ISO 21001:2018 7.1.2"
  // The clauses "equal" to each clause (standards::EqualClausesOf): a page names them too, so a document linked to
  // ISO 21001 7.5.3 shows the accreditation criterion it is also evidence of.
  std::map<db::Id, std::vector<db::Id>> equal_clauses;
};

// "documents/12-QT-07.html", "records/5.html": names that are unique and safe in any file system.
std::string DocumentEntry(const documents::Document& document);
std::string RecordEntry(const records::Record& record);

std::string DocumentPage(const PackIndex& index, const documents::Document& document,
                         const documents::Revision& revision, Language language);
std::string RecordPage(const PackIndex& index, const records::Record& record, Language language);
std::string IndexHtml(const PackIndex& index, Language language);
// RFC 4180, with a byte order mark so spreadsheet programs read it as UTF-8.
std::string IndexCsv(const PackIndex& index);

}  // namespace eduims::readiness

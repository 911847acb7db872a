#include "readiness/service.h"

#include <algorithm>
#include <set>

#include "platform/clock.h"
#include "platform/problem.h"
#include "platform/validation.h"
#include "platform/zip/zip_writer.h"
#include "readiness/evidence_pack.h"
#include "readiness/store.h"

namespace eduims::readiness {
namespace {

using auth::Permission;

// Bounds on one evidence pack, so a request for the whole organisation cannot run for ever.
constexpr size_t kMostPackedDocuments = 5000;
constexpr size_t kMostPackedRecords = 20000;
constexpr int kPage = 200;

std::string Json(const SelfAssessment& a) { return boost::json::serialize(ToJson(a)); }

// Each clause of a standard and the clauses "equal" to it, in both directions.
standards::EqualClauses EqualClauses(db::Database& db, db::Id standard_id) {
  return standards::EqualClausesOf(standards::ListCorrespondences(db, standard_id, std::nullopt));
}

bool IsRequirementClause(const std::vector<standards::Clause>& tree, db::Id clause_id) {
  ReportInputs shape;
  shape.clauses = tree;
  auto rows = BuildReport(shape).clauses;
  return std::any_of(rows.begin(), rows.end(), [&](const ClauseRow& r) { return r.clause.id == clause_id; });
}

std::string StandardLabel(const standards::Standard& s) {
  std::string code = s.code;
  for (char& c : code) c = c == '-' ? ' ' : char(std::toupper(static_cast<unsigned char>(c)));
  return code + ":" + s.edition;
}

// Pages through a service's list until it runs dry or passes `most` (then the Problem).
template <class Item, class Filter, class ListFn>
std::vector<Item> All(Filter filter, size_t most, ListFn list) {
  std::vector<Item> out;
  filter.limit = kPage;
  while (true) {
    auto page = list(filter);
    out.insert(out.end(), page.begin(), page.end());
    if (out.size() > most)
      Fail(Problem::Make(422, "readiness.evidence_pack_too_large").With("max", std::to_string(most)));
    if (int(page.size()) < kPage) return out;
    filter.after = page.back().id;
  }
}

}  // namespace

org::Unit ReadinessService::ReadableUnit(const auth::Principal& who, db::Id unit_id) {
  org::Unit unit = org_.GetUnit(&who, unit_id);
  if (!who.Can(Permission::kViewDocuments, unit.path)) FailNotFound("unit");
  return unit;
}

ReadinessView ReadinessService::Readiness(const auth::Principal& who, db::Id standard_id, db::Id unit_id) {
  auto standard = standards::GetStandard(db_, standard_id);
  if (!standard) FailNotFound("standard");
  ReadinessView view{*standard, ReadableUnit(who, unit_id), FormatDate(TodayInVietnam()), {}};
  ReportInputs in;
  in.clauses = standards::ListClauses(db_, standard_id);
  in.evidence = ReadEvidence(documents_.Evidence(who, standard_id, unit_id));
  db_.Read([&](soci::session& s) { in.assessments = store::OfUnit(s, unit_id); });
  in.nonconformities = nonconformities_.OpenOnClauses(who, unit_id);
  in.equal = EqualClauses(db_, standard_id);
  if (exclusions_) in.excluded = exclusions_(unit_id);
  if (!standard->imported)
    for (const RegisterSource& source : registers_)
      for (RegisterEvidence& r : source(who, view.unit))
        if (r.standard.empty() || r.standard == standard->code) in.registers.push_back(std::move(r));
  view.report = BuildReport(in);
  return view;
}

SelfAssessment ReadinessService::Assess(const auth::Principal& who, db::Id unit_id, db::Id clause_id,
                                        const AssessmentInput& input, const audit::Actor& actor) {
  auto status = ParseAssessment(input.status);
  if (!status) Fail(422, "validation.invalid_value", "status");
  CheckText("comment", input.comment, 2000, false);
  org::Unit unit = org_.GetUnit(&who, unit_id);
  if (!who.Can(Permission::kAssessReadiness, unit.path)) Fail(403, "auth.forbidden");
  if (unit.archived_at) Fail(409, "conflict.archived");
  auto clause = standards::GetClause(db_, clause_id);
  if (!clause) FailNotFound("clause");
  if (!IsRequirementClause(standards::ListClauses(db_, clause->standard_id), clause_id))
    Fail(422, "readiness.not_a_requirement_clause", "clause_id");
  auto equal = EqualClauses(db_, clause->standard_id)[clause_id];
  std::set<db::Id> shared(equal.begin(), equal.end());
  shared.insert(clause_id);

  SelfAssessment after;
  db_.Write([&](soci::session& s) {
    std::optional<SelfAssessment> before;
    for (auto& a : store::OfUnit(s, unit_id))
      if (shared.count(a.clause_id) && (!before || a.assessed_at > before->assessed_at)) before = a;
    if (before ? input.version != before->version : input.version.has_value())
      FailStale(before ? before->version : 0);
    after = before.value_or(SelfAssessment{});
    after.unit_id = unit_id;
    if (!before) after.clause_id = clause_id;
    after.status = *status;
    after.comment = input.comment;
    after.assessed_by = who.user_id;
    after.assessed_by_name = who.full_name;
    after.assessed_at = NowTimestamp();
    if (before) {
      if (!store::Update(s, after, before->version)) FailStale(before->version);
      after.version = before->version + 1;
    } else {
      store::Insert(s, after, after.assessed_at);
    }
    audit::Append(db_, s, actor,
                  {"readiness_assessment", std::to_string(after.id), before ? "update" : "create",
                   before ? std::optional<std::string>(Json(*before)) : std::nullopt, Json(after), unit.path});
  });
  return after;
}

SpoolFile ReadinessService::EvidencePack(const auth::Principal& who, db::Id unit_id, Language language) {
  auto index = std::make_shared<PackIndex>();
  index->unit = ReadableUnit(who, unit_id);
  index->generated_at = NowTimestamp();
  index->time_zone = who.time_zone;
  for (const auto& standard : standards::ListStandards(db_))
    for (const auto& clause : standards::ListClauses(db_, standard.id))
      index->clause_labels[clause.id] = StandardLabel(standard) + " " + clause.number;
  index->equal_clauses = standards::EqualClausesOf(standards::ListCorrespondences(db_, std::nullopt, std::nullopt));
  documents::DocumentFilter documents;
  documents.within = unit_id;
  documents.status = "published";
  for (auto& d : All<documents::Document>(documents, kMostPackedDocuments,
                                          [&](const auto& f) { return documents_.List(who, f); }))
    if (d.current_revision_id) index->documents.push_back({d, 0, DocumentEntry(d)});
  records::RecordFilter records;
  records.within = unit_id;
  for (auto& r : All<records::Record>(records, kMostPackedRecords,
                                      [&](const auto& f) { return records_.List(who, f); }))
    index->records.push_back({r, RecordEntry(r)});
  for (const ReportSource& source : reports_)
    for (PackedReport& report : source(who, index->unit, language)) index->reports.push_back(std::move(report));

  ZipWriter zip;
  for (size_t i = 0; i < index->documents.size(); ++i)
    zip.AddProduced(index->documents[i].entry, [this, &who, index, i, language] {
      PackedDocument& packed = index->documents[i];
      auto revision = documents_.GetRevision(who, packed.document.id, *packed.document.current_revision_id);
      packed.revision = revision.number;
      return DocumentPage(*index, packed.document, revision, language);
    });
  for (size_t i = 0; i < index->records.size(); ++i)
    zip.AddProduced(index->records[i].entry,
                    [index, i, language] { return RecordPage(*index, index->records[i].record, language); });
  for (size_t i = 0; i < index->reports.size(); ++i)
    zip.AddProduced(index->reports[i].entry, [index, i] { return index->reports[i].produce(); });
  // The index goes last: it names each document's revision, learnt as the documents are read.
  zip.AddProduced("index.html", [index, language] { return IndexHtml(*index, language); });
  zip.AddProduced("index.csv", [index] { return IndexCsv(*index); });
  return zip.Finish();
}

}  // namespace eduims::readiness

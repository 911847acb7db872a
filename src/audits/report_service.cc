// AuditService: the audit report as a PDF, and filed as a record of the audited unit.
#include "audits/report.h"
#include "audits/service.h"
#include "audits/store.h"
#include "attachments/model.h"
#include "platform/auth/authority.h"
#include "platform/clock.h"
#include "platform/problem.h"
#include "platform/spool_file.h"

namespace eduims::audits {

std::shared_ptr<http::SpoolPath> AuditService::RenderReport(const auth::Principal& who, db::Id id,
                                                              Language language, Audit* out) {
  Audit audit;
  std::vector<ChecklistLine> lines;
  ReportNames names;
  db_.Read([&](soci::session& s) {
    audit = Visible(s, who, id).first;
    if (audit.status != AuditStatus::kReported && audit.status != AuditStatus::kClosed)
      Fail(Problem::Make(409, "audits.not_reported")
               .With("entity", "audit")
               .With("status", AuditStatusName(audit.status)));
    lines = Lines(s, id);
    for (db::Id process_id : audit.process_ids) {
      auto [process, path] = processes_.VisibleIn(s, who, process_id, "process_ids");
      names.processes.push_back(process.code + " — " + process.name);
    }
  });
  names.unit = org_.GetUnit(nullptr, audit.unit_id).name;
  names.lead_auditor = org_.GetUser(nullptr, audit.lead_auditor_id).full_name;
  for (db::Id member : audit.team_ids) names.team.push_back(org_.GetUser(nullptr, member).full_name);
  for (db::Id auditee : audit.auditee_ids) names.auditees.push_back(org_.GetUser(nullptr, auditee).full_name);
  auto spool = http::NewSpoolPath("report-");
  pdf::RenderPdf(ReportBlocks(audit, lines, names, language), ReportFrame(audit, language), spool->path());
  if (out) *out = audit;
  return spool;
}

http::Response AuditService::ReportPdf(const auth::Principal& who, db::Id id, Language language) {
  http::Response r;
  r.content_type = "application/pdf";
  r.file = std::make_shared<const SpoolFile>(SpoolFile::Adopt(RenderReport(who, id, language, nullptr)->path()));
  r.headers.emplace_back("Content-Disposition",
                         attachments::ContentDisposition("audit-report-" + std::to_string(id) + ".pdf"));
  r.headers.emplace_back("Cache-Control", "private, no-store");
  return r;
}

records::Record AuditService::FileReport(const auth::Principal& who, db::Id id, Language language,
                                         const audit::Actor& actor) {
  db_.Read([&](soci::session& s) {
    auto [audit, path] = Visible(s, who, id);
    // An audit manager files it, or its lead auditor while they may conduct audits there.
    if (!who.Can(auth::Permission::kManageAudits, path)) {
      bool lead = audit.lead_auditor_id == who.user_id;
      auth::Require(who, auth::Permission::kConductAudits, path, lead);
      if (!lead) Fail(403, "auth.forbidden");
    }
  });
  Audit audit;
  auto pdf = RenderReport(who, id, language, &audit);
  records::RecordInput input;
  input.unit_id = audit.unit_id;
  bool vi = language == Language::kVietnamese;
  input.title = std::string(vi ? "Báo cáo đánh giá: " : "Audit report: ") + audit.title;
  input.category = "audit_report";
  input.description = audit.summary.value_or("");
  input.recorded_on = FormatDate(TodayInVietnam());
  for (const auto& clause : audit.clauses) input.clause_ids.push_back(clause.id);
  return records_.CreateOnBehalf(who, input, std::move(pdf), "audit-report-" + std::to_string(id) + ".pdf", actor);
}

}  // namespace eduims::audits

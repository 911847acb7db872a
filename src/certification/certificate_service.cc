#include "certification/certificate_service.h"

#include <algorithm>
#include <map>
#include <set>

#include "certification/store.h"
#include "org/model.h"
#include "platform/clock.h"
#include "platform/db/query.h"
#include "platform/problem.h"
#include "platform/validation.h"
#include "standards/catalogue.h"

namespace eduims::certification {
namespace {

using auth::Permission;

std::string Fields(const Certificate& c) { return boost::json::serialize(RegisterFields(c)); }

std::set<db::Id> SiteIds(const std::vector<CertificateSite>& sites) {
  std::set<db::Id> out;
  for (const auto& s : sites) out.insert(s.unit_id);
  return out;
}

std::set<std::string> Editions(const std::vector<StandardRef>& standards) {
  std::set<std::string> out;
  for (const auto& s : standards) out.insert(s.code + ":" + s.edition);
  return out;
}

std::vector<std::string> Codes(const std::vector<StandardRef>& standards) {
  std::vector<std::string> out;
  for (const auto& s : standards) out.push_back(s.code);
  return out;
}

// What a register counts as held: an active or suspended certificate, not expired.
bool IsLive(CertificateStatus status) {
  return status == CertificateStatus::kActive || status == CertificateStatus::kSuspended;
}

template <class Set>
bool Includes(const Set& outer, const Set& inner) {
  return std::includes(outer.begin(), outer.end(), inner.begin(), inner.end());
}

// Extension adds sites or standards and removes none; reduction the reverse; either may reword the scope.
void ApplyScopeChange(const ChangeInput& in, const std::optional<std::vector<CertificateSite>>& sites,
                      const std::optional<std::vector<StandardRef>>& standards, Certificate& c) {
  bool extend = in.kind == "extend_scope";
  const char* refusal = extend ? "certification.not_an_extension" : "certification.not_a_reduction";
  bool changed = false;
  if (sites) {
    auto before = SiteIds(c.sites), after = SiteIds(*sites);
    if (after.empty()) Fail(422, "validation.missing_field", "site_ids");
    if (extend ? !Includes(after, before) : !Includes(before, after)) Fail(422, refusal, "site_ids");
    changed = changed || before != after;
    c.sites = *sites;
  }
  if (standards) {
    auto before = Editions(c.standards), after = Editions(*standards);
    if (extend ? !Includes(after, before) : !Includes(before, after)) Fail(422, refusal, "standard_ids");
    changed = changed || before != after;
    c.standards = *standards;
  }
  for (auto [field, text] : {std::pair{&in.scope_vi, &c.scope_vi}, {&in.scope_en, &c.scope_en}}) {
    if (!*field) continue;
    changed = changed || **field != *text;
    *text = **field;
  }
  if (!changed) Fail(422, "certification.scope_unchanged", "kind");
}

// The same standards, each in the same or a later edition, one of them later.
void ApplyTransition(const std::vector<StandardRef>& standards, Certificate& c) {
  std::map<std::string, std::string> before;
  for (const auto& s : c.standards) before[s.code] = s.edition;
  bool newer = false;
  for (const auto& s : standards) {
    auto old = before.find(s.code);
    if (old == before.end() || s.edition < old->second) Fail(422, "certification.not_newer_edition", "standard_ids");
    newer = newer || s.edition > old->second;
  }
  if (!newer || standards.size() != before.size()) Fail(422, "certification.not_newer_edition", "standard_ids");
  c.standards = standards;
}

}  // namespace

// The project is the certification of what its certificate covers: once a certificate is moved to a new edition
// (or its standards extended or reduced), the project's surveillance and recertification audits are to those
// standards too. A project holding a certificate cannot change its standards itself, so the change brings it along.
void CertificateService::FollowStandards(soci::session& s, const Certificate& c, const audit::Actor& actor) {
  auto [before, project_path] = *store::FindProject(s, c.project_id);
  Project after = before;
  after.standards = c.standards;
  after.updated_at = c.updated_at;
  if (!store::UpdateProject(s, after, before.version)) FailStale(before.version);
  after.version = before.version + 1;
  audit::Append(db_, s, actor,
                {"certification_project", std::to_string(after.id), "update",
                 boost::json::serialize(ToJson(before)), boost::json::serialize(ToJson(after)), project_path});
}

std::vector<CertificateSite> CertificateService::Sites(const auth::Principal& who, const std::string& unit_path,
                                                       const std::vector<db::Id>& ids) {
  std::vector<CertificateSite> out;
  for (db::Id id : DistinctSites(ids)) {
    org::Unit unit = SiteUnit(org_, who, id, unit_path);
    out.push_back({unit.id, unit.name, unit.address});
  }
  return out;
}

std::vector<Certificate> CertificateService::List(const auth::Principal& who, const CertificateFilter& f) {
  store::CertificateQuery q;
  q.scope = who.Scope(Permission::kViewCertification);
  q.unit_id = f.unit_id;
  q.project_id = f.project_id;
  q.after = f.after;
  q.limit = f.limit;
  std::vector<Certificate> out;
  db_.Read([&](soci::session& s) { out = store::ListCertificates(s, q); });
  return out;
}

CertificateDetail CertificateService::Get(const auth::Principal& who, db::Id id) {
  auto catalogue = standards::ListStandards(db_);
  std::string today = Today();
  CertificateDetail out;
  db_.Read([&](soci::session& s) {
    auto found = store::FindCertificate(s, id);
    if (!found || !who.Can(Permission::kViewCertification, found->second)) FailNotFound("certificate");
    out.certificate = found->first;
    out.history = store::ListChanges(s, id);
    if (out.certificate.status == CertificateStatus::kWithdrawn) return;
    std::map<db::Id, std::string> justifications;
    auto audits = store::ListAudits(s, out.certificate.project_id);
    for (const Audit& a : audits)
      if (a.window_justification) justifications[a.id] = *a.window_justification;
    out.due = DueItems(CycleOf(out.certificate), AuditFacts(audits), justifications,
                       NewerEditions(out.certificate.standards, catalogue), ParseDay(today));
  });
  return out;
}

Certificate CertificateService::Issue(const auth::Principal& who, const IssueInput& in, const audit::Actor& actor) {
  if (!ValidCertificateNumber(in.number)) Fail(422, "validation.invalid_value", "number");
  CheckText("scope_vi", in.scope_vi, 2000, true);
  CheckText("scope_en", in.scope_en, 2000, true);
  if (in.entity_name) CheckText("entity_name", *in.entity_name, 300, true);
  if (in.entity_address) CheckText("entity_address", *in.entity_address, 500, false);
  if (in.region) CheckText("region", *in.region, 100, false);
  std::string today = Today();
  if (in.issue_date > today) Fail(Problem::Make(422, "validation.date_too_late", "issue_date").With("latest", today));
  std::string original = in.original_issue_date.value_or(in.issue_date);
  if (original > in.issue_date)
    Fail(Problem::Make(422, "validation.date_too_late", "original_issue_date").With("latest", in.issue_date));
  Project project;
  std::string path;
  db_.Read([&](soci::session& s) {
    std::tie(project, path) = VisibleProject(s, who, in.project_id);
    RequireCoordinator(who, path);
  });
  std::vector<db::Id> site_ids = in.site_ids.empty() ? project.site_ids : in.site_ids;
  for (db::Id site : site_ids)
    if (!std::count(project.site_ids.begin(), project.site_ids.end(), site))
      Fail(422, "validation.invalid_value", "site_ids");
  org::Unit unit = org_.GetUnit(&who, project.unit_id);
  Certificate c;
  c.project_id = project.id;
  c.unit_id = unit.id;
  c.number = in.number;
  c.entity_name = in.entity_name.value_or(unit.name);
  c.entity_address = in.entity_address.value_or(unit.address);
  c.organisation_type = unit.type;
  c.region = in.region.value_or(unit.region);
  c.scope_vi = in.scope_vi;
  c.scope_en = in.scope_en;
  c.sites = Sites(who, path, site_ids);
  c.original_issue_date = original;
  c.issue_date = c.cycle_start = in.issue_date;
  c.expiry_date = FormatDate(ComputeCycle(ParseDay(in.issue_date)).expiry);
  c.created_by = who.user_id;
  c.created_at = c.updated_at = NowTimestamp();
  // Two servers issuing one number at once both pass NumberTaken, and the unique index stops the second with an
  // error in the engine's words; once that transaction is rolled back, the register says which it was.
  auto duplicate_number = [&] {
    bool taken = false;
    db_.Read([&](soci::session& s) { taken = store::NumberTaken(s, c.number); });
    return taken;
  };
  try {
    db_.Write([&](soci::session& s) {
      auto [current, current_path] = VisibleProject(s, who, in.project_id);
      if (current.step != ProjectStep::kCertificateIssue)
        Fail(Problem::Make(409, "certification.wrong_step", "project_id").With("step", StepName(current.step)));
      ProjectContext context = LoadContext(s, nonconformities_, current);
      if (context.certificate) Fail(409, "certification.certificate_exists", "project_id");
      if (auto problem = InitialAuditsProblem(context.facts.audits, context.facts.stage2_repeat_after)) Fail(*problem);
      if (auto problem = OpenFindingsProblem(context.facts.findings)) Fail(*problem);
      std::string stage2_end = FormatDate(DecisiveStage2(context.facts.audits, context.facts.stage2_repeat_after)->end);
      if (c.issue_date < stage2_end)
        Fail(Problem::Make(422, "validation.date_too_early", "issue_date").With("earliest", stage2_end));
      // Once the project itself is ready, what the register already holds: the unit's other live certificates.
      store::LockUnit(db_, s, current.unit_id);
      if (auto problem = StandardHeldProblem(0, Codes(current.standards),
                                             store::LiveStandardsOf(s, current.unit_id, today), "project_id"))
        Fail(*problem);
      if (store::NumberTaken(s, c.number)) Fail(409, "conflict.duplicate", "number");
      c.standards = current.standards;
      c.body = current.body;
      c.cycle = current.cycle;
      store::InsertCertificate(s, c);
      CertificateChange issued{0, "issue", "", c.issue_date, "{}", Fields(c), who.user_id, c.created_at};
      store::InsertChange(s, c.id, issued);
      audit::Append(db_, s, actor,
                    {"certificate", std::to_string(c.id), "create", std::nullopt,
                     boost::json::serialize(ToJson(c, today)), current_path});
    });
  } catch (const ProblemError&) {
    throw;
  } catch (const std::exception&) {
    if (duplicate_number()) Fail(409, "conflict.duplicate", "number");
    throw;
  }
  return c;
}

Certificate CertificateService::Change(const auth::Principal& who, db::Id id, const ChangeInput& input,
                                       const audit::Actor& actor) {
  ChangeInput in = input;
  if (Blank(in.reason)) in.reason.reset();
  if (in.reason) CheckText("reason", *in.reason, 2000, true);
  if (in.scope_vi) CheckText("scope_vi", *in.scope_vi, 2000, true);
  if (in.scope_en) CheckText("scope_en", *in.scope_en, 2000, true);
  if (in.entity_name) CheckText("entity_name", *in.entity_name, 300, true);
  if (in.entity_address) CheckText("entity_address", *in.entity_address, 500, false);
  if (in.region) CheckText("region", *in.region, 100, false);
  if (in.organisation_type &&
      std::find(org::UnitTypes().begin(), org::UnitTypes().end(), *in.organisation_type) == org::UnitTypes().end())
    Fail(422, "validation.invalid_value", "organisation_type");
  std::string today = Today();
  std::string path;
  db_.Read([&](soci::session& s) {
    auto found = store::FindCertificate(s, id);
    if (!found || !who.Can(Permission::kViewCertification, found->second)) FailNotFound("certificate");
    path = found->second;
  });
  RequireCoordinator(who, path);
  std::optional<std::vector<CertificateSite>> sites;
  if (in.site_ids) sites = Sites(who, path, *in.site_ids);
  std::optional<std::vector<StandardRef>> standards;
  if (in.standard_ids) standards = CatalogueStandards(db_, *in.standard_ids);
  Certificate after;
  db_.Write([&](soci::session& s) {
    auto found = store::FindCertificate(s, id);
    if (!found) FailNotFound("certificate");
    const Certificate& before = found->first;
    if (before.version != in.version) FailStale(before.version);
    std::set<std::string> given;
    for (auto [name, present] : {std::pair{"reason", in.reason.has_value()},
                                 {"effective_on", in.effective_on.has_value()},
                                 {"issue_date", in.issue_date.has_value()},
                                 {"scope_vi", in.scope_vi.has_value()},
                                 {"scope_en", in.scope_en.has_value()},
                                 {"entity_name", in.entity_name.has_value()},
                                 {"entity_address", in.entity_address.has_value()},
                                 {"organisation_type", in.organisation_type.has_value()},
                                 {"region", in.region.has_value()},
                                 {"site_ids", in.site_ids.has_value()},
                                 {"standard_ids", in.standard_ids.has_value()}})
      if (present) given.insert(name);
    auto found_rule = CheckTable(CertificateChanges(), "certificate", in.kind, StatusOn(before, today),
                                 ActorsOf(who, path), given, CertificateStatusName, ActorsText);
    if (auto* problem = std::get_if<Problem>(&found_rule)) Fail(*problem);
    after = before;
    after.status = std::get<const CertificateChangeRule*>(found_rule)->to;
    auto history = store::ListChanges(s, id);
    std::string effective = in.effective_on.value_or(today);
    if (in.kind == "renew") {
      auto [project, project_path] = *store::FindProject(s, before.project_id);
      if (project.step != ProjectStep::kRecertification)
        Fail(Problem::Make(409, "certification.wrong_step", "kind").With("step", StepName(project.step)));
      ProjectContext context = LoadContext(s, nonconformities_, project);
      std::string decided = *in.issue_date;
      if (decided > today) Fail(Problem::Make(422, "validation.date_too_late", "issue_date").With("latest", today));
      if (decided <= before.issue_date)
        Fail(Problem::Make(422, "validation.date_too_early", "issue_date").With("earliest", before.issue_date));
      bool audited = std::any_of(context.audits.begin(), context.audits.end(), [&](const Audit& a) {
        return a.type == "recertification" && a.status == AuditStatus::kCompleted && a.end_date > before.issue_date &&
               a.end_date <= decided;
      });
      if (!audited) Fail(409, "certification.recertification_audit_missing", "issue_date");
      if (auto problem = OpenFindingsProblem(context.facts.findings)) Fail(*problem);
      // Decided before expiry, the new cycle follows on from the old one; after it, it counts from the decision.
      Cycle current = CycleOf(before);
      Date decided_on = ParseDay(decided);
      Cycle next = NextCycle(current, decided_on);
      bool before_expiry = decided <= before.expiry_date;
      after.issue_date = decided;
      after.cycle_start = FormatDate(before_expiry ? AddDays(current.expiry, 1) : decided_on);
      after.expiry_date = FormatDate(next.expiry);
      after.cycle = before.cycle + 1;
      effective = decided;
    } else if (in.kind == "extend_scope" || in.kind == "reduce_scope") {
      ApplyScopeChange(in, sites, standards, after);
    } else if (in.kind == "transition_edition") {
      ApplyTransition(*standards, after);
      // A certificate is moved to a new edition on the evidence of a transition audit (IAF's transition rules);
      // the due dates count such an audit of the cycle as the transition done, so the move asks for the same.
      auto [project, project_path] = *store::FindProject(s, before.project_id);
      ProjectContext context = LoadContext(s, nonconformities_, project);
      bool audited = std::any_of(context.audits.begin(), context.audits.end(), [&](const Audit& a) {
        return a.type == "transition" && a.status == AuditStatus::kCompleted && a.end_date >= before.cycle_start &&
               a.end_date <= effective;
      });
      if (!audited) Fail(409, "certification.transition_audit_missing", "kind");
      if (auto problem = OpenFindingsProblem(context.facts.findings)) Fail(*problem);
    } else if (in.kind == "amend") {
      if (in.entity_name) after.entity_name = *in.entity_name;
      if (in.entity_address) after.entity_address = *in.entity_address;
      if (in.organisation_type) after.organisation_type = *in.organisation_type;
      if (in.region) after.region = *in.region;
    }
    // A change by which the certificate comes to hold a standard live (an extension by a standard, an expired one
    // renewed) must not give its unit a second live certificate for it. Only what it newly holds is looked at, so
    // two certificates recorded before the rule still take their other changes (a suspension, a withdrawal).
    std::vector<std::string> newly_held;
    if (IsLive(StatusOn(after, today))) newly_held = Codes(after.standards);
    if (IsLive(StatusOn(before, today))) {
      auto held_before = Codes(before.standards);
      std::erase_if(newly_held, [&](const std::string& code) {
        return std::count(held_before.begin(), held_before.end(), code) > 0;
      });
    }
    if (!newly_held.empty()) {
      store::LockUnit(db_, s, after.unit_id);
      if (auto problem = StandardHeldProblem(id, newly_held, store::LiveStandardsOf(s, after.unit_id, today),
                                             in.standard_ids ? "standard_ids" : "kind"))
        Fail(*problem);
    }
    if (effective > today) Fail(Problem::Make(422, "validation.date_too_late", "effective_on").With("latest", today));
    std::string earliest = history.empty() ? before.issue_date : history.back().effective_on;
    if (effective < earliest)
      Fail(Problem::Make(422, "validation.date_too_early", "effective_on").With("earliest", earliest));
    after.updated_at = NowTimestamp();
    if (!store::UpdateCertificate(s, after, in.version)) FailStale(before.version);
    after.version = before.version + 1;
    CertificateChange change{0,           in.kind,         *in.reason, effective, Fields(before), Fields(after),
                             who.user_id, after.updated_at};
    store::InsertChange(s, id, change);
    boost::json::object after_json = ToJson(after, today);
    after_json["change"] = ToJson(change);
    audit::Append(db_, s, actor,
                  {"certificate", std::to_string(id), "change:" + in.kind,
                   boost::json::serialize(ToJson(before, today)), boost::json::serialize(after_json), path});
    if (Editions(after.standards) != Editions(before.standards)) FollowStandards(s, after, actor);
  });
  return after;
}

std::vector<DueEntry> CertificateService::Due(const auth::Principal& who, int within_days,
                                              std::optional<db::Id> within) {
  return DueOn(who, within_days, within, ParseDay(Today()));
}

std::vector<DueEntry> CertificateService::DueOn(const auth::Principal& who, int within_days,
                                                std::optional<db::Id> within, Date today) {
  auto catalogue = standards::ListStandards(db_);
  std::optional<std::string> within_path;
  if (within) within_path = org_.GetUnit(&who, *within).path;
  std::vector<DueEntry> out;
  db_.Read([&](soci::session& s) {
    store::CertificateQuery q;
    q.scope = db::ScopeWithin(who.Scope(Permission::kViewCertification), within_path);
    q.limit = 500;
    std::map<db::Id, std::vector<Audit>> audits_of;  // by project
    for (;;) {
      auto page = store::ListCertificates(s, q);
      for (const Certificate& c : page) {
        if (c.status == CertificateStatus::kWithdrawn) continue;
        auto audits = audits_of.find(c.project_id);
        if (audits == audits_of.end())
          audits = audits_of.emplace(c.project_id, store::ListAudits(s, c.project_id)).first;
        std::map<db::Id, std::string> justifications;
        for (const Audit& a : audits->second)
          if (a.window_justification) justifications[a.id] = *a.window_justification;
        for (const DueItem& item : DueItems(CycleOf(c), AuditFacts(audits->second), justifications,
                                            NewerEditions(c.standards, catalogue), today))
          if (DueWithin(item, within_days)) out.push_back({c, item});
      }
      if (int(page.size()) < q.limit) break;
      q.after = page.back().id;
    }
  });
  std::stable_sort(out.begin(), out.end(), [](const DueEntry& a, const DueEntry& b) {
    return std::chrono::sys_days{a.item.window.latest} < std::chrono::sys_days{b.item.window.latest};
  });
  return out;
}

std::optional<Certificate> CertificateService::FindPublic(const std::string& number) {
  if (!ValidCertificateNumber(number)) return std::nullopt;
  std::optional<Certificate> out;
  db_.Read([&](soci::session& s) { out = store::FindCertificateByNumber(s, number); });
  return out;
}

boost::json::object CertificateService::Statistics() {
  std::string today = Today();
  boost::json::object out;
  db_.Read([&](soci::session& s) { out = RegisterStatistics(store::ValidCertificateStandards(s, today)); });
  out["as_of"] = today;
  return out;
}

}  // namespace eduims::certification

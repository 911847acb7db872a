#include "planning/party_service.h"

#include <algorithm>

#include "planning/context_rules.h"
#include "planning/party_store.h"
#include "platform/clock.h"
#include "platform/problem.h"
#include "platform/validation.h"

namespace eduims::planning {
namespace {

using auth::Permission;

template <class Record>
std::string Json(const Record& r) {
  return boost::json::serialize(ToJson(r));
}

void CheckParty(const InterestedParty& p) {
  CheckText("name", p.name, 200, true);
  CheckText("needs", p.needs, 5000, false);
  CheckText("relevance_reason", p.relevance_reason, 2000, false);
  // ISO 21001 4.2 leaves no choice for learners, other beneficiaries and staff.
  if (p.mandatory && !p.relevant) Fail(422, "planning.mandatory_party", "relevant");
  if (!p.relevant && p.relevance_reason.empty()) Fail(422, "validation.missing_field", "relevance_reason");
}

void CheckRequirement(const PartyRequirement& r) {
  CheckText("text", r.text, 2000, true);
  CheckText("obligation_reference", r.obligation_reference, 300, false);
  CheckText("monitoring_note", r.monitoring_note, 2000, false);
  CheckEnum(MonitoringMethods(), r.monitoring, "monitoring");
  if (r.compliance_obligation && r.obligation_reference.empty())
    Fail(422, "planning.reference_required", "obligation_reference");
}

}  // namespace

std::vector<PartyClass> PartyService::Classes() {
  std::vector<PartyClass> out;
  db_.Read([&](soci::session& s) { out = party_store::Classes(s); });
  return out;
}

std::pair<InterestedParty, std::string> PartyService::Visible(soci::session& s, const auth::Principal& who,
                                                               db::Id id) {
  auto found = party_store::Find(s, id);
  if (!found || !who.Can(Permission::kViewPlanning, found->second)) FailNotFound("interested_party");
  return *found;
}

std::pair<InterestedParty, std::string> PartyService::Writable(soci::session& s, const auth::Principal& who,
                                                                db::Id id) {
  auto found = Visible(s, who, id);
  if (!who.Can(Permission::kManagePlanning, found.second)) Fail(403, "auth.forbidden");
  if (found.first.archived_at) Fail(409, "conflict.archived");
  return found;
}

InterestedParty PartyService::Get(const auth::Principal& who, db::Id id) {
  InterestedParty out;
  db_.Read([&](soci::session& s) { out = Visible(s, who, id).first; });
  return out;
}

std::vector<InterestedParty> PartyService::List(const auth::Principal& who, const PartyFilter& f) {
  party_store::PartyQuery q;
  q.scope = who.Scope(Permission::kViewPlanning);
  if (f.within) q.within_path = org_.GetUnit(&who, *f.within).path;
  q.unit_id = f.unit_id;
  q.class_code = f.class_code;
  q.relevant = f.relevant;
  q.include_archived = f.include_archived;
  q.after = f.after;
  q.limit = f.limit;
  std::vector<InterestedParty> out;
  db_.Read([&](soci::session& s) { out = party_store::List(s, q); });
  return out;
}

InterestedParty PartyService::Create(const auth::Principal& who, const PartyInput& in, const audit::Actor& actor) {
  auto classes = Classes();
  auto cls = std::find_if(classes.begin(), classes.end(), [&](const PartyClass& c) { return c.code == in.class_code; });
  if (cls == classes.end()) Fail(422, "planning.unknown_category", "class");
  InterestedParty p;
  p.unit_id = in.unit_id;
  p.class_code = in.class_code;
  p.mandatory = cls->mandatory;
  p.name = in.name;
  p.needs = in.needs;
  p.relevant = in.relevant;
  p.relevance_reason = in.relevance_reason;
  CheckParty(p);
  org::Unit unit = org_.UnitToWriteIn(who, in.unit_id, Permission::kManagePlanning);
  p.created_by = who.user_id;
  p.created_at = p.updated_at = NowTimestamp();
  db_.Write([&](soci::session& s) {
    party_store::Insert(s, p);
    audit::Append(db_, s, actor, {"interested_party", std::to_string(p.id), "create", std::nullopt, Json(p), unit.path});
  });
  return p;
}

void PartyService::StartUnit(soci::session& s, const org::Unit& unit, const audit::Actor& actor) {
  for (const auto& c : party_store::Classes(s)) {
    if (!c.mandatory) continue;
    InterestedParty p;
    p.unit_id = unit.id;
    p.class_code = c.code;
    p.mandatory = true;
    p.name = c.name_vi;
    p.created_by = actor.user_id;
    p.created_at = p.updated_at = NowTimestamp();
    party_store::Insert(s, p);
    audit::Append(db_, s, actor, {"interested_party", std::to_string(p.id), "create", std::nullopt, Json(p), unit.path});
  }
}

InterestedParty PartyService::Update(const auth::Principal& who, db::Id id, long long version, const PartyPatch& patch,
                                     const audit::Actor& actor) {
  InterestedParty after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Writable(s, who, id);
    if (before.version != version) FailStale(before.version);
    after = before;
    if (patch.name) after.name = *patch.name;
    if (patch.needs) after.needs = *patch.needs;
    if (patch.relevant) after.relevant = *patch.relevant;
    if (patch.relevance_reason) after.relevance_reason = *patch.relevance_reason;
    CheckParty(after);
    after.updated_at = NowTimestamp();
    if (!party_store::Update(s, after, version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor, {"interested_party", std::to_string(id), "update", Json(before), Json(after), path});
  });
  return after;
}

InterestedParty PartyService::Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor) {
  InterestedParty after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Writable(s, who, id);
    if (before.mandatory) Fail(409, "planning.mandatory_party");
    after = before;
    after.archived_at = after.updated_at = NowTimestamp();
    if (!party_store::Update(s, after, before.version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor, {"interested_party", std::to_string(id), "archive", Json(before), Json(after), path});
  });
  return after;
}

std::vector<PartyRequirement> PartyService::Requirements(const auth::Principal& who, db::Id party_id,
                                                         bool include_archived) {
  std::vector<PartyRequirement> out;
  db_.Read([&](soci::session& s) {
    Visible(s, who, party_id);
    out = party_store::Requirements(s, party_id, include_archived);
  });
  return out;
}

PartyRequirement PartyService::AddRequirement(const auth::Principal& who, db::Id party_id,
                                              const RequirementInput& in, const audit::Actor& actor) {
  PartyRequirement r;
  r.party_id = party_id;
  r.text = in.text;
  r.adopted = in.adopted;
  r.compliance_obligation = in.compliance_obligation;
  r.obligation_reference = in.obligation_reference;
  r.monitoring = in.monitoring;
  r.monitoring_note = in.monitoring_note;
  CheckRequirement(r);
  r.created_by = who.user_id;
  r.created_at = r.updated_at = NowTimestamp();
  db_.Write([&](soci::session& s) {
    auto [party, path] = Writable(s, who, party_id);
    party_store::InsertRequirement(s, r);
    audit::Append(db_, s, actor, {"party_requirement", std::to_string(r.id), "create", std::nullopt, Json(r), path});
  });
  return r;
}

PartyRequirement PartyService::ChangeRequirement(const auth::Principal& who, db::Id party_id, db::Id id,
                                                 std::optional<long long> version, const std::string& operation,
                                                 const std::function<void(PartyRequirement&)>& change,
                                                 const audit::Actor& actor) {
  PartyRequirement after;
  db_.Write([&](soci::session& s) {
    auto [party, path] = Writable(s, who, party_id);
    auto before = party_store::FindRequirement(s, party_id, id);
    if (!before) FailNotFound("party_requirement");
    if (before->archived_at) Fail(409, "conflict.archived");
    if (version && before->version != *version) FailStale(before->version);
    after = *before;
    change(after);
    CheckRequirement(after);
    after.updated_at = NowTimestamp();
    if (operation == "archive") after.archived_at = after.updated_at;
    if (!party_store::UpdateRequirement(s, after, before->version)) FailStale(before->version);
    after.version = before->version + 1;
    audit::Append(db_, s, actor,
                  {"party_requirement", std::to_string(id), operation, Json(*before), Json(after), path});
  });
  return after;
}

PartyRequirement PartyService::UpdateRequirement(const auth::Principal& who, db::Id party_id, db::Id id,
                                                 long long version, const RequirementPatch& patch,
                                                 const audit::Actor& actor) {
  return ChangeRequirement(
      who, party_id, id, version, "update",
      [&](PartyRequirement& r) {
        if (patch.text) r.text = *patch.text;
        if (patch.adopted) r.adopted = *patch.adopted;
        if (patch.compliance_obligation) r.compliance_obligation = *patch.compliance_obligation;
        if (patch.obligation_reference) r.obligation_reference = *patch.obligation_reference;
        if (patch.monitoring) r.monitoring = *patch.monitoring;
        if (patch.monitoring_note) r.monitoring_note = *patch.monitoring_note;
      },
      actor);
}

PartyRequirement PartyService::ArchiveRequirement(const auth::Principal& who, db::Id party_id, db::Id id,
                                                  const audit::Actor& actor) {
  return ChangeRequirement(who, party_id, id, std::nullopt, "archive", [](PartyRequirement&) {}, actor);
}

}  // namespace eduims::planning

#include "people/service.h"

#include <algorithm>

#include "people/auditor_qualification.h"
#include "people/store.h"
#include "readiness/packed_file.h"
#include "platform/clock.h"
#include "platform/problem.h"
#include "platform/validation.h"
#include "platform/xlsx/workbook.h"
#include "standards/standard_codes.h"

namespace eduims::people {
namespace {

using auth::Permission;
namespace json = boost::json;

std::string Today() { return FormatDate(TodayInVietnam()); }

}  // namespace

std::vector<Competence> CompetenceService::Catalogue() {
  std::vector<Competence> out = ShippedCompetences();
  db_.Read([&](soci::session& s) {
    for (auto& c : store::AddedCompetences(s)) out.push_back(std::move(c));
  });
  return out;
}

std::optional<Competence> CompetenceService::Find(const std::string& code) {
  for (Competence& c : Catalogue())
    if (c.code == code) return c;
  return std::nullopt;
}

void CompetenceService::RequireCompetence(soci::session& s, const std::string& code, const std::string& field) {
  if (!FindShipped(code) && !store::AddedCodeExists(s, code)) Fail(422, "validation.reference_not_found", field);
}

Competence CompetenceService::AddCompetence(const auth::Principal& who, const CompetenceInput& in,
                                            const audit::Actor& actor) {
  org::Unit unit = org_.UnitToWriteIn(who, in.unit_id, Permission::kManageCompetences);
  if (!ValidCode(in.code)) Fail(422, "validation.invalid_value", "code");
  CheckText("name_vi", in.name_vi, 300, true);
  CheckText("name_en", in.name_en, 300, true);
  Competence c;
  c.code = in.code;
  c.category = in.category;
  c.vi = in.name_vi;
  c.en = in.name_en;
  c.unit_id = unit.id;
  db_.Write([&](soci::session& s) {
    if (FindShipped(in.code) || store::AddedCodeExists(s, in.code)) Fail(409, "people.competence_code_taken", "code");
    store::InsertCompetence(s, c, who.user_id, NowTimestamp());
    audit::Append(db_, s, actor,
                  {"competence", std::to_string(*c.id), "create", std::nullopt, json::serialize(ToJson(c)), unit.path});
  });
  return c;
}

std::vector<Requirement> CompetenceService::Requirements(const auth::Principal& who, db::Id unit_id) {
  org::Unit unit = org_.GetUnit(&who, unit_id);
  if (!who.Can(Permission::kViewCompetences, unit.path)) Fail(403, "auth.forbidden");
  std::vector<Requirement> out;
  db_.Read([&](soci::session& s) { out = store::Requirements(s, org::UnitIdsOnPath(unit.path), unit.path); });
  return out;
}

Requirement CompetenceService::AddRequirement(const auth::Principal& who, db::Id unit_id, const std::string& code,
                                              const std::string& role, const audit::Actor& actor) {
  org::Unit unit = org_.UnitToWriteIn(who, unit_id, Permission::kManageCompetences);
  Requirement r;
  r.unit_id = unit.id;
  r.unit_path = unit.path;
  r.competence_code = code;
  r.role = role;
  r.created_by = who.user_id;
  r.created_at = NowTimestamp();
  db_.Write([&](soci::session& s) {
    RequireCompetence(s, code, "competence_code");
    if (store::RequirementExists(s, unit.id, code, role)) Fail(409, "people.requirement_exists", "competence_code");
    store::InsertRequirement(s, r);
    audit::Append(db_, s, actor,
                  {"competence_requirement", std::to_string(r.id), "create", std::nullopt,
                   json::serialize(ToJson(r)), unit.path});
  });
  return r;
}

void CompetenceService::RemoveRequirement(const auth::Principal& who, db::Id id, const audit::Actor& actor) {
  db_.Write([&](soci::session& s) {
    auto r = store::FindRequirement(s, id);
    if (!r || !who.Can(Permission::kViewCompetences, r->unit_path)) FailNotFound("competence_requirement");
    if (!who.Can(Permission::kManageCompetences, r->unit_path)) Fail(403, "auth.forbidden");
    store::DeleteRequirement(s, id);
    audit::Append(db_, s, actor,
                  {"competence_requirement", std::to_string(id), "delete", json::serialize(ToJson(*r)), std::nullopt,
                   r->unit_path});
  });
}

Person CompetenceService::Visible(soci::session& s, const auth::Principal& who, db::Id user_id,
                                  auth::Permission permission) {
  auto found = org::MembersById(s, {user_id}, Today());
  if (found.empty()) FailNotFound("user");
  const org::Member& m = found.front();
  bool self = user_id == who.user_id;
  if (!self && !who.Can(Permission::kViewCompetences, m.unit_path)) FailNotFound("user");
  if (!who.Can(permission, m.unit_path) && !(self && permission == Permission::kViewCompetences))
    Fail(403, "auth.forbidden");
  return {m.user_id, m.full_name, m.unit_id, m.unit_path, m.unit_name, m.roles};
}

std::vector<Holding> CompetenceService::Holdings(const auth::Principal& who, db::Id user_id) {
  std::vector<Holding> out;
  db_.Read([&](soci::session& s) {
    Visible(s, who, user_id, Permission::kViewCompetences);
    out = store::HoldingsOf(s, user_id);
  });
  return out;
}

std::vector<documents::PolicyReading> CompetenceService::Awareness(const auth::Principal& who, db::Id user_id) {
  std::vector<documents::PolicyReading> out;
  db_.Read([&](soci::session& s) {
    Person p = Visible(s, who, user_id, Permission::kViewCompetences);
    out = documents::PoliciesDistributedTo(s, user_id, p.unit_path, Today());
  });
  return out;
}

Holding CompetenceService::AddHolding(const auth::Principal& who, db::Id user_id, const HoldingInput& in,
                                      const audit::Actor& actor) {
  if (in.note) CheckText("note", *in.note, 2000, false);
  if (in.expires_on && *in.expires_on < in.granted_on) Fail(422, "people.expiry_before_grant", "expires_on");
  if (in.granted_on > Today()) Fail(422, "validation.invalid_value", "granted_on");
  Holding h;
  h.user_id = user_id;
  h.competence_code = in.competence_code;
  h.method = in.method;
  h.granted_on = in.granted_on;
  h.expires_on = in.expires_on;
  h.note = in.note;
  h.created_by = who.user_id;
  db_.Write([&](soci::session& s) {
    Person p = Visible(s, who, user_id, Permission::kManageCompetences);
    RequireCompetence(s, in.competence_code, "competence_code");
    h.created_at = NowTimestamp();
    store::InsertHolding(s, h);
    audit::Append(db_, s, actor,
                  {"competence_holding", std::to_string(h.id), "create", std::nullopt, AuditJson(h), p.unit_path});
  });
  return h;
}

void CompetenceService::GrantIn(soci::session& s, Holding& h, const std::string& unit_path,
                                const audit::Actor& actor) {
  h.created_at = NowTimestamp();
  store::InsertHolding(s, h);
  audit::Append(db_, s, actor, {"competence_holding", std::to_string(h.id), "create", std::nullopt, AuditJson(h), unit_path});
}

void CompetenceService::RemoveHolding(const auth::Principal& who, db::Id user_id, db::Id holding_id,
                                      const audit::Actor& actor) {
  db_.Write([&](soci::session& s) {
    Person p = Visible(s, who, user_id, Permission::kManageCompetences);
    auto h = store::FindHolding(s, holding_id);
    if (!h || h->user_id != user_id) FailNotFound("competence_holding");
    // Its evidence goes with it: the files are marked removed (each in the trail), their bytes stay in the store.
    for (const auto& file : attachments_.List(s, {"competence_holding", holding_id})) {
      attachments::Attachment removed = attachments_.Remove(s, {"competence_holding", holding_id}, file.id);
      audit::Append(db_, s, actor,
                    {"attachment", std::to_string(file.id), "remove", json::serialize(attachments::ToJson(file)),
                     json::serialize(attachments::ToJson(removed)), p.unit_path});
    }
    store::DeleteHolding(s, holding_id);
    audit::Append(db_, s, actor,
                  {"competence_holding", std::to_string(holding_id), "delete", AuditJson(*h), std::nullopt,
                   p.unit_path});
  });
}

std::pair<Holding, std::string> CompetenceService::VisibleHolding(soci::session& s, const auth::Principal& who,
                                                                  db::Id user_id, db::Id holding_id,
                                                                  auth::Permission permission) {
  Person p = Visible(s, who, user_id, permission);
  auto h = store::FindHolding(s, holding_id);
  if (!h || h->user_id != user_id) FailNotFound("competence_holding");
  return {*h, p.unit_path};
}

void CompetenceService::AdmitHoldingFile(const auth::Principal& who, db::Id user_id, db::Id holding_id) {
  db_.Read([&](soci::session& s) { VisibleHolding(s, who, user_id, holding_id, Permission::kManageCompetences); });
}

attachments::Attachment CompetenceService::AttachHoldingFile(const auth::Principal& who, db::Id user_id,
                                                             db::Id holding_id,
                                                             std::shared_ptr<const http::SpoolPath> file,
                                                             const std::string& file_name, const audit::Actor& actor) {
  // Reading the file (hash, type, text) before the transaction keeps the write lock short.
  attachments::PreparedUpload upload = attachments_.Prepare(std::move(file), file_name);
  attachments::Attachment out;
  db_.Write([&](soci::session& s) {
    auto path = VisibleHolding(s, who, user_id, holding_id, Permission::kManageCompetences).second;
    out = attachments_.Attach(db_, s, {"competence_holding", holding_id}, upload, who.user_id, actor, path);
  });
  return out;
}

std::vector<attachments::Attachment> CompetenceService::HoldingFiles(const auth::Principal& who, db::Id user_id,
                                                                     db::Id holding_id) {
  std::vector<attachments::Attachment> out;
  db_.Read([&](soci::session& s) {
    VisibleHolding(s, who, user_id, holding_id, Permission::kViewCompetences);
    out = attachments_.List(s, {"competence_holding", holding_id});
  });
  return out;
}

http::Response CompetenceService::DownloadHoldingFile(const auth::Principal& who, db::Id user_id, db::Id holding_id,
                                                      db::Id attachment_id) {
  http::Response out;
  db_.Read([&](soci::session& s) {
    VisibleHolding(s, who, user_id, holding_id, Permission::kViewCompetences);
    out = attachments_.Download(s, attachments_.Get(s, {"competence_holding", holding_id}, attachment_id));
  });
  return out;
}

attachments::Attachment CompetenceService::RemoveHoldingFile(const auth::Principal& who, db::Id user_id,
                                                             db::Id holding_id, db::Id attachment_id,
                                                             const audit::Actor& actor) {
  attachments::Attachment out;
  db_.Write([&](soci::session& s) {
    auto path = VisibleHolding(s, who, user_id, holding_id, Permission::kManageCompetences).second;
    attachments::Attachment before = attachments_.Get(s, {"competence_holding", holding_id}, attachment_id);
    out = attachments_.Remove(s, {"competence_holding", holding_id}, attachment_id);
    audit::Append(db_, s, actor,
                  {"attachment", std::to_string(attachment_id), "remove", json::serialize(attachments::ToJson(before)),
                   json::serialize(attachments::ToJson(out)), path});
  });
  return out;
}

std::map<db::Id, std::vector<attachments::Attachment>> CompetenceService::FilesOf(const std::vector<Holding>& holdings) {
  std::vector<db::Id> ids;
  for (const Holding& h : holdings) ids.push_back(h.id);
  std::map<db::Id, std::vector<attachments::Attachment>> out;
  if (ids.empty()) return out;
  db_.Read([&](soci::session& s) { out = attachments_.ListOfOwners(s, "competence_holding", ids); });
  return out;
}

std::vector<readiness::PackedReport> CompetenceService::EvidenceFiles(const auth::Principal& who,
                                                                      const org::Unit& unit, Language language) {
  std::vector<readiness::PackedReport> out;
  if (!who.Can(Permission::kViewCompetences, unit.path)) return out;
  std::vector<Competence> catalogue = Catalogue();
  db_.Read([&](soci::session& s) {
    std::map<db::Id, std::string> names;
    for (const org::Member& m : org::MembersOf(s, unit.path, Today())) names[m.user_id] = m.full_name;
    db::Binds binds;
    auto holdings = store::HoldingsOfUsers(s, org::MemberIdsSql(unit.path, binds), binds);
    std::vector<db::Id> ids;
    std::map<db::Id, const Holding*> by_id;
    for (const Holding& h : holdings) {
      ids.push_back(h.id);
      by_id[h.id] = &h;
    }
    if (ids.empty()) return;
    for (auto& [holding_id, files] : attachments_.ListOfOwners(s, "competence_holding", ids)) {
      const Holding& h = *by_id.at(holding_id);
      std::string competence = h.competence_code;
      for (const Competence& c : catalogue)
        if (c.code == h.competence_code) competence = Name(c, language);
      for (const attachments::Attachment& a : files)
        out.push_back(readiness::PackedFile(db_, a, "competence", "competence_evidence",
                                            names[h.user_id] + " — " + competence + ": " + a.file_name, h.granted_on));
    }
  });
  return out;
}

std::vector<audits::UnqualifiedAuditor> CompetenceService::UnqualifiedAuditorsOf(const audits::Audit& audit) {
  std::vector<db::Id> auditors{audit.lead_auditor_id}, clause_ids;
  auditors.insert(auditors.end(), audit.team_ids.begin(), audit.team_ids.end());
  for (const auto& c : audit.clauses) clause_ids.push_back(c.id);
  std::vector<audits::UnqualifiedAuditor> out;
  db_.Read([&](soci::session& s) {
    out = AuditorQualificationFromCompetences().Unqualified(s, auditors, standards::StandardCodesOf(s, clause_ids),
                                                            audit.planned_start);
  });
  return out;
}

std::pair<long long, long long> CompetenceService::HoldingsAndRequirements(soci::session& s, const org::Unit& unit) {
  return {store::CountHoldingsInForce(s, unit.path, Today()),
          (long long)store::Requirements(s, org::UnitIdsOnPath(unit.path), unit.path).size()};
}

Settings CompetenceService::GetSettings() {
  Settings out;
  db_.Read([&](soci::session& s) { out = store::GetSettings(s); });
  return out;
}

Settings CompetenceService::SetSettings(const auth::Principal& who, long long version, const std::string& mode,
                                        const audit::Actor& actor) {
  // The choice holds for every audit, so only who manages competences over a top unit may make it.
  bool everywhere = false;
  for (const auto& g : who.grants)
    everywhere = everywhere || (auth::RoleHasPermission(g.role, Permission::kManageCompetences) &&
                                std::count(g.unit_path.begin(), g.unit_path.end(), '/') == 2);
  if (!everywhere) Fail(403, "auth.forbidden");
  Settings after{mode, version + 1};
  db_.Write([&](soci::session& s) {
    Settings before = store::GetSettings(s);
    if (!store::SaveSettings(s, after, version, NowTimestamp())) FailStale(before.version);
    audit::Append(db_, s, actor,
                  {"people_settings", "1", "update", json::serialize(ToJson(before)), json::serialize(ToJson(after)),
                   std::nullopt});
  });
  return after;
}

Matrix CompetenceService::MatrixOf(const auth::Principal& who, db::Id unit_id, db::Id after, size_t limit) {
  Matrix m;
  m.unit = org_.GetUnit(&who, unit_id);
  if (!who.Can(Permission::kViewCompetences, m.unit.path)) Fail(403, "auth.forbidden");
  m.today = Today();
  std::vector<Competence> catalogue = Catalogue();
  db_.Read([&](soci::session& s) {
    RequirementIndex requirements(store::Requirements(s, org::UnitIdsOnPath(m.unit.path), m.unit.path));
    auto members = org::MembersOf(s, m.unit.path, m.today);
    db::Binds binds;
    auto holdings = store::HoldingsOfUsers(s, org::MemberIdsSql(m.unit.path, binds), binds);
    std::map<db::Id, std::vector<Holding>> by_user;
    for (Holding& h : holdings) by_user[h.user_id].push_back(std::move(h));
    m.people = (long long)members.size();
    // Awareness (7.3) of everyone in the subtree at once, policy document by policy document, for the totals.
    auto awareness = documents::AwarenessOfPeople(s, m.unit.path, m.today);
    std::map<std::string, AwarenessTotals> by_unit;  // by home unit path
    static const std::vector<Holding> kNone;
    for (const org::Member& member : members) {
      Person p{member.user_id, member.full_name, member.unit_id, member.unit_path, member.unit_name, member.roles};
      auto it = by_user.find(p.user_id);
      auto cells = CellsOf(p, requirements, it == by_user.end() ? kNone : it->second, m.today);
      Count(cells, m.totals);
      auto known = awareness.find(p.user_id);
      std::string aware = known == awareness.end() ? "not_distributed" : known->second;
      AwarenessTotals& unit = by_unit[member.unit_path];
      unit.unit_id = member.unit_id;
      unit.unit_name = member.unit_name;
      for (AwarenessTotals* t : {&unit, &m.awareness}) {
        ++t->people;
        (aware == "aware" ? t->aware : aware == "pending" ? t->pending : t->not_distributed)++;
      }
      if (p.user_id > after && (limit == 0 || m.rows.size() < limit))
        m.rows.push_back({std::move(p), std::move(cells), std::move(aware)});
    }
    m.awareness.unit_id = m.unit.id;
    m.awareness.unit_name = m.unit.name;
    for (auto& [path, totals] : by_unit) m.awareness_by_unit.push_back(std::move(totals));
  });
  for (const Competence& c : catalogue)
    if (m.totals.count(c.code)) m.competences.push_back(c);
  return m;
}

SpoolFile CompetenceService::MatrixWorkbook(const Matrix& m, Language l) {
  bool en = l == Language::kEnglish;
  xlsx::Workbook book;
  book.title = (en ? "Competence matrix - " : "Ma trận năng lực - ") + m.unit.name;
  book.created = NowTimestamp();
  xlsx::Sheet summary;
  summary.name = en ? "Summary" : "Tổng hợp";
  summary.header = en ? std::vector<std::string>{"Code", "Competence", "Required", "Held", "Gaps", "Expiring in 90 days"}
                      : std::vector<std::string>{"Mã", "Năng lực", "Yêu cầu", "Đạt", "Thiếu", "Hết hạn trong 90 ngày"};
  summary.widths = {26, 50, 10, 10, 10, 18};
  for (const Competence& c : m.competences) {
    const Totals& t = m.totals.at(c.code);
    summary.rows.push_back({c.code, Name(c, l), double(t.required), double(t.held), double(t.gaps), double(t.expiring)});
  }
  xlsx::Sheet people;
  people.name = en ? "People" : "Nhân sự";
  people.header = {en ? "Unit" : "Đơn vị", en ? "Person" : "Họ và tên"};
  for (const Competence& c : m.competences) people.header.push_back(Name(c, l));
  people.widths = {30, 28};
  people.landscape = people.fit_to_width = true;
  for (const MatrixRow& row : m.rows) {
    std::vector<xlsx::Cell> cells{row.person.unit_name, row.person.full_name};
    for (const Competence& c : m.competences) {
      auto it = std::find_if(row.cells.begin(), row.cells.end(), [&](const Cell& x) { return x.code == c.code; });
      if (it == row.cells.end() || (!it->required && !it->held)) {
        cells.emplace_back(std::monostate{});
      } else if (!it->held) {
        cells.emplace_back(std::string(en ? "MISSING" : "THIẾU"));
      } else {
        std::string text = en ? "held" : "đạt";
        if (it->expires_on) text += (en ? " until " : " đến ") + *it->expires_on;
        cells.emplace_back(text);
      }
    }
    people.rows.push_back(std::move(cells));
  }
  // Awareness of the policy and objectives (7.3), a column of the people and a sheet of the units.
  auto aware_label = [en](const std::string& state) -> std::string {
    if (state == "aware") return en ? "aware" : "đã xác nhận";
    if (state == "pending") return en ? "not yet read" : "chưa đọc";
    return en ? "not distributed" : "chưa phân phối";
  };
  people.header.push_back(en ? "Policy awareness" : "Nhận thức chính sách");
  for (size_t i = 0; i < m.rows.size(); ++i) people.rows[i].emplace_back(aware_label(m.rows[i].awareness));
  xlsx::Sheet awareness;
  awareness.name = en ? "Awareness" : "Nhận thức";
  awareness.header = en ? std::vector<std::string>{"Unit", "People", "Aware", "Not aware", "Not yet read", "Not distributed"}
                        : std::vector<std::string>{"Đơn vị", "Số người", "Đã nhận thức", "Chưa nhận thức", "Chưa đọc",
                                                   "Chưa phân phối"};
  awareness.widths = {36, 10, 12, 14, 12, 14};
  auto awareness_row = [](const AwarenessTotals& t, const std::string& name) {
    return std::vector<xlsx::Cell>{name, double(t.people), double(t.aware), double(t.pending + t.not_distributed),
                                   double(t.pending), double(t.not_distributed)};
  };
  for (const AwarenessTotals& t : m.awareness_by_unit) awareness.rows.push_back(awareness_row(t, t.unit_name));
  awareness.rows.push_back(awareness_row(m.awareness, (en ? "Total - " : "Tổng - ") + m.unit.name));
  book.sheets = {std::move(summary), std::move(people), std::move(awareness)};
  return xlsx::Write(book);
}

}  // namespace eduims::people

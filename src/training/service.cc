#include "training/service.h"

#include <algorithm>
#include <map>
#include <set>

#include "documents/awareness.h"
#include "org/import_file.h"
#include "people/readiness_evidence.h"
#include "org/members.h"
#include "platform/clock.h"
#include "platform/dates.h"
#include "platform/escape.h"
#include "platform/pdf/pdf_document.h"
#include "platform/problem.h"
#include "platform/qr/qr_code.h"
#include "platform/validation.h"
#include "readiness/packed_file.h"
#include "training/evaluation_store.h"
#include "training/store.h"

namespace eduims::training {
namespace {

using auth::Permission;
namespace json = boost::json;

std::string Today() { return FormatDate(TodayInVietnam()); }

[[noreturn]] void FailRows(std::vector<Problem> errors) {
  Problem p = Problem::Make(422, "import.invalid_rows").With("count", std::to_string(errors.size()));
  p.errors = std::move(errors);
  Fail(p);
}

Problem RowProblem(int row, Problem p) {
  p.params["row"] = std::to_string(row);
  return p;
}

// "2020-08-24T01:30:00.000Z" as the organisation's local day, for a certificate.
std::string LocalDay(const std::string& timestamp) {
  auto t = ParseTimestamp(timestamp);
  return t ? FormatDate(TodayInVietnam(*t)) : timestamp.substr(0, 10);
}

}  // namespace

std::pair<Programme, bool> TrainingService::Visible(soci::session& s, const auth::Principal& who, db::Id id) {
  auto p = store::FindProgramme(s, id);
  if (!p || !who.Can(Permission::kViewCompetences, p->unit_path)) FailNotFound("training");
  return {*p, who.Can(Permission::kManageTraining, p->unit_path)};
}

Programme TrainingService::Managed(soci::session& s, const auth::Principal& who, db::Id id) {
  auto [p, manages] = Visible(s, who, id);
  if (!manages) Fail(403, "auth.forbidden");
  return p;
}

void TrainingService::Fill(soci::session& s, std::vector<Participant>& participants) {
  std::vector<db::Id> ids;
  for (const auto& p : participants) ids.push_back(p.user_id);
  std::map<db::Id, std::string> names;
  for (const auto& m : org::MembersById(s, ids, Today())) names[m.user_id] = m.full_name;
  for (auto& p : participants) p.full_name = names[p.user_id];
}

std::vector<Programme> TrainingService::List(const auth::Principal& who, std::optional<db::Id> unit_id,
                                             std::optional<db::Id> after, int limit) {
  std::vector<Programme> out;
  auto roots = who.Scope(Permission::kViewCompetences);
  if (roots.empty()) return out;
  db_.Read([&](soci::session& s) { out = store::ListProgrammes(s, roots, unit_id, after, limit); });
  return out;
}

Programme TrainingService::Create(const auth::Principal& who, const ProgrammeInput& in, const audit::Actor& actor) {
  org::Unit unit = org_.UnitToWriteIn(who, in.unit_id, Permission::kManageTraining);
  CheckText("title", in.title, 300, true);
  CheckText("provider", in.provider, 300, false);
  CheckText("description", in.description, 10000, false);
  for (const auto& c : in.clauses)
    if (!ValidClauseNumber(c)) Fail(422, "validation.invalid_value", "clauses");
  if (in.pass_mark > in.max_score) Fail(422, "training.pass_mark_above_max", "pass_mark");
  for (const auto& code : in.competences)
    if (!competences_.Find(code)) Fail(422, "validation.reference_not_found", "competences");
  Programme p;
  p.unit_id = unit.id;
  p.unit_path = unit.path;
  p.title = in.title;
  p.provider = in.provider;
  p.description = in.description;
  p.clauses = in.clauses;
  p.competences = in.competences;
  p.max_score = in.max_score;
  p.pass_mark = in.pass_mark;
  p.validity_months = in.validity_months;
  p.created_by = who.user_id;
  p.created_at = NowTimestamp();
  db_.Write([&](soci::session& s) {
    store::InsertProgramme(s, p);
    audit::Append(db_, s, actor,
                  {"training", std::to_string(p.id), "create", std::nullopt, json::serialize(ToJson(p)), unit.path});
  });
  return p;
}

ProgrammeView TrainingService::Get(const auth::Principal& who, db::Id id) {
  ProgrammeView v;
  db_.Read([&](soci::session& s) {
    std::tie(v.programme, v.manages) = Visible(s, who, id);
    v.sessions = store::Sessions(s, id);
    v.participants = store::Participants(s, id);
    Fill(s, v.participants);
    std::vector<db::Id> ids;
    for (const Session& x : v.sessions) ids.push_back(x.id);
    if (!ids.empty()) v.files = attachments_.ListOfOwners(s, "training_session", ids);
  });
  return v;
}

Session TrainingService::AddSession(const auth::Principal& who, db::Id programme_id, const SessionInput& in,
                                    const audit::Actor& actor) {
  CheckText("title", in.title, 300, true);
  CheckText("trainer", in.trainer, 300, true);
  CheckText("place", in.place, 300, false);
  CheckText("topics", in.topics, 5000, false);
  auto start = ParseTimestamp(in.starts_at), end = ParseTimestamp(in.ends_at);
  if (!start) Fail(422, "validation.invalid_value", "starts_at");
  if (!end) Fail(422, "validation.invalid_value", "ends_at");
  if (*end <= *start) Fail(Problem::Make(422, "validation.date_too_early", "ends_at").With("earliest", in.starts_at));
  Session x;
  x.programme_id = programme_id;
  x.title = in.title;
  x.trainer = in.trainer;
  x.place = in.place;
  x.topics = in.topics;
  x.starts_at = FormatTimestamp(*start);
  x.ends_at = FormatTimestamp(*end);
  x.checkin_code = NewCheckInCode();
  x.created_at = NowTimestamp();
  db_.Write([&](soci::session& s) {
    Programme p = Managed(s, who, programme_id);
    store::InsertSession(s, x);
    json::object after = ToJson(x, false);
    audit::Append(db_, s, actor,
                  {"training", std::to_string(programme_id), "add_session", std::nullopt, json::serialize(after),
                   p.unit_path});
  });
  return x;
}

int TrainingService::Invite(const auth::Principal& who, db::Id programme_id, db::Id unit_id,
                            const std::optional<std::string>& role, const audit::Actor& actor) {
  org::Unit unit;
  try {
    unit = org_.GetUnit(&who, unit_id);
  } catch (const ProblemError&) {
    Fail(422, "validation.reference_not_found", "unit_id");
  }
  int invited = 0;
  db_.Write([&](soci::session& s) {
    Programme p = Managed(s, who, programme_id);
    // Those a unit's training is for: the people of its subtree.
    if (unit.path.compare(0, p.unit_path.size(), p.unit_path) != 0) Fail(422, "validation.invalid_value", "unit_id");
    std::string now = NowTimestamp();
    std::vector<db::Id> ids;
    for (const auto& m : org::MembersOf(s, unit.path, Today())) {
      if (role && !m.roles.count(*role)) continue;
      if (store::Invite(s, programme_id, m.user_id, now)) ids.push_back(m.user_id);
    }
    invited = int(ids.size());
    json::array users;
    for (db::Id id : ids) users.push_back(id);
    json::object entry{{"unit_id", unit.id}, {"role", role ? json::value(*role) : json::value()}, {"users", users}};
    audit::Append(db_, s, actor,
                  {"training", std::to_string(programme_id), "invite", std::nullopt, json::serialize(entry),
                   p.unit_path});
  });
  return invited;
}

int TrainingService::RecordAttendance(const auth::Principal& who, db::Id programme_id, db::Id session_id,
                                      const std::vector<db::Id>& user_ids, const audit::Actor& actor) {
  if (user_ids.empty()) Fail(422, "validation.missing_field", "user_ids");
  int recorded = 0;
  db_.Write([&](soci::session& s) {
    Programme p = Managed(s, who, programme_id);
    auto session = store::FindSession(s, session_id);
    if (!session || session->programme_id != programme_id) FailNotFound("training_session");
    std::string now = NowTimestamp();
    json::array users;
    for (db::Id user_id : std::set<db::Id>(user_ids.begin(), user_ids.end())) {
      if (!store::FindParticipant(s, programme_id, user_id)) Fail(422, "training.not_invited", "user_ids");
      if (store::Attended(s, session_id, user_id)) continue;
      store::InsertAttendance(s, session_id, user_id, "trainer", now, who.user_id);
      users.push_back(user_id);
      ++recorded;
    }
    json::object entry{{"session_id", session_id}, {"source", "trainer"}, {"users", users}};
    audit::Append(db_, s, actor,
                  {"training", std::to_string(programme_id), "attendance", std::nullopt, json::serialize(entry),
                   p.unit_path});
  });
  return recorded;
}

Session TrainingService::CheckIn(const auth::Principal& who, const std::string& code, const audit::Actor& actor) {
  Session out;
  db_.Write([&](soci::session& s) {
    auto session = store::FindSessionByCode(s, code);
    if (!session) FailNotFound("training_session");
    auto p = store::FindProgramme(s, session->programme_id);
    if (!store::FindParticipant(s, session->programme_id, who.user_id)) Fail(422, "training.not_invited", "code");
    if (!CheckInOpen(*session, NowTimestamp()))
      Fail(Problem::Make(409, "training.check_in_closed", "code")
               .With("starts_at", session->starts_at)
               .With("ends_at", session->ends_at));
    if (store::Attended(s, session->id, who.user_id)) Fail(409, "training.already_attended", "code");
    store::InsertAttendance(s, session->id, who.user_id, "check_in", NowTimestamp(), who.user_id);
    json::object entry{{"session_id", session->id}, {"source", "check_in"}, {"users", json::array{who.user_id}}};
    audit::Append(db_, s, actor,
                  {"training", std::to_string(p->id), "attendance", std::nullopt, json::serialize(entry), p->unit_path});
    out = *session;
  });
  return out;
}

std::vector<ImportedRow> TrainingService::ImportAttendance(const auth::Principal& who, db::Id programme_id,
                                                           const std::string& csv, const audit::Actor& actor) {
  org::ImportFile file = org::ReadImportFile(csv, {"email", "session_id"}, {});
  std::vector<ImportedRow> out;
  db_.Write([&](soci::session& s) {
    Programme p = Managed(s, who, programme_id);
    std::set<db::Id> sessions;
    for (const auto& x : store::Sessions(s, programme_id)) sessions.insert(x.id);
    std::vector<Problem> errors;
    std::set<std::pair<db::Id, db::Id>> seen;
    for (const auto& record : file.rows) {
      int line = record.line;
      std::string email = record.fields[size_t(file.columns[0])];
      std::string session_text = record.fields[size_t(file.columns[1])];
      size_t before = errors.size();
      auto user = org_.FindUserByEmail(email);
      db::Id session_id = 0;
      try {
        session_id = std::stoll(session_text);
      } catch (const std::exception&) {
      }
      if (!sessions.count(session_id))
        errors.push_back(RowProblem(line, Problem::Make(422, "validation.reference_not_found", "session_id")));
      if (!user || user->disabled_at) {
        errors.push_back(RowProblem(line, Problem::Make(422, "validation.reference_not_found", "email")));
      } else if (!store::FindParticipant(s, programme_id, user->id)) {
        errors.push_back(RowProblem(line, Problem::Make(422, "training.not_invited", "email")));
      } else if (session_id && (store::Attended(s, session_id, user->id) || !seen.insert({session_id, user->id}).second)) {
        errors.push_back(RowProblem(line, Problem::Make(409, "training.already_attended", "email")));
      }
      if (errors.size() == before) out.push_back({line, user->id, session_id});
    }
    if (!errors.empty()) FailRows(std::move(errors));
    std::string now = NowTimestamp();
    json::array rows;
    for (const auto& r : out) {
      store::InsertAttendance(s, r.session_id, r.user_id, "import", now, who.user_id);
      rows.push_back({{"session_id", r.session_id}, {"user_id", r.user_id}});
    }
    json::object entry{{"source", "import"}, {"rows", rows}};
    audit::Append(db_, s, actor,
                  {"training", std::to_string(programme_id), "attendance", std::nullopt, json::serialize(entry),
                   p.unit_path});
  });
  return out;
}

Participant TrainingService::RecordResult(const auth::Principal& who, db::Id programme_id, db::Id user_id,
                                          double score, const audit::Actor& actor) {
  Participant after;
  db_.Write([&](soci::session& s) {
    Programme p = Managed(s, who, programme_id);
    if (score > p.max_score)
      Fail(Problem::Make(422, "training.score_above_max", "score").With("max", json::serialize(json::value(p.max_score))));
    auto before = store::FindParticipant(s, programme_id, user_id);
    if (!before) FailNotFound("training_participant");
    if (before->sessions_attended == 0) Fail(409, "training.not_attended", "score");
    after = *before;
    after.score = score;
    after.passed = Passes(p, score);
    after.assessed_at = NowTimestamp();
    after.assessed_by = who.user_id;
    store::SaveResult(s, after);
    json::object entry = ToJson(after);
    audit::Append(db_, s, actor,
                  {"training", std::to_string(programme_id), "result",
                   before->assessed_at ? std::optional(json::serialize(ToJson(*before))) : std::nullopt,
                   json::serialize(entry), p.unit_path});
    // Passing grants the programme's competences, dated the last session attended: the evidence is the training.
    if (*after.passed && !(before->passed && *before->passed)) {
      auto attended = store::AttendedSessions(s, programme_id, user_id);
      std::string granted_on = LocalDay(attended.front().ends_at);
      for (const auto& code : p.competences) {
        people::Holding h;
        h.user_id = user_id;
        h.competence_code = code;
        h.method = "training";
        h.granted_on = granted_on;
        h.expires_on = ExpiryOf(p, granted_on);
        h.note = p.title;
        h.session_id = attended.front().id;
        h.created_by = who.user_id;
        competences_.GrantIn(s, h, p.unit_path, actor);
      }
    }
  });
  std::vector<Participant> one{after};
  db_.Read([&](soci::session& s) { Fill(s, one); });
  return one.front();
}

std::shared_ptr<http::SpoolPath> TrainingService::Certificate(const auth::Principal& who, db::Id programme_id,
                                                              db::Id user_id, Language l) {
  Programme p;
  std::vector<Session> attended;
  std::optional<Participant> participant;
  db_.Read([&](soci::session& s) {
    auto found = store::FindProgramme(s, programme_id);
    bool self = who.user_id == user_id;
    if (!found || (!self && !who.Can(Permission::kViewCompetences, found->unit_path))) FailNotFound("training");
    p = *found;
    participant = store::FindParticipant(s, programme_id, user_id);
    if (!participant) FailNotFound("training_participant");
    if (participant->sessions_attended == 0 || !participant->passed || !*participant->passed)
      Fail(409, "training.not_passed");
    attended = store::AttendedSessions(s, programme_id, user_id);
    std::vector<Participant> one{*participant};
    Fill(s, one);
    participant = one.front();
  });
  bool en = l == Language::kEnglish;
  org::Unit unit = org_.GetUnit(nullptr, p.unit_id);
  using pdf::Block;
  std::vector<Block> blocks;
  blocks.push_back({Block::Kind::kTitle, EscapeXml(en ? "Certificate of completion" : "Giấy chứng nhận hoàn thành")});
  blocks.push_back({Block::Kind::kParagraph, EscapeXml(en ? "This certifies that" : "Chứng nhận")});
  blocks.push_back({Block::Kind::kHeading1, EscapeXml(participant->full_name)});
  blocks.push_back({Block::Kind::kParagraph,
                    EscapeXml(en ? "completed the training programme" : "đã hoàn thành chương trình đào tạo")});
  blocks.push_back({Block::Kind::kHeading2, EscapeXml(p.title)});
  if (!p.provider.empty())
    blocks.push_back({Block::Kind::kParagraph, EscapeXml((en ? "Provided by: " : "Đơn vị đào tạo: ") + p.provider)});
  std::string dates = LocalDay(attended.back().starts_at) + " – " + LocalDay(attended.front().ends_at);
  blocks.push_back({Block::Kind::kParagraph,
                    EscapeXml((en ? "Sessions attended: " : "Số buổi tham dự: ") + std::to_string(attended.size()) +
                              " (" + dates + ")")});
  char score[64];
  std::snprintf(score, sizeof score, "%g / %g", *participant->score, p.max_score);
  blocks.push_back({Block::Kind::kParagraph,
                    EscapeXml((en ? "Assessment: " : "Kết quả đánh giá: ") + std::string(score) +
                              (en ? ", passed" : ", đạt"))});
  if (!p.competences.empty()) {
    blocks.push_back({Block::Kind::kHeading3, EscapeXml(en ? "Competences granted" : "Năng lực được công nhận")});
    for (const auto& code : p.competences) {
      auto c = competences_.Find(code);
      blocks.push_back({Block::Kind::kListItem, EscapeXml(c ? people::Name(*c, l) : code), 0, "•"});
    }
  }
  blocks.push_back({Block::Kind::kParagraph,
                    EscapeXml((en ? "Issued by " : "Cấp bởi ") + unit.name + (en ? " on " : " ngày ") + Today())});
  pdf::PageFrame frame;
  frame.header_left = unit.name;
  frame.header_right = en ? "Training record (ISO 21001 7.2)" : "Hồ sơ đào tạo (ISO 21001 7.2)";
  frame.footer_left = "EduIMS";
  frame.title = (en ? "Certificate - " : "Giấy chứng nhận - ") + participant->full_name;
  auto spool = http::NewSpoolPath("certificate-");
  pdf::RenderPdf(blocks, frame, spool->path());
  return spool;
}

std::string TrainingService::CheckInQr(const auth::Principal& who, db::Id programme_id, db::Id session_id,
                                       const std::string& base) {
  Session session;
  db_.Read([&](soci::session& s) {
    Managed(s, who, programme_id);
    auto found = store::FindSession(s, session_id);
    if (!found || found->programme_id != programme_id) FailNotFound("training_session");
    session = *found;
  });
  auto code = qr::QrCode::Encode(base + "/check-in/" + session.checkin_code);
  return code->Svg(session.title);
}

std::string TrainingService::SessionOf(soci::session& s, const auth::Principal& who, db::Id programme_id,
                                       db::Id session_id, bool manage) {
  Programme p = manage ? Managed(s, who, programme_id) : Visible(s, who, programme_id).first;
  auto x = store::FindSession(s, session_id);
  if (!x || x->programme_id != programme_id) FailNotFound("training_session");
  return p.unit_path;
}

void TrainingService::AdmitSessionFile(const auth::Principal& who, db::Id programme_id, db::Id session_id) {
  db_.Read([&](soci::session& s) { SessionOf(s, who, programme_id, session_id, true); });
}

attachments::Attachment TrainingService::AttachSessionFile(const auth::Principal& who, db::Id programme_id,
                                                           db::Id session_id,
                                                           std::shared_ptr<const http::SpoolPath> file,
                                                           const std::string& file_name, const audit::Actor& actor) {
  // Reading the file (hash, type, text) before the transaction keeps the write lock short.
  attachments::PreparedUpload upload = attachments_.Prepare(std::move(file), file_name);
  attachments::Attachment out;
  db_.Write([&](soci::session& s) {
    std::string path = SessionOf(s, who, programme_id, session_id, true);
    out = attachments_.Attach(db_, s, {"training_session", session_id}, upload, who.user_id, actor, path);
  });
  return out;
}

std::vector<attachments::Attachment> TrainingService::SessionFiles(const auth::Principal& who, db::Id programme_id,
                                                                   db::Id session_id) {
  std::vector<attachments::Attachment> out;
  db_.Read([&](soci::session& s) {
    SessionOf(s, who, programme_id, session_id, false);
    out = attachments_.List(s, {"training_session", session_id});
  });
  return out;
}

http::Response TrainingService::DownloadSessionFile(const auth::Principal& who, db::Id programme_id,
                                                    db::Id session_id, db::Id attachment_id) {
  http::Response out;
  db_.Read([&](soci::session& s) {
    SessionOf(s, who, programme_id, session_id, false);
    out = attachments_.Download(s, attachments_.Get(s, {"training_session", session_id}, attachment_id));
  });
  return out;
}

attachments::Attachment TrainingService::RemoveSessionFile(const auth::Principal& who, db::Id programme_id,
                                                           db::Id session_id, db::Id attachment_id,
                                                           const audit::Actor& actor) {
  attachments::Attachment out;
  db_.Write([&](soci::session& s) {
    std::string path = SessionOf(s, who, programme_id, session_id, true);
    attachments::Attachment before = attachments_.Get(s, {"training_session", session_id}, attachment_id);
    out = attachments_.Remove(s, {"training_session", session_id}, attachment_id);
    audit::Append(db_, s, actor,
                  {"attachment", std::to_string(attachment_id), "remove", json::serialize(attachments::ToJson(before)),
                   json::serialize(attachments::ToJson(out)), path});
  });
  return out;
}

std::vector<readiness::PackedReport> TrainingService::EvidenceFiles(const auth::Principal& who, const org::Unit& unit,
                                                                    Language) {
  std::vector<readiness::PackedReport> out;
  if (!who.Can(Permission::kViewCompetences, unit.path)) return out;
  db_.Read([&](soci::session& s) {
    for (const Programme& p : store::ListProgrammes(s, {unit.path}, std::nullopt, std::nullopt, 100000)) {
      std::vector<Session> sessions = store::Sessions(s, p.id);
      std::vector<db::Id> ids;
      std::map<db::Id, const Session*> by_id;
      for (const Session& x : sessions) {
        ids.push_back(x.id);
        by_id[x.id] = &x;
      }
      if (ids.empty()) continue;
      for (auto& [session_id, files] : attachments_.ListOfOwners(s, "training_session", ids)) {
        const Session& x = *by_id.at(session_id);
        for (const attachments::Attachment& a : files)
          out.push_back(readiness::PackedFile(db_, a, "training", "training_material",
                                              p.title + " — " + x.title + ": " + a.file_name, LocalDay(x.starts_at)));
      }
    }
  });
  return out;
}

std::vector<readiness::RegisterEvidence> TrainingService::ReadinessEvidence(const auth::Principal& who,
                                                                           const org::Unit& unit) {
  if (!who.Can(Permission::kViewCompetences, unit.path)) return {};
  people::RegisterFacts facts;
  db_.Read([&](soci::session& s) {
    std::tie(facts.holdings, facts.requirements) = competences_.HoldingsAndRequirements(s, unit);
    std::tie(facts.programmes, facts.attendances) =
        store::RegisterCounts(s, unit.path, FormatTimestamp(Now() - std::chrono::hours(24 * 365)));
    facts.aware = documents::PeopleWhoAcknowledgedPolicies(s, unit.path);
    std::tie(facts.evaluations, facts.not_effective_without_action) = store::CountEvaluations(s, unit.path);
  });
  return people::RegisterEvidenceOf(facts);
}

}  // namespace eduims::training

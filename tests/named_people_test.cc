// The people a record names, held to the permission rule (issue 25) over HTTP on both engines: for each kind
// (reviewer, approver, verifier, owner, unit head, addressee, lead auditor, team member, certification step
// responsible), named with the permission the part needs they may act; once the permission is removed or its grant
// has expired they are refused; never having had it, they are refused when named, with the permission named. Also
// the references a request body makes (an action's source, an auditor the caller cannot see) and the audit trail of
// a restricted document.
#include <gtest/gtest.h>

#include <cctype>

#include "standards/catalogue.h"
#include "test_env.h"
#include "test_files.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kSchoolQm = "hieutruong.tohieu@demo.eduims.vn";  // quality manager and head of THPT Tô Hiệu
const char* kSchoolStaff = "nhanvien.tohieu@demo.eduims.vn";  // staff of THPT Tô Hiệu
const char* kQualityHead = "iso@demo.eduims.vn";              // quality manager of the whole department
const char* kDirector = "giamdoc@demo.eduims.vn";             // top management, head of the department
const char* kAuditor = "danhgianoibo@demo.eduims.vn";         // internal auditor of the whole department
const char* kTeacher = "giaovien.toan@demo.eduims.vn";        // staff of THPT Chuyên (Tổ Toán - Tin)
const char* kPassword = "Người được chỉ định 2026";

std::string Id(const json::value& v) { return std::to_string(v.at("id").as_int64()); }

class NamedPeople : public DemoApiTest {
 protected:
  struct Person {
    db::Id id = 0;
    db::Id grant = 0;  // the grant given with the person
    std::string email;
  };

  // A new user of the unit `unit_code` holding `role` on `grant_unit` (their own unit if empty), in force until
  // `valid_until` when given.
  Person NewPerson(const std::string& role, const std::string& unit_code, const std::string& grant_unit = "",
                   const std::string& valid_until = "") {
    static int made = 0;
    Person p;
    // Lower case, as the server keeps e-mail addresses, so the outbox's recipients compare equal.
    std::string engine = EngineName(GetParam());
    for (char& c : engine) c = char(std::tolower(static_cast<unsigned char>(c)));
    p.email = "named" + std::to_string(++made) + "-" + engine + "@named.vn";
    Client admin = As(kAdminEmail);
    auto created = admin.Post("/api/v1/users", {{"unit_id", server().UnitId(unit_code)},
                                                {"email", p.email},
                                                {"full_name", "Người được chỉ định " + std::to_string(made)},
                                                {"password", kPassword}});
    EXPECT_EQ(created.status, 201) << created.body;
    p.id = created.json.at("id").as_int64();
    p.grant = Grant(p, role, grant_unit.empty() ? unit_code : grant_unit, valid_until);
    return p;
  }

  db::Id Grant(const Person& p, const std::string& role, const std::string& unit_code,
               const std::string& valid_until = "") {
    json::object body{{"role", role}, {"unit_id", server().UnitId(unit_code)}};
    if (role == "external_auditor" || !valid_until.empty())
      body["valid_until"] = valid_until.empty() ? DaysFromToday(30) : valid_until;
    auto r = As(kAdminEmail).Post("/api/v1/users/" + std::to_string(p.id) + "/grants", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.json.at("id").as_int64() : 0;
  }

  void Revoke(const Person& p, db::Id grant) {
    auto r = As(kAdminEmail).Delete("/api/v1/users/" + std::to_string(p.id) + "/grants/" + std::to_string(grant));
    EXPECT_EQ(r.status, 200) << r.body;
  }

  // The person's role reduced: the grant they were given revoked, `role` granted instead on the same unit.
  void Reduce(Person& p, const std::string& role, const std::string& unit_code) {
    Revoke(p, p.grant);
    p.grant = Grant(p, role, unit_code);
  }

  // The grant ended: its end date put in the past, as the calendar would have done (no route sets one).
  void Expire(db::Id grant) {
    server().app().db().Write([&](soci::session& s) {
      s << "UPDATE role_grants SET valid_until = '2020-12-31' WHERE id = :id", soci::use(grant);
    });
  }

  // A client logged in as `p` (a login is a write, so their grants are read afresh).
  Client Login(const Person& p) {
    Client c(server().port());
    EXPECT_EQ(c.Login(p.email, kPassword).status, 201) << p.email;
    return c;
  }

  static std::string Code(const HttpResult& r) { return r.code() + "@" + r.field(); }
  static std::string Permission(const HttpResult& r) {
    return r.json.is_object() && r.json.as_object().contains("permission")
               ? std::string(r.json.at("permission").as_string())
               : "";
  }

  // Creates at `collection` what `body` describes owned by `owner`, after `unqualified` was refused as its owner
  // with `permission` named; returns the URL of what was made.
  std::string MadeOnlyForAQualifiedOwner(Client& c, const std::string& collection, json::object body,
                                         const Person& unqualified, const Person& owner,
                                         const std::string& permission) {
    body["owner_id"] = unqualified.id;
    auto refused = c.Post(collection, body);
    EXPECT_EQ(Code(refused), "auth.named_without_permission@owner_id");
    EXPECT_EQ(Permission(refused), permission);
    body["owner_id"] = owner.id;
    auto made = c.Post(collection, body);
    EXPECT_EQ(made.status, 201) << made.body;
    return collection + "/" + (made.status == 201 ? Id(made.json) : "0");
  }

  // A new document of `unit_code` written by `author`; returns its URL.
  std::string NewDocument(Client& author, const std::string& unit_code, const std::string& confidentiality,
                          const std::string& title = "Quy trình quản lý hồ sơ học sinh") {
    auto doc = author.Post("/api/v1/documents", {{"unit_id", server().UnitId(unit_code)},
                                                 {"title", title},
                                                 {"type", "procedure"},
                                                 {"confidentiality", confidentiality}});
    EXPECT_EQ(doc.status, 201) << doc.body;
    return "/api/v1/documents/" + Id(doc.json);
  }

  static json::object RevisionBody(json::object extra) {
    json::object body{{"change_description", "Ban hành lần đầu"}, {"content_markdown", "# Mục đích\n\nQuản lý hồ sơ."}};
    for (auto& [k, v] : extra) body[k] = v;
    return body;
  }

  // Takes a decision on the revision at `url`; on success `version` moves on.
  static HttpResult Decide(Client c, const std::string& url, long long& version, const std::string& action,
                           json::object extra = {}) {
    extra["action"] = action;
    extra["version"] = version;
    auto r = c.Post(url + "/decisions", extra);
    if (r.status == 200) version = r.json.at("version").as_int64();
    return r;
  }

  // A transition of the record at `url` (nonconformity, improvement, audit) from `state`; on success `state` is
  // the new one.
  static HttpResult Step(Client c, const std::string& url, json::value& state, const std::string& action,
                         json::object extra = {}) {
    extra["action"] = action;
    extra["version"] = state.at("version");
    auto r = c.Post(url + "/transitions", extra);
    if (r.status == 200) state = r.json;
    return r;
  }
};

TEST_P(NamedPeople, AReviewerNeedsReviewDocumentsWhenNamedAndWhenEndorsing) {
  Client qm = As(kSchoolQm);
  Person approver = NewPerson("quality_manager", "THPT-TOHIEU");
  Person reviewer = NewPerson("staff", "THPT-TOHIEU"), removed = NewPerson("staff", "THPT-TOHIEU");
  Person expired = NewPerson("staff", "THPT-TOHIEU");
  Person outsider = NewPerson("external_auditor", "THPT-TOHIEU");
  std::string doc = NewDocument(qm, "THPT-TOHIEU", "internal");

  // Never had it: an external auditor may read the document, not review it.
  auto refused = qm.Post(doc + "/revisions", RevisionBody({{"approver_id", approver.id},
                                                           {"reviewer_ids", {reviewer.id, outsider.id}}}));
  EXPECT_EQ(Code(refused), "auth.named_without_permission@reviewer_ids");
  EXPECT_EQ(Permission(refused), "review_documents");

  auto rev = qm.Post(doc + "/revisions", RevisionBody({{"approver_id", approver.id},
                                                       {"reviewer_ids", {reviewer.id, removed.id, expired.id}}}));
  ASSERT_EQ(rev.status, 201) << rev.body;
  std::string url = doc + "/revisions/" + Id(rev.json);
  long long version = rev.json.at("version").as_int64();
  ASSERT_EQ(Decide(qm, url, version, "submit").status, 200);

  // Named with the right: endorses.
  Client with_right = Login(reviewer);
  auto endorsed = Decide(with_right, url, version, "endorse");
  EXPECT_EQ(endorsed.status, 200) << endorsed.body;
  // The right removed after being named (only reading is left): refused, the permission named.
  Reduce(removed, "external_auditor", "THPT-TOHIEU");
  Client reduced = Login(removed);
  auto no_longer = Decide(reduced, url, version, "endorse");
  EXPECT_EQ(no_longer.status, 403) << no_longer.body;
  EXPECT_EQ(no_longer.code(), "auth.permission_missing");
  EXPECT_EQ(Permission(no_longer), "review_documents");
  EXPECT_EQ(Decide(reduced, url, version, "request_changes", {{"comment", "Chưa đạt"}}).code(),
            "auth.permission_missing");
  // The grant expired: nothing of the document is theirs any more.
  Expire(expired.grant);
  Client lapsed = Login(expired);
  EXPECT_EQ(Decide(lapsed, url, version, "endorse").status, 404);
  // Nothing they tried changed the revision: one endorsement, still in review.
  auto now = qm.Get(url);
  EXPECT_EQ(now.json.at("status").as_string(), "in_review");
  EXPECT_EQ(now.json.at("version").as_int64(), version);
}

TEST_P(NamedPeople, AnApproverNeedsManageDocumentsWhenNamedAndWhenApproving) {
  Client qm = As(kSchoolQm);
  Person approver = NewPerson("quality_manager", "THPT-TOHIEU");
  Person staff = NewPerson("staff", "THPT-TOHIEU");
  std::string doc = NewDocument(qm, "THPT-TOHIEU", "internal");

  auto refused = qm.Post(doc + "/revisions", RevisionBody({{"approver_id", staff.id}}));
  EXPECT_EQ(Code(refused), "auth.named_without_permission@approver_id");
  EXPECT_EQ(Permission(refused), "manage_documents");

  auto rev = qm.Post(doc + "/revisions", RevisionBody({{"approver_id", approver.id}}));
  ASSERT_EQ(rev.status, 201) << rev.body;
  std::string url = doc + "/revisions/" + Id(rev.json);
  long long version = rev.json.at("version").as_int64();
  ASSERT_EQ(Decide(qm, url, version, "submit").status, 200);

  // Reduced to staff after being named: refused when approving, the permission named.
  Reduce(approver, "staff", "THPT-TOHIEU");
  Client reduced = Login(approver);
  auto approve = Decide(reduced, url, version, "approve");
  EXPECT_EQ(approve.status, 403) << approve.body;
  EXPECT_EQ(approve.code(), "auth.permission_missing");
  EXPECT_EQ(Permission(approve), "manage_documents");
  // Given the right back: approves and publishes.
  Reduce(approver, "quality_manager", "THPT-TOHIEU");
  Client restored = Login(approver);
  EXPECT_EQ(Decide(restored, url, version, "approve").status, 200);
  // The grant expired between approval and publication: the document is published by nobody.
  Expire(approver.grant);
  Client lapsed = Login(approver);
  EXPECT_EQ(Decide(lapsed, url, version, "publish", {{"effective_on", DaysFromToday(1)}}).status, 404);
  EXPECT_EQ(qm.Get(doc).json.at("status").as_string(), "draft");
}

TEST_P(NamedPeople, AVerifierNeedsVerifyImprovementWhenNamedAndWhenRecordingTheVerdict) {
  Client manager = As(kSchoolQm), owner = As(kSchoolStaff);
  Person verifier = NewPerson("internal_auditor", "THPT-TOHIEU");
  Person staff = NewPerson("staff", "THPT-TOHIEU");
  auto created = manager.Post("/api/v1/nonconformities", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                          {"title", "Sổ đầu bài thiếu chữ ký"},
                                                          {"source", "internal_audit"},
                                                          {"severity", "minor"}});
  ASSERT_EQ(created.status, 201) << created.body;
  json::value nc = created.json;
  std::string url = "/api/v1/nonconformities/" + Id(nc);
  ASSERT_EQ(Step(manager, url, nc, "contain", {{"correction", "Bổ sung chữ ký"}}).status, 200);
  ASSERT_EQ(Step(manager, url, nc, "analyse",
                 {{"root_cause_method", "five_whys"}, {"root_cause", "Chưa giao người kiểm tra"}, {"whys", {"x"}}})
                .status,
            200);
  auto action = manager.Post(url + "/actions", {{"title", "Kiểm tra sổ đầu bài hằng tuần"},
                                                {"owner_id", User(kSchoolStaff)},
                                                {"due_date", DaysFromToday(10)}});
  ASSERT_EQ(action.status, 201) << action.body;
  json::object plan{{"effectiveness_criterion", "Không sổ nào thiếu chữ ký trong học kỳ"},
                    {"verification_due", DaysFromToday(30)},
                    {"verifier_id", staff.id}};
  // Never had it: a staff member may read the nonconformity, not verify it.
  auto refused = Step(manager, url, nc, "plan", plan);
  EXPECT_EQ(Code(refused), "auth.named_without_permission@verifier_id");
  EXPECT_EQ(Permission(refused), "verify_improvement");
  plan["verifier_id"] = verifier.id;
  ASSERT_EQ(Step(manager, url, nc, "plan", plan).status, 200);
  std::string action_url = "/api/v1/actions/" + Id(action.json);
  ASSERT_EQ(owner.Post(action_url + "/transitions", {{"version", action.json.at("version")}, {"to", "done"}}).status,
            200);
  ASSERT_EQ(Step(manager, url, nc, "implement").status, 200);

  // The right removed: refused, the permission named, and nothing recorded.
  Reduce(verifier, "staff", "THPT-TOHIEU");
  Client reduced = Login(verifier);
  auto verdict = Step(reduced, url, nc, "verify_effective", {{"comment", "Đã kiểm tra 12 sổ"}});
  EXPECT_EQ(verdict.status, 403) << verdict.body;
  EXPECT_EQ(verdict.code(), "auth.permission_missing");
  EXPECT_EQ(Permission(verdict), "verify_improvement");
  EXPECT_EQ(nc.at("status").as_string(), "implemented");
  // The grant expired: refused too.
  Reduce(verifier, "internal_auditor", "THPT-TOHIEU");
  Expire(verifier.grant);
  EXPECT_EQ(Step(Login(verifier), url, nc, "verify_effective", {{"comment", "x"}}).status, 404);
  // With the right: the verdict is theirs.
  verifier.grant = Grant(verifier, "internal_auditor", "THPT-TOHIEU");
  Client restored = Login(verifier);
  auto verified = Step(restored, url, nc, "verify_effective", {{"comment", "Đã kiểm tra 12 sổ"}});
  EXPECT_EQ(verified.status, 200) << verified.body;
  EXPECT_EQ(nc.at("status").as_string(), "verified");
}

TEST_P(NamedPeople, AnImprovementsOwnerCompletesItOnlyWhileTheyMayWorkOnTheirOwn) {
  Client manager = As(kSchoolQm);
  Person owner = NewPerson("staff", "THPT-TOHIEU");
  Person outsider = NewPerson("external_auditor", "THPT-TOHIEU");
  std::string url = MadeOnlyForAQualifiedOwner(manager, "/api/v1/improvements",
                                               {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                {"title", "Nhắn tin lịch họp phụ huynh"},
                                                {"source", "suggestion"},
                                                {"expected_benefit", "Phụ huynh dự họp đầy đủ"}},
                                               outsider, owner, "update_own_actions");
  json::value i = manager.Get(url).json;
  ASSERT_EQ(Step(manager, url, i, "accept").status, 200);

  // No grant at all: the improvement is no longer theirs to see, let alone complete.
  Revoke(owner, owner.grant);
  EXPECT_EQ(Step(Login(owner), url, i, "complete", {{"outcome", "Đã triển khai"}}).status, 404);
  // Reading only: refused, the permission named.
  owner.grant = Grant(owner, "external_auditor", "THPT-TOHIEU");
  auto reading_only = Step(Login(owner), url, i, "complete", {{"outcome", "Đã triển khai"}});
  EXPECT_EQ(reading_only.code(), "auth.permission_missing");
  EXPECT_EQ(Permission(reading_only), "update_own_actions");
  EXPECT_EQ(i.at("status").as_string(), "accepted");
  // With the right: they complete it.
  Reduce(owner, "staff", "THPT-TOHIEU");
  auto completed = Step(Login(owner), url, i, "complete", {{"outcome", "Đã triển khai"}});
  EXPECT_EQ(completed.status, 200) << completed.body;
}

TEST_P(NamedPeople, AProcessOwnerEditsOnlyAsAProcessManager) {
  Client qm = As(kSchoolQm);
  Person owner = NewPerson("process_owner", "THPT-TOHIEU");
  Person staff = NewPerson("staff", "THPT-TOHIEU");
  static int n = 0;
  std::string url = MadeOnlyForAQualifiedOwner(
      qm, "/api/v1/processes",
      {{"unit_id", server().UnitId("THPT-TOHIEU")},
       {"code", "QT-CD" + std::to_string(++n) + EngineName(GetParam()).substr(0, 2)},
       {"name", "Công tác chủ nhiệm"},
       {"category", "core"}},
      staff, owner, "manage_processes");
  auto edited = Login(owner).Patch(url, {{"version", 1}, {"purpose", "Chủ nhiệm lớp hiệu quả"}});
  EXPECT_EQ(edited.status, 200) << edited.body;
  // Reduced to staff, even with an expired external auditor grant on top: ownership alone changes nothing.
  Reduce(owner, "staff", "THPT-TOHIEU");
  Expire(Grant(owner, "external_auditor", "THPT-TOHIEU"));
  auto refused_edit = Login(owner).Patch(url, {{"version", 2}, {"purpose", "Chủ sở hữu tự sửa"}});
  EXPECT_EQ(refused_edit.status, 403) << refused_edit.body;
  EXPECT_EQ(refused_edit.code(), "auth.permission_missing");
  EXPECT_EQ(Permission(refused_edit), "manage_processes");
  EXPECT_EQ(qm.Get(url).json.at("purpose").as_string(), "Chủ nhiệm lớp hiệu quả");
}

TEST_P(NamedPeople, ARecordsOwnerKeepsItOnlyAsADocumentManager) {
  Client qm = As(kSchoolQm);
  Person owner = NewPerson("quality_manager", "THPT-TOHIEU");
  Person staff = NewPerson("staff", "THPT-TOHIEU");
  std::string url = MadeOnlyForAQualifiedOwner(qm, "/api/v1/records",
                                               {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                {"title", "Biên bản kiểm tra hồ sơ giáo viên"},
                                                {"category", "meeting_minutes"},
                                                {"recorded_on", DaysFromToday(-1)}},
                                               staff, owner, "manage_documents");
  EXPECT_EQ(Login(owner).Patch(url, {{"version", 1}, {"description", "Đủ chữ ký"}}).status, 200);

  Reduce(owner, "staff", "THPT-TOHIEU");
  Client reduced = Login(owner);
  auto edit = reduced.Patch(url, {{"version", 2}, {"title", "Chủ sở hữu tự sửa"}});
  EXPECT_EQ(edit.code(), "auth.permission_missing");
  EXPECT_EQ(Permission(edit), "manage_documents");
  auto attach = reduced.Request("POST", url + "/attachments?file_name=bien-ban.png", TinyPng(), "image/png");
  EXPECT_EQ(attach.code(), "auth.permission_missing") << attach.body;
  EXPECT_EQ(qm.Get(url).json.at("version").as_int64(), 2);
  EXPECT_TRUE(qm.Get(url + "/attachments").json.at("items").as_array().empty());
}

TEST_P(NamedPeople, ARestrictedDocumentsOwnerDistributesItOnlyAsADocumentManager) {
  Client qm = As(kSchoolQm);
  Person owner = NewPerson("quality_manager", "THPT-TOHIEU");
  Person staff = NewPerson("staff", "THPT-TOHIEU");
  std::string url = MadeOnlyForAQualifiedOwner(qm, "/api/v1/documents",
                                               {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                {"title", "Hồ sơ kỷ luật học sinh"},
                                                {"type", "procedure"},
                                                {"confidentiality", "restricted"}},
                                               staff, owner, "manage_documents");
  json::object to_school{{"targets", json::array{{{"unit_id", server().UnitId("THPT-TOHIEU")}}}}};
  EXPECT_EQ(Login(owner).Put(url + "/distribution", to_school).status, 200);

  // Reduced to staff (an owner still reads their restricted document): opening it to others is refused.
  Reduce(owner, "staff", "THPT-TOHIEU");
  Client reduced = Login(owner);
  EXPECT_EQ(reduced.Get(url).status, 200);
  auto opened = reduced.Put(url + "/distribution", json::object{{"targets", json::array{}}});
  EXPECT_EQ(opened.code(), "auth.permission_missing") << opened.body;
  EXPECT_EQ(Permission(opened), "manage_documents");
  EXPECT_EQ(reduced.Get(url + "/distribution").code(), "auth.permission_missing");
  EXPECT_EQ(qm.Get(url + "/distribution").json.at("targets").as_array().size(), 1u);
}

TEST_P(NamedPeople, EscalationGoesToAHeadWhoMayStillSeeTheUnitElseTheNextOneUp) {
  Client admin = As(kAdminEmail);
  static int n = 0;
  std::string code = "TH-ESC" + std::to_string(++n) + EngineName(GetParam()).substr(0, 2);
  auto unit = admin.Post("/api/v1/units", {{"parent_id", server().UnitId("SO-GDDT")},
                                           {"code", code},
                                           {"name", "Trường Tiểu học thử leo thang " + code},
                                           {"type", "primary"}});
  ASSERT_EQ(unit.status, 201) << unit.body;
  std::string unit_url = "/api/v1/units/" + Id(unit.json);
  Person head = NewPerson("quality_manager", code);
  Person outsider = NewPerson("external_auditor", "THPT-TOHIEU");  // never saw this school
  auto version = unit.json.at("version");
  EXPECT_EQ(admin.Patch(unit_url, {{"version", version}, {"head_user_id", outsider.id}}).code(),
            "units.head_without_access");
  auto named = admin.Patch(unit_url, {{"version", version}, {"head_user_id", head.id}});
  ASSERT_EQ(named.status, 200) << named.body;

  auto report = [&](const std::string& title) {
    auto r = admin.Post("/api/v1/nonconformities", {{"unit_id", unit.json.at("id")},
                                                    {"title", title},
                                                    {"source", "complaint"},
                                                    {"severity", "major"},
                                                    {"detected_on", DaysFromToday(-40)},
                                                    {"due_date", DaysFromToday(-10)}});
    EXPECT_EQ(r.status, 201) << r.body;
  };
  auto mailed = [&](const std::string& email, const std::string& title) {
    long long count = 0;
    std::string like = "%" + title + "%";
    server().app().db().Read([&](soci::session& s) {
      s << "SELECT COUNT(*) FROM mail_outbox WHERE recipient = :r AND subject LIKE :t", soci::use(email),
          soci::use(like), soci::into(count);
    });
    return count;
  };
  std::string first = "Bếp ăn bán trú chưa kiểm tra " + code, second = "Sổ khám sức khoẻ thiếu " + code;
  // With the right: the head is mailed.
  report(first);
  server().app().nonconformities().EscalateOverdue(DaysFromToday(0), "http://eduims.test");
  EXPECT_EQ(mailed(head.email, first), 1);
  // The grant revoked: neither the title nor the notice reaches them; the department's head has it instead.
  Revoke(head, head.grant);
  report(second);
  server().app().nonconformities().EscalateOverdue(DaysFromToday(0), "http://eduims.test");
  EXPECT_EQ(mailed(head.email, second), 0);
  EXPECT_EQ(mailed(kDirector, second), 1);
}

TEST_P(NamedPeople, DistributionToARoleCountsOnlyGrantsInForceOnRelatedUnits) {
  Client owner = As(kQualityHead), approver = As(kDirector);
  static int n = 0;
  std::string word = "Baomat" + std::to_string(++n) + EngineName(GetParam());
  std::string url = NewDocument(owner, "SO-GDDT", "restricted", "Quy chế bảo mật " + word);
  auto rev = owner.Post(url + "/revisions", RevisionBody({{"approver_id", User(kDirector)}}));
  ASSERT_EQ(rev.status, 201) << rev.body;
  std::string rev_url = url + "/revisions/" + Id(rev.json);
  long long version = rev.json.at("version").as_int64();
  ASSERT_EQ(Decide(owner, rev_url, version, "submit").status, 200);
  ASSERT_EQ(Decide(approver, rev_url, version, "approve").status, 200);
  ASSERT_EQ(Decide(approver, rev_url, version, "publish", {{"effective_on", DaysFromToday(0)}}).status, 200);
  db::Id chuyen = server().UnitId("THPT-CHUYEN");
  json::array targets{{{"unit_id", chuyen}, {"role", "external_auditor"}},
                      {{"unit_id", chuyen}, {"role", "quality_manager"}}};
  auto set = owner.Put(url + "/distribution", {{"targets", targets}});
  ASSERT_EQ(set.status, 200) << set.body;

  Person auditor = NewPerson("external_auditor", "THPT-CHUYEN");
  Person lapsing = NewPerson("external_auditor", "THPT-CHUYEN");
  // A quality manager of another school, living in THPT Chuyên as staff: the role is held on an unrelated unit.
  Person elsewhere = NewPerson("staff", "THPT-CHUYEN");
  Grant(elsewhere, "quality_manager", "THPT-TOHIEU");
  std::string pdf = rev_url + "/pdf";
  std::string search = "/api/v1/search?q=" + word;

  Client reader = Login(auditor);
  EXPECT_EQ(reader.Get(url).status, 200);
  EXPECT_EQ(reader.Get(pdf).status, 200);
  EXPECT_EQ(reader.Get(search).json.at("items").as_array().size(), 1u);
  EXPECT_EQ(reader.Post(url + "/acknowledgements", {{"revision_id", rev.json.at("id")}}).status, 201);

  Expire(lapsing.grant);
  Client lapsed = Login(lapsing);
  EXPECT_EQ(lapsed.Get(url).status, 404);
  EXPECT_EQ(lapsed.Get(pdf).status, 404);
  EXPECT_TRUE(lapsed.Get(search).json.at("items").as_array().empty());
  EXPECT_EQ(lapsed.Post(url + "/acknowledgements", {{"revision_id", rev.json.at("id")}}).status, 404);

  Client unrelated = Login(elsewhere);
  EXPECT_EQ(unrelated.Get(url).status, 404);
  EXPECT_TRUE(unrelated.Get(search).json.at("items").as_array().empty());
  EXPECT_EQ(unrelated.Post(url + "/acknowledgements", {{"revision_id", rev.json.at("id")}}).status, 404);
  // The readership counts the one addressee only.
  EXPECT_EQ(owner.Get(url + "/distribution").json.at("addressees").as_int64(), 1);
}

TEST_P(NamedPeople, AuditorsAreNamedWithConductAuditsAndActOnlyWhileTheyHoldIt) {
  Client qm = As(kSchoolQm);
  json::value programme = ThisYearsProgramme(qm, "THPT-TOHIEU");
  // The lead sits in the department's office, out of the school's sight, but may conduct audits on the school.
  Person lead = NewPerson("internal_auditor", "SO-VP", "THPT-TOHIEU");
  Person member = NewPerson("internal_auditor", "SO-VP", "THPT-TOHIEU");
  Person staff = NewPerson("staff", "THPT-TOHIEU");
  json::object plan{{"programme_id", programme.at("id")},
                    {"unit_id", server().UnitId("THPT-TOHIEU")},
                    {"title", "Đánh giá nội bộ công tác bán trú"},
                    {"lead_auditor_id", lead.id},
                    {"team_ids", {member.id}},
                    {"planned_start", DaysFromToday(0)},
                    {"planned_end", DaysFromToday(0)},
                    {"clause_ids", {server().ClauseId("iso-21001", "7.5.3")}}};
  // Someone the caller sees who may not conduct audits: the permission is named.
  json::object with_staff = plan;
  with_staff["team_ids"] = {staff.id};
  auto refused = qm.Post("/api/v1/audits", with_staff);
  EXPECT_EQ(Code(refused), "auth.named_without_permission@team_ids");
  EXPECT_EQ(Permission(refused), "conduct_audits");
  // Someone the caller cannot see answers as nobody does: people cannot be probed across the tree.
  for (const char* field : {"lead_auditor_id", "team_ids", "auditee_ids"}) {
    json::object unseen = plan, missing = plan;
    json::value teacher = std::string(field) == "lead_auditor_id" ? json::value(User(kTeacher))
                                                                  : json::value(json::array{User(kTeacher)});
    json::value nobody = std::string(field) == "lead_auditor_id" ? json::value(999999)
                                                                 : json::value(json::array{999999});
    unseen[field] = teacher;
    missing[field] = nobody;
    auto a = qm.Post("/api/v1/audits", unseen), b = qm.Post("/api/v1/audits", missing);
    EXPECT_EQ(a.status, b.status) << field;
    EXPECT_EQ(Code(a), Code(b)) << field;
    EXPECT_EQ(a.json.at("detail"), b.json.at("detail")) << field;
  }
  auto made = qm.Post("/api/v1/audits", plan);
  ASSERT_EQ(made.status, 201) << made.body;
  json::value audit = made.json;
  std::string url = "/api/v1/audits/" + Id(audit);
  std::string line = url + "/checklist/" + Id(audit.at("checklist").as_array()[0]);
  // The lead starts it and the member answers while both hold the permission.
  Client leading = Login(lead);
  ASSERT_EQ(Step(leading, url, audit, "start").status, 200);
  auto answered =
      Login(member).Patch(line, {{"result", "conforming"}, {"evidence", "Sổ theo dõi đầy đủ"}, {"version", 1}});
  ASSERT_EQ(answered.status, 200) << answered.body;
  // Reduced to reading: the member's answer and the lead's report are refused, the permission named.
  Reduce(member, "external_auditor", "THPT-TOHIEU");
  auto answer = Login(member).Patch(line, {{"result", "conforming"},
                                           {"evidence", "Sổ theo dõi đã kiểm lại"},
                                           {"version", answered.json.at("version")}});
  EXPECT_EQ(answer.code(), "auth.permission_missing") << answer.body;
  EXPECT_EQ(Permission(answer), "conduct_audits");
  Reduce(lead, "external_auditor", "THPT-TOHIEU");
  auto reported = Step(Login(lead), url, audit, "report", {{"summary", "Đạt"}});
  EXPECT_EQ(reported.code(), "auth.permission_missing") << reported.body;
  EXPECT_EQ(audit.at("status").as_string(), "in_progress");
  // An expired grant counts for nothing either.
  Reduce(lead, "internal_auditor", "THPT-TOHIEU");
  Expire(lead.grant);
  EXPECT_EQ(Step(Login(lead), url, audit, "report", {{"summary", "Đạt"}}).status, 404);
}

TEST_P(NamedPeople, AStepsResponsibleIsNamedWithViewCertification) {
  Client qm = As(kSchoolQm);
  Person responsible = NewPerson("quality_manager", "THPT-TOHIEU");
  Person outsider = NewPerson("staff", "THPT-TOHIEU");
  json::array standard_ids;
  for (const auto& s : standards::ListStandards(server().app().db()))
    if ((s.code == "iso-21001" && s.edition == "2018") || (s.code == "iso-9001" && s.edition == "2015"))
      standard_ids.push_back(s.id);
  auto project = qm.Post("/api/v1/certifications", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                    {"title", "Chứng nhận ISO 21001"},
                                                    {"body_name", "QUACERT"},
                                                    {"accreditation_body", "BoA"},
                                                    {"accreditation_number", "VICAS 001"},
                                                    {"standard_ids", standard_ids},
                                                    {"site_ids", json::array{}}});
  ASSERT_EQ(project.status, 201) << project.body;
  std::string step = "/api/v1/certifications/" + Id(project.json) + "/steps/registration";
  auto version = [&] { return qm.Get("/api/v1/certifications/" + Id(project.json)).json.at("version"); };
  auto refused = qm.Patch(step, {{"version", version()}, {"responsible_id", outsider.id}});
  EXPECT_EQ(Code(refused), "auth.named_without_permission@responsible_id");
  EXPECT_EQ(Permission(refused), "view_certification");
  EXPECT_EQ(qm.Patch(step, {{"version", version()}, {"responsible_id", responsible.id}}).status, 200);
  // Their grant revoked, they can be named no more.
  Revoke(responsible, responsible.grant);
  EXPECT_EQ(Code(qm.Patch(step, {{"version", version()}, {"responsible_id", responsible.id}})),
            "auth.named_without_permission@responsible_id");
}

// Only a nonconformity's own route links an action to it, with its checks.
TEST_P(NamedPeople, AnActionCannotBeLinkedToANonconformityFromOutsideItsRoute) {
  Client teacher = As(kTeacher), qm = As(kSchoolQm);
  auto elsewhere = teacher.Post("/api/v1/nonconformities", {{"unit_id", server().UnitId("THPT-CHUYEN-TOAN")},
                                                            {"title", "Sổ điểm chưa ký"},
                                                            {"source", "other"},
                                                            {"severity", "minor"}});
  ASSERT_EQ(elsewhere.status, 201) << elsewhere.body;
  EXPECT_EQ(qm.Get("/api/v1/nonconformities/" + Id(elsewhere.json)).status, 404);
  for (const char* type : {"nonconformity", "improvement"}) {
    auto linked = qm.Post("/api/v1/actions", {{"title", "Khắc phục"},
                                              {"unit_id", server().UnitId("THPT-TOHIEU")},
                                              {"source_type", type},
                                              {"source_id", Id(elsewhere.json)}});
    EXPECT_EQ(Code(linked), "actions.source_reserved@source_type") << linked.body;
  }
  auto listed = teacher.Get("/api/v1/nonconformities/" + Id(elsewhere.json) + "/actions");
  EXPECT_TRUE(listed.json.at("items").as_array().empty()) << listed.body;
}

TEST_P(NamedPeople, TheAuditTrailHidesWhatARestrictedDocumentSaysFromThoseWhoCannotOpenIt) {
  Client qm = As(kSchoolQm), auditor = As(kAuditor);
  std::string secret = NewDocument(qm, "THPT-TOHIEU", "restricted", "Danh sách học sinh cần hỗ trợ tâm lý");
  std::string open = NewDocument(qm, "THPT-TOHIEU", "internal", "Lịch trực tuần");
  auto entries = [&](Client& c, const std::string& url) {
    auto r = c.Get("/api/v1/audit-log?entity=document&entity_id=" + url.substr(url.rfind('/') + 1));
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json.at("items").as_array();
  };
  EXPECT_EQ(auditor.Get(secret).status, 404);
  auto hidden = entries(auditor, secret);
  ASSERT_EQ(hidden.size(), 1u);
  EXPECT_TRUE(hidden[0].at("after").is_null());
  EXPECT_EQ(hidden[0].at("content_hidden"), json::value(true));
  EXPECT_EQ(hidden[0].at("operation").as_string(), "create");
  auto all = auditor.Get("/api/v1/audit-log?entity=document&limit=100");
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(all.body.find("hỗ trợ tâm lý"), std::string::npos);
  // Those who may open it, and what the auditor may open, keep the whole entry.
  auto shown = entries(qm, secret);
  ASSERT_EQ(shown.size(), 1u);
  EXPECT_EQ(shown[0].at("after").at("title").as_string(), "Danh sách học sinh cần hỗ trợ tâm lý");
  auto internal = entries(auditor, open);
  ASSERT_EQ(internal.size(), 1u);
  EXPECT_EQ(internal[0].at("after").at("title").as_string(), "Lịch trực tuần");
  EXPECT_FALSE(internal[0].as_object().contains("content_hidden"));
}

INSTANTIATE_TEST_SUITE_P(Engines, NamedPeople, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing

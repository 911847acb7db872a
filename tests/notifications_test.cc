// Notifications over HTTP and through the mail job on both engines: each module's open tasks reach the person they
// are for and nobody else, the preference is the caller's own and refuses unknown values, and the job mails each
// task once (immediately or in one digest a day from 07:00 in Vietnam, nothing for `none`), also when two servers
// over one PostgreSQL database run it at the same time.
#include <gtest/gtest.h>

#include <set>
#include <thread>

#include "audits/tasks.h"
#include "certification/tasks.h"
#include "demo/demo.h"
#include "documents/tasks.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kAuthor = "hieutruong.tohieu@demo.eduims.vn";  // quality manager of THPT Tô Hiệu
const char* kStaff = "nhanvien.tohieu@demo.eduims.vn";     // staff of THPT Tô Hiệu
const char* kDirector = "giamdoc@demo.eduims.vn";          // top management of the department
const char* kQuality = "iso@demo.eduims.vn";               // quality manager of the department
const char* kTeacher = "giaovien.toan@demo.eduims.vn";     // staff of THPT Chuyên, unrelated to THPT Tô Hiệu

class Notifications : public ::testing::TestWithParam<db::Engine> {
 protected:
  void SetUp() override { server_ = std::make_unique<TestServer>(GetParam()); }
  TestServer& server() { return *server_; }
  Client As(const std::string& email) {
    Client c(server().port());
    EXPECT_EQ(c.Login(email, demo::kDemoPassword).status, 201) << email;
    return c;
  }
  // The caller's open tasks, by key.
  std::map<std::string, json::object> Tasks(Client& c) {
    auto r = c.Get("/api/v1/notifications");
    EXPECT_EQ(r.status, 200) << r.body;
    std::map<std::string, json::object> out;
    if (r.status == 200)
      for (const auto& t : r.json.at("items").as_array()) out[std::string(t.at("key").as_string())] = t.as_object();
    return out;
  }
  // The kinds of the caller's tasks linking to `link`.
  std::set<std::string> KindsAt(Client& c, const std::string& link) {
    std::set<std::string> out;
    for (const auto& [key, t] : Tasks(c))
      if (t.at("link").as_string() == link) out.insert(std::string(t.at("kind").as_string()));
    return out;
  }
  long long Count(const std::string& sql) {
    long long n = 0;
    server().app().db().Read([&](soci::session& s) { s << sql, soci::into(n); });
    return n;
  }
  long long MailsTo(const std::string& email) {
    return Count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = '" + email + "'");
  }
  // Today in Vietnam at `hour`:00 (UTC+7), `days` from the tests' day.
  static TimePoint At(int days, int hour) {
    auto day = std::chrono::sys_days(*ParseDate(DaysFromToday(days)));
    return TimePoint(day) + std::chrono::hours(hour - 7);
  }
  json::value Action(Client& c, const std::string& title, const std::string& owner, int due_in_days) {
    auto r = c.Post("/api/v1/actions", {{"title", title},
                                        {"unit_id", server().UnitId("THPT-TOHIEU")},
                                        {"owner_id", server().UserId(owner)},
                                        {"due_date", DaysFromToday(due_in_days)}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json;
  }

  std::unique_ptr<TestServer> server_;
};

std::string Id(const json::value& v) { return std::to_string(v.at("id").as_int64()); }

TEST_P(Notifications, ARevisionGoesToItsReviewerThenItsApproverAndADistributedDocumentToItsReaders) {
  Client author = As(kAuthor), reviewer = As(kStaff), approver = As(kDirector), teacher = As(kTeacher);
  auto doc = author.Post("/api/v1/documents", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                                {"title", "Quy trình thông báo việc cần làm"},
                                                {"type", "procedure"}});
  ASSERT_EQ(doc.status, 201) << doc.body;
  std::string link = "/documents/" + Id(doc.json), url = "/api/v1" + link;
  auto rev = author.Post(url + "/revisions", {{"change_description", "Ban hành lần đầu"},
                                              {"content_markdown", "# Mục đích\n\nAi cũng biết việc của mình."},
                                              {"reviewer_ids", {server().UserId(kStaff)}},
                                              {"approver_id", server().UserId(kDirector)}});
  ASSERT_EQ(rev.status, 201) << rev.body;
  std::string rev_url = url + "/revisions/" + Id(rev.json);
  long long version = rev.json.at("version").as_int64();
  auto decide = [&](Client& c, const char* action, json::object extra = {}) {
    extra["action"] = action;
    extra["version"] = version;
    auto r = c.Post(rev_url + "/decisions", extra);
    ASSERT_EQ(r.status, 200) << action << " " << r.body;
    version = r.json.at("version").as_int64();
  };
  EXPECT_TRUE(KindsAt(reviewer, link).empty());  // a draft asks nothing of anyone
  decide(author, "submit");
  EXPECT_EQ(KindsAt(reviewer, link), std::set<std::string>{"revision_review"});
  EXPECT_TRUE(KindsAt(approver, link).empty());  // not before every reviewer endorsed
  EXPECT_TRUE(KindsAt(author, link).empty());
  EXPECT_TRUE(KindsAt(teacher, link).empty());
  auto task = Tasks(reviewer);
  auto it = std::find_if(task.begin(), task.end(), [&](const auto& kv) { return kv.second.at("link").as_string() == link; });
  ASSERT_NE(it, task.end());
  EXPECT_EQ(it->second.at("title").as_string(), std::string(doc.json.at("code").as_string()) +
                                                    " — Quy trình thông báo việc cần làm");
  EXPECT_TRUE(it->second.at("due").is_null());
  EXPECT_FALSE(it->second.at("overdue").as_bool());

  decide(reviewer, "endorse");
  EXPECT_TRUE(KindsAt(reviewer, link).empty());
  EXPECT_EQ(KindsAt(approver, link), std::set<std::string>{"revision_approval"});
  decide(approver, "approve");
  EXPECT_EQ(KindsAt(approver, link), std::set<std::string>{"revision_publication"});
  decide(approver, "publish", {{"effective_on", DaysFromToday(0)}});
  EXPECT_TRUE(KindsAt(approver, link).empty());

  // Distributed to the school: its staff are to read it, the other school's teacher is not.
  auto set = author.Put(url + "/distribution", {{"targets", json::array{{{"unit_id", server().UnitId("THPT-TOHIEU")}}}}});
  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_EQ(KindsAt(reviewer, link), std::set<std::string>{"document_read"});
  EXPECT_TRUE(KindsAt(teacher, link).empty());
  // The job's view of everyone holds the same task for the same person, and none for the teacher.
  std::string today = DaysFromToday(0);
  bool staff_reads = false, teacher_reads = false;
  for (const auto& t : documents::DocumentTasks(server().app().db(), server().app().org()).OpenTasks(std::nullopt, today)) {
    if (t.link != link || t.kind != "document_read") continue;
    staff_reads |= t.user_id == server().UserId(kStaff);
    teacher_reads |= t.user_id == server().UserId(kTeacher);
  }
  EXPECT_TRUE(staff_reads);
  EXPECT_FALSE(teacher_reads);
  ASSERT_EQ(reviewer.Post(url + "/acknowledgements", {{"revision_id", rev.json.at("id")}}).status, 201);
  EXPECT_TRUE(KindsAt(reviewer, link).empty());
}

TEST_P(Notifications, ActionsDueWithinAWeekGoToTheirOwnerOnly) {
  Client manager = As(kAuthor), staff = As(kStaff), teacher = As(kTeacher);
  auto soon = Action(manager, "Nộp kế hoạch bồi dưỡng", kStaff, 3);
  auto later = Action(manager, "Tổng kết năm học", kStaff, 30);
  std::string soon_link = "/actions?id=" + Id(soon), later_link = "/actions?id=" + Id(later);
  EXPECT_EQ(KindsAt(staff, soon_link), std::set<std::string>{"action_due"});
  EXPECT_TRUE(KindsAt(staff, later_link).empty());
  EXPECT_TRUE(KindsAt(manager, soon_link).empty());
  EXPECT_TRUE(KindsAt(teacher, soon_link).empty());
  auto tasks = Tasks(staff);
  auto& t = tasks.at("action_due:" + Id(soon) + ":" + DaysFromToday(3));
  EXPECT_EQ(t.at("due").as_string(), DaysFromToday(3));
  EXPECT_EQ(t.at("title").as_string(), "Nộp kế hoạch bồi dưỡng");
  // Done: gone.
  auto done = manager.Post("/api/v1/actions/" + Id(soon) + "/transitions", {{"version", soon.at("version")}, {"to", "done"}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_TRUE(KindsAt(staff, soon_link).empty());
}

// A report request owed by a school is a task of those who answer for it there, due on the deadline, until the
// answer is submitted; returned for rework it is a new task. Not the sender's, not the school's staff's.
TEST_P(Notifications, ADirectiveToAnswerGoesToThoseWhoAnswerForTheUnit) {
  Client quality = As(kQuality), manager = As(kAuthor), staff = As(kStaff), teacher = As(kTeacher);
  std::string deadline = DaysFromToday(10);
  auto sent = quality.Post("/api/v1/directives", {{"unit_id", server().UnitId("SO-GDDT")},
                                                  {"kind", "report_request"},
                                                  {"dispatch_number", "77/SGDĐT-KTKĐCLGD"},
                                                  {"dispatch_date", DaysFromToday(0)},
                                                  {"title", "Báo cáo công tác tuyển sinh"},
                                                  {"body", "Đề nghị các đơn vị báo cáo theo mẫu."},
                                                  {"deadline", deadline},
                                                  {"target_kind", "units"},
                                                  {"unit_ids", {server().UnitId("THPT-TOHIEU")}}});
  ASSERT_EQ(sent.status, 201) << sent.body;
  auto answers = manager.Get("/api/v1/directive-answers?directive_id=" + Id(sent.json));
  ASSERT_EQ(answers.status, 200) << answers.body;
  ASSERT_EQ(answers.json.at("items").as_array().size(), 1u);
  json::value answer = answers.json.at("items").as_array()[0];
  std::string link = "/directive-answers/" + Id(answer);
  EXPECT_EQ(KindsAt(manager, link), std::set<std::string>{"directive_answer"});
  auto tasks = Tasks(manager);
  auto& t = tasks.at("directive_answer:" + Id(answer));
  EXPECT_EQ(t.at("due").as_string(), deadline);
  EXPECT_EQ(t.at("title").as_string(), "77/SGDĐT-KTKĐCLGD Báo cáo công tác tuyển sinh — Trường THPT Tô Hiệu");
  EXPECT_TRUE(KindsAt(quality, link).empty());
  EXPECT_TRUE(KindsAt(staff, link).empty());
  EXPECT_TRUE(KindsAt(teacher, link).empty());

  std::string url = "/api/v1/directive-answers/" + Id(answer);
  auto written = manager.Patch(url, {{"version", answer.at("version")}, {"text", "Đã tuyển đủ chỉ tiêu lớp 10."}});
  ASSERT_EQ(written.status, 200) << written.body;
  auto submitted = manager.Post(url + "/transitions", {{"version", written.json.at("version")}, {"action", "submit"}});
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  EXPECT_TRUE(KindsAt(manager, link).empty());
  auto returned = quality.Post(url + "/transitions", {{"version", submitted.json.at("version")},
                                                      {"action", "return"},
                                                      {"reason", "Thiếu số liệu theo từng lớp."}});
  ASSERT_EQ(returned.status, 200) << returned.body;
  std::set<std::string> keys;
  for (const auto& [key, task] : Tasks(manager))
    if (task.at("link").as_string() == link) keys.insert(key);
  ASSERT_EQ(keys.size(), 1u);
  EXPECT_NE(*keys.begin(), "directive_answer:" + Id(answer));  // a new task, mailed anew
}

TEST_P(Notifications, AuditsCertificationStepsAndReviewsGoToTheirPeopleOnly) {
  Client quality = As(kQuality), director = As(kDirector), teacher = As(kTeacher);
  // A management review within 14 days: its participants, not others; one further away: nobody yet.
  auto plan = [&](int in_days) {
    auto r = quality.Post("/api/v1/management-reviews",
                          {{"unit_id", server().UnitId("SO-GDDT")}, {"title", "Xem xét của lãnh đạo"},
                           {"period_from", "2026-01-01"}, {"period_to", "2026-12-31"},
                           {"planned_on", DaysFromToday(in_days)},
                           {"participant_ids", {server().UserId(kDirector), server().UserId(kQuality)}}});
    EXPECT_EQ(r.status, 201) << r.body;
    return "/management-reviews/" + Id(r.json);
  };
  std::string near = plan(10), far = plan(40);
  EXPECT_EQ(KindsAt(director, near), std::set<std::string>{"review_scheduled"});
  EXPECT_EQ(KindsAt(quality, near), std::set<std::string>{"review_scheduled"});
  EXPECT_TRUE(KindsAt(teacher, near).empty());
  EXPECT_TRUE(KindsAt(director, far).empty());

  // The demo's audits planned or in progress: their lead auditor has each, a teacher outside them none.
  std::string today = DaysFromToday(0);
  auto audits = audits::AuditTasks(server().app().db()).OpenTasks(std::nullopt, today);
  ASSERT_FALSE(audits.empty()) << "the demo plans audits";
  long long expected = Count("SELECT COUNT(*) FROM (SELECT lead_auditor_id AS u, id AS a FROM audits WHERE status IN "
                             "('planned', 'in_progress') AND archived_at IS NULL UNION SELECT t.user_id, t.audit_id "
                             "FROM audit_team t JOIN audits a ON a.id = t.audit_id WHERE a.status IN ('planned', "
                             "'in_progress') AND a.archived_at IS NULL) x");
  EXPECT_EQ((long long)audits.size(), expected);
  db::Id lead = 0, audit_id = 0;
  server().app().db().Read([&](soci::session& s) {
    s << "SELECT lead_auditor_id, id FROM audits WHERE status = 'planned' AND archived_at IS NULL ORDER BY id",
        soci::into(lead), soci::into(audit_id);
  });
  ASSERT_NE(lead, 0);
  std::string lead_email;
  server().app().db().Read([&](soci::session& s) {
    s << "SELECT email FROM users WHERE id = :id", soci::use(lead), soci::into(lead_email);
  });
  Client auditor = As(lead_email);
  std::string audit_link = "/audits/" + std::to_string(audit_id);
  EXPECT_EQ(KindsAt(auditor, audit_link), std::set<std::string>{"audit_assigned"});
  if (lead_email != kTeacher) EXPECT_TRUE(KindsAt(teacher, audit_link).empty());

  // A certification step planned within 14 days: its responsible person; none named: those who manage
  // certification on the project's unit.
  auto steps = certification::CertificationTasks(server().app().db(), server().app().org(), server().app().certificates())
                   .OpenTasks(std::nullopt, today);
  long long planned = Count("SELECT COUNT(*) FROM certification_steps WHERE completed_on IS NULL AND planned_on IS NOT "
                            "NULL AND planned_on <= '" + DaysFromToday(14) + "'");
  std::erase_if(steps, [](const notifications::UserTask& t) { return t.kind != "certification_step"; });
  if (planned == 0) EXPECT_TRUE(steps.empty());
  for (const auto& t : steps) {
    auto who = server().app().org().PrincipalOf(t.user_id);
    ASSERT_TRUE(who);
    EXPECT_EQ(t.link.rfind("/certifications/", 0), 0u);
    // Each person named is the step's responsible or may manage certification there.
    db::Id project = std::stoll(t.link.substr(16));
    long long responsible = Count("SELECT COUNT(*) FROM certification_steps WHERE project_id = " +
                                  std::to_string(project) + " AND responsible_id = " + std::to_string(t.user_id));
    std::string unit_path;
    server().app().db().Read([&](soci::session& s) {
      s << "SELECT u.path FROM certification_projects p JOIN units u ON u.id = p.unit_id WHERE p.id = :p",
          soci::use(project), soci::into(unit_path);
    });
    EXPECT_TRUE(responsible > 0 || who->Can(auth::Permission::kManageCertification, unit_path)) << t.key;
  }
  // Only one's own: the route takes no other person.
  EXPECT_EQ(teacher.Get("/api/v1/notifications?user_id=" + std::to_string(server().UserId(kDirector))).status, 400);
}

// The certificate's own dates: a surveillance audit (or the recertification) whose window ends within two months is
// a task for those who manage certification on the certificate's unit, linked to the certificate and due on the
// window's last day; a suspended certificate gives none.
TEST_P(Notifications, ASurveillanceAuditDueIsATaskOfThoseWhoManageCertification) {
  std::string today = DaysFromToday(0);
  certification::CertificationTasks source(server().app().db(), server().app().org(), server().app().certificates());
  auto due = [&] {
    std::vector<notifications::UserTask> out;
    for (const auto& t : source.OpenTasks(std::nullopt, today))
      if (t.kind == "certificate_due") out.push_back(t);
    return out;
  };
  auto tasks = due();
  ASSERT_FALSE(tasks.empty()) << "the demo's certificate has its next surveillance within two months";
  std::string link;
  for (const auto& t : tasks) {
    ASSERT_EQ(t.link.rfind("/certificates/", 0), 0u) << t.link;
    std::string id = t.link.substr(14);
    EXPECT_EQ(t.key.rfind("certificate_due:" + id + ":", 0), 0u) << t.key;
    EXPECT_TRUE(t.key.find(":surveillance:") != std::string::npos || t.key.find(":recertification_") != std::string::npos)
        << t.key;
    ASSERT_TRUE(t.due);
    EXPECT_LE(*t.due, DaysFromToday(certification::CertificationTasks::kCertificateDueDays));
    std::string unit_path;
    server().app().db().Read([&](soci::session& s) {
      s << "SELECT u.path FROM certificates c JOIN units u ON u.id = c.unit_id WHERE c.id = " + id, soci::into(unit_path);
    });
    auto who = server().app().org().PrincipalOf(t.user_id);
    ASSERT_TRUE(who);
    EXPECT_TRUE(who->Can(auth::Permission::kManageCertification, unit_path)) << t.key;
    link = t.link;
  }
  // The department's quality manager manages certification over every school: the task is on their home page.
  Client quality = As(kQuality), teacher = As(kTeacher);
  EXPECT_EQ(KindsAt(quality, link), std::set<std::string>{"certificate_due"});
  EXPECT_TRUE(KindsAt(teacher, link).empty());
  // Suspended, the certificate is not audited as it stands: no task until it is reinstated.
  server().app().db().Write([&](soci::session& s) {
    s << "UPDATE certificates SET status = 'suspended' WHERE id = " + link.substr(14);
  });
  for (const auto& t : due()) EXPECT_NE(t.link, link) << t.key;
}

TEST_P(Notifications, ThePreferenceIsTheCallersOwnAuditedAndRefusesUnknownValues) {
  Client staff = As(kStaff), teacher = As(kTeacher);
  auto got = staff.Get("/api/v1/notifications/preferences");
  ASSERT_EQ(got.status, 200) << got.body;
  EXPECT_EQ(got.json.at("delivery").as_string(), "daily_digest");
  auto put = staff.Put("/api/v1/notifications/preferences", {{"delivery", "immediate"}});
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.json.at("delivery").as_string(), "immediate");
  EXPECT_EQ(staff.Get("/api/v1/notifications/preferences").json.at("delivery").as_string(), "immediate");
  EXPECT_EQ(teacher.Get("/api/v1/notifications/preferences").json.at("delivery").as_string(), "daily_digest");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE entity = 'notification_preference' AND entity_id = '" +
                  std::to_string(server().UserId(kStaff)) + "'"),
            1);

  auto bad = staff.Put("/api/v1/notifications/preferences", {{"delivery", "weekly"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.code() + "@" + bad.field(), "validation.invalid_value@delivery");
  EXPECT_EQ(bad.headers["content-type"], "application/problem+json");
  auto missing = staff.Put("/api/v1/notifications/preferences", json::object{});
  EXPECT_EQ(missing.code() + "@" + missing.field(), "validation.missing_field@delivery");
  auto extra = staff.Put("/api/v1/notifications/preferences", {{"delivery", "none"}, {"user_id", 1}});
  EXPECT_EQ(extra.status, 422) << extra.body;
  EXPECT_EQ(staff.Get("/api/v1/notifications/preferences").json.at("delivery").as_string(), "immediate");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE entity = 'notification_preference'"), 1);
}

TEST_P(Notifications, TheJobMailsEachTaskOnceImmediatelyOrInOneDigestADayAndNothingForNone) {
  Client manager = As(kAuthor), staff = As(kStaff), teacher = As(kTeacher);
  ASSERT_EQ(staff.Put("/api/v1/notifications/preferences", {{"delivery", "immediate"}}).status, 200);
  ASSERT_EQ(teacher.Put("/api/v1/notifications/preferences", {{"delivery", "none"}}).status, 200);
  auto first = Action(manager, "Cập nhật hồ sơ lớp chủ nhiệm", kStaff, 2);
  auto digest_action = Action(manager, "Rà soát kế hoạch tổ", kAuthor, 5);
  auto& notes = server().app().notifications();
  std::string url = "https://eduims.example";

  // 06:00: the immediate notice goes, the digest waits for 07:00.
  auto early = notes.MailRound(At(0, 6), url);
  EXPECT_EQ(early.digests, 0);
  EXPECT_GE(early.notices, 1);
  EXPECT_EQ(MailsTo(kStaff), 1);
  EXPECT_EQ(MailsTo(kAuthor), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = '" + std::string(kStaff) +
                  "' AND body LIKE '%" + url + "/actions?id=" + Id(first) + "%'"),
            1);
  // 10:00: the day's digests; nothing again for the immediate person, nothing ever for `none`.
  auto morning = notes.MailRound(At(0, 10), url);
  EXPECT_GE(morning.digests, 1);
  EXPECT_EQ(MailsTo(kStaff), 1);
  EXPECT_EQ(MailsTo(kAuthor), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = '" + std::string(kAuthor) +
                  "' AND body LIKE '%/actions?id=" + Id(digest_action) + "%'"),
            1);
  EXPECT_EQ(MailsTo(kTeacher), 0);
  auto again = notes.MailRound(At(0, 11), url);
  EXPECT_EQ(again.notices + again.digests, 0);

  // A new task: mailed at once to the immediate person, naming only it; the digest person waits for tomorrow.
  auto second = Action(manager, "Báo cáo sĩ số", kStaff, 1);
  Action(manager, "Kiểm tra sổ điểm", kAuthor, 1);
  auto noon = notes.MailRound(At(0, 12), url);
  EXPECT_EQ(noon.digests, 0);
  EXPECT_EQ(MailsTo(kStaff), 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = '" + std::string(kStaff) +
                  "' AND body LIKE '%/actions?id=" + Id(second) + "%' AND body NOT LIKE '%/actions?id=" + Id(first) +
                  "%'"),
            1);
  EXPECT_EQ(MailsTo(kAuthor), 1);
  EXPECT_EQ(notes.MailRound(At(1, 6), url).digests, 0);
  auto tomorrow = notes.MailRound(At(1, 8), url);
  EXPECT_GE(tomorrow.digests, 1);
  EXPECT_EQ(MailsTo(kAuthor), 2);
  EXPECT_EQ(notes.MailRound(At(1, 9), url).digests, 0);
  // The person's language: the demo's school manager reads Vietnamese.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = '" + std::string(kAuthor) +
                  "' AND body LIKE '%Kính gửi%'"),
            2);
  EXPECT_EQ(MailsTo(kTeacher), 0);
}

TEST_P(Notifications, TwoServersRunningTheJobAtOnceMailEachTaskOnce) {
  if (GetParam() != db::Engine::kPostgresql) GTEST_SKIP() << "several servers share a PostgreSQL database";
  TestServer other(server().database_url());
  Client manager = As(kAuthor), staff = As(kStaff);
  ASSERT_EQ(staff.Put("/api/v1/notifications/preferences", {{"delivery", "immediate"}}).status, 200);
  for (int i = 0; i < 5; ++i) Action(manager, "Việc song song " + std::to_string(i), kStaff, 2);
  Action(manager, "Việc của hiệu trưởng", kAuthor, 2);
  notifications::MailRun a, b;
  std::thread on_other([&] { b = other.app().notifications().MailRound(At(0, 10), "https://eduims.example"); });
  a = server().app().notifications().MailRound(At(0, 10), "https://eduims.example");
  on_other.join();
  EXPECT_EQ(MailsTo(kStaff), 1);
  EXPECT_EQ(MailsTo(kAuthor), 1);  // the school manager's digest, once
  EXPECT_EQ(Count("SELECT COUNT(*) FROM mail_outbox"), a.notices + a.digests + b.notices + b.digests);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM notification_deliveries"), a.tasks + b.tasks);
  auto third = other.app().notifications().MailRound(At(0, 11), "https://eduims.example");
  EXPECT_EQ(third.notices + third.digests, 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, Notifications, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing

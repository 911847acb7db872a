// Calendar feeds over HTTP on both engines, read by a real iCalendar parser (python3-icalendar): a personal feed
// with the audits its owner leads or is an auditee of and the due dates of their unfinished actions, an organisation feed with a
// subtree's audits, certification audits and step deadlines on the feeds of their unit and of who is responsible,
// all read without a cookie, stable from one poll to the next and changed when an event is; revoking, a disabled
// owner and bad input.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

#include "readers.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kQualityHead = "iso@demo.eduims.vn";                  // quality manager of the whole department
const char* kAuditor = "danhgianoibo@demo.eduims.vn";             // internal auditor of the whole department
const char* kSchoolManager = "hieutruong.tohieu@demo.eduims.vn";  // quality manager of THPT Tô Hiệu
const char* kStaff = "nhanvien.tohieu@demo.eduims.vn";            // staff of THPT Tô Hiệu

class Calendar : public DemoApiTest {
 protected:
  // A new department of THPT Tô Hiệu with an audit of it led by the department's internal auditor, planned from
  // `start` days from today for three days.
  json::value AuditOfFreshUnit(const std::string& title, int start) {
    static int n = 0;
    Client admin = As(kAdminEmail), head = As(kQualityHead);
    auto unit = admin.Post("/api/v1/units", {{"parent_id", server().UnitId("THPT-TOHIEU")},
                                             {"code", "LICH-" + std::to_string(++n)},
                                             {"name", "Tổ lịch " + std::to_string(n)},
                                             {"type", "department"}});
    EXPECT_EQ(unit.status, 201) << unit.body;
    json::value programme = ThisYearsProgramme(head, "SO-GDDT");
    auto audit = head.Post("/api/v1/audits", {{"programme_id", programme.at("id")},
                                              {"unit_id", unit.json.at("id")},
                                              {"title", title},
                                              {"lead_auditor_id", User(kAuditor)},
                                              {"planned_start", DaysFromToday(start)},
                                              {"planned_end", DaysFromToday(start + 2)},
                                              {"agenda", "8:00 khai mạc, phỏng vấn; 11:00 kết thúc"},
                                              {"clause_ids", {server().ClauseId("iso-21001", "9.2")}}});
    EXPECT_EQ(audit.status, 201) << audit.body;
    return audit.json;
  }
  // A new feed of `c`'s user; returns the creation answer.
  static HttpResult NewFeed(Client& c, json::object body) {
    auto r = c.Post("/api/v1/calendar-feeds", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r;
  }
  // The feed read as a calendar application would: no cookie, no token header.
  HttpResult Poll(const HttpResult& feed) {
    Client anonymous(server().port());
    return anonymous.Get(std::string(feed.json.at("url").as_string()));
  }
  static const json::object* EventWithUid(const json::value& calendar, const std::string& uid) {
    for (const auto& e : calendar.at("events").as_array())
      if (e.at("uid").as_string() == uid) return &e.as_object();
    return nullptr;
  }
};

TEST_P(Calendar, APersonalFeedShowsTheAuditsOneLeadsToACalendarApplication) {
  json::value audit = AuditOfFreshUnit("Đánh giá nội bộ: tuyển sinh, hồ sơ; lưu trữ", 10);
  std::string uid = "audit-" + std::to_string(audit.at("id").as_int64()) + "@eduims";
  Client auditor = As(kAuditor);
  auto feed = NewFeed(auditor, {{"name", "Lịch đánh giá của tôi"}});
  EXPECT_EQ(feed.json.at("kind").as_string(), "personal");
  std::string token(feed.json.at("token").as_string());
  EXPECT_EQ(feed.json.at("url").as_string(), "/calendar/" + token + ".ics");

  auto first = Poll(feed);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.headers["content-type"], "text/calendar; charset=utf-8");
  auto calendar = ReadIcs(first.body);
  ASSERT_TRUE(calendar.is_object());
  EXPECT_EQ(calendar.at("calendar").at("name").as_string(), "EduIMS — Lịch đánh giá của tôi");
  const json::object* event = EventWithUid(calendar, uid);
  ASSERT_TRUE(event) << first.body;
  EXPECT_TRUE(event->at("all_day").as_bool());
  EXPECT_EQ(event->at("start").as_string(), DaysFromToday(10));
  EXPECT_EQ(event->at("end").as_string(), DaysFromToday(13)) << "DTEND is the day after the last day";
  EXPECT_NE(std::string(event->at("summary").as_string()).find("tuyển sinh, hồ sơ; lưu trữ"), std::string::npos);
  EXPECT_NE(std::string(event->at("description").as_string()).find("Trần Thị Ánh"), std::string::npos);
  EXPECT_EQ(event->at("sequence").as_int64(), 0);

  // Polled again, nothing changed: the same text. Then the audit starts and the event says so.
  EXPECT_EQ(Poll(feed).body, first.body);
  auto started = auditor.Post("/api/v1/audits/" + std::to_string(audit.at("id").as_int64()) + "/transitions",
                              {{"version", audit.at("version")}, {"action", "start"}});
  ASSERT_EQ(started.status, 200) << started.body;
  auto after = ReadIcs(Poll(feed).body);
  ASSERT_TRUE(after.is_object());
  const json::object* changed = EventWithUid(after, uid);
  ASSERT_TRUE(changed);
  EXPECT_EQ(changed->at("sequence").as_int64(), 1);
  EXPECT_NE(std::string(changed->at("description").as_string()).find("đang diễn ra"), std::string::npos);

  // The school's staff see no audits in their own feed: they may not view audits.
  Client staff = As(kStaff);
  auto staff_feed = ReadIcs(Poll(NewFeed(staff, {{"name", "Của tôi"}})).body);
  ASSERT_TRUE(staff_feed.is_object());
  EXPECT_FALSE(EventWithUid(staff_feed, uid));

  // Revoked, the address answers nothing any more; the trail has both changes.
  std::string feed_url = "/api/v1/calendar-feeds/" + std::to_string(feed.json.at("id").as_int64());
  EXPECT_EQ(auditor.Delete(feed_url).status, 204);
  auto gone = Poll(feed);
  EXPECT_EQ(gone.status, 404);
  EXPECT_EQ(gone.code(), "resource.not_found");
  EXPECT_EQ(auditor.Delete(feed_url).status, 404);
  auto listed = auditor.Get("/api/v1/calendar-feeds");
  bool revoked_listed = false;
  for (const auto& f : listed.json.at("items").as_array())
    if (f.at("id") == feed.json.at("id")) revoked_listed = !f.at("revoked_at").is_null() && f.at("last_used_at").is_string();
  EXPECT_TRUE(revoked_listed);
  EXPECT_FALSE(listed.body.find(token) != std::string::npos) << "the token is shown once, never listed";
  auto trail = auditor.Get("/api/v1/audit-log?entity=calendar_feed&entity_id=" +
                           std::to_string(feed.json.at("id").as_int64()));
  ASSERT_EQ(trail.status, 200) << trail.body;
  ASSERT_EQ(trail.json.at("items").as_array().size(), 2u);
  EXPECT_EQ(trail.json.at("items").as_array()[0].at("operation").as_string(), "revoke");
}

TEST_P(Calendar, APersonalFeedShowsTheDueDatesOfUnfinishedActions) {
  Client manager = As(kSchoolManager), staff = As(kStaff);
  db::Id school = server().UnitId("THPT-TOHIEU");
  auto make = [&](const std::string& title, std::optional<std::string> due) {
    json::object body{{"title", title}, {"unit_id", school}, {"owner_id", User(kStaff)},
                      {"description", "Chi tiết, từng bước;\nbáo cáo hiệu trưởng"}};
    if (due) body["due_date"] = *due;
    auto r = manager.Post("/api/v1/actions", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json;
  };
  auto due = make("Cập nhật sổ theo dõi thiết bị", DaysFromToday(5));
  auto undated = make("Rà soát nội quy", std::nullopt);
  auto finished = make("Nộp báo cáo tháng", DaysFromToday(6));
  std::string finished_url = "/api/v1/actions/" + std::to_string(finished.at("id").as_int64());
  ASSERT_EQ(staff.Post(finished_url + "/transitions", {{"version", 1}, {"to", "done"}}).status, 200);

  staff.language = "en";
  auto feed = NewFeed(staff, {{"name", "Việc của tôi"}});
  auto calendar = ReadIcs(Poll(feed).body);
  ASSERT_TRUE(calendar.is_object());
  const json::object* event = EventWithUid(calendar, "action-" + std::to_string(due.at("id").as_int64()) + "@eduims");
  ASSERT_TRUE(event);
  EXPECT_EQ(event->at("start").as_string(), DaysFromToday(5));
  EXPECT_EQ(event->at("end").as_string(), DaysFromToday(6));
  // The feed speaks its owner's language (Vietnamese), whatever the creating request asked for.
  EXPECT_EQ(event->at("summary").as_string(), "Hạn hành động: Cập nhật sổ theo dõi thiết bị");
  EXPECT_NE(std::string(event->at("description").as_string()).find("Chi tiết, từng bước;\nbáo cáo hiệu trưởng"),
            std::string::npos);
  EXPECT_FALSE(EventWithUid(calendar, "action-" + std::to_string(undated.at("id").as_int64()) + "@eduims"));
  EXPECT_FALSE(EventWithUid(calendar, "action-" + std::to_string(finished.at("id").as_int64()) + "@eduims"));
}

TEST_P(Calendar, AnAuditeeFindsTheAuditOnTheirFeedWithoutTheRightToViewAudits) {
  json::value audit = AuditOfFreshUnit("Đánh giá tổ chuyên môn", 12);
  std::string uid = "audit-" + std::to_string(audit.at("id").as_int64()) + "@eduims";
  // A teacher of the audited department, staff only: audits are not theirs to browse, but this one's plan is.
  Client admin = As(kAdminEmail), head = As(kQualityHead);
  std::string email = "giaovien." + std::to_string(audit.at("id").as_int64()) + "@tohieu.vn";
  auto teacher = admin.Post("/api/v1/users", {{"unit_id", audit.at("unit_id")},
                                              {"email", email},
                                              {"full_name", "Giáo viên được phỏng vấn"},
                                              {"password", "Được đánh giá 2026"}});
  ASSERT_EQ(teacher.status, 201) << teacher.body;
  ASSERT_EQ(admin.Post("/api/v1/users/" + std::to_string(teacher.json.at("id").as_int64()) + "/grants",
                       {{"role", "staff"}, {"unit_id", audit.at("unit_id")}})
                .status,
            201);
  Client c(server().port());
  ASSERT_EQ(c.Login(email, "Được đánh giá 2026").status, 201);
  auto feed = NewFeed(c, {{"name", "Lịch của tôi"}});
  auto before = ReadIcs(Poll(feed).body);
  ASSERT_TRUE(before.is_object());
  EXPECT_FALSE(EventWithUid(before, uid));

  std::string url = "/api/v1/audits/" + std::to_string(audit.at("id").as_int64());
  auto named = head.Patch(url, {{"version", audit.at("version")}, {"auditee_ids", {teacher.json.at("id")}}});
  ASSERT_EQ(named.status, 200) << named.body;
  auto after = ReadIcs(Poll(feed).body);
  ASSERT_TRUE(after.is_object());
  const json::object* event = EventWithUid(after, uid);
  ASSERT_TRUE(event);
  EXPECT_EQ(event->at("start").as_string(), DaysFromToday(12));
  EXPECT_NE(std::string(event->at("description").as_string()).find("8:00 khai mạc"), std::string::npos);
  EXPECT_EQ(c.Get(url).status, 404);  // the calendar tells them the plan; the audit itself stays with auditors

  // Cancelled, the audit leaves their calendar.
  ASSERT_EQ(head.Delete(url).status, 200);
  auto cancelled = ReadIcs(Poll(feed).body);
  ASSERT_TRUE(cancelled.is_object());
  EXPECT_FALSE(EventWithUid(cancelled, uid));
}

TEST_P(Calendar, AnOrganisationFeedShowsTheSubtreesAudits) {
  json::value audit = AuditOfFreshUnit("Đánh giá thư viện", 20);
  std::string uid = "audit-" + std::to_string(audit.at("id").as_int64()) + "@eduims";
  Client manager = As(kSchoolManager);
  auto school_feed = NewFeed(manager, {{"name", "Trường THPT Tô Hiệu"}, {"unit_id", server().UnitId("THPT-TOHIEU")}});
  EXPECT_EQ(school_feed.json.at("kind").as_string(), "organisation");
  auto calendar = ReadIcs(Poll(school_feed).body);
  ASSERT_TRUE(calendar.is_object());
  EXPECT_TRUE(EventWithUid(calendar, uid));
  // Not in the manager's personal feed: they neither lead it nor belong to the audited department.
  auto personal = ReadIcs(Poll(NewFeed(manager, {{"name", "Của tôi"}})).body);
  ASSERT_TRUE(personal.is_object());
  EXPECT_FALSE(EventWithUid(personal, uid));
  // The department's feed of another school does not show it.
  Client head = As(kQualityHead);
  auto other = ReadIcs(Poll(NewFeed(head, {{"name", "THPT Chuyên"}, {"unit_id", server().UnitId("THPT-CHUYEN")}})).body);
  ASSERT_TRUE(other.is_object());
  EXPECT_FALSE(EventWithUid(other, uid));
}

TEST_P(Calendar, TheDepartmentsFeedShowsItsCertificatesDueWindows) {
  // The demo department holds an integrated certificate whose next surveillance falls due within 90 days.
  Client head = As(kQualityHead);
  auto due = head.Get("/api/v1/certifications/due?within_days=90");
  ASSERT_EQ(due.status, 200) << due.body;
  ASSERT_FALSE(due.json.at("items").as_array().empty()) << due.body;
  auto calendar =
      ReadIcs(Poll(NewFeed(head, {{"name", "Sở GD&ĐT"}, {"unit_id", server().UnitId("SO-GDDT")}})).body);
  ASSERT_TRUE(calendar.is_object());
  int surveillances = 0;
  for (const auto& e : calendar.at("events").as_array()) {
    std::string uid(e.at("uid").as_string());
    if (uid.rfind("certificate-", 0) == 0 && uid.find("-surveillance-") != std::string::npos) {
      ++surveillances;
      EXPECT_EQ(std::string(e.at("summary").as_string()).rfind("Đánh giá giám sát lần", 0), 0u) << uid;
    }
  }
  EXPECT_GE(surveillances, 1);
  // Every certificate date is one day: a window's first and last day, the expiry; never a span of months or years.
  auto next_day = [](const std::string& date) {
    std::chrono::year_month_day d{std::chrono::year(std::stoi(date.substr(0, 4))),
                                  std::chrono::month(unsigned(std::stoi(date.substr(5, 2)))),
                                  std::chrono::day(unsigned(std::stoi(date.substr(8, 2))))};
    auto next = std::chrono::year_month_day(std::chrono::sys_days(d) + std::chrono::days(1));
    char text[11];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(next.year()), unsigned(next.month()), unsigned(next.day()));
    return std::string(text);
  };
  int opens = 0, closes = 0;
  for (const auto& e : calendar.at("events").as_array()) {
    std::string uid(e.at("uid").as_string());
    if (uid.rfind("certificate-", 0) != 0) continue;
    EXPECT_EQ(e.at("end").as_string(), next_day(std::string(e.at("start").as_string()))) << uid;
    opens += uid.find("-opens@") != std::string::npos;
    closes += uid.find("-closes@") != std::string::npos;
  }
  EXPECT_GE(closes, 1);
  EXPECT_GE(opens + closes, 2);
  // A school's feed does not show the department's certificate.
  Client school = As(kSchoolManager);
  auto other = ReadIcs(Poll(NewFeed(school, {{"name", "Trường"}, {"unit_id", server().UnitId("THPT-TOHIEU")}})).body);
  ASSERT_TRUE(other.is_object());
  for (const auto& e : other.at("events").as_array())
    EXPECT_NE(std::string(e.at("uid").as_string()).rfind("certificate-", 0), 0u);
}

TEST_P(Calendar, CertificationAuditsAndStepDeadlinesAreOnTheFeedsOfTheirUnitAndOfWhoIsResponsible) {
  // The demo department's project: its recertification step planned with the quality manager responsible, and its
  // second surveillance audit planned inside its window.
  Client head = As(kQualityHead);
  auto projects = head.Get("/api/v1/certifications");
  ASSERT_EQ(projects.status, 200) << projects.body;
  json::value project = projects.json.at("items").as_array().at(0);
  std::string url = "/api/v1/certifications/" + std::to_string(project.at("id").as_int64());
  auto step = head.Patch(url + "/steps/recertification", {{"version", project.at("version")},
                                                           {"responsible_id", User(kQualityHead)},
                                                           {"planned_on", DaysFromToday(200)},
                                                           {"note", "Chuẩn bị hồ sơ chứng nhận lại"}});
  ASSERT_EQ(step.status, 200) << step.body;
  auto audit = head.Post(url + "/audits", {{"type", "surveillance"},
                                           {"start_date", DaysFromToday(10)},
                                           {"end_date", DaysFromToday(11)},
                                           {"team", json::array{{{"name", "Nguyễn Minh Quân"}, {"role", "lead"}}}}});
  ASSERT_EQ(audit.status, 201) << audit.body;
  std::string step_uid = "certification-step-" + std::to_string(project.at("id").as_int64()) + "-" +
                         std::to_string(project.at("cycle").as_int64()) + "-recertification@eduims";
  std::string audit_uid = "certification-audit-" + std::to_string(audit.json.at("id").as_int64()) + "@eduims";

  auto department = ReadIcs(Poll(NewFeed(head, {{"name", "Sở"}, {"unit_id", server().UnitId("SO-GDDT")}})).body);
  ASSERT_TRUE(department.is_object());
  const json::object* deadline = EventWithUid(department, step_uid);
  ASSERT_TRUE(deadline) << json::serialize(department);
  EXPECT_EQ(deadline->at("summary").as_string().subview().rfind("Bước 7. Chứng nhận lại — ", 0), 0u);
  EXPECT_EQ(deadline->at("start").as_string(), DaysFromToday(200));
  EXPECT_NE(deadline->at("description").as_string().subview().find("Chuẩn bị hồ sơ chứng nhận lại"), std::string::npos);
  const json::object* surveillance = EventWithUid(department, audit_uid);
  ASSERT_TRUE(surveillance);
  EXPECT_EQ(surveillance->at("summary").as_string().subview().rfind("Đánh giá giám sát — ", 0), 0u);
  EXPECT_EQ(surveillance->at("start").as_string(), DaysFromToday(10));
  EXPECT_EQ(surveillance->at("end").as_string(), DaysFromToday(12));  // DTEND of an all-day event is exclusive
  EXPECT_NE(surveillance->at("description").as_string().subview().find("Nguyễn Minh Quân"), std::string::npos);

  // The responsible person's own feed has both; someone responsible for no step has neither; a school's feed neither.
  auto mine = ReadIcs(Poll(NewFeed(head, {{"name", "Của tôi"}})).body);
  ASSERT_TRUE(mine.is_object());
  EXPECT_TRUE(EventWithUid(mine, step_uid));
  EXPECT_TRUE(EventWithUid(mine, audit_uid));
  Client auditor = As(kAuditor);
  auto theirs = ReadIcs(Poll(NewFeed(auditor, {{"name", "Của tôi"}})).body);
  ASSERT_TRUE(theirs.is_object());
  EXPECT_FALSE(EventWithUid(theirs, step_uid));
  EXPECT_FALSE(EventWithUid(theirs, audit_uid));
  Client school = As(kSchoolManager);
  auto other = ReadIcs(Poll(NewFeed(school, {{"name", "Trường"}, {"unit_id", server().UnitId("THPT-TOHIEU")}})).body);
  ASSERT_TRUE(other.is_object());
  EXPECT_FALSE(EventWithUid(other, step_uid));
  EXPECT_FALSE(EventWithUid(other, audit_uid));
  // A cancelled audit leaves the calendar; the step stays until it is completed.
  auto cancelled = head.Post(url + "/audits/" + std::to_string(audit.json.at("id").as_int64()) + "/transitions",
                             {{"version", audit.json.at("version")}, {"action", "cancel"}, {"comment", "Dời lịch"}});
  ASSERT_EQ(cancelled.status, 200) << cancelled.body;
  auto after = ReadIcs(Poll(NewFeed(head, {{"name", "Sở 2"}, {"unit_id", server().UnitId("SO-GDDT")}})).body);
  ASSERT_TRUE(after.is_object());
  EXPECT_FALSE(EventWithUid(after, audit_uid));
  EXPECT_TRUE(EventWithUid(after, step_uid));
}

TEST_P(Calendar, BadInputIsRefusedAndChangesNothing) {
  Client manager = As(kSchoolManager);
  auto count = [&] { return manager.Get("/api/v1/calendar-feeds").json.at("items").as_array().size(); };
  size_t before = count();
  struct Case {
    json::object body;
    std::string code, field;
  };
  const std::vector<Case> cases = {
      {{}, "validation.missing_field", "name"},
      {{{"name", "  "}}, "validation.empty", "name"},
      {{{"name", std::string(101, 'x')}}, "validation.too_long", "name"},
      {{{"name", "Lịch"}, {"unit_id", 0}}, "validation.invalid_value", "unit_id"},
      {{{"name", "Lịch"}, {"unit_id", server().UnitId("THPT-CHUYEN")}}, "validation.reference_not_found", "unit_id"},
      {{{"name", "Lịch"}, {"token", "mine"}}, "validation.unknown_field", "token"},
  };
  for (const auto& c : cases) {
    auto r = manager.Post("/api/v1/calendar-feeds", c.body);
    EXPECT_EQ(r.status, 422) << json::serialize(c.body) << " " << r.body;
    EXPECT_EQ(r.code(), c.code) << json::serialize(c.body);
    EXPECT_EQ(r.field(), c.field) << json::serialize(c.body);
  }
  EXPECT_EQ(count(), before);
  Client anonymous(server().port());
  for (const std::string& url : std::vector<std::string>{"/calendar/cal_doesnotexist.ics", "/calendar/not-a-token.ics",
                                                         "/calendar/" + std::string(300, 'a') + ".ics"})
    EXPECT_EQ(anonymous.Get(url).status, 404) << url;
  EXPECT_EQ(anonymous.Get("/calendar/cal_doesnotexist").status, 404);
  EXPECT_EQ(anonymous.Get("/api/v1/calendar-feeds").status, 401);
  // Someone else's feed cannot be revoked by its id.
  auto feed = NewFeed(manager, {{"name", "Của hiệu trưởng"}});
  EXPECT_EQ(As(kStaff).Delete("/api/v1/calendar-feeds/" + std::to_string(feed.json.at("id").as_int64())).status, 404);
  EXPECT_EQ(Poll(feed).status, 200);
}

TEST_P(Calendar, AFeedStopsAtItsLimitAndWithADisabledOwner) {
  Client admin = As(kAdminEmail);
  auto user = admin.Post("/api/v1/users", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                           {"email", "lich." + EngineName(GetParam()) + "@demo.eduims.vn"},
                                           {"full_name", "Người dùng lịch"},
                                           {"password", "Lịch đăng ký 2026"}});
  ASSERT_EQ(user.status, 201) << user.body;
  std::string user_url = "/api/v1/users/" + std::to_string(user.json.at("id").as_int64());
  ASSERT_EQ(admin.Post(user_url + "/grants", {{"role", "staff"}, {"unit_id", server().UnitId("THPT-TOHIEU")}}).status,
            201);
  Client c(server().port());
  ASSERT_EQ(c.Login(std::string(user.json.at("email").as_string()), "Lịch đăng ký 2026").status, 201);
  HttpResult first;
  for (int i = 0; i < 20; ++i) {
    auto made = NewFeed(c, {{"name", "Lịch " + std::to_string(i)}});
    if (i == 0) first = made;
  }
  auto too_many = c.Post("/api/v1/calendar-feeds", {{"name", "Lịch 21"}});
  EXPECT_EQ(too_many.status, 422);
  EXPECT_EQ(too_many.code(), "calendar.feed_limit");
  EXPECT_EQ(c.Get("/api/v1/calendar-feeds").json.at("items").as_array().size(), 20u);
  EXPECT_EQ(Poll(first).status, 200);
  auto current = admin.Get(user_url);
  ASSERT_EQ(admin.Patch(user_url, {{"version", current.json.at("version")}, {"disabled", true}}).status, 200);
  EXPECT_EQ(Poll(first).status, 404);
}

INSTANTIATE_TEST_SUITE_P(Engines, Calendar, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing

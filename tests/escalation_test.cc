// Escalation of overdue nonconformities to the head of their unit, on both engines: who the head may be, the job
// run by two servers at once recording each escalation and its notice once, the head's list, a later due date
// escalating again; and the outbox sending notices through a real SMTP relay, keeping and retrying a refusal.
#include <gtest/gtest.h>

#include <thread>

#include "demo/demo.h"
#include "platform/clock.h"
#include "platform/mail/delivery.h"
#include "platform/mail/outbox.h"
#include "smtp_sink.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kPrincipal = "hieutruong.tohieu@demo.eduims.vn";  // quality manager and head of THPT Tô Hiệu
const char* kStaff = "nhanvien.tohieu@demo.eduims.vn";
const char* kDirector = "giamdoc@demo.eduims.vn";             // head of the department
const char* kOtherSchool = "giaovien.toan@demo.eduims.vn";    // staff of THPT Chuyên Sơn La

class Escalation : public ::testing::TestWithParam<db::Engine> {
 protected:
  static std::string Id(const json::value& v) { return std::to_string(v.at("id").as_int64()); }

  Client As(TestServer& server, const std::string& email) {
    Client c(server.port());
    auto r = c.Login(email, demo::kDemoPassword);
    EXPECT_EQ(r.status, 201) << r.body;
    return c;
  }

  long long Count(TestServer& server, const std::string& sql) {
    long long n = 0;
    server.app().db().Read([&](soci::session& s) { s << sql, soci::into(n); });
    return n;
  }
};

TEST_P(Escalation, OverdueNonconformitiesGoOnceToTheHeadOfTheirUnitOrTheNearestAbove) {
  TestServer first(GetParam());
  TestServer second(first.database_url());
  Client admin = As(first, kAdminEmail), staff = As(first, kStaff);
  std::string school = "/api/v1/units/" + std::to_string(first.UnitId("THPT-TOHIEU"));
  std::string chuyen = "/api/v1/units/" + std::to_string(first.UnitId("THPT-CHUYEN"));

  // A head must be someone who can see the unit's nonconformities; a stale version or an unknown user changes nothing.
  auto unit = admin.Get(school).json;
  EXPECT_EQ(unit.at("head_user_id").as_int64(), first.UserId(kPrincipal));
  auto version = unit.at("version");
  EXPECT_EQ(admin.Patch(school, {{"version", version}, {"head_user_id", first.UserId(kOtherSchool)}}).code(),
            "units.head_without_access");
  EXPECT_EQ(admin.Patch(school, {{"version", version}, {"head_user_id", 999999}}).code(),
            "validation.reference_not_found");
  EXPECT_EQ(admin.Patch(school, {{"version", version}, {"head_user_id", "x"}}).code(), "validation.wrong_type");
  EXPECT_EQ(admin.Get(school).json.at("version"), version);
  // THPT Chuyên names no head any more: its nonconformities go up to the director of the department.
  auto cleared = admin.Patch(chuyen, {{"version", admin.Get(chuyen).json.at("version")}, {"head_user_id", nullptr}});
  ASSERT_EQ(cleared.status, 200) << cleared.body;
  EXPECT_TRUE(cleared.json.at("head_user_id").is_null());

  auto report = [&](db::Id unit_id, const std::string& title) {
    auto r = staff.Post("/api/v1/nonconformities", {{"unit_id", unit_id},
                                                    {"title", title},
                                                    {"source", "complaint"},
                                                    {"severity", "major"},
                                                    {"detected_on", DaysFromToday(-40)},
                                                    {"due_date", DaysFromToday(-10)}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json;
  };
  auto late = report(first.UnitId("THPT-TOHIEU"), "Phản ánh của phụ huynh về học phí chưa được trả lời");
  Client toan = As(first, kOtherSchool);
  auto up = toan.Post("/api/v1/nonconformities", {{"unit_id", first.UnitId("THPT-CHUYEN-TOAN")},
                                                  {"title", "Sổ điểm tổ Toán chưa ký duyệt"},
                                                  {"source", "other"},
                                                  {"severity", "minor"},
                                                  {"detected_on", DaysFromToday(-100)},
                                                  {"due_date", DaysFromToday(-1)}});
  ASSERT_EQ(up.status, 201) << up.body;
  EXPECT_TRUE(late.at("escalation").is_null());

  // Both servers run the job at the same moment: each escalation is recorded once.
  std::string today = DaysFromToday(0);
  improvement::EscalationRun a, b;
  std::thread other([&] { b = second.app().nonconformities().EscalateOverdue(today, "http://eduims.test"); });
  a = first.app().nonconformities().EscalateOverdue(today, "http://eduims.test");
  other.join();
  long long recorded = Count(first, "SELECT COUNT(*) FROM nonconformity_escalations");
  EXPECT_EQ(a.escalated + b.escalated, recorded);
  EXPECT_GE(recorded, 2);
  EXPECT_EQ(Count(first, "SELECT COUNT(*) FROM nonconformity_escalations WHERE nonconformity_id = " + Id(late)), 1);
  EXPECT_EQ(first.app().nonconformities().EscalateOverdue(today, "http://eduims.test").escalated, 0);

  Client principal = As(first, kPrincipal), director = As(first, kDirector);
  auto seen = principal.Get("/api/v1/nonconformities/" + Id(late)).json;
  ASSERT_TRUE(seen.at("escalation").is_object()) << seen;
  EXPECT_EQ(seen.at("escalation").at("head_user_id").as_int64(), first.UserId(kPrincipal));
  EXPECT_EQ(seen.at("escalation").at("unit_id").as_int64(), first.UnitId("THPT-TOHIEU"));
  EXPECT_EQ(seen.at("escalation").at("due_date").as_string(), DaysFromToday(-10));
  auto went_up = director.Get("/api/v1/nonconformities/" + Id(up.json)).json;
  EXPECT_EQ(went_up.at("escalation").at("head_user_id").as_int64(), first.UserId(kDirector));

  // Each head's list holds what went to them, and no one else's.
  auto ids = [](const HttpResult& r) {
    std::vector<long long> out;
    for (const auto& item : r.json.at("items").as_array()) out.push_back(item.at("id").as_int64());
    return out;
  };
  auto mine = ids(principal.Get("/api/v1/nonconformities?escalated_to=me"));
  EXPECT_NE(std::find(mine.begin(), mine.end(), late.at("id").as_int64()), mine.end());
  EXPECT_EQ(std::find(mine.begin(), mine.end(), up.json.at("id").as_int64()), mine.end());
  auto directors = ids(director.Get("/api/v1/nonconformities?escalated_to=me"));
  EXPECT_NE(std::find(directors.begin(), directors.end(), up.json.at("id").as_int64()), directors.end());
  EXPECT_EQ(principal.Get("/api/v1/nonconformities?escalated_to=abc").code(), "request.bad_query");

  // One notice each, in the head's language, linking to the nonconformity; and the escalation in the audit trail.
  EXPECT_EQ(Count(first, "SELECT COUNT(*) FROM mail_outbox WHERE recipient = '" + std::string(kPrincipal) +
                             "' AND body LIKE '%/nonconformities/" + Id(late) + "%'"),
            1);
  std::string subject, recipient = kPrincipal;
  first.app().db().Read([&](soci::session& s) {
    s << "SELECT subject FROM mail_outbox WHERE recipient = :r ORDER BY id DESC", soci::use(recipient),
        soci::into(subject);
  });
  EXPECT_EQ(subject, "[EduIMS] Sự không phù hợp quá hạn: Phản ánh của phụ huynh về học phí chưa được trả lời");
  auto trail = admin.Get("/api/v1/audit-log?entity=nonconformity&entity_id=" + Id(late)).json.at("items").as_array();
  ASSERT_FALSE(trail.empty());
  EXPECT_EQ(trail[0].at("operation").as_string(), "escalate");

  // A new due date that passes in turn is escalated again; the old escalation no longer shows.
  auto moved = principal.Patch("/api/v1/nonconformities/" + Id(late),
                           {{"version", seen.at("version")}, {"due_date", DaysFromToday(-2)}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_TRUE(moved.json.at("escalation").is_null());
  EXPECT_GE(second.app().nonconformities().EscalateOverdue(today, "http://eduims.test").escalated, 1);
  auto again = principal.Get("/api/v1/nonconformities/" + Id(late)).json;
  EXPECT_EQ(again.at("escalation").at("due_date").as_string(), DaysFromToday(-2));
  EXPECT_EQ(Count(first, "SELECT COUNT(*) FROM nonconformity_escalations WHERE nonconformity_id = " + Id(late)), 2);
}

TEST_P(Escalation, QueuedMailGoesThroughTheRelayAndARefusalIsKeptAndRetriedLater) {
  TestServer server(GetParam(), /*demo=*/false);
  SmtpSink sink;
  mail::SmtpOptions relay;
  relay.port = sink.port();
  relay.from = "EduIMS Sở GD&ĐT <eduims@sogddt.example.vn>";
  relay.timeout = std::chrono::seconds(5);
  auto queue = [&](const std::string& to, const std::string& subject) {
    server.app().db().Write([&](soci::session& s) {
      mail::Enqueue(s, {to, subject, "Kính gửi thầy,\n.\nDòng có dấu chấm ở đầu."}, NowTimestamp());
    });
  };
  queue("hieutruong@example.vn", "Sự không phù hợp quá hạn: Hồ sơ tuyển sinh");
  auto report = mail::DeliverQueued(server.app().db(), relay);
  EXPECT_EQ(report.sent, 1);
  EXPECT_EQ(report.failed, 0);
  auto received = sink.Received();
  ASSERT_EQ(received.size(), 1u);
  EXPECT_EQ(received[0].from, "<eduims@sogddt.example.vn>");
  EXPECT_EQ(received[0].to, "<hieutruong@example.vn>");
  EXPECT_EQ(SubjectOf(received[0].data), "Sự không phù hợp quá hạn: Hồ sơ tuyển sinh");
  EXPECT_EQ(BodyOf(received[0].data), "Kính gửi thầy,\r\n.\r\nDòng có dấu chấm ở đầu.");
  auto counts = mail::CountOutbox(server.app().db());
  EXPECT_EQ(counts.sent, 1);
  EXPECT_EQ(counts.queued, 0);
  EXPECT_EQ(mail::DeliverQueued(server.app().db(), relay).sent, 0);  // nothing is sent twice

  sink.refuse_recipients = true;
  queue("khongton@example.vn", "Thư bị từ chối");
  report = mail::DeliverQueued(server.app().db(), relay);
  EXPECT_EQ(report.failed, 1);
  std::string error;
  int attempts = 0;
  server.app().db().Read([&](soci::session& s) {
    s << "SELECT last_error, attempts FROM mail_outbox WHERE sent_at IS NULL", soci::into(error), soci::into(attempts);
  });
  EXPECT_NE(error.find("550"), std::string::npos) << error;
  EXPECT_NE(error.find("RCPT TO"), std::string::npos) << error;
  EXPECT_EQ(attempts, 1);
  EXPECT_EQ(mail::CountOutbox(server.app().db()).queued, 1);
  // Not retried at once: it waits a minute.
  sink.refuse_recipients = false;
  EXPECT_EQ(mail::DeliverQueued(server.app().db(), relay).sent + mail::DeliverQueued(server.app().db(), relay).failed,
            0);
  // Once its wait is over it goes.
  server.app().db().Write([](soci::session& s) { s << "UPDATE mail_outbox SET claimed_until = NULL"; });
  EXPECT_EQ(mail::DeliverQueued(server.app().db(), relay).sent, 1);
  EXPECT_EQ(sink.Received().size(), 2u);

  // A relay nobody listens on is an error kept with the message, not a crash.
  relay.port = 1;
  queue("a@example.vn", "x");
  EXPECT_EQ(mail::DeliverQueued(server.app().db(), relay).failed, 1);
}

INSTANTIATE_TEST_SUITE_P(Engines, Escalation, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing

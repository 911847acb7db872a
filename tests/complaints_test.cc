// Complaints and appeals over HTTP on both engines: a complaint taken by phone, handled, answered, appealed on the
// public page and decided by someone other than its first handler; who sees it and the complainant's identity;
// the public form's refusals; a nonconformity raised from it; its statistics; its passed deadlines escalated once.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <thread>

#include "demo/demo.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kManager = "iso@demo.eduims.vn";                 // quality manager of the department (manages all)
const char* kHandler = "hieutruong.chuyen@demo.eduims.vn";   // process owner of THPT Chuyên Sơn La (handles)
const char* kDecider = "giamdoc@demo.eduims.vn";             // top management of the department (handles)
const char* kTeacher = "giaovien.toan@demo.eduims.vn";       // staff of THPT Chuyên Sơn La (records only)
const char* kOtherManager = "hieutruong.tohieu@demo.eduims.vn";  // quality manager of THPT Tô Hiệu only

// Its own demo server per engine, trusting the loopback proxy, so each test's public requests count against the
// address it names and not against one budget shared with every other suite.
class Complaints : public ::testing::TestWithParam<db::Engine> {
 public:
  static void TearDownTestSuite() { Servers().clear(); }

 protected:
  static std::map<db::Engine, std::unique_ptr<TestServer>>& Servers() {
    static std::map<db::Engine, std::unique_ptr<TestServer>> servers;
    return servers;
  }
  TestServer& server() {
    auto& s = Servers()[GetParam()];
    if (!s) s = std::make_unique<TestServer>(GetParam(), true, std::vector<std::string>{"127.0.0.1"});
    return *s;
  }
  Client As(const std::string& email) {
    Client c(server().port());
    EXPECT_EQ(c.Login(email, demo::kDemoPassword).status, 201);
    return c;
  }
  db::Id User(const std::string& email) { return server().UserId(email); }
  static std::string Url(const json::value& c) { return "/api/v1/complaints/" + std::to_string(c.at("id").as_int64()); }

  json::object PhoneComplaint(json::object extra = {}) {
    // The teacher records complaints where their grant is: their department of THPT Chuyên.
    json::object body{{"unit_id", server().UnitId("THPT-CHUYEN-TOAN")},
                      {"category", "assessment"},
                      {"channel", "phone"},
                      {"text", "Con tôi bị chấm sai điểm bài kiểm tra Toán giữa kỳ."},
                      {"complainant_name", "Nguyễn Thị Hạnh"},
                      {"complainant_contact", "0912 000 111"}};
    for (auto& [k, v] : extra) body[k] = v;
    return body;
  }
  // Takes a step; on success `c` becomes the new state, otherwise the answer's code and field are returned.
  std::string Step(Client& who, json::value& c, const std::string& action, json::object extra = {}) {
    extra["action"] = action;
    extra["version"] = c.at("version");
    auto r = who.Post(Url(c) + "/steps", extra);
    if (r.status != 200) return r.code() + "@" + r.field();
    c = r.json;
    return "ok";
  }
  std::string Assign(Client& who, json::value& c, json::object fields) {
    fields["version"] = c.at("version");
    auto r = who.Post(Url(c) + "/assignment", fields);
    if (r.status != 200) return r.code() + "@" + r.field();
    c = r.json;
    return "ok";
  }
  long long Count(const std::string& sql) {
    long long n = 0;
    server().app().db().Read([&](soci::session& s) { s << sql, soci::into(n); });
    return n;
  }
  // A public page as a browser of `address` gets it.
  HttpResult Page(const std::string& method, const std::string& target, const std::string& form,
                  const std::string& address) {
    Client browser(server().port());
    return browser.Request(method, target, form, method == "GET" ? "" : "application/x-www-form-urlencoded",
                           {{"X-Forwarded-For", address}});
  }
};

TEST_P(Complaints, APhoneComplaintIsAnsweredAppealedAndDecidedBySomeoneElse) {
  Client teacher = As(kTeacher), manager = As(kManager), handler = As(kHandler), decider = As(kDecider);
  auto created = teacher.Post("/api/v1/complaints", PhoneComplaint());
  ASSERT_EQ(created.status, 201) << created.body;
  json::value c = created.json;
  std::string code(c.at("tracking_code").as_string());
  EXPECT_EQ(code.size(), 23u);
  EXPECT_EQ(c.at("status").as_string(), "received");
  EXPECT_EQ(c.at("received_on").as_string(), DaysFromToday(0));
  EXPECT_EQ(c.at("acknowledge_due").as_string(), DaysFromToday(5));
  EXPECT_EQ(c.at("response_due").as_string(), DaysFromToday(30));
  // Who recorded it does not follow it, nor does a quality manager of another school, nor the handler-to-be yet.
  EXPECT_EQ(teacher.Get(Url(c)).status, 404);
  EXPECT_EQ(As(kOtherManager).Get(Url(c)).status, 404);
  EXPECT_EQ(handler.Get(Url(c)).status, 404);
  // The manager sees who complained; acknowledging needs a handler; the teacher it is about may not handle it.
  auto seen = manager.Get(Url(c));
  ASSERT_EQ(seen.status, 200) << seen.body;
  EXPECT_EQ(seen.json.at("complainant").at("name").as_string(), "Nguyễn Thị Hạnh");
  EXPECT_EQ(Step(manager, c, "acknowledge"), "complaints.handler_required@action");
  EXPECT_EQ(Assign(manager, c, {{"subject_user_id", User(kHandler)}, {"handler_id", User(kHandler)}}),
            "complaints.handler_is_subject@handler_id");
  EXPECT_EQ(Assign(manager, c, {{"handler_id", User(kTeacher)}}), "auth.named_without_permission@handler_id");
  EXPECT_EQ(c.at("version").as_int64(), 1);
  ASSERT_EQ(Assign(manager, c, {{"subject_user_id", User(kTeacher)}, {"handler_id", User(kHandler)}}), "ok");
  EXPECT_EQ(Assign(handler, c, {{"decider_id", User(kDecider)}}), "auth.forbidden@");

  // The handler sees the complaint, not who made it; acknowledges, notes the investigation and answers.
  auto as_handler = handler.Get(Url(c));
  ASSERT_EQ(as_handler.status, 200);
  EXPECT_TRUE(as_handler.json.at("complainant").is_null());
  EXPECT_EQ(as_handler.json.at("text").as_string(), "Con tôi bị chấm sai điểm bài kiểm tra Toán giữa kỳ.");
  EXPECT_EQ(Step(handler, c, "respond", {{"response", "x"}, {"outcome", "upheld"}}),
            "workflow.transition_not_allowed@action");
  ASSERT_EQ(Step(handler, c, "acknowledge"), "ok");
  EXPECT_FALSE(c.at("acknowledged_at").is_null());
  auto note = handler.Post(Url(c) + "/notes", {{"text", "Đã đối chiếu bài làm: câu 3 chấm thiếu 1 điểm (ghi chú nội bộ)."}});
  ASSERT_EQ(note.status, 201) << note.body;
  EXPECT_EQ(Step(handler, c, "respond", {{"response", "Bài được chấm lại"}}), "validation.missing_field@outcome");
  ASSERT_EQ(Step(handler, c, "respond",
                 {{"response", "Bài kiểm tra đã được chấm lại, điểm được điều chỉnh từ 6 lên 7."}, {"outcome", "upheld"}}),
            "ok");
  EXPECT_EQ(c.at("status").as_string(), "answered");

  // The complainant follows it by the code: the response, never the note nor the handler's name.
  auto page = Page("GET", "/complaints/" + code + "?lang=vi", "", "198.51.100.20");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("điểm được điều chỉnh từ 6 lên 7"), std::string::npos);
  EXPECT_EQ(page.body.find("ghi chú nội bộ"), std::string::npos);
  EXPECT_EQ(page.body.find("Lường Văn Thắng"), std::string::npos);
  EXPECT_EQ(page.headers["cache-control"], "no-store");
  // An empty appeal is refused on the page and changes nothing; a real one is taken.
  auto empty = Page("POST", "/complaints/" + code, "lang=en&action=appeal&appeal_text=+", "198.51.100.20");
  EXPECT_EQ(empty.status, 422);
  EXPECT_NE(empty.body.find("must not be empty"), std::string::npos);
  EXPECT_EQ(manager.Get(Url(c)).json.at("status").as_string(), "answered");
  auto appealed = Page("POST", "/complaints/" + code,
                       "lang=vi&action=appeal&appeal_text=T%C3%B4i+mu%E1%BB%91n+ch%E1%BA%A5m+l%E1%BA%A1i+c%E1%BA%A3+c%C3%A2u+5",
                       "198.51.100.20");
  EXPECT_EQ(appealed.status, 303) << appealed.body;
  c = manager.Get(Url(c)).json;
  EXPECT_EQ(c.at("status").as_string(), "appealed");
  EXPECT_EQ(c.at("appeal_text").as_string(), "Tôi muốn chấm lại cả câu 5");
  EXPECT_EQ(c.at("appeal_due").as_string(), DaysFromToday(30));

  // The first handler never decides the appeal: not named, not by acting.
  EXPECT_EQ(Assign(manager, c, {{"decider_id", User(kHandler)}}), "complaints.decider_is_handler@decider_id");
  EXPECT_EQ(Assign(manager, c, {{"handler_id", User(kDecider)}}), "complaints.handler_fixed@handler_id");
  EXPECT_EQ(Step(handler, c, "decide_appeal", {{"decision", "Giữ nguyên"}, {"appeal_outcome", "rejected"}}),
            "complaints.decider_is_handler@action");
  ASSERT_EQ(Assign(manager, c, {{"decider_id", User(kDecider)}}), "ok");
  EXPECT_EQ(Step(handler, c, "decide_appeal", {{"decision", "Giữ nguyên"}, {"appeal_outcome", "rejected"}}),
            "complaints.decider_is_handler@action");
  ASSERT_EQ(Step(decider, c, "decide_appeal",
                 {{"decision", "Hội đồng chấm lại câu 5: giữ nguyên điểm 7."}, {"appeal_outcome", "rejected"}}),
            "ok");
  EXPECT_EQ(c.at("status").as_string(), "closed");
  EXPECT_TRUE(c.at("complainant").is_null());  // the decider does not see who complained either
  auto closed_page = Page("GET", "/complaints/" + code + "?lang=en", "", "198.51.100.20");
  EXPECT_NE(closed_page.body.find("giữ nguyên điểm 7"), std::string::npos);
  EXPECT_NE(closed_page.body.find("Appeal rejected"), std::string::npos);
  EXPECT_EQ(handler.Post(Url(c) + "/notes", {{"text", "muộn"}}).code(), "complaints.closed");

  // The trail holds every step and never the complainant's name or contact; its content only for who sees it.
  long long id = c.at("id").as_int64();
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE entity = 'complaint' AND entity_id = '" + std::to_string(id) +
                  "' AND (after_json LIKE '%Hạnh%' OR after_json LIKE '%0912%' OR before_json LIKE '%Hạnh%')"),
            0);
  EXPECT_GE(Count("SELECT COUNT(*) FROM audit_log WHERE entity = 'complaint' AND entity_id = '" + std::to_string(id) +
                  "'"),
            8);
  auto trail = [&](Client& reader) {
    return reader.Get("/api/v1/audit-log?entity=complaint&entity_id=" + std::to_string(id)).json;
  };
  // The decider (top management, who reads the department's trail) sees the content; an internal auditor does not.
  auto shown = trail(decider).at("items").as_array();
  ASSERT_FALSE(shown.empty());
  for (const auto& e : shown) EXPECT_FALSE(e.as_object().contains("content_hidden")) << e;
  Client auditor = As("danhgianoibo@demo.eduims.vn");
  auto hidden = trail(auditor).at("items").as_array();
  ASSERT_FALSE(hidden.empty());
  for (const auto& e : hidden) EXPECT_TRUE(e.at("content_hidden").as_bool()) << e;
}

TEST_P(Complaints, ThePublicFormTakesAnAnonymousComplaintAndRefusesBadInputStoringNothing) {
  std::string address = "198.51.100." + std::to_string(40 + int(GetParam()));
  auto form = Page("GET", "/complaints/new?lang=en", "", address);
  ASSERT_EQ(form.status, 200) << form.body;
  EXPECT_EQ(form.headers["content-type"], "text/html; charset=utf-8");
  EXPECT_EQ(form.body.find("<script"), std::string::npos);
  EXPECT_NE(form.body.find("THPT Chuyên"), std::string::npos);
  EXPECT_NE(form.body.find("Assessment and grading"), std::string::npos);
  std::string unit = std::to_string(server().UnitId("THPT-CHUYEN"));
  long long before = Count("SELECT COUNT(*) FROM complaints");

  auto empty = Page("POST", "/complaints/new", "lang=en&unit_id=" + unit + "&category=fees&text=++", address);
  EXPECT_EQ(empty.status, 422);
  EXPECT_NE(empty.body.find("must not be empty"), std::string::npos);
  auto too_long = Page("POST", "/complaints/new",
                       "lang=vi&unit_id=" + unit + "&category=fees&text=" + std::string(5001, 'a'), address);
  EXPECT_EQ(too_long.status, 422);
  EXPECT_NE(too_long.body.find("5000"), std::string::npos);
  EXPECT_EQ(Page("POST", "/complaints/new", "unit_id=999999&category=fees&text=abc", address).status, 422);
  EXPECT_EQ(Page("POST", "/complaints/new", "unit_id=" + unit + "&category=weather&text=abc", address).status, 422);
  EXPECT_EQ(Page("POST", "/complaints/new", "unit_id=" + unit + "&text=%ZZ", address).status, 400);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM complaints"), before);

  auto sent = Page("POST", "/complaints/new",
                   "lang=en&unit_id=" + unit + "&kind=complaint&category=facilities&text=Nh%C3%A0+v%E1%BB%87+sinh+h%E1%BB%8Fng&name=&contact=",
                   address);
  ASSERT_EQ(sent.status, 201) << sent.body;
  auto at = sent.body.find("id=\"tracking-code\">");
  ASSERT_NE(at, std::string::npos);
  std::string code = sent.body.substr(at + 19, 23);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM complaints"), before + 1);
  // Stored without identity, channel web, no client address in the trail; the code only as its hash.
  auto c = As(kManager).Get("/api/v1/complaints?unit_id=" + unit + "&category=facilities").json.at("items").as_array();
  ASSERT_FALSE(c.empty());
  auto mine = c.back();
  EXPECT_TRUE(mine.at("anonymous").as_bool());
  EXPECT_EQ(mine.at("channel").as_string(), "web");
  EXPECT_TRUE(mine.at("complainant").at("name").is_null());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM complaints WHERE code_hash LIKE '%" + code.substr(0, 5) + "%'"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE entity = 'complaint' AND entity_id = '" +
                  std::to_string(mine.at("id").as_int64()) + "' AND address LIKE '%198.51.100%'"),
            0);

  // The code as typed in lower case finds it; an unknown or malformed code is a clear 404 page.
  std::string lower = code;
  for (char& ch : lower) ch = char(std::tolower(static_cast<unsigned char>(ch)));
  auto followed = Page("GET", "/complaints/" + lower + "?lang=en", "", address);
  EXPECT_EQ(followed.status, 200);
  EXPECT_NE(followed.body.find("Received"), std::string::npos);
  auto unknown = Page("GET", "/complaints/ABCDE-FGHJK-MNPQR-STVWX?lang=en", "", address);
  EXPECT_EQ(unknown.status, 404);
  EXPECT_NE(unknown.body.find("Unknown tracking code"), std::string::npos);
  EXPECT_EQ(Page("GET", "/complaints/%3Cscript%3E", "", address).status, 404);
  // Accepting an answer not yet given is refused on the page, and changes nothing.
  auto early = Page("POST", "/complaints/" + code, "lang=en&action=close", address);
  EXPECT_EQ(early.status, 409);
  EXPECT_EQ(As(kManager).Get(Url(mine)).json.at("status").as_string(), "received");
}

TEST_P(Complaints, AFloodFromOneAddressIsRefusedWithAPage) {
  std::string address = "198.51.100." + std::to_string(80 + int(GetParam()));
  auto now = Now();
  auto into_minute = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count() % 60;
  if (into_minute > 45) std::this_thread::sleep_for(std::chrono::seconds(61 - into_minute));
  long long before = Count("SELECT COUNT(*) FROM complaints");
  std::string unit = std::to_string(server().UnitId("THPT-CHUYEN"));
  int accepted = 0;
  HttpResult last;
  for (int i = 0; i < 40; ++i) {
    last = Page("POST", "/complaints/new", "lang=en&unit_id=" + unit + "&category=other&text=spam" + std::to_string(i),
                address);
    accepted += last.status == 201;
  }
  EXPECT_EQ(accepted, 30);
  EXPECT_EQ(last.status, 429);
  EXPECT_NE(last.body.find("Too many requests"), std::string::npos);
  EXPECT_GT(std::stoi(last.headers["retry-after"]), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM complaints"), before + 30);
}

TEST_P(Complaints, AComplaintRaisesANonconformityLinkedBothWays) {
  Client teacher = As(kTeacher), manager = As(kManager);
  auto c = teacher.Post("/api/v1/complaints", PhoneComplaint({{"category", "facilities"}, {"channel", "letter"}})).json;
  auto raised = manager.Post(Url(c) + "/nonconformity", {{"version", c.at("version")},
                                                        {"title", "Phòng học tầng 3 thiếu quạt"},
                                                        {"severity", "minor"}});
  ASSERT_EQ(raised.status, 201) << raised.body;
  long long nc = raised.json.at("nonconformity_id").as_int64();
  auto seen = manager.Get("/api/v1/nonconformities/" + std::to_string(nc));
  ASSERT_EQ(seen.status, 200) << seen.body;
  EXPECT_EQ(seen.json.at("source").as_string(), "complaint");
  EXPECT_EQ(seen.json.at("unit_id").as_int64(), server().UnitId("THPT-CHUYEN-TOAN"));
  auto back = manager.Get("/api/v1/complaints?nonconformity_id=" + std::to_string(nc)).json.at("items").as_array();
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(back[0].at("id"), c.at("id"));
  EXPECT_EQ(manager.Post(Url(c) + "/nonconformity", {{"version", raised.json.at("version")},
                                                     {"title", "Lần hai"},
                                                     {"severity", "minor"}}).code(),
            "complaints.nonconformity_linked");
}

TEST_P(Complaints, StatisticsCountByCategoryAndUnitWithoutIdentity) {
  Client teacher = As(kTeacher), manager = As(kManager), handler = As(kHandler);
  auto c = teacher.Post("/api/v1/complaints", PhoneComplaint({{"category", "fees"},
                                                               {"received_on", DaysFromToday(-4)}})).json;
  ASSERT_EQ(Assign(manager, c, {{"handler_id", User(kHandler)}}), "ok");
  ASSERT_EQ(Step(handler, c, "acknowledge"), "ok");
  ASSERT_EQ(Step(handler, c, "respond", {{"response", "Đã hoàn lại khoản thu sai."}, {"outcome", "partly_upheld"}}),
            "ok");
  ASSERT_EQ(Step(handler, c, "close", {{"accepted", true}}), "ok");
  auto stats = handler.Get("/api/v1/complaints/statistics?from=" + DaysFromToday(-4) + "&to=" + DaysFromToday(0) +
                           "&within=" + std::to_string(server().UnitId("THPT-CHUYEN")));
  ASSERT_EQ(stats.status, 200) << stats.body;
  EXPECT_GE(stats.json.at("total").as_int64(), 1);
  EXPECT_GE(stats.json.at("closed").as_int64(), 1);
  EXPECT_EQ(stats.body.find("Hạnh"), std::string::npos);
  long long fees = 0;
  for (const auto& row : stats.json.at("by_category").as_array())
    if (row.at("category").as_string() == "fees") fees = row.at("upheld").as_int64();
  EXPECT_GE(fees, 1);
  EXPECT_EQ(teacher.Get("/api/v1/complaints/statistics").status, 403);
  EXPECT_EQ(handler.Get("/api/v1/complaints/statistics?from=2026-13-01").code(), "request.bad_query");
}

TEST_P(Complaints, PassedDeadlinesEscalateOnceToTheHandlerAndTheManagers) {
  TestServer first(GetParam());
  TestServer second(first.database_url());
  Client teacher(first.port()), manager(first.port());
  ASSERT_EQ(teacher.Login(kTeacher, demo::kDemoPassword).status, 201);
  ASSERT_EQ(manager.Login(kManager, demo::kDemoPassword).status, 201);
  auto c = teacher.Post("/api/v1/complaints", PhoneComplaint({{"received_on", DaysFromToday(-40)}, {"unit_id", first.UnitId("THPT-CHUYEN-TOAN")}})).json;
  ASSERT_TRUE(c.is_object());
  auto assigned = manager.Post(Url(c) + "/assignment", {{"version", 1}, {"handler_id", first.UserId(kHandler)}});
  ASSERT_EQ(assigned.status, 200) << assigned.body;
  auto overdue = manager.Get("/api/v1/complaints?overdue=true").json.at("items").as_array();
  ASSERT_FALSE(overdue.empty());
  EXPECT_EQ(overdue.back().at("overdue").as_string(), "acknowledgement");

  std::string today = DaysFromToday(0);
  complaints::EscalationRun a, b;
  std::thread other([&] { b = second.app().complaints().EscalateOverdue(today, "http://eduims.test"); });
  a = first.app().complaints().EscalateOverdue(today, "http://eduims.test");
  other.join();
  std::string id = std::to_string(c.at("id").as_int64());
  long long count = 0, to_handler = 0, to_manager = 0, naming = 0;
  first.app().db().Read([&](soci::session& s) {
    s << "SELECT COUNT(*) FROM complaint_escalations WHERE complaint_id = " + id, soci::into(count);
    s << "SELECT COUNT(*) FROM mail_outbox WHERE recipient = '" + std::string(kHandler) + "' AND body LIKE '%/complaint-register/" + id + "%'",
        soci::into(to_handler);
    s << "SELECT COUNT(*) FROM mail_outbox WHERE recipient = '" + std::string(kManager) + "' AND body LIKE '%/complaint-register/" + id + "%'",
        soci::into(to_manager);
    s << "SELECT COUNT(*) FROM mail_outbox WHERE body LIKE '%Hạnh%' OR body LIKE '%chấm sai%'", soci::into(naming);
  });
  EXPECT_EQ(count, 2);  // the acknowledgement and the response, both passed
  long long all = 0;
  first.app().db().Read([&](soci::session& s) { s << "SELECT COUNT(*) FROM complaint_escalations", soci::into(all); });
  EXPECT_EQ(a.escalated + b.escalated, all);  // the demo's overdue complaint too, each once whichever server ran it
  EXPECT_EQ(to_handler, 2);
  EXPECT_EQ(to_manager, 2);
  EXPECT_EQ(naming, 0);
  EXPECT_EQ(first.app().complaints().EscalateOverdue(today, "http://eduims.test").escalated, 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, Complaints, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing

// Directives and reporting requests over HTTP on both engines: the department sends a report request to two
// schools, each school answers its own, the department sees the submission rate live, accepts one answer and
// returns the other with a reason; an accepted answer never changes; units outside the sender's subtree, a
// deadline in the past and other bad input are refused and change nothing; a directive can raise an action per
// unit; reminders and escalations go by mail once, even with two servers running the job at once.
#include <gtest/gtest.h>

#include <thread>

#include "demo/demo.h"
#include "test_env.h"
#include "test_files.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kQuality = "iso@demo.eduims.vn";                       // quality manager over the department's subtree
const char* kToHieu = "hieutruong.tohieu@demo.eduims.vn";          // quality manager of THPT-TOHIEU
const char* kChiengSinh = "quantri.chiengsinh@demo.eduims.vn";     // administrator of THCS-CHIENGSINH
const char* kStaff = "nhanvien.tohieu@demo.eduims.vn";             // staff of THPT-TOHIEU
const char* kPrincipal = "hieutruong.chuyen@demo.eduims.vn";       // process owner of THPT-CHUYEN

class Directives : public DemoApiTest {
 protected:
  json::object Request(json::array units, const std::string& deadline = "2026-11-25") {
    return {{"unit_id", server().UnitId("SO-GDDT")},
            {"kind", "report_request"},
            {"dispatch_number", "1234/SGDĐT-KTKĐCLGD"},
            {"dispatch_date", "2026-11-20"},
            {"title", "Báo cáo tự đánh giá giữa kỳ năm học 2026-2027"},
            {"body", "Đề nghị các đơn vị gửi báo cáo tự đánh giá giữa kỳ theo mẫu đính kèm."},
            {"deadline", deadline},
            {"target_kind", "units"},
            {"unit_ids", std::move(units)}};
  }
  json::value AnswerOf(Client& c, db::Id directive, const std::string& unit_code) {
    auto list = c.Get("/api/v1/directive-answers?directive_id=" + std::to_string(directive));
    EXPECT_EQ(list.status, 200) << list.body;
    for (const auto& a : list.json.at("items").as_array())
      if (a.at("unit_id").as_int64() == server().UnitId(unit_code)) return a;
    ADD_FAILURE() << "no answer of " << unit_code;
    return nullptr;
  }
  static std::string Url(const json::value& a) { return "/api/v1/directive-answers/" + std::to_string(a.at("id").as_int64()); }
  std::string Step(Client& c, json::value& a, const std::string& action, json::object extra = {}) {
    extra["action"] = action;
    extra["version"] = a.at("version");
    auto answer = c.Post(Url(a) + "/transitions", extra);
    if (answer.status != 200) return answer.code() + "@" + answer.field();
    a = answer.json;
    return "ok";
  }
  long long Count(const std::string& sql) {
    long long n = 0;
    server().app().db().Read([&](soci::session& s) { s << sql, soci::into(n); });
    return n;
  }
};

TEST_P(Directives, TheDepartmentRequestsAReportAndReviewsTheAnswers) {
  Client quality = As(kQuality), tohieu = As(kToHieu), chiengsinh = As(kChiengSinh);
  auto created = quality.Post("/api/v1/directives",
                              Request({server().UnitId("THPT-TOHIEU"), server().UnitId("THCS-CHIENGSINH")}));
  ASSERT_EQ(created.status, 201) << created.body;
  db::Id id = created.json.at("id").as_int64();
  EXPECT_EQ(created.json.at("progress").at("total").as_int64(), 2);
  EXPECT_EQ(created.json.at("progress").at("rate").as_int64(), 0);

  // Each school sees its own answer only; staff read it but may not write it.
  json::value a = AnswerOf(tohieu, id, "THPT-TOHIEU");
  ASSERT_TRUE(a.is_object());
  EXPECT_EQ(a.at("status").as_string(), "not_started");
  auto theirs = tohieu.Get("/api/v1/directive-answers?directive_id=" + std::to_string(id));
  EXPECT_EQ(theirs.json.at("items").as_array().size(), 1u);
  // Staff of the school do not see its answers to directives.
  EXPECT_EQ(As(kStaff).Patch(Url(a), {{"version", a.at("version")}, {"text", "x"}}).code(), "resource.not_found");
  EXPECT_EQ(Step(tohieu, a, "submit"), "workflow.transition_not_allowed@action");

  auto written = tohieu.Patch(Url(a), {{"version", a.at("version")}, {"text", "Trường đã hoàn thành 80% kế hoạch."}});
  ASSERT_EQ(written.status, 200) << written.body;
  a = written.json;
  EXPECT_EQ(a.at("status").as_string(), "in_progress");
  ASSERT_EQ(Step(tohieu, a, "submit"), "ok");
  EXPECT_EQ(quality.Get("/api/v1/directives/" + std::to_string(id)).json.at("progress").at("rate").as_int64(), 50);
  // The school may not accept its own answer; the department accepts it, once and for good.
  EXPECT_EQ(Step(tohieu, a, "accept"), "workflow.not_permitted@action");
  json::value accepted = AnswerOf(quality, id, "THPT-TOHIEU");
  ASSERT_EQ(Step(quality, accepted, "accept"), "ok");
  EXPECT_EQ(accepted.at("status").as_string(), "accepted");
  auto late = tohieu.Patch(Url(accepted), {{"version", accepted.at("version")}, {"text", "Sửa lại"}});
  EXPECT_EQ(late.status, 409);
  EXPECT_EQ(late.code(), "directive.answer_accepted");
  EXPECT_EQ(Step(quality, accepted, "return", {{"reason", "x"}}), "directive.answer_accepted@action");
  EXPECT_EQ(tohieu.Get(Url(accepted)).json.at("text").as_string(), "Trường đã hoàn thành 80% kế hoạch.");

  // The other school answers and is returned for rework with a reason, then resubmits.
  json::value b = AnswerOf(chiengsinh, id, "THCS-CHIENGSINH");
  b = chiengsinh.Patch(Url(b), {{"version", b.at("version")}, {"text", "Đang tổng hợp."}}).json;
  ASSERT_EQ(Step(chiengsinh, b, "submit"), "ok");
  json::value returned = AnswerOf(quality, id, "THCS-CHIENGSINH");
  EXPECT_EQ(Step(quality, returned, "return"), "validation.missing_field@reason");
  ASSERT_EQ(Step(quality, returned, "return", {{"reason", "Thiếu số liệu tiêu chí 3"}}), "ok");
  EXPECT_EQ(returned.at("return_reason").as_string(), "Thiếu số liệu tiêu chí 3");
  auto progress = quality.Get("/api/v1/directives/" + std::to_string(id)).json.at("progress");
  EXPECT_EQ(progress.at("by_status").at("accepted").as_int64(), 1);
  EXPECT_EQ(progress.at("by_status").at("returned").as_int64(), 1);
  EXPECT_EQ(progress.at("rate").as_int64(), 50);
  b = chiengsinh.Get(Url(b)).json;
  ASSERT_EQ(Step(chiengsinh, b, "reopen"), "ok");
  // Written, submitted, returned, reopened: each in the audit trail.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE entity = 'directive_answer' AND entity_id = '" +
                  std::to_string(b.at("id").as_int64()) + "'"),
            4);
}

TEST_P(Directives, RefusesUnitsOutsideTheSenderPastDeadlinesAndBadInputChangingNothing) {
  Client quality = As(kQuality), tohieu = As(kToHieu);
  long long before = Count("SELECT COUNT(*) FROM directives");
  auto outside = tohieu.Post("/api/v1/directives", [&] {
    auto r = Request({server().UnitId("THCS-CHIENGSINH")});
    r["unit_id"] = server().UnitId("THPT-TOHIEU");
    return r;
  }());
  EXPECT_EQ(outside.status, 422) << outside.body;
  EXPECT_EQ(outside.code() + "@" + outside.field(), "directive.unit_outside_sender@unit_ids");
  EXPECT_EQ(outside.headers["content-type"], "application/problem+json");
  auto self = quality.Post("/api/v1/directives", Request({server().UnitId("SO-GDDT")}));
  EXPECT_EQ(self.code() + "@" + self.field(), "directive.unit_outside_sender@unit_ids");
  auto past = quality.Post("/api/v1/directives", Request({server().UnitId("THPT-TOHIEU")}, "2026-11-22"));
  EXPECT_EQ(past.code() + "@" + past.field(), "validation.date_too_early@deadline");
  auto twice = quality.Post("/api/v1/directives",
                            Request({server().UnitId("THPT-TOHIEU"), server().UnitId("THPT-TOHIEU")}));
  EXPECT_EQ(twice.status, 422);
  auto none = Request({});
  none["target_kind"] = "unit_type";
  none.erase("unit_ids");
  none["unit_type"] = "university";
  EXPECT_EQ(quality.Post("/api/v1/directives", none).code(), "directive.no_units");
  auto root = Request({});
  root["target_kind"] = "subtree";
  root.erase("unit_ids");
  root["root_id"] = 999999;
  EXPECT_EQ(quality.Post("/api/v1/directives", root).code(), "directive.unit_outside_sender");
  EXPECT_EQ(As(kStaff).Post("/api/v1/directives", Request({server().UnitId("THPT-TOHIEU")})).status, 422);
  auto vi = quality.Request("POST", "/api/v1/directives",
                            json::serialize(Request({server().UnitId("THPT-TOHIEU")}, "2020-01-01")),
                            "application/json", {{"Accept-Language", "vi"}});
  EXPECT_EQ(vi.json.at("title").as_string(), "Ngày không đúng thứ tự") << vi.body;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM directives"), before);
  EXPECT_EQ(As(kStaff).Get("/api/v1/directives").json.at("items").as_array().size(), 0u);
}

TEST_P(Directives, ASubtreeDirectiveRaisesAnActionPerUnit) {
  Client quality = As(kQuality);
  auto r = Request({});
  r["target_kind"] = "subtree";
  r.erase("unit_ids");
  r["root_id"] = server().UnitId("THPT-CHUYEN");
  r["kind"] = "directive";
  r["create_actions"] = true;
  auto created = quality.Post("/api/v1/directives", r);
  ASSERT_EQ(created.status, 201) << created.body;
  long long units = created.json.at("progress").at("total").as_int64();
  EXPECT_GE(units, 2);  // the school and its departments
  std::string id = std::to_string(created.json.at("id").as_int64());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM actions WHERE source_type = 'directive' AND source_id = '" + id + "'"), units);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM directive_answers WHERE directive_id = " + id + " AND action_id IS NULL"), 0);
}

TEST_P(Directives, RemindersAndEscalationsAreMailedOnceWithTwoServers) {
  TestServer first(GetParam());
  TestServer second(first.database_url());
  Client quality(first.port());
  ASSERT_EQ(quality.Login(kQuality, demo::kDemoPassword).status, 201);
  auto request = Request({first.UnitId("THPT-TOHIEU")}, "2026-11-25");
  request["unit_id"] = first.UnitId("SO-GDDT");
  request["unit_ids"] = json::array{first.UnitId("THPT-TOHIEU")};
  auto created = quality.Post("/api/v1/directives", request);
  ASSERT_EQ(created.status, 201) << created.body;
  directives::NoticeRun a, b;
  std::thread other([&] { b = second.app().directives().SendNotices("2026-11-23", "http://eduims.test"); });
  a = first.app().directives().SendNotices("2026-11-23", "http://eduims.test");
  other.join();
  EXPECT_EQ(a.reminders + b.reminders, 1);
  long long to_school = 0, escalated = 0;
  first.app().db().Read([&](soci::session& s) {
    s << "SELECT COUNT(*) FROM mail_outbox WHERE recipient = '" + std::string(kToHieu) +
             "' AND body LIKE '%/directive-answers/%'",
        soci::into(to_school);
  });
  EXPECT_EQ(to_school, 1);
  EXPECT_EQ(first.app().directives().SendNotices("2026-11-23", "http://eduims.test").reminders, 0);
  // After the deadline, once, to the sender who wrote it.
  auto late = first.app().directives().SendNotices("2026-11-26", "http://eduims.test");
  EXPECT_EQ(late.escalations, 1);
  first.app().db().Read([&](soci::session& s) {
    s << "SELECT COUNT(*) FROM mail_outbox WHERE recipient = '" + std::string(kQuality) + "' AND subject LIKE '%'",
        soci::into(escalated);
  });
  EXPECT_GE(escalated, 1);
  EXPECT_EQ(first.app().directives().SendNotices("2026-11-27", "http://eduims.test").escalations, 0);
}

// answer_directives, not manage_reviews: a school's principal who owns its processes answers for the school, and
// may neither send a directive nor accept an answer.
TEST_P(Directives, AProcessOwnerAnswersForTheSchoolButNeitherSendsNorAccepts) {
  Client quality = As(kQuality), principal = As(kPrincipal);
  auto created = quality.Post("/api/v1/directives", Request({server().UnitId("THPT-CHUYEN")}));
  ASSERT_EQ(created.status, 201) << created.body;
  db::Id id = created.json.at("id").as_int64();
  json::value a = AnswerOf(principal, id, "THPT-CHUYEN");
  ASSERT_TRUE(a.is_object());
  EXPECT_EQ(principal.Get("/api/v1/directives/" + std::to_string(id)).json.at("sender_view").as_bool(), false);
  auto written = principal.Patch(Url(a), {{"version", a.at("version")}, {"text", "Trường đã tự đánh giá 40/42 điều khoản."}});
  ASSERT_EQ(written.status, 200) << written.body;
  a = written.json;
  ASSERT_EQ(Step(principal, a, "submit"), "ok");
  EXPECT_EQ(Step(principal, a, "accept"), "workflow.not_permitted@action");
  auto sub = Request({server().UnitId("THPT-CHUYEN-TOAN")});
  sub["unit_id"] = server().UnitId("THPT-CHUYEN");
  auto own = principal.Post("/api/v1/directives", sub);
  EXPECT_EQ(own.status, 403) << own.body;
}

// The files of a directive (the dispatch as signed) and of an answer (the report): the sender's while the directive
// is open, the unit's while it may write the answer, read-only after, seen by whoever sees the directive or answer,
// each change in the audit trail.
TEST_P(Directives, FilesOfTheDirectiveAndOfEachAnswer) {
  Client quality = As(kQuality), tohieu = As(kToHieu), staff = As(kStaff), principal = As(kPrincipal);
  auto created = quality.Post("/api/v1/directives", Request({server().UnitId("THPT-TOHIEU")}));
  ASSERT_EQ(created.status, 201) << created.body;
  std::string directive = "/api/v1/directives/" + std::to_string(created.json.at("id").as_int64());
  std::string pdf = PdfWith("Công văn số 1234/SGDĐT-KTKĐCLGD");
  auto sent = quality.Request("POST", directive + "/attachments?file_name=cong-van-1234.pdf", pdf,
                              "application/pdf");
  ASSERT_EQ(sent.status, 201) << sent.body;
  EXPECT_EQ(sent.json.at("media_type").as_string(), "application/pdf");
  std::string file = directive + "/attachments/" + std::to_string(sent.json.at("id").as_int64());
  // The recipient reads it; the school may not add to it; a unit that did not receive it does not see it.
  auto listed = tohieu.Get(directive + "/attachments");
  ASSERT_EQ(listed.status, 200) << listed.body;
  EXPECT_EQ(listed.json.at("items").as_array().size(), 1u);
  auto downloaded = tohieu.Get(file + "/content");
  EXPECT_EQ(downloaded.status, 200);
  EXPECT_EQ(downloaded.body, pdf);
  EXPECT_EQ(tohieu.Request("POST", directive + "/attachments?file_name=x.pdf", pdf, "application/pdf").status, 403);
  EXPECT_EQ(tohieu.Delete(file).status, 403);
  EXPECT_EQ(principal.Get(directive + "/attachments").status, 404);
  EXPECT_EQ(staff.Get(file + "/content").status, 404);

  json::value a = AnswerOf(tohieu, created.json.at("id").as_int64(), "THPT-TOHIEU");
  std::string answer_files = Url(a) + "/attachments";
  auto report = tohieu.Request("POST", answer_files + "?file_name=bao-cao.pdf", PdfWith("Báo cáo tự đánh giá"),
                               "application/pdf");
  ASSERT_EQ(report.status, 201) << report.body;
  auto annex = tohieu.Request("POST", answer_files + "?file_name=phu-luc.png", TinyPng(), "image/png");
  ASSERT_EQ(annex.status, 201) << annex.body;
  ASSERT_EQ(tohieu.Delete(answer_files + "/" + std::to_string(annex.json.at("id").as_int64())).status, 200);
  // Another school's administrator does not see it at all.
  EXPECT_EQ(As(kChiengSinh).Request("POST", answer_files + "?file_name=x.pdf", pdf, "application/pdf").status, 404);
  EXPECT_EQ(staff.Get(answer_files).status, 404);
  a = tohieu.Patch(Url(a), {{"version", a.at("version")}, {"text", "Báo cáo đính kèm."}}).json;
  ASSERT_EQ(Step(tohieu, a, "submit"), "ok");
  // Submitted: the sender reads the files, nobody changes them.
  auto theirs = quality.Get(answer_files);
  ASSERT_EQ(theirs.status, 200);
  ASSERT_EQ(theirs.json.at("items").as_array().size(), 1u);
  EXPECT_EQ(theirs.json.at("items").at(0).at("file_name").as_string(), "bao-cao.pdf");
  auto late = tohieu.Request("POST", answer_files + "?file_name=x.pdf", pdf, "application/pdf");
  EXPECT_EQ(late.code(), "directive.answer_submitted") << late.body;
  json::value theirs_answer = AnswerOf(quality, created.json.at("id").as_int64(), "THPT-TOHIEU");
  ASSERT_EQ(Step(quality, theirs_answer, "accept"), "ok");
  auto after = tohieu.Delete(answer_files + "/" + std::to_string(report.json.at("id").as_int64()));
  EXPECT_EQ(after.code(), "directive.answer_accepted") << after.body;
  // Every answer accepted: the directive is closed and so are its files.
  auto closed = quality.Request("POST", directive + "/attachments?file_name=y.pdf", pdf, "application/pdf",
                                {{"Accept-Language", "vi"}});
  EXPECT_EQ(closed.status, 409);
  EXPECT_EQ(closed.code(), "directive.closed");
  EXPECT_EQ(closed.json.at("title").as_string(), "Văn bản đã kết thúc");
  EXPECT_EQ(quality.Delete(file).code(), "directive.closed");
  std::string owners = "(owner_type = 'directive' AND owner_id = " + std::to_string(created.json.at("id").as_int64()) +
                       ") OR (owner_type = 'directive_answer' AND owner_id = " + std::to_string(a.at("id").as_int64()) +
                       ")";
  EXPECT_EQ(Count("SELECT COUNT(*) FROM attachments WHERE (" + owners + ") AND removed_at IS NULL"), 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE entity = 'attachment' AND operation IN ('create', 'remove') "
                  "AND entity_id IN (SELECT CAST(id AS TEXT) FROM attachments WHERE " + owners + ")"),
            4);
}

INSTANTIATE_TEST_SUITE_P(Engines, Directives, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing

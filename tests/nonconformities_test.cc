// Nonconformities over HTTP on both engines: the corrective-action loop with an ineffective then an effective
// verification, its refusals (order, role, verifier independence, open actions, dates), repeats across both
// standards, due dates by severity, bad input that changes nothing, and the dashboard (its counts, a write showing
// in the next one, callers of different subtrees kept apart).
#include <gtest/gtest.h>

#include "platform/db/migrations.h"
#include "platform/db/query.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kManager = "hieutruong.tohieu@demo.eduims.vn";  // quality manager of THPT Tô Hiệu
const char* kStaff = "nhanvien.tohieu@demo.eduims.vn";      // staff of THPT Tô Hiệu
const char* kAuditor = "danhgianoibo@demo.eduims.vn";       // internal auditor of the whole department
const char* kQualityHead = "iso@demo.eduims.vn";            // quality manager of the whole department
const char* kOtherSchool = "giaovien.toan@demo.eduims.vn";  // staff of THPT Chuyên Sơn La

class Nonconformities : public DemoApiTest {
 protected:
  db::Id School() { return server().UnitId("THPT-TOHIEU"); }

  json::object Report(json::object extra = {}) {
    json::object body{{"unit_id", School()}, {"title", "Hồ sơ tuyển sinh thiếu minh chứng"},
                      {"source", "internal_audit"}, {"severity", "major"}};
    for (auto& [k, v] : extra) body[k] = v;
    return body;
  }

  // Takes a step; on success `nc` becomes the new state, otherwise the answer's code is returned.
  std::string Step(Client& c, json::value& nc, const std::string& action, json::object extra = {}) {
    extra["action"] = action;
    extra["version"] = nc.at("version");
    auto r = c.Post(Url(nc) + "/transitions", extra);
    if (r.status != 200) return r.code() + "@" + r.field();
    nc = r.json;
    return "ok";
  }

  static std::string Url(const json::value& nc) {
    return "/api/v1/nonconformities/" + std::to_string(nc.at("id").as_int64());
  }

  json::value AddAction(Client& c, const json::value& nc, const std::string& owner_email, int due_in_days) {
    auto r = c.Post(Url(nc) + "/actions", {{"title", "Bổ sung minh chứng tuyển sinh"},
                                           {"owner_id", User(owner_email)},
                                           {"due_date", DaysFromToday(due_in_days)}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json;
  }

  void FinishAction(Client& owner, const json::value& action) {
    std::string url = "/api/v1/actions/" + std::to_string(action.at("id").as_int64());
    auto r = owner.Post(url + "/transitions", {{"version", owner.Get(url).json.at("version")}, {"to", "done"}});
    EXPECT_EQ(r.status, 200) << r.body;
  }
};

TEST_P(Nonconformities, TheCorrectiveActionLoopWithAnIneffectiveThenAnEffectiveVerification) {
  Client staff = As(kStaff), manager = As(kManager), auditor = As(kAuditor);
  auto created = staff.Post("/api/v1/nonconformities",
                            Report({{"clause_ids", {server().ClauseId("iso-21001", "8.5.1")}}}));
  ASSERT_EQ(created.status, 201) << created.body;
  json::value nc = created.json;
  EXPECT_EQ(nc.at("status").as_string(), "reported");
  EXPECT_EQ(nc.at("due_date").as_string(), DaysFromToday(30));  // a major one, by the default
  EXPECT_EQ(nc.at("reported_by").as_int64(), User(kStaff));
  EXPECT_EQ(nc.at("clauses").as_array()[0].at("urn").as_string(), "urn:eduims:std:iso-21001:2018:clause:8.5.1");

  // Out of order, by the wrong person, without what the step records: refused, and nothing changes.
  EXPECT_EQ(Step(manager, nc, "analyse", {{"root_cause_method", "five_whys"}, {"root_cause", "x"}, {"whys", {"x"}}}),
            "workflow.transition_not_allowed@action");
  EXPECT_EQ(Step(staff, nc, "contain", {{"correction", "Thu hồi danh sách"}}), "workflow.not_permitted@action");
  EXPECT_EQ(Step(manager, nc, "contain"), "validation.missing_field@correction");
  EXPECT_EQ(Step(manager, nc, "contain", {{"correction", "   "}}), "validation.missing_field@correction");
  EXPECT_EQ(Step(manager, nc, "contain", {{"correction", "x"}, {"verifier_id", 1}}),
            "validation.unknown_field@verifier_id");
  EXPECT_EQ(Step(manager, nc, "fly"), "validation.invalid_value@action");
  EXPECT_EQ(manager.Get(Url(nc)).json.at("version").as_int64(), 1);

  ASSERT_EQ(Step(manager, nc, "contain", {{"correction", "Tạm dừng công bố kết quả, bổ sung hồ sơ"}}), "ok");
  EXPECT_EQ(Step(manager, nc, "analyse", {{"root_cause_method", "five_whys"}, {"root_cause", "Chưa có quy trình"}}),
            "validation.missing_field@whys");
  ASSERT_EQ(Step(manager, nc, "analyse",
                 {{"root_cause_method", "five_whys"},
                  {"root_cause", "Quy trình tuyển sinh không quy định lưu minh chứng"},
                  {"whys", {"Thiếu minh chứng", "Không ai được giao lưu", "Quy trình không quy định"}}}),
            "ok");
  EXPECT_EQ(nc.at("root_cause").at("whys").as_array().size(), 3u);

  json::object plan{{"effectiveness_criterion", "Đợt tuyển sinh sau không thiếu minh chứng nào"},
                    {"verification_due", DaysFromToday(60)},
                    {"verifier_id", User(kAuditor)}};
  EXPECT_EQ(Step(manager, nc, "plan", plan), "improvement.actions_required@action");
  EXPECT_EQ(staff.Post(Url(nc) + "/actions", {{"title", "x"}}).status, 403);
  json::value first = AddAction(manager, nc, kStaff, 20);
  EXPECT_EQ(first.at("source").at("type").as_string(), "nonconformity");
  EXPECT_EQ(first.at("unit_id").as_int64(), School());
  json::object staff_verifies = plan;
  staff_verifies["verifier_id"] = User(kStaff);
  EXPECT_EQ(Step(manager, nc, "plan", staff_verifies), "improvement.verifier_owns_action@verifier_id");
  json::object early = plan;
  early["verification_due"] = DaysFromToday(10);  // before the action is due
  EXPECT_EQ(Step(manager, nc, "plan", early), "validation.date_too_early@verification_due");
  early["verification_due"] = DaysFromToday(-1);
  EXPECT_EQ(Step(manager, nc, "plan", early), "validation.date_too_early@verification_due");
  json::object partial = plan;
  partial.erase("verifier_id");
  EXPECT_EQ(Step(manager, nc, "plan", partial), "validation.missing_field@verifier_id");
  ASSERT_EQ(Step(manager, nc, "plan", plan), "ok");
  auto verifiers_action = manager.Post(Url(nc) + "/actions", {{"title", "x"}, {"owner_id", User(kAuditor)}});
  EXPECT_EQ(verifiers_action.code(), "improvement.verifier_owns_action");
  auto late_action = manager.Post(Url(nc) + "/actions", {{"title", "x"}, {"due_date", DaysFromToday(90)}});
  EXPECT_EQ(late_action.code(), "validation.date_too_late");
  EXPECT_EQ(Step(manager, nc, "implement"), "improvement.actions_unfinished@action");
  FinishAction(staff, first);
  ASSERT_EQ(Step(manager, nc, "implement"), "ok");

  // Only the named verifier verifies, with a comment.
  EXPECT_EQ(Step(manager, nc, "verify_effective", {{"comment", "Tốt"}}), "workflow.not_permitted@action");
  EXPECT_EQ(Step(auditor, nc, "verify_ineffective"), "validation.missing_field@comment");
  ASSERT_EQ(Step(auditor, nc, "verify_ineffective", {{"comment", "Đợt bổ sung vẫn thiếu 3 hồ sơ"}}), "ok");
  EXPECT_EQ(nc.at("status").as_string(), "contained");
  EXPECT_EQ(nc.at("cycle").as_int64(), 2);
  EXPECT_TRUE(nc.at("root_cause").is_null());
  EXPECT_TRUE(nc.at("verifier_id").is_null());

  // The second cycle: a new analysis, a new action, and this time it works.
  ASSERT_EQ(Step(manager, nc, "analyse",
                 {{"root_cause_method", "categories"},
                  {"root_cause", "Cán bộ mới chưa được hướng dẫn"},
                  {"categories", {"people", "methods"}}}),
            "ok");
  EXPECT_EQ(Step(manager, nc, "plan", plan), "improvement.actions_required@action");
  json::value second = AddAction(manager, nc, kStaff, 30);
  ASSERT_EQ(Step(manager, nc, "plan", plan), "ok");
  FinishAction(staff, second);
  ASSERT_EQ(Step(manager, nc, "implement"), "ok");
  ASSERT_EQ(Step(auditor, nc, "verify_effective", {{"comment", "Kiểm tra 40 hồ sơ, đủ minh chứng"}}), "ok");
  EXPECT_EQ(Step(auditor, nc, "close"), "workflow.not_permitted@action");
  EXPECT_EQ(manager.Delete(Url(nc)).code(), "improvement.archive_in_progress");
  ASSERT_EQ(Step(manager, nc, "close"), "ok");
  EXPECT_EQ(nc.at("status").as_string(), "closed");
  EXPECT_FALSE(nc.at("closed_at").is_null());

  // The whole history stays, both cycles.
  auto full = staff.Get(Url(nc));
  ASSERT_EQ(full.status, 200) << full.body;
  const auto& steps = full.json.at("steps").as_array();
  ASSERT_EQ(steps.size(), 10u);
  EXPECT_EQ(steps[1].at("details").at("whys").as_array().size(), 3u);
  EXPECT_EQ(steps[4].at("action").as_string(), "verify_ineffective");
  EXPECT_EQ(steps[4].at("comment").as_string(), "Đợt bổ sung vẫn thiếu 3 hồ sơ");
  EXPECT_EQ(steps[5].at("cycle").as_int64(), 2);
  EXPECT_EQ(staff.Get(Url(nc) + "/actions").json.at("items").as_array().size(), 2u);
  EXPECT_EQ(Step(manager, nc, "close"), "workflow.transition_not_allowed@action");
  int version = int(nc.at("version").as_int64());
  EXPECT_EQ(manager.Patch(Url(nc), {{"version", version}, {"title", "Đổi"}}).code(), "conflict.archived");
  EXPECT_EQ(manager.Delete(Url(nc)).status, 200);

  // Someone outside the school's subtree does not see it.
  EXPECT_EQ(As(kOtherSchool).Get(Url(nc)).status, 404);
}

TEST_P(Nonconformities, ARepeatIsTheSameClauseOfEitherStandardAndUnitWithinTwelveMonths) {
  Client manager = As(kManager);
  db::Id iso21001 = server().ClauseId("iso-21001", "7.5.3");
  db::Id iso9001 = server().ClauseId("iso-9001", "7.5.3");  // "equal" to ISO 21001 7.5.3
  auto old = manager.Post("/api/v1/nonconformities",
                          Report({{"clause_ids", {iso21001}}, {"detected_on", DaysFromToday(-400)}}));
  ASSERT_EQ(old.status, 201) << old.body;
  EXPECT_FALSE(old.json.at("repeat").as_bool());
  auto first = manager.Post("/api/v1/nonconformities", Report({{"clause_ids", {iso21001}}}));
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_FALSE(first.json.at("repeat").as_bool());  // the old one is more than 12 months back
  auto again = manager.Post("/api/v1/nonconformities", Report({{"clause_ids", {iso9001}}, {"severity", "minor"}}));
  ASSERT_EQ(again.status, 201) << again.body;
  EXPECT_TRUE(again.json.at("repeat").as_bool());
  EXPECT_EQ(again.json.at("repeat_of"), first.json.at("id"));
  EXPECT_EQ(again.json.at("due_date").as_string(), DaysFromToday(90));
  auto elsewhere = manager.Post("/api/v1/nonconformities",
                                Report({{"clause_ids", {iso9001}}, {"unit_id", server().UnitId("SO-GDDT")}}));
  EXPECT_EQ(elsewhere.code(), "validation.reference_not_found");  // the school's manager does not see the department
  auto listed = manager.Get("/api/v1/nonconformities?repeat=true&clause_id=" + std::to_string(iso9001));
  ASSERT_EQ(listed.status, 200) << listed.body;
  ASSERT_EQ(listed.json.at("items").as_array().size(), 1u);
  EXPECT_EQ(listed.json.at("items").as_array()[0].at("id"), again.json.at("id"));
  // Overdue is derived: the old one's due date passed long ago.
  auto overdue = manager.Get("/api/v1/nonconformities?overdue=true&unit_id=" + std::to_string(School()));
  bool found = false;
  for (const auto& item : overdue.json.at("items").as_array()) {
    EXPECT_TRUE(item.at("overdue").as_bool());
    found = found || item.at("id") == old.json.at("id");
  }
  EXPECT_TRUE(found);
}

TEST_P(Nonconformities, BadInputIsRefusedAndNamesTheField) {
  Client manager = As(kManager);
  auto code = [&](json::object body) {
    auto r = manager.Post("/api/v1/nonconformities", body);
    return r.code() + "@" + r.field();
  };
  auto count = [&] { return manager.Get("/api/v1/nonconformities?limit=200").json.at("items").as_array().size(); };
  size_t before = count();
  json::object no_severity = Report();
  no_severity.erase("severity");
  EXPECT_EQ(code(no_severity), "validation.missing_field@severity");
  EXPECT_EQ(code(Report({{"unit_id", "THPT-TOHIEU"}})), "validation.wrong_type@unit_id");
  EXPECT_EQ(code(Report({{"severity", "critical"}})), "validation.invalid_value@severity");
  EXPECT_EQ(code(Report({{"source", "gossip"}})), "validation.invalid_value@source");
  EXPECT_EQ(code(Report({{"owner", 1}})), "validation.unknown_field@owner");
  EXPECT_EQ(code(Report({{"detected_on", DaysFromToday(1)}})), "validation.invalid_value@detected_on");
  EXPECT_EQ(code(Report({{"detected_on", DaysFromToday(-5)}, {"due_date", DaysFromToday(-6)}})),
            "validation.date_too_early@due_date");
  EXPECT_EQ(code(Report({{"detected_on", "2026-02-30"}})), "validation.invalid_date@detected_on");
  EXPECT_EQ(code(Report({{"clause_ids", {999999}}})), "validation.reference_not_found@clause_ids");
  EXPECT_EQ(code(Report({{"title", "  "}})), "validation.empty@title");
  EXPECT_EQ(count(), before);
  EXPECT_EQ(manager.Get("/api/v1/nonconformities?status=open").code(), "request.bad_query");
  EXPECT_EQ(manager.Get("/api/v1/nonconformities?colour=red").code(), "request.bad_query");
  EXPECT_EQ(manager.Get("/api/v1/nonconformities/999999").code(), "resource.not_found");

  auto nc = manager.Post("/api/v1/nonconformities", Report());
  ASSERT_EQ(nc.status, 201);
  std::string url = Url(nc.json);
  EXPECT_EQ(manager.Patch(url, {{"version", 7}, {"title", "Đổi"}}).code(), "conflict.stale_version");
  EXPECT_EQ(manager.Patch(url, {{"version", 1}, {"due_date", DaysFromToday(-1)}}).code(),
            "validation.date_too_early");
  auto renamed = manager.Patch(url, {{"version", 1}, {"title", "Hồ sơ tuyển sinh lớp 10 thiếu minh chứng"}});
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(renamed.json.at("version").as_int64(), 2);
  EXPECT_EQ(manager.Post(url + "/transitions", {{"version", 1}, {"action", "contain"}, {"correction", "x"}}).code(),
            "conflict.stale_version");
  EXPECT_EQ(manager.Post(url + "/transitions", {{"version", 2}, {"action", "contain"}, {"correction", 5}}).code(),
            "validation.wrong_type");
  EXPECT_EQ(manager.Post(url + "/actions", {{"title", "Quá sớm"}}).code(), "improvement.not_planning");
  EXPECT_EQ(manager.Delete(url).status, 200);  // just reported: archived as raised by mistake
}

TEST_P(Nonconformities, DueDaysBySeverityAreTheOrganisationsToSet) {
  Client head = As(kQualityHead), school = As(kManager);
  auto settings = head.Get("/api/v1/nonconformity-settings");
  ASSERT_EQ(settings.status, 200);
  EXPECT_EQ(settings.json.at("major_days").as_int64(), 30);
  EXPECT_EQ(settings.json.at("minor_days").as_int64(), 90);
  json::value version = settings.json.at("version");
  EXPECT_EQ(school.Patch("/api/v1/nonconformity-settings", {{"version", version}, {"major_days", 14}, {"minor_days", 60}})
                .status,
            403);
  EXPECT_EQ(head.Patch("/api/v1/nonconformity-settings", {{"version", 99}, {"major_days", 14}, {"minor_days", 60}})
                .code(),
            "conflict.stale_version");
  EXPECT_EQ(head.Patch("/api/v1/nonconformity-settings", {{"version", version}, {"major_days", 70}, {"minor_days", 60}})
                .code(),
            "validation.invalid_value");
  auto changed =
      head.Patch("/api/v1/nonconformity-settings", {{"version", version}, {"major_days", 14}, {"minor_days", 60}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  auto nc = school.Post("/api/v1/nonconformities", Report());
  EXPECT_EQ(nc.json.at("due_date").as_string(), DaysFromToday(14));
  auto restored = head.Patch("/api/v1/nonconformity-settings",
                             {{"version", changed.json.at("version")}, {"major_days", 30}, {"minor_days", 90}});
  EXPECT_EQ(restored.status, 200);
}

TEST_P(Nonconformities, TheDashboardCountsWhatTheCallerMaySee) {
  Client head = As(kQualityHead), auditor = As(kAuditor);
  db::Id school = server().UnitId("TH-QUYETTHANG");  // no other test reports there
  db::Id facilities = server().ClauseId("iso-21001", "7.1.3"), satisfaction = server().ClauseId("iso-21001", "9.1.2");
  auto report = [&](const std::string& severity, int detected_days_ago, db::Id clause) {
    auto r = head.Post("/api/v1/nonconformities", Report({{"unit_id", school},
                                                          {"severity", severity},
                                                          {"detected_on", DaysFromToday(-detected_days_ago)},
                                                          {"clause_ids", {clause}}}));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json;
  };
  report("major", 0, facilities);
  report("minor", 100, facilities);  // due 10 days ago
  json::value analysed = report("minor", 40, satisfaction);
  ASSERT_EQ(Step(head, analysed, "contain", {{"correction", "Tạm khắc phục"}}), "ok");
  ASSERT_EQ(Step(head, analysed, "analyse", {{"root_cause_method", "categories"}, {"root_cause", "Thiếu hướng dẫn"},
                                             {"categories", {"people", "methods"}}}),
            "ok");
  // One closed ten days after its detection.
  json::value closed = report("minor", 10, facilities);
  ASSERT_EQ(Step(head, closed, "contain", {{"correction", "Sửa ngay"}}), "ok");
  ASSERT_EQ(Step(head, closed, "analyse", {{"root_cause_method", "categories"}, {"root_cause", "Thiếu người"},
                                           {"categories", {"people"}}}),
            "ok");
  json::value action = AddAction(head, closed, kQualityHead, 5);
  ASSERT_EQ(Step(head, closed, "plan", {{"effectiveness_criterion", "Không tái diễn"},
                                        {"verification_due", DaysFromToday(10)}, {"verifier_id", User(kAuditor)}}),
            "ok");
  FinishAction(head, action);
  ASSERT_EQ(Step(head, closed, "implement"), "ok");
  ASSERT_EQ(Step(auditor, closed, "verify_effective", {{"comment", "Đạt"}}), "ok");
  ASSERT_EQ(Step(head, closed, "close"), "ok");

  auto board = head.Get("/api/v1/dashboards/nonconformities?within=" + std::to_string(school));
  ASSERT_EQ(board.status, 200) << board.body;
  const auto& b = board.json;
  EXPECT_EQ(b.at("open_by_severity").at("major").as_int64(), 1);
  EXPECT_EQ(b.at("open_by_severity").at("minor").as_int64(), 2);
  EXPECT_EQ(b.at("open_by_age_days").at("0_30").as_int64(), 1);
  EXPECT_EQ(b.at("open_by_age_days").at("31_90").as_int64(), 1);
  EXPECT_EQ(b.at("open_by_age_days").at("91_180").as_int64(), 1);
  EXPECT_EQ(b.at("open_by_age_days").at("over_180").as_int64(), 0);
  ASSERT_EQ(b.at("open_by_unit").as_array().size(), 1u);
  EXPECT_EQ(b.at("open_by_unit").as_array()[0].at("count").as_int64(), 3);
  EXPECT_EQ(b.at("overdue").as_int64(), 1);
  EXPECT_DOUBLE_EQ(b.at("mean_days_to_close").as_double(), 10.0);
  const auto& by_clause = b.at("pareto_by_clause").as_array();
  ASSERT_EQ(by_clause.size(), 2u);
  EXPECT_EQ(by_clause[0].at("clause_id").as_int64(), facilities);
  EXPECT_EQ(by_clause[0].at("count").as_int64(), 3);
  EXPECT_DOUBLE_EQ(by_clause[0].at("cumulative_percent").as_double(), 75.0);
  const auto& by_cause = b.at("pareto_by_cause").as_array();
  ASSERT_EQ(by_cause.size(), 2u);
  EXPECT_EQ(by_cause[0].at("category").as_string(), "people");
  EXPECT_EQ(by_cause[0].at("count").as_int64(), 2);

  // Someone of another school neither names that school nor sees its nonconformities counted.
  Client other = As(kOtherSchool);
  EXPECT_EQ(other.Get("/api/v1/dashboards/nonconformities?within=" + std::to_string(school)).status, 404);
  auto own = other.Get("/api/v1/dashboards/nonconformities");
  ASSERT_EQ(own.status, 200);
  for (const auto& u : own.json.at("open_by_unit").as_array()) EXPECT_NE(u.at("unit_id").as_int64(), school);
}

TEST_P(Nonconformities, TheClauseIdsKeptOnEachRowAreItsLinksAndTheMigrationWritesTheSame) {
  Client head = As(kQualityHead);
  db::Id facilities = server().ClauseId("iso-21001", "7.1.3"), satisfaction = server().ClauseId("iso-9001", "9.1.2");
  auto r = head.Post("/api/v1/nonconformities", Report({{"clause_ids", {satisfaction, facilities}}}));
  ASSERT_EQ(r.status, 201) << r.body;
  db::Database& database = server().app().db();
  using Lists = std::map<db::Id, std::string>;
  struct IdAndText {
    std::pair<db::Id, std::string> row;
    void Bind(soci::statement& st) {
      st.exchange(soci::into(row.first));
      st.exchange(soci::into(row.second));
    }
    std::pair<db::Id, std::string> Take() const { return row; }
  };
  auto read = [&](const std::string& sql) {
    std::vector<std::pair<db::Id, std::string>> rows;
    db::Binds none;
    database.Read([&](soci::session& s) { rows = db::FetchAll<IdAndText>(s, sql, none); });
    return rows;
  };
  auto kept = [&] {
    Lists out;
    for (auto& [id, list] : read("SELECT id, clause_ids FROM nonconformities")) out[id] = list;
    return out;
  };
  Lists from_links;
  for (auto& [id, clause] :
       read("SELECT l.nonconformity_id, CAST(l.clause_id AS TEXT) FROM nonconformity_clauses l ORDER BY "
            "l.nonconformity_id, l.clause_id")) {
    std::string& list = from_links[id];
    if (!list.empty()) list += ' ';
    list += clause;
  }
  Lists before = kept();
  for (auto& [id, list] : before)
    if (!from_links.count(id)) from_links[id] = "";
  EXPECT_EQ(before, from_links);
  EXPECT_EQ(before[r.json.at("id").as_int64()], std::to_string(std::min(facilities, satisfaction)) + " " +
                                                   std::to_string(std::max(facilities, satisfaction)));

  // The rows reported before migration 0024 get their lists from its backfill: the same as the store writes.
  int backfills = 0;
  database.Write([&](soci::session& s) {
    s << "UPDATE nonconformities SET clause_ids = ''";
    for (const auto& migration : db::EmbeddedMigrations())
      if (migration.version == 24)
        for (const std::string& statement : db::StatementsFor(migration.sql, GetParam()))
          if (statement.find("UPDATE nonconformities") != std::string::npos) {
            s << statement;
            ++backfills;
          }
  });
  EXPECT_EQ(backfills, 1);
  EXPECT_EQ(kept(), before);
}

TEST_P(Nonconformities, EveryWriteShowsInTheNextDashboard) {
  Client head = As(kQualityHead);
  db::Id kindergarten = server().UnitId("MN-HOABAN");  // no other test reports there
  std::string url = "/api/v1/dashboards/nonconformities?within=" + std::to_string(kindergarten);
  auto open_major = [&](const std::string& dashboard) {
    auto r = head.Get(dashboard);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json.at("open_by_severity").at("major").as_int64();
  };
  long long before = open_major(url), organisation_before = open_major("/api/v1/dashboards/nonconformities");
  EXPECT_EQ(open_major(url), before);  // asked again with nothing written: the same answer

  auto made = head.Post("/api/v1/nonconformities", Report({{"unit_id", kindergarten}}));
  ASSERT_EQ(made.status, 201) << made.body;
  json::value nc = made.json;
  EXPECT_EQ(open_major(url), before + 1);
  EXPECT_EQ(open_major("/api/v1/dashboards/nonconformities"), organisation_before + 1);

  // A step of its workflow: its cause categories now count.
  ASSERT_EQ(Step(head, nc, "contain", {{"correction", "Tạm khắc phục"}}), "ok");
  ASSERT_EQ(Step(head, nc, "analyse", {{"root_cause_method", "categories"}, {"root_cause", "Thiếu thiết bị"},
                                       {"categories", {"facilities"}}}),
            "ok");
  auto board = head.Get(url);
  ASSERT_EQ(board.json.at("pareto_by_cause").as_array().size(), 1u) << board.body;
  EXPECT_EQ(board.json.at("pareto_by_cause").as_array()[0].at("category").as_string(), "facilities");

  // One raised by mistake and archived at once is counted, then no longer.
  auto mistake = head.Post("/api/v1/nonconformities", Report({{"unit_id", kindergarten}}));
  ASSERT_EQ(mistake.status, 201) << mistake.body;
  EXPECT_EQ(open_major(url), before + 2);
  EXPECT_EQ(head.Delete(Url(mistake.json)).status, 200);
  EXPECT_EQ(open_major(url), before + 1);
}

TEST_P(Nonconformities, CallersOfDifferentSubtreesDoNotShareADashboard) {
  Client head = As(kQualityHead), other = As(kOtherSchool);
  db::Id kindergarten = server().UnitId("MN-HOABAN");
  std::string url = "/api/v1/dashboards/nonconformities";  // the same request, answered for each caller's subtrees
  auto counts_kindergarten = [&](Client& c) {
    auto r = c.Get(url);
    EXPECT_EQ(r.status, 200) << r.body;
    for (const auto& u : r.json.at("open_by_unit").as_array())
      if (u.at("unit_id").as_int64() == kindergarten) return true;
    return false;
  };
  // Each order once, after a write, so that the first caller's answer is the one a cache would hold.
  for (bool head_first : {true, false}) {
    auto made = head.Post("/api/v1/nonconformities", Report({{"unit_id", kindergarten}, {"severity", "minor"}}));
    ASSERT_EQ(made.status, 201) << made.body;
    if (head_first) {
      EXPECT_TRUE(counts_kindergarten(head));
      EXPECT_FALSE(counts_kindergarten(other));
    } else {
      EXPECT_FALSE(counts_kindergarten(other));
      EXPECT_TRUE(counts_kindergarten(head));
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Engines, Nonconformities, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing

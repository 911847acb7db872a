// The context registers over HTTP on both engines: context issues (4.1) recorded, filtered, updated with their
// history kept, archived and shown as a SWOT view; interested parties (4.2), the mandatory ones every new unit
// starts with, and their requirements; a unit's scope (4.3) whose excluded clauses leave readiness's denominator
// and show in the certification project; planned changes (6.3) decided by top management. Every refusal changes
// nothing and writes no audit entry.
#include <gtest/gtest.h>

#include <set>

#include "demo/demo.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kQualityManager = "hieutruong.tohieu@demo.eduims.vn";  // THPT Tô Hiệu
const char* kStaff = "nhanvien.tohieu@demo.eduims.vn";            // THPT Tô Hiệu, may only read
const char* kOtherSchool = "hieutruong.chuyen@demo.eduims.vn";     // THPT Chuyên

class ContextRegisters : public DemoApiTest {
 protected:
  long long LastAuditEntry() {
    long long id = 0;
    server().app().db().Read([&](soci::session& s) { s << "SELECT COALESCE(MAX(id), 0) FROM audit_log", soci::into(id); });
    return id;
  }
  // A word no other test on this shared server writes, so text filters find only this test's issues.
  std::string Word(const std::string& stem) {
    static int n = 0;
    return stem + (GetParam() == db::Engine::kSqlite ? "s" : "p") + std::to_string(++n);
  }
  static std::string Url(const HttpResult& r) {
    return "/api/v1/context-issues/" + std::to_string(r.json.at("id").as_int64());
  }
  static size_t Items(const HttpResult& r) { return r.json.at("items").as_array().size(); }
};

TEST_P(ContextRegisters, ContextIssuesAreRecordedFilteredRevisedAndArchived) {
  Client qm = As(kQualityManager);
  db::Id school = server().UnitId("THPT-TOHIEU");
  std::string word = Word("tuyensinh");
  db::Id clause = server().ClauseId("iso-21001", "4.1");
  auto made = qm.Post("/api/v1/context-issues", {{"unit_id", school},
                                                 {"title", "Số học sinh lớp 10 giảm " + word},
                                                 {"description", "Dân số độ tuổi 15 giảm ở huyện"},
                                                 {"category", "demographic"},
                                                 {"effect", "negative"},
                                                 {"clause_ids", json::array{clause}},
                                                 {"review_date", DaysFromToday(180)}});
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(made.json.at("kind").as_string(), "external");
  EXPECT_EQ(made.json.at("swot").as_string(), "threats");
  auto climate = qm.Post("/api/v1/context-issues", {{"unit_id", school},
                                                    {"title", "Lũ quét mùa mưa " + word},
                                                    {"category", "climate"},
                                                    {"effect", "negative"}});
  ASSERT_EQ(climate.status, 201) << climate.body;
  auto strength = qm.Post("/api/v1/context-issues", {{"unit_id", school},
                                                     {"title", "Đội ngũ giáo viên giỏi " + word},
                                                     {"category", "people"},
                                                     {"effect", "positive"}});
  ASSERT_EQ(strength.status, 201) << strength.body;
  EXPECT_EQ(strength.json.at("swot").as_string(), "strengths");

  // Filters: text without diacritics, category, effect, kind; staff of the school read them, another school not.
  std::string base = "/api/v1/context-issues?within=" + std::to_string(school) + "&q=" + word;
  EXPECT_EQ(Items(qm.Get(base)), 3u);
  EXPECT_EQ(Items(qm.Get(base + "&category=climate")), 1u);
  EXPECT_EQ(Items(qm.Get(base + "&effect=positive")), 1u);
  EXPECT_EQ(Items(qm.Get(base + "&kind=external")), 2u);
  EXPECT_EQ(Items(qm.Get("/api/v1/context-issues?q=so%20hoc%20sinh%20" + word)), 1u);
  EXPECT_EQ(Items(As(kStaff).Get(base)), 3u);
  Client other = As(kOtherSchool);
  EXPECT_EQ(Items(other.Get("/api/v1/context-issues?q=" + word)), 0u);
  EXPECT_EQ(other.Get(Url(made)).status, 404);
  EXPECT_EQ(qm.Get("/api/v1/context-issues?category=weather").code(), "request.bad_query");

  // An update keeps the version it replaced.
  auto revised = qm.Patch(Url(made), {{"version", 1}, {"effect", "positive"}, {"category", "social"}});
  ASSERT_EQ(revised.status, 200) << revised.body;
  EXPECT_EQ(revised.json.at("version").as_int64(), 2);
  EXPECT_EQ(revised.json.at("swot").as_string(), "opportunities");
  auto history = qm.Get(Url(made) + "/history");
  ASSERT_EQ(history.status, 200) << history.body;
  ASSERT_EQ(Items(history), 1u);
  const auto& earlier = history.json.at("items").as_array()[0];
  EXPECT_EQ(earlier.at("version").as_int64(), 1);
  EXPECT_EQ(earlier.at("issue").at("effect").as_string(), "negative");
  EXPECT_EQ(qm.Patch(Url(made), {{"version", 1}, {"title", "Cũ"}}).code(), "conflict.stale_version");

  // The SWOT view of the school's subtree.
  auto swot = qm.Get("/api/v1/context-issues/swot?within=" + std::to_string(school));
  ASSERT_EQ(swot.status, 200) << swot.body;
  auto holds = [&](const char* quadrant, const HttpResult& issue) {
    for (const auto& c : swot.json.at(quadrant).as_array())
      if (c.at("id") == issue.json.at("id")) return true;
    return false;
  };
  EXPECT_TRUE(holds("opportunities", made));
  EXPECT_TRUE(holds("threats", climate));
  EXPECT_TRUE(holds("strengths", strength));
  EXPECT_FALSE(holds("threats", made));

  // Archived, never deleted: out of the list, still readable, no longer changed; staff may not archive.
  EXPECT_EQ(As(kStaff).Delete(Url(climate)).code(), "auth.forbidden");
  auto archived = qm.Delete(Url(climate));
  ASSERT_EQ(archived.status, 200) << archived.body;
  EXPECT_FALSE(archived.json.at("archived_at").is_null());
  EXPECT_EQ(Items(qm.Get(base)), 2u);
  EXPECT_EQ(Items(qm.Get(base + "&include_archived=true")), 3u);
  EXPECT_EQ(qm.Get(Url(climate)).status, 200);
  EXPECT_EQ(qm.Patch(Url(climate), {{"version", 2}, {"title", "Sau"}}).code(), "conflict.archived");
}

TEST_P(ContextRegisters, BadContextIssuesChangeNothing) {
  Client qm = As(kQualityManager);
  db::Id school = server().UnitId("THPT-TOHIEU");
  auto made = qm.Post("/api/v1/context-issues",
                      {{"unit_id", school}, {"title", "Cơ sở vật chất"}, {"category", "infrastructure"},
                       {"effect", "negative"}});
  ASSERT_EQ(made.status, 201) << made.body;
  json::object good{{"unit_id", school}, {"title", "Vấn đề"}, {"category", "economic"}, {"effect", "negative"}};
  auto with = [&](const char* key, json::value v) {
    json::object o = good;
    o[key] = std::move(v);
    return o;
  };
  struct Case {
    json::object body;
    int status;
    std::string code, field;
  };
  std::vector<Case> cases = {
      {with("category", "weather"), 422, "planning.unknown_category", "category"},
      {with("effect", "neutral"), 422, "validation.invalid_value", "effect"},
      {with("title", json::string(std::string(301, 'x'))), 422, "validation.too_long", "title"},
      // Another school's unit is out of the caller's sight: as if it did not exist.
      {with("unit_id", server().UnitId("THPT-CHUYEN")), 422, "validation.reference_not_found", "unit_id"},
      {with("unit_id", 999999), 422, "validation.reference_not_found", "unit_id"},
      {with("clause_ids", json::array{999999}), 422, "validation.reference_not_found", "clause_ids"},
      {with("process_ids", json::array{999999}), 422, "validation.reference_not_found", "process_ids"},
  };
  long long last = LastAuditEntry();
  size_t before = Items(qm.Get("/api/v1/context-issues?unit_id=" + std::to_string(school) + "&limit=200"));
  for (const auto& c : cases) {
    auto r = qm.Post("/api/v1/context-issues", c.body);
    EXPECT_EQ(r.status, c.status) << r.body;
    EXPECT_EQ(r.code(), c.code) << r.body;
    EXPECT_EQ(r.field(), c.field) << r.body;
  }
  auto patched = qm.Patch(Url(made), {{"version", 1}, {"category", "weather"}});
  EXPECT_EQ(patched.code(), "planning.unknown_category") << patched.body;
  qm.language = "vi";
  auto vi = qm.Post("/api/v1/context-issues", with("category", "weather"));
  EXPECT_NE(vi.json.at("detail").as_string().find("nhóm"), json::string::npos) << vi.body;
  EXPECT_EQ(LastAuditEntry(), last);
  EXPECT_EQ(Items(qm.Get("/api/v1/context-issues?unit_id=" + std::to_string(school) + "&limit=200")), before);
  EXPECT_EQ(qm.Get(Url(made)).json.at("version").as_int64(), 1);
}

TEST_P(ContextRegisters, InterestedPartiesWithRequirementsAndMandatoryClasses) {
  Client qm = As(kQualityManager);
  db::Id school = server().UnitId("THPT-TOHIEU");
  auto classes = qm.Get("/api/v1/party-classes");
  ASSERT_EQ(classes.status, 200) << classes.body;
  std::set<std::string> mandatory;
  for (const auto& c : classes.json.at("items").as_array())
    if (c.at("mandatory").as_bool()) mandatory.insert(std::string(c.at("code").as_string()));
  EXPECT_EQ(mandatory, (std::set<std::string>{"learners", "parents", "employers", "society", "staff"}));

  // A new unit starts with a party of each mandatory class, each in the audit trail.
  Client admin = As(kAdminEmail);
  std::string code = std::string("KTBQT-") + (GetParam() == db::Engine::kSqlite ? "S" : "P");
  auto unit = admin.Post("/api/v1/units", {{"parent_id", school}, {"code", code}, {"name", "Tổ Ngữ văn"},
                                           {"type", "department"}});
  ASSERT_EQ(unit.status, 201) << unit.body;
  std::string unit_id = std::to_string(unit.json.at("id").as_int64());
  auto started = qm.Get("/api/v1/interested-parties?unit_id=" + unit_id);
  ASSERT_EQ(started.status, 200) << started.body;
  std::set<std::string> got;
  db::Id learners = 0;
  for (const auto& p : started.json.at("items").as_array()) {
    got.insert(std::string(p.at("class").as_string()));
    EXPECT_TRUE(p.at("mandatory").as_bool());
    if (p.at("class") == "learners") learners = p.at("id").as_int64();
  }
  EXPECT_EQ(got, mandatory);
  std::string party = "/api/v1/interested-parties/" + std::to_string(learners);
  auto log = admin.Get("/api/v1/audit-log?entity=interested_party&entity_id=" + std::to_string(learners));
  ASSERT_EQ(log.status, 200) << log.body;
  EXPECT_EQ(log.json.at("items").as_array().size(), 1u);

  // The learners' needs, taken on as a requirement monitored by a survey; a ministry circular as a compliance
  // obligation of the authorities.
  auto needs = qm.Patch(party, {{"version", 1}, {"needs", "Được học trong môi trường an toàn, có tư vấn hướng nghiệp"}});
  ASSERT_EQ(needs.status, 200) << needs.body;
  auto requirement = qm.Post(party + "/requirements", {{"text", "Tư vấn hướng nghiệp cho học sinh lớp 12"},
                                                        {"monitoring", "survey"},
                                                        {"monitoring_note", "Khảo sát cuối học kỳ"}});
  ASSERT_EQ(requirement.status, 201) << requirement.body;
  EXPECT_TRUE(requirement.json.at("adopted").as_bool());
  auto ministry = qm.Post("/api/v1/interested-parties", {{"unit_id", school}, {"class", "authorities"},
                                                          {"name", "Bộ Giáo dục và Đào tạo"}});
  ASSERT_EQ(ministry.status, 201) << ministry.body;
  std::string ministry_url = "/api/v1/interested-parties/" + std::to_string(ministry.json.at("id").as_int64());
  auto obligation = qm.Post(ministry_url + "/requirements", {{"text", "Điều lệ trường trung học"},
                                                             {"compliance_obligation", true},
                                                             {"obligation_reference", "Thông tư 32/2020/TT-BGDĐT"},
                                                             {"monitoring", "inspection"}});
  ASSERT_EQ(obligation.status, 201) << obligation.body;
  auto listed = qm.Get(ministry_url + "/requirements");
  ASSERT_EQ(listed.status, 200);
  EXPECT_EQ(Items(listed), 1u);

  // Refusals change nothing (the other clients log in first: a login is in the audit trail).
  Client other = As(kOtherSchool), staff = As(kStaff);
  long long last = LastAuditEntry();
  EXPECT_EQ(qm.Patch(party, {{"version", 2}, {"relevant", false}, {"relevance_reason", "x"}}).code(),
            "planning.mandatory_party");
  EXPECT_EQ(qm.Delete(party).code(), "planning.mandatory_party");
  EXPECT_EQ(qm.Post(ministry_url + "/requirements",
                    {{"text", "Nghĩa vụ"}, {"compliance_obligation", true}, {"monitoring", "report"}})
                .code(),
            "planning.reference_required");
  EXPECT_EQ(qm.Post(ministry_url + "/requirements", {{"text", "Nghĩa vụ"}, {"monitoring", "telepathy"}}).field(),
            "monitoring");
  EXPECT_EQ(qm.Post("/api/v1/interested-parties", {{"unit_id", school}, {"class", "aliens"}, {"name", "X"}}).code(),
            "planning.unknown_category");
  EXPECT_EQ(qm.Patch(ministry_url, {{"version", 1}, {"relevant", false}}).field(), "relevance_reason");
  EXPECT_EQ(other.Get(party).status, 404);
  EXPECT_EQ(staff.Post(party + "/requirements", {{"text", "X"}, {"monitoring", "survey"}}).code(), "auth.forbidden");
  EXPECT_EQ(LastAuditEntry(), last);

  // Not relevant, with its reason; archived requirements leave the list.
  auto judged = qm.Patch(ministry_url, {{"version", 1}, {"relevant", false}, {"relevance_reason", "Trường do Sở quản lý"}});
  ASSERT_EQ(judged.status, 200) << judged.body;
  EXPECT_EQ(Items(qm.Get("/api/v1/interested-parties?relevant=false&unit_id=" + std::to_string(school))), 1u);
  std::string obligation_url = ministry_url + "/requirements/" + std::to_string(obligation.json.at("id").as_int64());
  ASSERT_EQ(qm.Delete(obligation_url).status, 200);
  EXPECT_EQ(Items(qm.Get(ministry_url + "/requirements")), 0u);
  EXPECT_EQ(qm.Patch(obligation_url, {{"version", 2}, {"text", "Y"}}).code(), "conflict.archived");
}

TEST_P(ContextRegisters, ScopeExclusionsLeaveReadinessAndShowInTheCertificationProject) {
  Client qm = As(kQualityManager);
  Client admin = As(kAdminEmail);
  std::string code = std::string("KTPV-") + (GetParam() == db::Engine::kSqlite ? "S" : "P");
  auto unit = admin.Post("/api/v1/units", {{"parent_id", server().UnitId("THPT-TOHIEU")}, {"code", code},
                                           {"name", "Phân hiệu Chiềng Sinh"}, {"type", "upper_secondary"}});
  ASSERT_EQ(unit.status, 201) << unit.body;
  std::string id = std::to_string(unit.json.at("id").as_int64());
  std::string scope = "/api/v1/units/" + id + "/scope";
  db::Id design = server().ClauseId("iso-21001", "8.3");
  db::Id iso21001 = 0, iso9001 = 0;
  auto standards = qm.Get("/api/v1/standards");
  for (const auto& s : standards.json.at("items").as_array()) {
    if (s.at("code") == "iso-21001" && s.at("edition") == "2018") iso21001 = s.at("id").as_int64();
    if (s.at("code") == "iso-9001" && s.at("edition") == "2015") iso9001 = s.at("id").as_int64();
  }
  auto readiness = [&](db::Id standard) {
    return qm.Get("/api/v1/readiness?standard=" + std::to_string(standard) + "&unit_id=" + id);
  };
  auto before = readiness(iso21001);
  ASSERT_EQ(before.status, 200) << before.body;
  size_t clauses = before.json.at("clauses").as_array().size();
  size_t clauses_9001 = readiness(iso9001).json.at("clauses").as_array().size();
  EXPECT_TRUE(before.json.at("excluded").as_array().empty());

  auto empty = qm.Get(scope);
  ASSERT_EQ(empty.status, 200) << empty.body;
  EXPECT_EQ(empty.json.at("version").as_int64(), 0);

  // Refused, nothing changed: no justification, a clause that does not exist, one that may not be excluded, a
  // caller outside the unit's subtree, staff who may only read.
  Client other = As(kOtherSchool), staff = As(kStaff);
  json::object body{{"version", 0},
                    {"statement_vi", "Cung cấp chương trình giáo dục phổ thông cấp trung học phổ thông"},
                    {"statement_en", "Provision of the upper secondary general education programme"},
                    {"sites", json::array{"Bản Chiềng Sinh, TP Sơn La"}},
                    {"products", json::array{"Giáo dục phổ thông lớp 10-12", "Bồi dưỡng học sinh giỏi"}}};
  auto excluding = [&](json::value clause, std::string why) {
    json::object b = body;
    b["excluded_clauses"] = json::array{{{"clause_id", clause}, {"justification", why}}};
    return b;
  };
  long long last = LastAuditEntry();
  auto unjustified = qm.Put(scope, excluding(design, "  "));
  EXPECT_EQ(unjustified.status, 422) << unjustified.body;
  EXPECT_EQ(unjustified.code(), "planning.justification_required");
  EXPECT_EQ(unjustified.field(), "excluded_clauses[0].justification");
  EXPECT_EQ(qm.Put(scope, excluding(999999, "Không có")).code(), "validation.reference_not_found");
  EXPECT_EQ(qm.Put(scope, excluding(server().ClauseId("iso-21001", "9.2"), "Không cần")).code(),
            "planning.clause_not_excludable");
  EXPECT_EQ(other.Put(scope, excluding(design, "Lý do")).status, 404);
  EXPECT_EQ(staff.Put(scope, excluding(design, "Lý do")).code(), "auth.forbidden");
  EXPECT_EQ(LastAuditEntry(), last);
  EXPECT_EQ(qm.Get(scope).json.at("version").as_int64(), 0);

  // 8.3 excluded with its justification: its six requirement clauses leave the denominator of both standards.
  auto declared = qm.Put(scope, excluding(design, "Trường thực hiện chương trình do Bộ GD&ĐT ban hành, không tự thiết "
                                                  "kế chương trình giáo dục"));
  ASSERT_EQ(declared.status, 200) << declared.body;
  EXPECT_EQ(declared.json.at("version").as_int64(), 1);
  ASSERT_EQ(declared.json.at("excluded_clauses").as_array().size(), 1u);
  EXPECT_EQ(declared.json.at("excluded_clauses").as_array()[0].at("number").as_string(), "8.3");
  auto after = readiness(iso21001);
  ASSERT_EQ(after.status, 200) << after.body;
  EXPECT_EQ(after.json.at("clauses").as_array().size(), clauses - 6);
  EXPECT_EQ(after.json.at("excluded").as_array().size(), 6u);
  for (const auto& c : after.json.at("clauses").as_array())
    EXPECT_NE(std::string(c.at("number").as_string()).rfind("8.3", 0), 0u) << c.at("number");
  EXPECT_LT(readiness(iso9001).json.at("clauses").as_array().size(), clauses_9001);
  EXPECT_EQ(qm.Put(scope, body).code(), "conflict.stale_version");

  // The unit's certification project shows the exclusion in its scope.
  auto project = qm.Post("/api/v1/certifications", {{"unit_id", unit.json.at("id")},
                                                    {"title", "Chứng nhận ISO 21001"},
                                                    {"body_name", "QUACERT"},
                                                    {"accreditation_body", "BoA"},
                                                    {"accreditation_number", "VICAS 001"},
                                                    {"standard_ids", json::array{iso21001}}});
  ASSERT_EQ(project.status, 201) << project.body;
  auto detail = qm.Get("/api/v1/certifications/" + std::to_string(project.json.at("id").as_int64()));
  ASSERT_EQ(detail.status, 200) << detail.body;
  ASSERT_EQ(detail.json.at("excluded_clauses").as_array().size(), 1u);
  EXPECT_EQ(detail.json.at("excluded_clauses").as_array()[0].at("clause_id").as_int64(), design);
}

TEST_P(ContextRegisters, ChangesArePlannedAndDecidedByTopManagement) {
  Client qm = As(kQualityManager);
  db::Id school = server().UnitId("THPT-TOHIEU");
  auto processes = qm.Get("/api/v1/processes?unit_id=" + std::to_string(school));
  ASSERT_EQ(processes.status, 200);
  json::array process_ids;
  if (!processes.json.at("items").as_array().empty())
    process_ids.push_back(processes.json.at("items").as_array()[0].at("id"));
  auto made = qm.Post("/api/v1/changes", {{"unit_id", school},
                                          {"title", "Chuyển sang học 2 buổi/ngày"},
                                          {"purpose", "Đáp ứng Chương trình GDPT 2018"},
                                          {"risks", "Thiếu phòng học; giáo viên quá tải"},
                                          {"resources", "Thêm 6 phòng học, 4 giáo viên"},
                                          {"responsibilities", "Phó hiệu trưởng chuyên môn"},
                                          {"planned_on", DaysFromToday(60)},
                                          {"process_ids", process_ids}});
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(made.json.at("status").as_string(), "proposed");
  std::string url = "/api/v1/changes/" + std::to_string(made.json.at("id").as_int64());

  Client other = As(kOtherSchool);
  long long last = LastAuditEntry();
  EXPECT_EQ(qm.Post("/api/v1/changes", {{"unit_id", school}, {"title", std::string(301, 'x')}}).code(),
            "validation.too_long");
  EXPECT_EQ(qm.Post("/api/v1/changes", {{"unit_id", school}, {"title", "X"}, {"document_ids", json::array{999999}}})
                .field(),
            "document_ids");
  // The quality manager plans; only top management approves.
  auto refused = qm.Post(url + "/decisions", {{"version", 1}, {"decision", "approve"}});
  EXPECT_EQ(refused.status, 403) << refused.body;
  EXPECT_EQ(refused.code(), "planning.top_management_only");
  EXPECT_EQ(qm.Post(url + "/decisions", {{"version", 1}, {"decision", "implement"}}).code(), "planning.change_decided");
  EXPECT_EQ(other.Get(url).status, 404);
  EXPECT_EQ(LastAuditEntry(), last);

  Client director = As("giamdoc@demo.eduims.vn");  // top management of the department
  auto approved = director.Post(url + "/decisions", {{"version", 1}, {"decision", "approve"}, {"note", "Đồng ý"}});
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(approved.json.at("status").as_string(), "approved");
  EXPECT_EQ(approved.json.at("decided_by").as_int64(), User("giamdoc@demo.eduims.vn"));
  EXPECT_EQ(qm.Patch(url, {{"version", 2}, {"title", "Khác"}}).code(), "planning.change_decided");
  auto done = qm.Post(url + "/decisions", {{"version", 2}, {"decision", "implement"}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.json.at("status").as_string(), "implemented");
  EXPECT_EQ(Items(qm.Get("/api/v1/changes?status=implemented&unit_id=" + std::to_string(school))), 1u);
  auto log = As(kAdminEmail).Get("/api/v1/audit-log?entity=planned_change&entity_id=" +
                                 std::to_string(made.json.at("id").as_int64()));
  ASSERT_EQ(log.status, 200) << log.body;
  EXPECT_EQ(log.json.at("items").as_array().size(), 3u);
}

INSTANTIATE_TEST_SUITE_P(Engines, ContextRegisters, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing

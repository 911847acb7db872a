// The risks and opportunities register over HTTP on both engines: an entry rated on the organisation's matrix with
// its history of ratings, a treatment action through the actions module, the process's risk level taken from its
// register, the heat map of a subtree (also after a unit moves), a nonconformity in which a risk materialised, the
// matrix's settings, and every refusal changing nothing.
#include <gtest/gtest.h>

#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kQualityManager = "hieutruong.tohieu@demo.eduims.vn";  // THPT Tô Hiệu
const char* kStaff = "nhanvien.tohieu@demo.eduims.vn";            // THPT Tô Hiệu, may not manage planning
const char* kDepartmentQm = "iso@demo.eduims.vn";                  // quality manager of the whole department

class Risks : public DemoApiTest {
 protected:
  db::Id School() { return server().UnitId("THPT-TOHIEU"); }
  static std::string Url(const HttpResult& r) { return "/api/v1/risks/" + std::to_string(r.json.at("id").as_int64()); }
  std::string Code(const std::string& stem) {
    static int n = 0;
    return stem + "-" + (GetParam() == db::Engine::kSqlite ? "S" : "P") + std::to_string(++n);
  }
  json::object Entry(json::object extra = {}) {
    json::object body{{"unit_id", School()},
                      {"kind", "risk"},
                      {"title", "Học sinh bỏ học giữa năm"},
                      {"cause", "Hoàn cảnh gia đình khó khăn"},
                      {"consequence", "Không đạt chỉ tiêu duy trì sĩ số"},
                      {"inherent_likelihood", 3},
                      {"inherent_impact", 4},
                      {"owner_id", User(kQualityManager)}};
    for (auto& [k, v] : extra) body[k] = v;
    return body;
  }
  long long Count(Client& c, const std::string& query) {
    auto r = c.Get("/api/v1/risks?limit=200&" + query);
    EXPECT_EQ(r.status, 200) << r.body;
    return static_cast<long long>(r.json.at("items").as_array().size());
  }
  // The count of the heat map's cell (likelihood, impact), 0 if it is not listed.
  static long long Cell(const HttpResult& heat, int likelihood, int impact) {
    for (const auto& c : heat.json.at("cells").as_array())
      if (c.at("likelihood").as_int64() == likelihood && c.at("impact").as_int64() == impact)
        return c.at("count").as_int64();
    return 0;
  }
  long long LastAuditId() {
    long long id = 0;
    server().app().db().Read([&](soci::session& s) { s << "SELECT COALESCE(MAX(id), 0) FROM audit_log", soci::into(id); });
    return id;
  }
};

TEST_P(Risks, ARiskFromAProcessIsRatedTreatedAndSetsTheProcessLevel) {
  Client qm = As(kQualityManager);
  auto process = qm.Post("/api/v1/processes", {{"unit_id", School()}, {"code", Code("QT-TS")},
                                               {"name", "Tuyển sinh"}, {"category", "core"},
                                               {"risk_level", "low"}});
  ASSERT_EQ(process.status, 201) << process.body;
  json::value process_id = process.json.at("id");
  std::string process_url = "/api/v1/processes/" + std::to_string(process_id.as_int64());

  auto made = qm.Post("/api/v1/risks", Entry({{"source_kind", "process"}, {"source_id", process_id},
                                              {"inherent_likelihood", 4}, {"inherent_impact", 5},
                                              {"treatment", "reduce"}, {"next_review_date", DaysFromToday(90)}}));
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(made.json.at("process_id"), process_id);  // a risk from a process belongs to it
  EXPECT_EQ(made.json.at("level").as_string(), "very_high");
  EXPECT_EQ(made.json.at("inherent").at("score").as_int64(), 20);

  // The process's level now comes from its register and is not typed.
  auto p = qm.Get(process_url);
  EXPECT_EQ(p.json.at("risk_level").as_string(), "high");
  EXPECT_EQ(p.json.at("risk_level_source").as_string(), "register");
  auto typed = qm.Patch(process_url, {{"version", p.json.at("version")}, {"risk_level", "low"}});
  EXPECT_EQ(typed.status, 422);
  EXPECT_EQ(typed.code(), "processes.risk_level_from_register");

  // A treatment action through the actions module, listed with the risk; only the risk's own route raises one.
  auto action = qm.Post(Url(made) + "/actions", {{"title", "Thăm hỏi gia đình học sinh có nguy cơ bỏ học"},
                                                 {"owner_id", User(kQualityManager)},
                                                 {"due_date", DaysFromToday(30)}});
  ASSERT_EQ(action.status, 201) << action.body;
  EXPECT_EQ(action.json.at("source").at("type").as_string(), "risk");
  auto direct = qm.Post("/api/v1/actions", {{"title", "x"}, {"unit_id", School()}, {"source_type", "risk"},
                                            {"source_id", std::to_string(made.json.at("id").as_int64())}});
  EXPECT_EQ(direct.code(), "actions.source_reserved");

  // Rated again after treatment: the residual rating stands, the history keeps both.
  auto rerated = qm.Patch(Url(made), {{"version", 1}, {"residual_likelihood", 2}, {"residual_impact", 2}});
  ASSERT_EQ(rerated.status, 200) << rerated.body;
  EXPECT_EQ(rerated.json.at("level").as_string(), "low");
  auto view = qm.Get(Url(made));
  ASSERT_EQ(view.status, 200);
  ASSERT_EQ(view.json.at("ratings").as_array().size(), 2u);
  EXPECT_EQ(view.json.at("ratings").as_array()[1].at("stage").as_string(), "residual");
  ASSERT_EQ(view.json.at("actions").as_array().size(), 1u);
  EXPECT_EQ(qm.Get(process_url).json.at("risk_level").as_string(), "low");

  auto heat = qm.Get("/api/v1/risks/heatmap?within=" + std::to_string(School()));
  ASSERT_EQ(heat.status, 200) << heat.body;
  EXPECT_GE(Cell(heat, 2, 2), 1);
  EXPECT_EQ(heat.json.at("matrix").at("code").as_string(), "5x5");

  auto csv = qm.Get("/api/v1/risks/export?format=csv&process_id=" + std::to_string(process_id.as_int64()));
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_NE(csv.body.find("Học sinh bỏ học giữa năm"), std::string::npos) << csv.body;
  EXPECT_NE(csv.body.find("4 × 5 = 20 (Very high),2 × 2 = 4 (Low),Low,Reduce"), std::string::npos) << csv.body;
  qm.language = "vi";
  EXPECT_NE(qm.Get("/api/v1/risks/export?format=csv&process_id=" + std::to_string(process_id.as_int64()))
                .body.find("Giảm thiểu"),
            std::string::npos);
  qm.language = "en";
  auto xlsx = qm.Get("/api/v1/risks/export?process_id=" + std::to_string(process_id.as_int64()));
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
  EXPECT_EQ(qm.Get("/api/v1/risks/export?format=pdf").status, 400);

  auto reviewed = qm.Post(Url(made) + "/reviews", {{"version", 2}, {"next_review_date", DaysFromToday(180)}});
  ASSERT_EQ(reviewed.status, 200) << reviewed.body;
  EXPECT_EQ(reviewed.json.at("last_reviewed_on").as_string(), DaysFromToday(0));

  // Archived, never deleted: out of the heat map, and the process's level is typed again.
  long long before = Cell(qm.Get("/api/v1/risks/heatmap?within=" + std::to_string(School())), 2, 2);
  ASSERT_EQ(qm.Delete(Url(made)).status, 200);
  EXPECT_EQ(Cell(qm.Get("/api/v1/risks/heatmap?within=" + std::to_string(School())), 2, 2), before - 1);
  EXPECT_EQ(qm.Get(Url(made)).json.at("archived_at").is_string(), true);
  EXPECT_EQ(qm.Get(process_url).json.at("risk_level_source").as_string(), "typed");
}

TEST_P(Risks, ANonconformityNamesTheRiskThatMaterialised) {
  Client qm = As(kQualityManager);
  auto risk = qm.Post("/api/v1/risks", Entry());
  ASSERT_EQ(risk.status, 201) << risk.body;
  auto nc = qm.Post("/api/v1/nonconformities", {{"unit_id", School()}, {"title", "Sĩ số giảm 5% trong học kỳ I"},
                                                 {"source", "other"}, {"severity", "minor"}});
  ASSERT_EQ(nc.status, 201) << nc.body;
  auto linked = qm.Post(Url(risk) + "/nonconformities", {{"nonconformity_id", nc.json.at("id")}});
  ASSERT_EQ(linked.status, 200) << linked.body;
  EXPECT_EQ(linked.json.at("nonconformity_ids").as_array().size(), 1u);
  auto listed = qm.Get("/api/v1/risks?nonconformity_id=" + std::to_string(nc.json.at("id").as_int64()));
  ASSERT_EQ(listed.json.at("items").as_array().size(), 1u);
  EXPECT_EQ(listed.json.at("items").as_array()[0].at("id"), risk.json.at("id"));
  EXPECT_EQ(qm.Post(Url(risk) + "/nonconformities", {{"nonconformity_id", nc.json.at("id")}}).code(),
            "conflict.duplicate");
  EXPECT_EQ(qm.Post(Url(risk) + "/nonconformities", {{"nonconformity_id", 999999}}).code(),
            "validation.reference_not_found");
}

TEST_P(Risks, BadInputIsRefusedInBothLanguagesAndChangesNothing) {
  Client qm = As(kQualityManager);
  Client staff = As(kStaff);  // logged in first: a login writes to the audit trail
  long long risks = Count(qm, "unit_id=" + std::to_string(School()));
  long long audit = LastAuditId();
  struct Case {
    json::object body;
    int status;
    std::string code, field;
  };
  std::vector<Case> cases = {
      {Entry({{"inherent_likelihood", 6}}), 422, "risks.rating_outside_matrix", "inherent_likelihood"},
      {Entry({{"residual_likelihood", 1}, {"residual_impact", 0}}), 422, "risks.rating_outside_matrix",
       "residual_impact"},
      {Entry({{"treatment", "ignore"}}), 422, "validation.invalid_value", "treatment"},
      {Entry({{"treatment", "pursue"}}), 422, "risks.treatment_not_fitting", "treatment"},
      {Entry({{"kind", "opportunity"}, {"treatment", "reduce"}}), 422, "risks.treatment_not_fitting", "treatment"},
      {Entry({{"owner_id", User(kStaff)}}), 422, "auth.named_without_permission", "owner_id"},
      {Entry({{"unit_id", server().UnitId("THPT-CHUYEN")}}), 422, "validation.reference_not_found", "unit_id"},
      {Entry({{"title", std::string(301, 'a')}}), 422, "validation.too_long", "title"},
      {Entry({{"source_kind", "context_issue"}}), 422, "validation.missing_field", "source_id"},
      {Entry({{"source_kind", "process"}, {"source_id", 999999}}), 422, "validation.reference_not_found", "source_id"},
      {Entry({{"source_kind", "context_issue"}, {"source_id", 999999}}), 422, "validation.reference_not_found",
       "source_id"},
      {Entry({{"source_kind", "party_requirement"}, {"source_id", 999999}}), 422, "validation.reference_not_found",
       "source_id"},
      {Entry({{"next_review_date", DaysFromToday(0)}}), 422, "validation.date_too_early", "next_review_date"},
  };
  for (const auto& c : cases) {
    for (const char* language : {"vi", "en"}) {
      qm.language = language;
      auto r = qm.Post("/api/v1/risks", c.body);
      EXPECT_EQ(r.status, c.status) << json::serialize(c.body) << " " << r.body;
      EXPECT_EQ(r.code(), c.code) << r.body;
      EXPECT_EQ(r.field(), c.field) << r.body;
      EXPECT_FALSE(r.json.at("detail").as_string().empty());
    }
  }
  qm.language = "vi";
  auto vi = qm.Post("/api/v1/risks", Entry({{"inherent_impact", 9}}));
  EXPECT_NE(vi.json.at("title").as_string().find("ma trận"), std::string::npos) << vi.body;
  // Someone who may read the register but not keep it.
  auto refused = staff.Post("/api/v1/risks", Entry({{"owner_id", User(kStaff)}}));
  EXPECT_EQ(refused.status, 403) << refused.body;
  EXPECT_EQ(Count(qm, "unit_id=" + std::to_string(School())), risks);
  EXPECT_EQ(LastAuditId(), audit);

  auto made = qm.Post("/api/v1/risks", Entry());
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(qm.Patch(Url(made), {{"version", 1}, {"inherent_impact", 6}}).code(), "validation.missing_field");
  auto off = qm.Patch(Url(made), {{"version", 1}, {"inherent_likelihood", 0}, {"inherent_impact", 2}});
  EXPECT_EQ(off.code(), "risks.rating_outside_matrix");
  EXPECT_EQ(qm.Patch(Url(made), {{"version", 1}, {"treatment", "not_pursue"}}).code(), "risks.treatment_not_fitting");
  EXPECT_EQ(qm.Patch(Url(made), {{"version", 1}, {"owner_id", User(kStaff)}}).code(),
            "auth.named_without_permission");
  EXPECT_EQ(qm.Get(Url(made)).json.at("version").as_int64(), 1);
  EXPECT_EQ(qm.Get(Url(made)).json.at("ratings").as_array().size(), 1u);
}

TEST_P(Risks, ARiskComesFromAContextIssueOrARequirementTheCallerCanSee) {
  Client qm = As(kQualityManager);
  Client department = As(kDepartmentQm);
  auto issue = qm.Post("/api/v1/context-issues", {{"unit_id", School()}, {"title", "Lũ quét mùa mưa"},
                                                  {"category", "climate"}, {"effect", "negative"}});
  ASSERT_EQ(issue.status, 201) << issue.body;
  auto from_issue = qm.Post("/api/v1/risks", Entry({{"source_kind", "context_issue"}, {"source_id", issue.json.at("id")}}));
  ASSERT_EQ(from_issue.status, 201) << from_issue.body;
  EXPECT_EQ(from_issue.json.at("source_id"), issue.json.at("id"));

  auto parties = qm.Get("/api/v1/interested-parties?unit_id=" + std::to_string(School()));
  ASSERT_EQ(parties.status, 200) << parties.body;
  std::string party = "/api/v1/interested-parties/" +
                      std::to_string(parties.json.at("items").as_array().at(0).at("id").as_int64());
  auto requirement = qm.Post(party + "/requirements", {{"text", "Tư vấn hướng nghiệp"}, {"monitoring", "survey"}});
  ASSERT_EQ(requirement.status, 201) << requirement.body;
  auto from_requirement = qm.Post(
      "/api/v1/risks", Entry({{"source_kind", "party_requirement"}, {"source_id", requirement.json.at("id")}}));
  ASSERT_EQ(from_requirement.status, 201) << from_requirement.body;

  // Another school's context is not this school's to cite.
  auto elsewhere = department.Post("/api/v1/context-issues",
                                   {{"unit_id", server().UnitId("THPT-CHUYEN")}, {"title", "Tuyển sinh chuyên"},
                                    {"category", "social"}, {"effect", "positive"}});
  ASSERT_EQ(elsewhere.status, 201) << elsewhere.body;
  auto refused = qm.Post("/api/v1/risks", Entry({{"source_kind", "context_issue"}, {"source_id", elsewhere.json.at("id")}}));
  EXPECT_EQ(refused.code(), "validation.reference_not_found") << refused.body;
}

TEST_P(Risks, TheHeatMapCountsASubtreeAndFollowsAUnitThatMoves) {
  Client admin = As(kAdminEmail);
  auto unit = admin.Post("/api/v1/units", {{"parent_id", server().UnitId("THPT-CHUYEN")},
                                           {"code", Code("TO-LY")},
                                           {"name", "Tổ Vật lý"},
                                           {"type", "department"}});
  ASSERT_EQ(unit.status, 201) << unit.body;
  Client dept = As(kDepartmentQm);
  auto made = dept.Post("/api/v1/risks", Entry({{"unit_id", unit.json.at("id")}, {"owner_id", User(kDepartmentQm)},
                                                {"inherent_likelihood", 1}, {"inherent_impact", 5}}));
  ASSERT_EQ(made.status, 201) << made.body;
  std::string chuyen = std::to_string(server().UnitId("THPT-CHUYEN")), tohieu = std::to_string(School());
  long long in_chuyen = Cell(dept.Get("/api/v1/risks/heatmap?within=" + chuyen), 1, 5);
  long long in_tohieu = Cell(dept.Get("/api/v1/risks/heatmap?within=" + tohieu), 1, 5);
  long long everywhere = Cell(dept.Get("/api/v1/risks/heatmap"), 1, 5);
  EXPECT_GE(in_chuyen, 1);
  auto moved = admin.Patch("/api/v1/units/" + std::to_string(unit.json.at("id").as_int64()),
                           {{"version", unit.json.at("version")}, {"parent_id", School()}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(Cell(dept.Get("/api/v1/risks/heatmap?within=" + chuyen), 1, 5), in_chuyen - 1);
  EXPECT_EQ(Cell(dept.Get("/api/v1/risks/heatmap?within=" + tohieu), 1, 5), in_tohieu + 1);
  EXPECT_EQ(Cell(dept.Get("/api/v1/risks/heatmap"), 1, 5), everywhere);
  // A school's quality manager sees only their school's subtree.
  EXPECT_EQ(As(kQualityManager).Get("/api/v1/risks/heatmap?within=" + chuyen).status, 404);
  EXPECT_EQ(As(kQualityManager).Get("/api/v1/risks/heatmap?kind=opportunity").json.at("kind").as_string(),
            "opportunity");
}

TEST_P(Risks, TheOrganisationRelabelsItsMatrixButKeepsItWhileRisksAreRatedOnIt) {
  Client dept = As(kDepartmentQm);
  ASSERT_EQ(dept.Post("/api/v1/risks", Entry({{"owner_id", User(kDepartmentQm)}})).status, 201);
  auto matrix = dept.Get("/api/v1/risk-matrix");
  ASSERT_EQ(matrix.status, 200) << matrix.body;
  EXPECT_EQ(matrix.json.at("matrix_code").as_string(), "5x5");
  long long version = matrix.json.at("version").as_int64();
  auto other = dept.Put("/api/v1/risk-matrix", {{"matrix_code", "3x3"}, {"version", version}});
  EXPECT_EQ(other.status, 409) << other.body;
  EXPECT_EQ(other.code(), "risks.matrix_in_use");
  auto bad = dept.Put("/api/v1/risk-matrix",
                      {{"matrix_code", "5x5"}, {"version", version},
                       {"overrides", {{"impact", json::array{{{"vi", "a"}, {"en", "b"}}}}}}});
  EXPECT_EQ(bad.code(), "risks.matrix_invalid");
  EXPECT_EQ(bad.field(), "overrides.impact");
  EXPECT_EQ(As(kQualityManager).Put("/api/v1/risk-matrix", {{"matrix_code", "5x5"}, {"version", version}}).status,
            403);
  json::array labels;
  for (const char* en : {"Very rare", "Rare", "Sometimes", "Often", "Almost always"})
    labels.push_back(json::object{{"vi", std::string("Mức ") + en}, {"en", en}});
  auto relabelled = dept.Put("/api/v1/risk-matrix",
                             {{"matrix_code", "5x5"}, {"version", version}, {"overrides", {{"likelihood", labels}}}});
  ASSERT_EQ(relabelled.status, 200) << relabelled.body;
  EXPECT_EQ(relabelled.json.at("version").as_int64(), version + 1);
  EXPECT_EQ(dept.Get("/api/v1/risks/heatmap").json.at("matrix").at("likelihood").as_array()[2].at("label").at("en"),
            "Sometimes");
  EXPECT_EQ(dept.Put("/api/v1/risk-matrix", {{"matrix_code", "5x5"}, {"version", version}}).code(),
            "conflict.stale_version");
}

INSTANTIATE_TEST_SUITE_P(Engines, Risks, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing

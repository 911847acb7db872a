// The qualified auditors of an audit programme on both engines (issue 20): per unit of the programme's subtree, the
// people holding today the internal auditor competence of every standard audited there, independent of the unit.
// Its own demo server per engine: the test takes the demo auditor's competences away and gives them back.
#include <gtest/gtest.h>

#include "demo/demo.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kManager = "iso@demo.eduims.vn";             // quality manager of the department
const char* kAuditor = "danhgianoibo@demo.eduims.vn";    // internal auditor, works in the department's office
const char* kTeacher = "giaovien.toan@demo.eduims.vn";   // staff of a school's department

class ProgrammeAuditors : public ::testing::TestWithParam<db::Engine> {};

// The unit `unit_id` of the answer.
json::object UnitOf(const json::value& answer, db::Id unit_id) {
  for (const auto& u : answer.at("units").as_array())
    if (u.at("unit_id").as_int64() == unit_id) return u.as_object();
  ADD_FAILURE() << "unit " << unit_id << " missing in " << json::serialize(answer);
  return {};
}

bool Lists(const json::object& unit, db::Id user_id) {
  for (const auto& id : unit.at("auditor_ids").as_array())
    if (id.as_int64() == user_id) return true;
  return false;
}

TEST_P(ProgrammeAuditors, EachUnitShowsTheIndependentAuditorsHoldingTheCompetenceOfItsStandards) {
  TestServer server(GetParam());
  auto as = [&](const std::string& email) {
    Client c(server.port());
    EXPECT_EQ(c.Login(email, demo::kDemoPassword).status, 201);
    return c;
  };
  Client manager = as(kManager);
  db::Id auditor = server.UserId(kAuditor);
  db::Id school = server.UnitId("THPT-TOHIEU"), office = server.UnitId("SO-VP"), top = server.UnitId("SO-GDDT");
  int year = std::stoi(DaysFromToday(0).substr(0, 4));
  auto made = manager.Post("/api/v1/audit-programmes",
                           {{"unit_id", top}, {"year", year + 1}, {"title", "Chương trình đánh giá năm sau"}});
  ASSERT_EQ(made.status, 201) << made.body;
  db::Id programme = made.json.at("id").as_int64();
  std::string url = "/api/v1/audit-programmes/" + std::to_string(programme) + "/qualified-auditors";

  // No audit yet: every unit is taken to be audited against both standards; the demo's trained auditor qualifies
  // for the schools but not for the office they work in, nor for the department above it.
  auto first = manager.Get(url);
  ASSERT_EQ(first.status, 200) << first.body;
  ASSERT_TRUE(first.json.is_object()) << first.body;
  EXPECT_EQ(first.json.at("standards").as_array().size(), 2u) << first.body;
  EXPECT_TRUE(Lists(UnitOf(first.json, school), auditor)) << first.body;
  EXPECT_FALSE(UnitOf(first.json, school).at("audited").as_bool());
  EXPECT_FALSE(Lists(UnitOf(first.json, office), auditor));
  EXPECT_TRUE(UnitOf(first.json, top).at("auditor_ids").as_array().empty());
  bool described = false;
  for (const auto& a : first.json.at("auditors").as_array()) {
    if (a.at("user_id").as_int64() != auditor) continue;
    described = true;
    EXPECT_EQ(a.at("unit_id").as_int64(), office);
    const auto& held = a.at("competences").as_array();
    ASSERT_EQ(held.size(), 2u) << first.body;
    EXPECT_TRUE(held[0].at("expires_on").is_string()) << first.body;
  }
  EXPECT_TRUE(described);

  // Without the ISO 21001 competence, or with one that has lapsed, they qualify nowhere.
  std::string holdings = "/api/v1/users/" + std::to_string(auditor) + "/competences";
  auto held = manager.Get(holdings);
  for (const auto& h : held.json.at("items").as_array())
    if (h.at("competence_code").as_string() == "internal_auditor_iso21001")
      ASSERT_EQ(manager.Delete(holdings + "/" + std::to_string(h.at("id").as_int64())).status, 204);
  ASSERT_EQ(manager.Post(holdings, {{"competence_code", "internal_auditor_iso21001"}, {"method", "training"},
                                    {"granted_on", DaysFromToday(-800)}, {"expires_on", DaysFromToday(-1)}})
                .status,
            201);
  auto lapsed = manager.Get(url);
  ASSERT_EQ(lapsed.status, 200) << lapsed.body;
  EXPECT_FALSE(Lists(UnitOf(lapsed.json, school), auditor)) << lapsed.body;

  // An audit of the school over ISO 9001 only: there the ISO 9001 competence is enough.
  auto audit = manager.Post("/api/v1/audits", {{"programme_id", programme},
                                               {"unit_id", school},
                                               {"title", "Đánh giá ISO 9001"},
                                               {"lead_auditor_id", auditor},
                                               {"planned_start", std::to_string(year + 1) + "-03-02"},
                                               {"planned_end", std::to_string(year + 1) + "-03-02"},
                                               {"clause_ids", {server.ClauseId("iso-9001", "9.2")}}});
  ASSERT_EQ(audit.status, 201) << audit.body;
  auto scoped = manager.Get(url);
  ASSERT_EQ(scoped.status, 200) << scoped.body;
  json::object audited = UnitOf(scoped.json, school);
  EXPECT_TRUE(audited.at("audited").as_bool());
  ASSERT_EQ(audited.at("standards").as_array().size(), 1u) << scoped.body;
  EXPECT_EQ(audited.at("standards").as_array()[0].as_string().subview().substr(0, 8), "iso-9001");
  EXPECT_TRUE(Lists(audited, auditor)) << scoped.body;

  // Trained again: qualified for both standards wherever they are independent.
  ASSERT_EQ(manager.Post(holdings, {{"competence_code", "internal_auditor_iso21001"}, {"method", "training"},
                                    {"granted_on", DaysFromToday(-2)}})
                .status,
            201);
  auto trained = manager.Get(url);
  EXPECT_TRUE(Lists(UnitOf(trained.json, server.UnitId("THPT-CHUYEN")), auditor)) << trained.body;

  // A school's teacher does not see the department's programme; an unknown programme is not found.
  EXPECT_EQ(as(kTeacher).Get(url).status, 404);
  EXPECT_EQ(manager.Get("/api/v1/audit-programmes/999999/qualified-auditors").status, 404);
  EXPECT_EQ(manager.Get(url + "?x=1").status, 400);
}

INSTANTIATE_TEST_SUITE_P(Engines, ProgrammeAuditors, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing

// The demo department's documented information, on both engines: a newcomer finds its manual, policy, objectives,
// procedures and forms published or in review, linked to clauses of both standards, in the clause evidence and in an
// accent-insensitive search.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "standards/catalogue.h"

#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

class DemoDocuments : public DemoApiTest {};

TEST_P(DemoDocuments, TheDepartmentHoldsItsManualPolicyObjectivesProceduresAndForms) {
  Client qm = As("iso@demo.eduims.vn");
  std::map<std::string, std::string> status;  // code -> document status
  std::map<std::string, boost::json::value> by_code;
  std::string next = "/api/v1/documents?limit=200&unit_id=" + std::to_string(server().UnitId("SO-GDDT"));
  auto page = qm.Get(next);
  ASSERT_EQ(page.status, 200) << page.body;
  for (const auto& d : page.json.at("items").as_array()) {
    status[std::string(d.at("code").as_string())] = std::string(d.at("status").as_string());
    by_code[std::string(d.at("code").as_string())] = d;
  }
  for (const char* code : {"STCL", "CS-01", "MT-2026", "QT-01", "QT-02", "QT-03", "QT-04", "QT-05", "QT-06", "QT-07",
                           "QT-08", "QT-09", "QT-11", "BM-01", "BM-02", "BM-03"})
    EXPECT_EQ(status[code], "published") << code;
  for (const char* code : {"QT-10", "QT-12", "BM-04"}) EXPECT_EQ(status[code], "draft") << code;  // first revision in review

  // The admissions procedure the demo action names is in force, its next revision in review.
  auto revisions = qm.Get("/api/v1/documents/" + std::to_string(by_code["QT-07"].at("id").as_int64()) + "/revisions");
  ASSERT_EQ(revisions.status, 200) << revisions.body;
  const auto& items = revisions.json.at("items").as_array();
  ASSERT_EQ(items.size(), 2u) << revisions.body;
  EXPECT_EQ(items[0].at("status").as_string(), "in_review");
  EXPECT_EQ(items[1].at("status").as_string(), "published");

  // Linked to the clauses of the editions the department's certificate covers, ISO 21001:2018 and ISO 9001:2015,
  // not to a newer edition the catalogue also holds.
  std::set<std::string> policy_clauses;
  for (const auto& id : by_code["CS-01"].at("clause_ids").as_array()) {
    auto clause = standards::GetClause(server().app().db(), id.as_int64());
    ASSERT_TRUE(clause.has_value());
    policy_clauses.insert(clause->urn);
  }
  EXPECT_EQ(policy_clauses, (std::set<std::string>{
                                "urn:eduims:std:iso-21001:2018:clause:5.2.1", "urn:eduims:std:iso-21001:2018:clause:5.2.2",
                                "urn:eduims:std:iso-9001:2015:clause:5.2.1", "urn:eduims:std:iso-9001:2015:clause:5.2.2"}));
  // The policy is the evidence of ISO 9001 5.2.2 and ISO 21001 5.2.2, and of ISO 21001:2025's 5.2.2 through the
  // correspondence between the editions.
  auto standards = qm.Get("/api/v1/standards");
  for (const auto& s : standards.json.at("items").as_array()) {
    if (s.at("imported").as_bool()) continue;  // the demo's accreditation framework states no documented information
    auto evidence = qm.Get("/api/v1/standards/" + std::to_string(s.at("id").as_int64()) + "/evidence");
    ASSERT_EQ(evidence.status, 200) << evidence.body;
    std::string policy_state;
    for (const auto& m : evidence.json.at("mandatory").as_array())
      if (m.at("clause_number").as_string() == "5.2.2") policy_state = m.at("state").as_string();
    EXPECT_EQ(policy_state, "present") << s.at("code").as_string();
  }

  // Found without diacritics, as a newcomer types.
  auto found = qm.Get("/api/v1/search?q=so%20tay%20chat%20luong");
  ASSERT_EQ(found.status, 200) << found.body;
  ASSERT_FALSE(found.json.at("items").as_array().empty()) << found.body;
  EXPECT_EQ(found.json.at("items").as_array()[0].at("code").as_string(), "STCL");
  auto admissions = qm.Get("/api/v1/search?q=tuyen%20sinh%20lop%2010");
  ASSERT_EQ(admissions.status, 200) << admissions.body;
  bool qt07 = false;
  for (const auto& hit : admissions.json.at("items").as_array()) qt07 = qt07 || hit.at("code").as_string() == "QT-07";
  EXPECT_TRUE(qt07) << admissions.body;
}

INSTANTIATE_TEST_SUITE_P(Engines, DemoDocuments, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing

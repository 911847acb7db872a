// A corrected catalogue file that renumbers clauses (as ISO 21001:2018's 8.5 was corrected: learners' data from
// 8.5.4 to 8.5.5, control of changes from 8.5.5 to 8.5.6, preservation added at 8.5.4), loaded over a database whose
// documents, records, nonconformities and self-assessments link to the old clauses, on both engines: every link
// stays on its requirement under the new number, the audit trail records the move for the clause and for each linked
// entity and its hash chain verifies, loading again moves nothing, and a database first loaded with the corrected
// file is never renumbered.
#include <gtest/gtest.h>

#include <map>

#include "demo/demo.h"
#include "platform/audit/audit_trail.h"
#include "standards/catalogue.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

const char* kDataTitle = "Protection and transparency of learners' data";

json::object Clause(const std::string& number, const std::string& parent, const std::string& title) {
  return {{"number", number},
          {"parent", parent.empty() ? json::value(nullptr) : json::value(parent)},
          {"kind", "clause"},
          {"title_en", title},
          {"title_vi", title},
          {"unconfirmed", false}};
}

// The test standard before (`corrected` false) and after the correction; `code` keeps the files of two tests apart,
// `heading` changes the file's content without changing its clauses.
std::string Catalogue(const std::string& code, bool corrected, const std::string& heading = "Operation") {
  json::array clauses = {Clause("8", "", heading), Clause("8.5", "8", "Delivery")};
  json::object doc{{"format", 1},
                   {"standard", {{"code", code}, {"edition", "2018"}, {"urn", "urn:eduims:std:" + code + ":2018"},
                                 {"title_en", "Test EOMS"}, {"title_vi", "EOMS thử"}}}};
  if (corrected) {
    clauses.push_back(Clause("8.5.4", "8.5", "Preservation"));
    clauses.push_back(Clause("8.5.5", "8.5", kDataTitle));
    clauses.push_back(Clause("8.5.6", "8.5", "Control of changes"));
    doc["renumbered"] = json::array{{{"from", "8.5.5"}, {"to", "8.5.6"}, {"title_en", "Control of changes"}},
                                    {{"from", "8.5.4"}, {"to", "8.5.5"}, {"title_en", kDataTitle}}};
  } else {
    clauses.push_back(Clause("8.5.4", "8.5", kDataTitle));
    clauses.push_back(Clause("8.5.5", "8.5", "Control of changes"));
  }
  doc["clauses"] = clauses;
  doc["mandatory_documented_information"] =
      json::array{{{"clause", corrected ? "8.5.5" : "8.5.4"}, {"type", "retain"},
                   {"title_en", "Records on handling of learners' data"}, {"title_vi", "Hồ sơ dữ liệu người học"}}};
  return json::serialize(doc);
}

class CatalogueRenumbering : public ::testing::TestWithParam<db::Engine> {
 protected:
  static std::map<std::string, standards::Clause> Clauses(TestServer& server, const std::string& code,
                                                         const std::string& edition = "2018") {
    std::map<std::string, standards::Clause> out;
    for (const auto& s : standards::ListStandards(server.app().db()))
      if (s.code == code && s.edition == edition)
        for (const auto& c : standards::ListClauses(server.app().db(), s.id)) out[c.number] = c;
    return out;
  }
  static std::vector<audit::Entry> Entries(TestServer& server, const std::string& entity, const std::string& id) {
    audit::Query q;
    q.scope = {"/"};
    q.organisation_wide = true;
    q.entity = entity;
    q.entity_id = id;
    return audit::List(server.app().db(), q);
  }
};

TEST_P(CatalogueRenumbering, LinksStayOnTheirRequirementUnderItsNewNumber) {
  TestServer server(GetParam());
  auto& db = server.app().db();
  standards::LoadCatalogue(db, {{"test/eoms.json", Catalogue("test-eoms", false)}});
  auto before = Clauses(server, "test-eoms");
  db::Id data = before.at("8.5.4").id, changes = before.at("8.5.5").id;

  Client qm(server.port());
  ASSERT_EQ(qm.Login("iso@demo.eduims.vn", demo::kDemoPassword).status, 201);
  db::Id unit = server.UnitId("SO-GDDT");
  auto document = qm.Post("/api/v1/documents", {{"unit_id", unit}, {"title", "Quy định bảo vệ dữ liệu người học"},
                                                {"type", "procedure"}, {"clause_ids", {data}}});
  ASSERT_EQ(document.status, 201) << document.body;
  auto record = qm.Post("/api/v1/records", {{"unit_id", unit}, {"title", "Sổ theo dõi yêu cầu truy cập dữ liệu"},
                                            {"category", "other"}, {"recorded_on", DaysFromToday(0)},
                                            {"clause_ids", {data}}});
  ASSERT_EQ(record.status, 201) << record.body;
  auto nonconformity = qm.Post("/api/v1/nonconformities", {{"unit_id", unit},
                                                           {"title", "Thay đổi lịch học chưa được xem xét"},
                                                           {"source", "other"},
                                                           {"severity", "minor"},
                                                           {"clause_ids", {changes, data}}});
  ASSERT_EQ(nonconformity.status, 201) << nonconformity.body;
  auto assessed = qm.Put("/api/v1/readiness/assessments/" + std::to_string(unit) + "/" + std::to_string(changes),
                         {{"status", "partial"}});
  ASSERT_EQ(assessed.status, 200) << assessed.body;
  auto id = [](const HttpResult& r) { return std::to_string(r.json.at("id").as_int64()); };

  auto report = standards::LoadCatalogue(db, {{"test/eoms.json", Catalogue("test-eoms", true)}});
  EXPECT_EQ(report.standards_changed, 1);
  auto after = Clauses(server, "test-eoms");
  // The rows keep their ids and links, under their new numbers; preservation is a new clause with no link.
  EXPECT_EQ(after.at("8.5.5").id, data);
  EXPECT_EQ(after.at("8.5.5").title_en, kDataTitle);
  EXPECT_EQ(after.at("8.5.5").urn, "urn:eduims:std:test-eoms:2018:clause:8.5.5");
  EXPECT_EQ(after.at("8.5.6").id, changes);
  EXPECT_EQ(after.at("8.5.6").title_en, "Control of changes");
  EXPECT_NE(after.at("8.5.4").id, data);
  EXPECT_NE(after.at("8.5.4").id, changes);
  EXPECT_EQ(after.at("8.5.4").title_en, "Preservation");
  auto items = standards::ListMandatoryItems(db, after.at("8.5.5").standard_id);
  ASSERT_EQ(items.size(), 1u) << "the item moved with its clause, not copied";
  EXPECT_EQ(items[0].clause_id, data);
  EXPECT_EQ(items[0].clause_number, "8.5.5");
  auto shown = qm.Get("/api/v1/documents/" + id(document));
  ASSERT_EQ(shown.status, 200);
  EXPECT_EQ(shown.json.at("clause_ids"), (json::array{data})) << "linked to the row now numbered 8.5.5";

  // The audit trail: each clause's move, and each linked entity's, once; the chain verifies.
  auto moved = Entries(server, "clause", std::to_string(data));
  ASSERT_EQ(moved.size(), 1u);
  EXPECT_EQ(moved[0].change.operation, "renumber");
  EXPECT_NE(moved[0].change.after_json->find("\"number\":\"8.5.5\""), std::string::npos);
  EXPECT_EQ(Entries(server, "clause", std::to_string(changes)).size(), 1u);
  for (const auto& [entity, entity_id] : std::vector<std::pair<std::string, std::string>>{
           {"document", id(document)}, {"record", id(record)}, {"nonconformity", id(nonconformity)},
           {"readiness_assessment", id(assessed)}}) {
    auto entries = Entries(server, entity, entity_id);
    ASSERT_FALSE(entries.empty()) << entity;
    EXPECT_EQ(entries[0].change.operation, "clause_renumbered") << entity;
    EXPECT_TRUE(entries[0].change.unit_path) << entity;
  }
  EXPECT_EQ(Entries(server, "nonconformity", id(nonconformity))[0].change.operation, "clause_renumbered");
  size_t nonconformity_entries = Entries(server, "nonconformity", id(nonconformity)).size();
  EXPECT_TRUE(audit::VerifyChain(db).intact);

  // Loaded again, even changed elsewhere, nothing moves twice.
  standards::LoadCatalogue(db, {{"test/eoms.json", Catalogue("test-eoms", true, "Operation (8)")}});
  auto again = Clauses(server, "test-eoms");
  EXPECT_EQ(again.at("8.5.5").id, data);
  EXPECT_EQ(again.at("8.5.6").id, changes);
  EXPECT_EQ(again.at("8.5.4").id, after.at("8.5.4").id);
  EXPECT_EQ(Entries(server, "clause", std::to_string(data)).size(), 1u);
  EXPECT_EQ(Entries(server, "nonconformity", id(nonconformity)).size(), nonconformity_entries);
  EXPECT_TRUE(audit::VerifyChain(db).intact);
}

TEST_P(CatalogueRenumbering, ADatabaseFirstLoadedWithTheCorrectedFileIsNotRenumbered) {
  TestServer server(GetParam(), /*demo=*/false);
  auto& db = server.app().db();
  standards::LoadCatalogue(db, {{"test/fresh.json", Catalogue("test-fresh", true)}});
  standards::LoadCatalogue(db, {{"test/fresh.json", Catalogue("test-fresh", true, "Operation (8)")}});
  auto clauses = Clauses(server, "test-fresh");
  EXPECT_EQ(clauses.at("8.5.4").title_en, "Preservation");
  EXPECT_EQ(clauses.at("8.5.5").title_en, kDataTitle);
  EXPECT_EQ(clauses.at("8.5.6").title_en, "Control of changes");
  EXPECT_TRUE(Entries(server, "clause", std::to_string(clauses.at("8.5.5").id)).empty());
}

// The shipped ISO 21001 file itself: 8.5.4 is preservation, learners' data at 8.5.5 with its mandatory item.
TEST_P(CatalogueRenumbering, TheShippedCatalogueHasTheCorrectedClauses) {
  TestServer server(GetParam(), /*demo=*/false);
  auto clauses = Clauses(server, "iso-21001");
  EXPECT_EQ(clauses.at("8.5.4").title_en, "Preservation");
  EXPECT_EQ(clauses.at("8.5.5").title_en, kDataTitle);
  EXPECT_EQ(clauses.at("8.5.6").title_en, "Control of changes");
  int learners_data_items = 0;
  for (const auto& item : standards::ListMandatoryItems(server.app().db(), clauses.at("8.5.5").standard_id)) {
    if (item.title_en != "Records on handling of learners' data") continue;
    ++learners_data_items;
    EXPECT_EQ(item.clause_number, "8.5.5");
  }
  EXPECT_EQ(learners_data_items, 1);
}

INSTANTIATE_TEST_SUITE_P(Engines, CatalogueRenumbering, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing

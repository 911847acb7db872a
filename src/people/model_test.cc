#include "people/model.h"

#include <gtest/gtest.h>

namespace eduims::people {
namespace {

Holding Held(const std::string& code, const std::string& granted, std::optional<std::string> expires = std::nullopt) {
  Holding h;
  h.user_id = 7;
  h.competence_code = code;
  h.method = "training";
  h.granted_on = granted;
  h.expires_on = std::move(expires);
  return h;
}

TEST(PeopleModel, TheShippedCatalogueNamesTheStandardsCompetences) {
  for (const char* code : {"iso21001_awareness", "iso9001_awareness", "internal_auditor_iso21001",
                           "internal_auditor_iso9001", "lead_auditor", "special_needs_education", "safeguarding",
                           "first_aid", "subject_teaching"})
    EXPECT_NE(FindShipped(code), nullptr) << code;
  for (const Competence& c : ShippedCompetences()) {
    EXPECT_TRUE(ValidCode(c.code)) << c.code;
    EXPECT_FALSE(c.vi.empty());
    EXPECT_FALSE(c.en.empty());
    EXPECT_NE(std::find(Categories().begin(), Categories().end(), c.category), Categories().end()) << c.code;
  }
  EXPECT_EQ(FindShipped("special_needs_education")->clauses, std::vector<std::string>{"7.2.2"});
}

TEST(PeopleModel, AuditorCompetenceCoversEveryEditionOfItsStandard) {
  EXPECT_EQ(AuditorCompetenceFor("iso-21001"), "internal_auditor_iso21001");
  EXPECT_EQ(AuditorCompetenceFor("iso-21001-2025"), "internal_auditor_iso21001");
  EXPECT_EQ(AuditorCompetenceFor("iso-9001"), "internal_auditor_iso9001");
  EXPECT_FALSE(AuditorCompetenceFor("iso-14001"));
  EXPECT_FALSE(AuditorCompetenceFor("iso-90011"));
}

TEST(PeopleModel, CodesAnOrganisationMayGive) {
  EXPECT_TRUE(ValidCode("boarding_care"));
  EXPECT_TRUE(ValidCode("a-1"));
  EXPECT_FALSE(ValidCode("ab"));
  EXPECT_FALSE(ValidCode("1abc"));
  EXPECT_FALSE(ValidCode("Bad Code"));
  EXPECT_FALSE(ValidCode(std::string(61, 'a')));
}

TEST(PeopleModel, InForceFromTheGrantToTheExpiryAndExpiringWithin90Days) {
  EXPECT_TRUE(InForce(Held("first_aid", "2026-01-01"), "2026-06-01"));
  EXPECT_FALSE(InForce(Held("first_aid", "2026-07-01"), "2026-06-01"));
  EXPECT_TRUE(InForce(Held("first_aid", "2026-01-01", "2026-06-01"), "2026-06-01"));
  EXPECT_FALSE(InForce(Held("first_aid", "2026-01-01", "2026-05-31"), "2026-06-01"));
  EXPECT_TRUE(Expiring(Held("first_aid", "2026-01-01", "2026-08-30"), "2026-06-01"));
  EXPECT_FALSE(Expiring(Held("first_aid", "2026-01-01", "2026-08-31"), "2026-06-01"));
  EXPECT_FALSE(Expiring(Held("first_aid", "2026-01-01"), "2026-06-01"));
}

TEST(PeopleModel, RequirementsApplyOnThePathAndByRole) {
  Person teacher{7, "Quàng Thị Mai", 42, "/1/7/42/", "Tổ Toán - Tin", {"staff"}};
  std::vector<Requirement> required = {
      {1, 1, "/1/", "iso21001_awareness", "", std::nullopt, ""},
      {2, 7, "/1/7/", "safeguarding", "", std::nullopt, ""},
      {3, 7, "/1/7/", "educational_management", "process_owner", std::nullopt, ""},
      {4, 9, "/1/9/", "first_aid", "", std::nullopt, ""},  // another school
  };
  RequirementIndex index(required);
  EXPECT_EQ(RequiredOf(teacher, index), (std::vector<std::string>{"iso21001_awareness", "safeguarding"}));
  teacher.roles.insert("process_owner");
  EXPECT_EQ(RequiredOf(teacher, index).size(), 3u);
}

TEST(PeopleModel, CellsShowGapsHeldAndTheLongestLastingHolding) {
  Person p{7, "A", 42, "/1/7/42/", "T", {}};
  std::vector<Requirement> required = {{1, 1, "/1/", "first_aid", "", std::nullopt, ""},
                                       {2, 1, "/1/", "safeguarding", "", std::nullopt, ""}};
  std::vector<Holding> held = {Held("first_aid", "2025-01-01", "2026-07-01"), Held("first_aid", "2026-01-01", "2028-01-01"),
                               Held("counselling", "2020-01-01"), Held("safeguarding", "2020-01-01", "2021-01-01")};
  auto cells = CellsOf(p, RequirementIndex(required), held, "2026-06-01");
  ASSERT_EQ(cells.size(), 3u);
  EXPECT_EQ(cells[0].code, "counselling");
  EXPECT_FALSE(cells[0].required);
  EXPECT_TRUE(cells[0].held);
  EXPECT_EQ(cells[1].code, "first_aid");
  EXPECT_TRUE(cells[1].held);
  EXPECT_FALSE(cells[1].expiring);  // the later holding runs to 2028
  EXPECT_EQ(cells[1].expires_on, "2028-01-01");
  EXPECT_EQ(cells[2].code, "safeguarding");
  EXPECT_FALSE(cells[2].held);  // lapsed in 2021
  std::map<std::string, Totals> totals;
  Count(cells, totals);
  EXPECT_EQ(totals["first_aid"].held, 1);
  EXPECT_EQ(totals["safeguarding"].gaps, 1);
  EXPECT_EQ(totals.count("counselling"), 0u);
}

}  // namespace
}  // namespace eduims::people

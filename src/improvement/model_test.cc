#include "improvement/model.h"

#include <gtest/gtest.h>

namespace eduims::improvement {
namespace {

using Strings = std::optional<std::vector<std::string>>;

std::string CodeOf(const std::optional<Problem>& p) { return p ? p->code + "@" + p->field : "ok"; }

TEST(NonconformityModel, DueDateFollowsSeverityAndTheOrganisationsDefaults) {
  DueDays days;
  EXPECT_EQ(DefaultDueDate("2026-01-31", "major", days), "2026-03-02");
  EXPECT_EQ(DefaultDueDate("2026-01-31", "minor", days), "2026-05-01");
  days.major = 7;
  EXPECT_EQ(DefaultDueDate("2026-12-28", "major", days), "2027-01-04");
}

TEST(NonconformityModel, RepeatWindowIsTwelveMonths) {
  EXPECT_EQ(RepeatWindowStart("2026-05-20"), "2025-05-20");
  EXPECT_EQ(RepeatWindowStart("2028-02-29"), "2027-02-28");
}

TEST(NonconformityModel, RootCauseAnalysisMustBeWellFormed) {
  EXPECT_EQ(CodeOf(RootCauseProblem("five_whys", Strings({"Why 1", "Why 2"}), std::nullopt)), "ok");
  EXPECT_EQ(CodeOf(RootCauseProblem("five_whys", std::nullopt, std::nullopt)), "validation.missing_field@whys");
  EXPECT_EQ(CodeOf(RootCauseProblem("five_whys", Strings({}), std::nullopt)), "validation.missing_field@whys");
  EXPECT_EQ(CodeOf(RootCauseProblem("five_whys", Strings({"1", "2", "3", "4", "5", "6"}), std::nullopt)),
            "validation.too_long@whys");
  EXPECT_EQ(CodeOf(RootCauseProblem("five_whys", Strings({"  "}), std::nullopt)), "validation.empty@whys");
  EXPECT_EQ(CodeOf(RootCauseProblem("five_whys", Strings({"a"}), Strings({"people"}))),
            "validation.unknown_field@categories");
  EXPECT_EQ(CodeOf(RootCauseProblem("categories", std::nullopt, Strings({"people", "methods"}))), "ok");
  EXPECT_EQ(CodeOf(RootCauseProblem("categories", std::nullopt, Strings({"people", "people"}))),
            "validation.invalid_value@categories");
  EXPECT_EQ(CodeOf(RootCauseProblem("categories", std::nullopt, Strings({"luck"}))),
            "validation.invalid_value@categories");
  EXPECT_EQ(CodeOf(RootCauseProblem("categories", Strings({"a"}), Strings({"people"}))),
            "validation.unknown_field@whys");
  EXPECT_EQ(CodeOf(RootCauseProblem("categories", std::nullopt, std::nullopt)), "validation.missing_field@categories");
  EXPECT_EQ(CodeOf(RootCauseProblem("guesswork", std::nullopt, std::nullopt)),
            "validation.invalid_value@root_cause_method");
}

TEST(NonconformityModel, OverdueIsDerivedAndEndsAtClosure) {
  Nonconformity nc;
  nc.due_date = "2026-03-01";
  EXPECT_FALSE(IsOverdue(nc, "2026-03-01"));
  EXPECT_TRUE(IsOverdue(nc, "2026-03-02"));
  nc.status = NcStatus::kClosed;
  EXPECT_FALSE(IsOverdue(nc, "2026-03-02"));
  EXPECT_TRUE(ToJson(Nonconformity{}, "2026-01-01").at("root_cause").is_null());
}

TEST(NonconformityModel, JsonShowsTheRootCauseByItsMethod) {
  Nonconformity nc;
  nc.root_cause_method = "categories";
  nc.root_cause = "No induction for new staff";
  nc.root_cause_details = {"people", "methods"};
  nc.repeat_of = 4;
  auto json = ToJson(nc, "2026-01-01");
  EXPECT_EQ(json.at("root_cause").at("categories").as_array().size(), 2u);
  EXPECT_FALSE(json.at("root_cause").as_object().contains("whys"));
  EXPECT_TRUE(json.at("repeat").as_bool());
}

}  // namespace
}  // namespace eduims::improvement

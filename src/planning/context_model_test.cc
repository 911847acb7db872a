#include "planning/context_model.h"

#include <gtest/gtest.h>

#include "planning/scope_model.h"

namespace eduims::planning {
namespace {

TEST(ContextModel, TheCategoryDecidesTheKindAndTheSwotQuadrant) {
  EXPECT_EQ(KindOfCategory("climate"), "external");
  EXPECT_EQ(KindOfCategory("legal"), "external");
  EXPECT_EQ(KindOfCategory("people"), "internal");
  EXPECT_EQ(KindOfCategory("weather"), std::nullopt);
  EXPECT_EQ(KindOfCategory(""), std::nullopt);
  for (const auto& c : ContextCategories()) EXPECT_TRUE(KindOfCategory(c).has_value()) << c;
  EXPECT_EQ(SwotQuadrant("internal", "positive"), "strengths");
  EXPECT_EQ(SwotQuadrant("internal", "negative"), "weaknesses");
  EXPECT_EQ(SwotQuadrant("external", "positive"), "opportunities");
  EXPECT_EQ(SwotQuadrant("external", "negative"), "threats");
}

TEST(ContextModel, IdListsRoundTripAndBadTextReadsAsNone) {
  EXPECT_EQ(IdsText({3, 8}), "[3,8]");
  EXPECT_EQ(IdsFromText("[3,8]"), (std::vector<db::Id>{3, 8}));
  EXPECT_TRUE(IdsFromText("").empty());
  EXPECT_TRUE(IdsFromText("{\"a\":1}").empty());
}

standards::Clause C(db::Id id, std::string number, std::optional<db::Id> parent, std::string kind = "clause") {
  standards::Clause c;
  c.id = id;
  c.number = std::move(number);
  c.parent_id = parent;
  c.kind = std::move(kind);
  return c;
}

TEST(ScopeModel, OnlyClausesUnderSevenOrEightAndNormativeAnnexesMayBeExcluded) {
  auto annex_a = C(20, "A", std::nullopt, "annex");
  annex_a.normative = true;
  auto annex_b = C(21, "B", std::nullopt, "annex");
  annex_b.normative = false;
  std::vector<standards::Clause> tree = {C(1, "7", std::nullopt), C(2, "7.1", 1),  C(3, "7.1.5", 2),
                                         C(5, "8", std::nullopt), C(6, "8.3", 5),  C(7, "8.3.1", 6),
                                         C(9, "9", std::nullopt), C(10, "9.2", 9), annex_a, annex_b,
                                         C(30, "P1", std::nullopt, "principle")};
  auto may = [&](db::Id id) {
    for (const auto& c : tree)
      if (c.id == id) return MayBeExcluded(c, tree);
    return false;
  };
  EXPECT_TRUE(may(6));
  EXPECT_TRUE(may(7));
  EXPECT_TRUE(may(3));
  EXPECT_TRUE(may(20));
  EXPECT_FALSE(may(5));   // a whole clause
  EXPECT_FALSE(may(10));  // internal audit
  EXPECT_FALSE(may(21));  // an informative annex
  EXPECT_FALSE(may(30));
}

}  // namespace
}  // namespace eduims::planning

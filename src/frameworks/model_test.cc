#include "frameworks/model.h"

#include <gtest/gtest.h>

namespace eduims::frameworks {
namespace {

NodeRow Node(int row, std::string number, std::string parent, std::string type = "criterion") {
  return {row, std::move(number), std::move(parent), std::move(type), "Tiêu chí", "Criterion", "", ""};
}

// "row code field" of each problem, in order.
std::vector<std::string> Faults(const std::vector<Problem>& problems) {
  std::vector<std::string> out;
  for (const Problem& p : problems) out.push_back(p.params.at("row") + " " + p.code + " " + p.field);
  return out;
}

TEST(FrameworkModel, AWellFormedTreeInAnyOrderHasNoFaultAndGoesInParentsFirst) {
  std::vector<NodeRow> rows = {Node(2, "1.1.1", "1.1", "indicator"), Node(3, "1", "", "standard"),
                               Node(4, "1.1", "1"), Node(5, "2", "", "standard")};
  EXPECT_TRUE(CheckNodes(rows).empty());
  EXPECT_EQ(ParentsFirst(rows), (std::vector<size_t>{1, 2, 0, 3}));
}

TEST(FrameworkModel, EveryFaultOfEveryRowIsReportedWithItsRow) {
  std::vector<NodeRow> rows = {Node(2, "1", ""), Node(3, "1", ""), Node(4, "2", "9"), Node(5, "3", "", "chapter"),
                               Node(6, "a b", ""), Node(7, std::string(33, '1'), "")};
  rows.push_back({8, "4", "", "standard", "", "Title", "", ""});
  rows.push_back({9, "5", "", "standard", "Tiêu đề", "", std::string(2001, 'x'), ""});
  EXPECT_EQ(Faults(CheckNodes(rows)),
            (std::vector<std::string>{"3 framework.duplicate_number number", "4 framework.orphan_parent parent",
                                      "5 validation.invalid_value type", "6 validation.invalid_value number",
                                      "7 validation.too_long number", "8 validation.empty title_vi",
                                      "9 validation.empty title_en", "9 validation.too_long evidence_vi"}));
}

TEST(FrameworkModel, ACycleIsReportedOnEachOfItsRowsAndOnNoOther) {
  std::vector<NodeRow> rows = {Node(2, "1", "3"), Node(3, "2", "1"), Node(4, "3", "2"), Node(5, "4", "1"),
                               Node(6, "5", "5")};
  EXPECT_EQ(Faults(CheckNodes(rows)),
            (std::vector<std::string>{"2 framework.cycle parent", "3 framework.cycle parent",
                                      "4 framework.cycle parent", "6 framework.cycle parent"}));
}

TEST(FrameworkModel, AChainThousandsDeepIsCheckedAndOrderedWithoutRecursion) {
  std::vector<NodeRow> rows;
  for (int i = 20000; i >= 1; --i) rows.push_back(Node(i, std::to_string(i), i == 1 ? "" : std::to_string(i - 1)));
  EXPECT_TRUE(CheckNodes(rows).empty());
  std::vector<size_t> order = ParentsFirst(rows);
  EXPECT_EQ(order.front(), rows.size() - 1);
  EXPECT_EQ(order.back(), 0u);
}

TEST(FrameworkModel, AnIdentityNeedsACodeVersionTitlesAndPublisherOfItsCharacters) {
  FrameworkIdentity ok{"moet-thpt", "2024.1", "Tiêu chuẩn", "Standard", "Bộ GD&ĐT", ""};
  EXPECT_TRUE(CheckIdentity(ok).empty());
  FrameworkIdentity bad{"MOET thpt", "2024:1", "", "Standard", std::string(201, 'p'), ""};
  std::vector<std::string> fields;
  for (const Problem& p : CheckIdentity(bad)) fields.push_back(p.code + " " + p.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"validation.invalid_value code", "validation.invalid_value version",
                                              "validation.empty title_vi", "validation.too_long publisher"}));
}

TEST(FrameworkModel, MappingsNeedAKnownRelationAndNoPairTwice) {
  std::vector<MappingRow> rows = {{2, "1.1", "8.5.1", "equal", "", ""},
                                  {3, "1.1", "8.5.1", "subset", "", ""},
                                  {4, "1.2", "7.1", "same", "", ""},
                                  {5, "", "7.1", "", "", ""}};
  EXPECT_EQ(Faults(CheckMappings(rows)),
            (std::vector<std::string>{"3 conflict.duplicate clause", "4 validation.invalid_value relation",
                                      "5 validation.empty node", "5 validation.empty relation"}));
}

}  // namespace
}  // namespace eduims::frameworks

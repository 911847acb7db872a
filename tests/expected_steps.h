// Checks a workflow's production table against the one its test writes out by hand, entry by entry, so that a
// wrong step, actor or field in the product fails a test instead of becoming the test's own expectation.
#pragma once
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "platform/step_table.h"

namespace eduims::testing {

template <class Status, class Actor>
void ExpectSameSteps(const std::vector<StepRule<Status, Actor>>& actual,
                     const std::vector<StepRule<Status, Actor>>& expected) {
  auto key = [](const StepRule<Status, Actor>& r) {
    std::set<int> who;
    for (Actor a : r.who) who.insert(int(a));
    return std::tuple(r.action, int(r.from), int(r.to), who, std::set<std::string>(r.required.begin(), r.required.end()),
                      std::set<std::string>(r.accepted.begin(), r.accepted.end()));
  };
  ASSERT_EQ(actual.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i)
    EXPECT_TRUE(key(actual[i]) == key(expected[i])) << "step " << i << " (" << expected[i].action << ") differs";
}

}  // namespace eduims::testing

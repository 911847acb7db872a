#include "training/model.h"

#include <gtest/gtest.h>

namespace eduims::training {
namespace {

TEST(TrainingModel, CheckInIsOpenFromTheStartToTheEndOfTheSession) {
  Session s;
  s.starts_at = "2020-08-24T01:00:00.000Z";
  s.ends_at = "2020-08-24T04:30:00.000Z";
  EXPECT_FALSE(CheckInOpen(s, "2020-08-24T00:59:59.999Z"));
  EXPECT_TRUE(CheckInOpen(s, "2020-08-24T01:00:00.000Z"));
  EXPECT_TRUE(CheckInOpen(s, "2020-08-24T04:30:00.000Z"));
  EXPECT_FALSE(CheckInOpen(s, "2020-08-24T04:30:00.001Z"));
}

TEST(TrainingModel, PassingAndTheValidityOfWhatItGrants) {
  Programme p;
  p.max_score = 10;
  p.pass_mark = 5;
  EXPECT_TRUE(Passes(p, 5));
  EXPECT_FALSE(Passes(p, 4.5));
  EXPECT_FALSE(ExpiryOf(p, "2020-09-30"));
  p.validity_months = 36;
  EXPECT_EQ(ExpiryOf(p, "2020-09-30"), "2023-09-30");
}

TEST(TrainingModel, ClauseNumbersAndCheckInCodes) {
  EXPECT_TRUE(ValidClauseNumber("7.2.2"));
  EXPECT_TRUE(ValidClauseNumber("7"));
  EXPECT_FALSE(ValidClauseNumber("7..2"));
  EXPECT_FALSE(ValidClauseNumber(".7"));
  EXPECT_FALSE(ValidClauseNumber("7.a"));
  std::string a = NewCheckInCode(), b = NewCheckInCode();
  EXPECT_EQ(a.size(), 12u);
  EXPECT_NE(a, b);
}

}  // namespace
}  // namespace eduims::training

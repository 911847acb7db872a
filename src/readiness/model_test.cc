#include "readiness/model.h"

#include <gtest/gtest.h>

#include <set>

namespace eduims::readiness {
namespace {

ClauseFacts Assessed(Assessment a) {
  ClauseFacts f;
  f.assessment = a;
  f.documents = 1;
  return f;
}

TEST(ReadinessModel, AssessmentNamesRoundTrip) {
  for (const auto& name : AssessmentNames()) EXPECT_EQ(AssessmentName(*ParseAssessment(name)), name);
  EXPECT_FALSE(ParseAssessment("done"));
}

TEST(ReadinessModel, TheSelfAssessmentGivesThePointsWhenNothingCapsThem) {
  EXPECT_EQ(Score(Assessed(Assessment::kNotStarted)).points, 0);
  EXPECT_EQ(Score(Assessed(Assessment::kPartial)).points, 40);
  EXPECT_EQ(Score(Assessed(Assessment::kImplemented)).points, 80);
  auto verified = Score(Assessed(Assessment::kVerified));
  EXPECT_EQ(verified.points, 100);
  EXPECT_TRUE(verified.gaps.empty());
  EXPECT_EQ(Score(Assessed(Assessment::kNotStarted)).gaps, std::vector<Gap>{Gap::kNotStarted});
  EXPECT_EQ(Score(Assessed(Assessment::kPartial)).gaps, std::vector<Gap>{Gap::kPartial});
  EXPECT_EQ(Score(Assessed(Assessment::kImplemented)).gaps, std::vector<Gap>{Gap::kNotVerified});
}

TEST(ReadinessModel, AnyOneKindOfEvidenceIsEnoughAndNoneCapsAtPartial) {
  ClauseFacts f = Assessed(Assessment::kVerified);
  f.documents = 0;
  auto none = Score(f);
  EXPECT_EQ(none.points, 40);
  EXPECT_EQ(none.gaps, std::vector<Gap>{Gap::kNoEvidence});
  f.records = 1;
  EXPECT_EQ(Score(f).points, 100);
  f.records = 0;
  f.processes = 2;
  EXPECT_EQ(Score(f).points, 100);
}

TEST(ReadinessModel, OpenNonconformitiesCapByTheirSeverity) {
  ClauseFacts f = Assessed(Assessment::kVerified);
  f.open_minor = 3;
  EXPECT_EQ(Score(f).points, 80);
  EXPECT_EQ(Score(f).gaps, std::vector<Gap>{Gap::kOpenMinor});
  f.open_major = 1;
  auto both = Score(f);
  EXPECT_EQ(both.points, 40);
  EXPECT_EQ(both.gaps, (std::vector<Gap>{Gap::kOpenMajor, Gap::kOpenMinor}));
  // A cap never raises: a clause not started stays at 0.
  f.assessment = Assessment::kNotStarted;
  EXPECT_EQ(Score(f).points, 0);
}

TEST(ReadinessModel, ARegisterIsEvidenceAndOneThatFallsShortCapsAtImplemented) {
  ClauseFacts f = Assessed(Assessment::kVerified);
  f.documents = 0;
  f.registers = 1;
  EXPECT_EQ(Score(f).points, 100);
  f.registers_short = 1;
  EXPECT_EQ(Score(f).points, 80);
  EXPECT_EQ(Score(f).gaps, (std::vector<Gap>{Gap::kRegisterShortfall}));
  f.registers = 0;
  f.registers_short = 0;
  EXPECT_EQ(Score(f).gaps, (std::vector<Gap>{Gap::kNoEvidence}));
}

TEST(ReadinessModel, MandatoryDocumentedInformationCaps) {
  ClauseFacts f = Assessed(Assessment::kVerified);
  f.mandatory_out_of_date = 1;
  EXPECT_EQ(Score(f).points, 80);
  f.mandatory_in_draft = 1;
  EXPECT_EQ(Score(f).points, 40);
  f.mandatory_in_draft = 0;
  f.mandatory_missing = 2;
  auto missing = Score(f);
  EXPECT_EQ(missing.points, 40);
  EXPECT_EQ(missing.gaps, (std::vector<Gap>{Gap::kMandatoryMissing, Gap::kMandatoryOutOfDate}));
  ClauseFacts implemented = Assessed(Assessment::kImplemented);
  implemented.mandatory_missing = 1;
  implemented.documents = 0;
  EXPECT_EQ(Score(implemented).gaps,
            (std::vector<Gap>{Gap::kNotVerified, Gap::kNoEvidence, Gap::kMandatoryMissing}));
}

TEST(ReadinessModel, PercentIsTheMeanRoundedHalfUp) {
  EXPECT_EQ(Percent({}), 0);
  EXPECT_EQ(Percent({100}), 100);
  EXPECT_EQ(Percent({0, 40, 80, 100}), 55);
  EXPECT_EQ(Percent({40, 40, 100}), 60);
  EXPECT_EQ(Percent({0, 0, 1}), 0);     // 0.33
  EXPECT_EQ(Percent({0, 0, 0, 2}), 1);  // 0.5 rounds up
  EXPECT_EQ(Percent({100, 100, 100, 80, 80, 80, 40}), 83);  // 82.86
}

TEST(ReadinessModel, GapNamesAreDistinct) {
  std::set<std::string> names;
  for (Gap g : {Gap::kNotStarted, Gap::kPartial, Gap::kNotVerified, Gap::kNoEvidence, Gap::kMandatoryMissing,
                Gap::kMandatoryInDraft, Gap::kMandatoryOutOfDate, Gap::kOpenMajor, Gap::kOpenMinor})
    EXPECT_TRUE(names.insert(GapName(g)).second) << GapName(g);
}

}  // namespace
}  // namespace eduims::readiness

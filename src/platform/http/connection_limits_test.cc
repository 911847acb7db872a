#include "platform/http/connection_limits.h"

#include <gtest/gtest.h>

namespace eduims::http {
namespace {

TEST(ConnectionLimits, RefusesPastTheTotalAndCountsReleases) {
  ConnectionLimits limits({3, 10, {}});
  EXPECT_EQ(limits.Admit("10.0.0.1"), Admission::kAdmitted);
  EXPECT_EQ(limits.Admit("10.0.0.2"), Admission::kAdmitted);
  EXPECT_FALSE(limits.UnderPressure());
  EXPECT_EQ(limits.Admit("10.0.0.3"), Admission::kAdmitted);
  EXPECT_TRUE(limits.UnderPressure());
  EXPECT_EQ(limits.Admit("10.0.0.4"), Admission::kServerFull);
  limits.Release("10.0.0.2");
  EXPECT_EQ(limits.open(), 2u);
  EXPECT_EQ(limits.Admit("10.0.0.4"), Admission::kAdmitted);
}

TEST(ConnectionLimits, CapsOneAddressButNotTheOthersNorExemptOnes) {
  ConnectionLimits limits({100, 2, {"10.0.0.9"}});
  EXPECT_EQ(limits.Admit("10.0.0.1"), Admission::kAdmitted);
  EXPECT_EQ(limits.Admit("10.0.0.1"), Admission::kAdmitted);
  EXPECT_EQ(limits.Admit("10.0.0.1"), Admission::kAddressFull);
  EXPECT_EQ(limits.Admit("10.0.0.2"), Admission::kAdmitted);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(limits.Admit("10.0.0.9"), Admission::kAdmitted);
  limits.Release("10.0.0.1");
  EXPECT_EQ(limits.Admit("10.0.0.1"), Admission::kAdmitted);
  EXPECT_EQ(limits.open(), 8u);
}

TEST(ConnectionLimits, AReleaseOfAnUnknownAddressChangesNothing) {
  ConnectionLimits limits({2, 2, {}});
  limits.Release("10.0.0.1");
  EXPECT_EQ(limits.open(), 0u);
  limits.AdmitOverCap("10.0.0.1");
  limits.AdmitOverCap("10.0.0.1");
  limits.AdmitOverCap("10.0.0.1");
  EXPECT_EQ(limits.open(), 3u);
  EXPECT_EQ(limits.Admit("10.0.0.2"), Admission::kServerFull);
}

TEST(ConnectionLimits, TheProcessCanHoldSomeConnections) { EXPECT_GT(ConnectionsTheProcessCanHold(), 0u); }

}  // namespace
}  // namespace eduims::http

#include "platform/http/ids.h"

#include <gtest/gtest.h>

namespace eduims::http {
namespace {

TEST(Ids, PositiveDecimalsOnly) {
  EXPECT_EQ(ParsePositiveId("42"), 42);
  EXPECT_EQ(ParsePositiveId("999999999999999999"), 999999999999999999LL);
  for (const char* bad : {"", "0", "007", "-1", "+1", "1x", " 1", "1 ", "1000000000000000000", "1.5"})
    EXPECT_EQ(ParsePositiveId(bad), std::nullopt) << bad;
}

TEST(Ids, CursorRoundTripsAndRejectsOtherText) {
  for (long long id : {1LL, 57LL, 999999999999999999LL}) EXPECT_EQ(DecodeCursor(EncodeCursor(id)), id);
  EXPECT_EQ(EncodeCursor(57), "YzE6NTc");  // "c1:57"
  // Empty, padded, not base64url, another version, no id, a zero id, and longer than any cursor.
  for (const std::string& bad : std::vector<std::string>{"", "YzE6NTc=", "YzE6NT+", "YzI6NTc", "YzE6", "YzE6MA",
                                                          std::string(200, 'A')})
    EXPECT_EQ(DecodeCursor(bad), std::nullopt) << bad;
}

}  // namespace
}  // namespace eduims::http

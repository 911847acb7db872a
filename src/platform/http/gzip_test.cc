#include "platform/http/gzip.h"

#include <gtest/gtest.h>

#include "readers.h"

namespace eduims::http {
namespace {

using testing::Gunzip;

TEST(Gzip, EitherLevelInflatesBackToTheSameBytes) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "{\"id\":" + std::to_string(i) + ",\"title\":\"Không phù hợp tại trường\"},";
  for (Compression level : {Compression::kFast, Compression::kSmallest}) {
    std::string gzipped = Gzip(text, level);
    EXPECT_EQ(gzipped.substr(0, 2), "\x1f\x8b");
    EXPECT_LT(gzipped.size(), text.size() / 5);
    EXPECT_EQ(Gunzip(gzipped), text);
  }
  EXPECT_EQ(Gunzip(Gzip("")), "");
}

TEST(Gzip, AcceptedWhenNamedOrStarredAndNotWeightedZero) {
  for (const char* header : {"gzip", "gzip, deflate, br, zstd", "br;q=1.0, GZIP;q=0.5", "x-gzip", "*", " deflate , gzip ",
                             "gzip;q=0.001", "*;q=0.1, br"})
    EXPECT_TRUE(AcceptsGzip(header)) << header;
  for (const char* header : {"", "identity", "br, deflate", "gzip;q=0", "gzip; q=0.000", "*;q=0", "gzip;q=0, br",
                             "*, gzip;q=0", "gzipx", "agzip", ";", " ; q=1", ",,"})
    EXPECT_FALSE(AcceptsGzip(header)) << header;
}

}  // namespace
}  // namespace eduims::http

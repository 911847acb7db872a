#include "platform/http/forwarded.h"

#include <gtest/gtest.h>

namespace eduims::http {
namespace {

const std::vector<std::string> kProxies = {"10.0.0.5", "10.0.0.6"};

TEST(Forwarded, UntrustedPeersCannotClaimAnotherAddress) {
  auto c = ResolveClient("198.51.100.9", "203.0.113.7", "https", kProxies);
  EXPECT_EQ(c.address, "198.51.100.9");
  EXPECT_FALSE(c.tls);
}

TEST(Forwarded, TrustedProxyNamesTheClient) {
  auto c = ResolveClient("10.0.0.5", "203.0.113.7", "https", kProxies);
  EXPECT_EQ(c.address, "203.0.113.7");
  EXPECT_TRUE(c.tls);
}

TEST(Forwarded, ClientForgedEntriesToTheLeftAreIgnored) {
  // The client sent "X-Forwarded-For: 1.2.3.4"; the proxies appended the real address and each other.
  auto c = ResolveClient("10.0.0.5", "1.2.3.4, 203.0.113.7, 10.0.0.6", "http, https", kProxies);
  EXPECT_EQ(c.address, "203.0.113.7");
  EXPECT_TRUE(c.tls);
}

TEST(Forwarded, GarbageStopsTheWalk) {
  EXPECT_EQ(ResolveClient("10.0.0.5", "<script>, 203.0.113.7", "", kProxies).address, "203.0.113.7");
  EXPECT_EQ(ResolveClient("10.0.0.5", "not an address", "", kProxies).address, "10.0.0.5");
  EXPECT_EQ(ResolveClient("10.0.0.5", "", "", kProxies).address, "10.0.0.5");
  EXPECT_EQ(ResolveClient("10.0.0.5", "2001:db8::1", "", kProxies).address, "2001:db8::1");
}

}  // namespace
}  // namespace eduims::http

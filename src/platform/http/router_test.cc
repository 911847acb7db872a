#include "platform/http/router.h"

#include <gtest/gtest.h>

namespace eduims::http {
namespace {

Router With(std::initializer_list<std::pair<const char*, const char*>> routes) {
  Router router;
  for (const auto& [method, pattern] : routes) router.Add({method, pattern, Access::kAuthenticated, nullptr});
  return router;
}

TEST(Router, ParametersTakeWholeSegmentsAndLiteralsWin) {
  Router router = With({{"GET", "/api/v1/units/{id}"}, {"GET", "/api/v1/units/import"}, {"POST", "/api/v1/units"}});
  auto unit = router.Match("GET", "/api/v1/units/42");
  ASSERT_TRUE(unit.route);
  EXPECT_EQ(unit.params.at("id"), "42");
  EXPECT_EQ(router.Match("GET", "/api/v1/units/import").route->pattern, "/api/v1/units/import");
  EXPECT_FALSE(router.Match("GET", "/api/v1/units/").route);
  auto wrong_method = router.Match("DELETE", "/api/v1/units");
  EXPECT_FALSE(wrong_method.route);
  EXPECT_EQ(wrong_method.allowed_methods, std::vector<std::string>{"POST"});
}

TEST(Router, HeadIsAnsweredByTheGetRoute) {
  Router router = With({{"GET", "/api/v1/units/{id}"}, {"PATCH", "/api/v1/units/{id}"}, {"POST", "/api/v1/units"}});
  auto head = router.Match("HEAD", "/api/v1/units/42");
  ASSERT_TRUE(head.route);
  EXPECT_EQ(head.route->method, "GET");
  EXPECT_EQ(head.params.at("id"), "42");
  EXPECT_FALSE(router.Match("HEAD", "/api/v1/units").route);
  EXPECT_EQ(router.Match("HEAD", "/api/v1/units").allowed_methods, std::vector<std::string>{"POST"});
  EXPECT_EQ(router.Match("DELETE", "/api/v1/units/42").allowed_methods,
            (std::vector<std::string>{"GET", "HEAD", "PATCH"}));
}

TEST(Router, AParameterMayEndWithALiteralSuffix) {
  Router router = With({{"GET", "/calendar/{token}.ics"}});
  auto feed = router.Match("GET", "/calendar/c2VjcmV0.ics");
  ASSERT_TRUE(feed.route);
  EXPECT_EQ(feed.params.at("token"), "c2VjcmV0");
  EXPECT_FALSE(router.Match("GET", "/calendar/c2VjcmV0").route);
  EXPECT_FALSE(router.Match("GET", "/calendar/.ics").route);
  EXPECT_FALSE(router.Match("GET", "/calendar/a.ics/more").route);
}

}  // namespace
}  // namespace eduims::http

// The OpenAPI document and the router must describe the same API: a route missing from either side fails.
#include <gtest/gtest.h>

#include <set>

#include "platform/embedded.h"
#include "platform/i18n/messages.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

TEST(OpenApi, DocumentAndRouterAgree) {
  TestServer server(db::Engine::kSqlite, /*demo=*/false);
  std::set<std::string> routed, documented;
  for (const auto& route : server.app().http().router().routes()) routed.insert(route.method + " " + route.pattern);
  Client client(server.port());
  auto doc = client.Get("/api/v1/openapi.json");
  ASSERT_EQ(doc.status, 200);
  EXPECT_EQ(doc.json.at("openapi").as_string(), "3.1.0");
  for (const auto& [path, item] : doc.json.at("paths").as_object()) {
    for (const auto& [method, operation] : item.as_object()) {
      if (method == "parameters" || method == "summary" || method == "description") continue;
      std::string upper(method);
      for (char& ch : upper) ch = char(std::toupper(static_cast<unsigned char>(ch)));
      documented.insert(upper + " " + std::string(path));
      EXPECT_TRUE(operation.as_object().contains("operationId")) << upper << " " << path;
    }
  }
  for (const auto& r : routed) EXPECT_TRUE(documented.count(r)) << "route not in openapi.json: " << r;
  for (const auto& d : documented) EXPECT_TRUE(routed.count(d)) << "openapi.json documents a missing route: " << d;
}

TEST(OpenApi, EveryProblemCodeTheDocumentListsHasMessages) {
  auto doc = embedded::Find("api/openapi.json");
  ASSERT_TRUE(doc);
  auto value = boost::json::parse(*doc);
  const auto& schemas = value.at("components").at("schemas").as_object();
  ASSERT_TRUE(schemas.contains("ProblemCode"));
  for (const auto& code : schemas.at("ProblemCode").at("enum").as_array())
    EXPECT_TRUE(HasMessage(std::string(code.as_string()))) << code;
}

}  // namespace
}  // namespace eduims::testing

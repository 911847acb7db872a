// A real eduims server for API tests: a fresh database on one engine, the demo organisation, and the HTTP server
// on a free loopback port in a background thread. Plus a small HTTP client with a cookie and CSRF token, which checks
// every answer it receives against api/openapi.json (contract.h) and fails the test on any mismatch.
#pragma once
#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "application.h"
#include "platform/http/server.h"

namespace eduims::testing {

class TestServer {
 public:
  // With `demo`, the demo organisation and users (password demo::kDemoPassword) are created.
  explicit TestServer(db::Engine engine, bool demo = true, std::vector<std::string> trusted_proxies = {});
  // A second server over an existing database (as behind a load balancer): migrates, adds nothing.
  explicit TestServer(const std::string& database_url);
  // A server without demo data whose requests' database work may take `request_time_limit` (ApplicationOptions).
  TestServer(db::Engine engine, std::chrono::milliseconds request_time_limit);
  ~TestServer();
  Application& app() { return *app_; }
  unsigned short port() const { return port_; }
  const std::string& database_url() const { return url_; }
  // The id of the unit with `code`.
  db::Id UnitId(const std::string& code);
  db::Id UserId(const std::string& email);
  // The id of clause `number` of the standard with `standard_code` ("iso-21001").
  db::Id ClauseId(const std::string& standard_code, const std::string& number);

 private:
  void Start(bool demo);
  std::string url_;
  std::vector<std::string> trusted_proxies_;
  std::chrono::milliseconds request_time_limit_{0};
  std::unique_ptr<Application> app_;
  std::unique_ptr<http::Server> server_;
  std::thread thread_;
  unsigned short port_ = 0;
};

// One demo server per engine shared by the tests of a suite: made on first use, stopped by
// StopSharedTestServers() in the suite's TearDownTestSuite (not at exit, when the PostgreSQL cluster is gone).
TestServer& SharedTestServer(db::Engine engine);
void StopSharedTestServers();

// The demo administrator's e-mail address.
inline constexpr const char* kAdminEmail = "admin@demo.eduims.vn";

struct HttpResult {
  int status = 0;
  std::string body;
  std::map<std::string, std::string> headers;  // lower-case names
  boost::json::value json;                     // parsed body when it is JSON, else null

  // json["code"] for problem responses.
  std::string code() const;
  std::string field() const;
};

class Client {
 public:
  explicit Client(unsigned short port) : port_(port) {}
  HttpResult Request(const std::string& method, const std::string& target, const std::string& body = "",
                     const std::string& content_type = "application/json",
                     const std::map<std::string, std::string>& headers = {});
  HttpResult Get(const std::string& target) { return Request("GET", target); }
  HttpResult Post(const std::string& target, const boost::json::value& body) {
    return Request("POST", target, boost::json::serialize(body));
  }
  HttpResult Patch(const std::string& target, const boost::json::value& body) {
    return Request("PATCH", target, boost::json::serialize(body));
  }
  HttpResult Put(const std::string& target, const boost::json::value& body) {
    return Request("PUT", target, boost::json::serialize(body));
  }
  HttpResult Delete(const std::string& target) { return Request("DELETE", target); }
  // Logs in and keeps the session cookie and CSRF token for later requests. Returns the login response.
  HttpResult Login(const std::string& email, const std::string& password);

  std::string cookie;       // "eduims_session=..."
  std::string csrf;         // sent as X-CSRF-Token on writes
  std::string bearer;       // sent as Authorization: Bearer when set
  std::string language = "en";

 private:
  unsigned short port_;
};

// Today plus `days` in the organisation's calendar, "YYYY-MM-DD".
std::string DaysFromToday(int days);

// A suite of API tests on the shared demo server of each engine (the test parameter), acting as demo users.
class DemoApiTest : public ::testing::TestWithParam<db::Engine> {
 public:
  static void TearDownTestSuite() { StopSharedTestServers(); }

 protected:
  TestServer& server() { return SharedTestServer(GetParam()); }
  // A client logged in as the demo user `email`.
  Client As(const std::string& email);
  db::Id User(const std::string& email) { return server().UserId(email); }
  // This year's audit programme of the unit `unit_code`, made by `c` when it has none yet.
  boost::json::value ThisYearsProgramme(Client& c, const std::string& unit_code);
};

}  // namespace eduims::testing

#include "test_server.h"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "contract.h"
#include "demo/demo.h"
#include "org/store.h"
#include "platform/clock.h"
#include "standards/catalogue.h"
#include "test_env.h"

namespace eduims::testing {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace asio = boost::asio;

TestServer::TestServer(db::Engine engine, bool demo, std::vector<std::string> trusted_proxies)
    : url_(FreshDatabaseUrl(engine)), trusted_proxies_(std::move(trusted_proxies)) {
  Start(demo);
}

TestServer::TestServer(const std::string& database_url) : url_(database_url) { Start(false); }

TestServer::TestServer(db::Engine engine, std::chrono::milliseconds request_time_limit)
    : url_(FreshDatabaseUrl(engine)), request_time_limit_(request_time_limit) {
  Start(false);
}

void TestServer::Start(bool demo) {
  ApplicationOptions options;
  options.database_url = url_;
  options.pool_size = 6;
  options.request_time_limit = request_time_limit_;
  options.clock = TestClock();
  app_ = std::make_unique<Application>(options);
  app_->Prepare();
  if (demo) {
    demo::InitOptions init;
    init.admin_email = kAdminEmail;
    init.admin_password = demo::kDemoPassword;
    demo::Initialise(*app_, init);
    demo::SeedDemo(*app_);
  }
  http::ServerOptions server_options;
  server_options.port = 0;
  server_options.threads = 4;
  server_options.request_timeout = std::chrono::seconds(5);
  server_options.trusted_proxies = trusted_proxies_;
  server_ = std::make_unique<http::Server>(app_->http(), server_options);
  server_->Bind();
  port_ = server_->port();
  thread_ = std::thread([this] { server_->Run(); });
}

TestServer::~TestServer() {
  server_->Stop();
  thread_.join();
}

db::Id TestServer::UnitId(const std::string& code) {
  db::Id id = 0;
  app_->db().Read([&](soci::session& s) {
    auto unit = code == "SO-GDDT" ? org::store::FindRoot(s) : org::store::FindUnitByCode(s, code);
    if (unit) id = unit->id;
  });
  return id;
}

db::Id TestServer::UserId(const std::string& email) {
  auto user = app_->org().FindUserByEmail(email);
  return user ? user->id : 0;
}

db::Id TestServer::ClauseId(const std::string& standard_code, const std::string& number) {
  for (const auto& standard : standards::ListStandards(app_->db())) {
    if (standard.code != standard_code) continue;
    for (const auto& clause : standards::ListClauses(app_->db(), standard.id))
      if (clause.number == number) return clause.id;
  }
  ADD_FAILURE() << "no clause " << standard_code << " " << number;
  return 0;
}

std::string DaysFromToday(int days) {
  return FormatDate(std::chrono::year_month_day(std::chrono::sys_days(TodayInVietnam()) + std::chrono::days(days)));
}

namespace {

std::map<db::Engine, std::unique_ptr<TestServer>>& SharedServers() {
  static std::map<db::Engine, std::unique_ptr<TestServer>> servers;
  return servers;
}

}  // namespace

TestServer& SharedTestServer(db::Engine engine) {
  auto& s = SharedServers()[engine];
  if (!s) s = std::make_unique<TestServer>(engine);
  return *s;
}

void StopSharedTestServers() { SharedServers().clear(); }

std::string HttpResult::code() const {
  if (json.is_object() && json.as_object().contains("code")) return std::string(json.at("code").as_string());
  return "";
}

std::string HttpResult::field() const {
  if (json.is_object() && json.as_object().contains("field")) return std::string(json.at("field").as_string());
  return "";
}

HttpResult Client::Request(const std::string& method, const std::string& target, const std::string& body,
                           const std::string& content_type, const std::map<std::string, std::string>& headers) {
  asio::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port_));
  bhttp::request<bhttp::string_body> req(bhttp::string_to_verb(method), target, 11);
  req.set(bhttp::field::host, "127.0.0.1");
  req.set(bhttp::field::accept_language, language);
  if (!cookie.empty()) req.set(bhttp::field::cookie, cookie);
  if (!csrf.empty() && method != "GET") req.set("X-CSRF-Token", csrf);
  if (!bearer.empty()) req.set(bhttp::field::authorization, "Bearer " + bearer);
  for (const auto& [name, value] : headers) req.set(name, value);
  if (!body.empty() || method == "POST" || method == "PATCH") {
    req.set(bhttp::field::content_type, content_type);
    req.body() = body;
  }
  req.keep_alive(false);
  req.prepare_payload();
  beast::error_code write_error;
  // A server that refuses an oversized body answers and closes before the body is sent: read the answer anyway.
  bhttp::write(stream, req, write_error);
  beast::flat_buffer buffer;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(64 << 20);
  parser.skip(method == "HEAD");  // the answer's Content-Length is the GET's, with no body after it
  bhttp::read(stream, buffer, parser);
  auto& res = parser.get();
  HttpResult result;
  result.status = res.result_int();
  result.body = res.body();
  for (const auto& f : res) {
    std::string name(f.name_string());
    for (char& c : name) c = char(std::tolower(static_cast<unsigned char>(c)));
    auto [it, inserted] = result.headers.emplace(name, std::string(f.value()));
    if (!inserted) it->second += "\n" + std::string(f.value());
  }
  boost::system::error_code ec;
  if (!result.body.empty()) {
    result.json = boost::json::parse(result.body, ec);
    if (ec) result.json = nullptr;
  }
  beast::error_code ignored;
  stream.socket().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
  CheckAnswer(method, target, std::string(req[bhttp::field::content_type]), result.status, result.headers, result.body);
  return result;
}

Client DemoApiTest::As(const std::string& email) {
  Client c(server().port());
  EXPECT_EQ(c.Login(email, demo::kDemoPassword).status, 201) << email;
  return c;
}

boost::json::value DemoApiTest::ThisYearsProgramme(Client& c, const std::string& unit_code) {
  int year = std::stoi(DaysFromToday(0).substr(0, 4));
  auto listed = c.Get("/api/v1/audit-programmes?year=" + std::to_string(year) +
                      "&unit_id=" + std::to_string(server().UnitId(unit_code)));
  if (!listed.json.at("items").as_array().empty()) return listed.json.at("items").as_array()[0];
  auto made = c.Post("/api/v1/audit-programmes", {{"unit_id", server().UnitId(unit_code)},
                                                  {"year", year},
                                                  {"title", "Chương trình đánh giá nội bộ " + std::to_string(year)}});
  EXPECT_EQ(made.status, 201) << made.body;
  return made.json;
}

HttpResult Client::Login(const std::string& email, const std::string& password) {
  cookie.clear();
  csrf.clear();
  HttpResult r = Post("/api/v1/session", {{"email", email}, {"password", password}});
  if (r.status == 201) {
    std::string set_cookie = r.headers["set-cookie"];
    cookie = set_cookie.substr(0, set_cookie.find(';'));
    csrf = std::string(r.json.at("csrf_token").as_string());
  }
  return r;
}

}  // namespace eduims::testing

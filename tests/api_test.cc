// End-to-end API tests over real HTTP against a real server, on SQLite and on PostgreSQL.
#include <gtest/gtest.h>

#include <algorithm>

#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <map>
#include <memory>

#include "demo/demo.h"
#include "platform/audit/audit_trail.h"
#include "platform/auth/roles.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

class Api : public ::testing::TestWithParam<db::Engine> {
 public:
  static void TearDownTestSuite() { StopSharedTestServers(); }

 protected:
  TestServer& server() { return SharedTestServer(GetParam()); }
  Client AdminClient() {
    Client c(server().port());
    auto r = c.Login(kAdminEmail, demo::kDemoPassword);
    EXPECT_EQ(r.status, 201) << r.body;
    return c;
  }
  Client UserClient(const std::string& email) {
    Client c(server().port());
    auto r = c.Login(email, demo::kDemoPassword);
    EXPECT_EQ(r.status, 201) << r.body;
    return c;
  }
  long long AuditCount() {
    long long n = 0;
    server().app().db().Read([&](soci::session& s) { s << "SELECT COUNT(*) FROM audit_log", soci::into(n); });
    return n;
  }
  // Makes a unit under the root with a unique code.
  json::object MakeUnit(Client& c, const std::string& name, std::optional<db::Id> parent = std::nullopt) {
    static int counter = 0;
    std::string code = "T" + std::to_string(++counter) + "-" + std::to_string(GetParam() == db::Engine::kSqlite);
    auto r = c.Post("/api/v1/units", {{"parent_id", parent.value_or(server().UnitId("SO-GDDT"))},
                                      {"code", code},
                                      {"name", name},
                                      {"type", "upper_secondary"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json.as_object();
  }
};

TEST_P(Api, HealthAndReadiness) {
  Client c(server().port());
  EXPECT_EQ(c.Get("/healthz").status, 200);
  EXPECT_EQ(c.Get("/readyz").status, 200);
  auto metrics = c.Get("/metrics");
  EXPECT_EQ(metrics.status, 200);
  EXPECT_NE(metrics.body.find("eduims_http_requests_total"), std::string::npos);
  EXPECT_NE(metrics.body.find("eduims_http_request_duration_seconds_bucket"), std::string::npos);
}

TEST_P(Api, HeadAnswersWithTheHeaderOfAGetAndNoBody) {
  Client anyone(server().port());
  auto health = anyone.Get("/healthz");
  auto head = anyone.Request("HEAD", "/healthz");
  EXPECT_EQ(head.status, 200);
  EXPECT_EQ(head.body, "");
  EXPECT_EQ(head.headers["content-length"], std::to_string(health.body.size()));
  EXPECT_EQ(head.headers["content-type"], health.headers["content-type"]);
  // Checked as a GET is: refused without credentials, answered with them.
  EXPECT_EQ(anyone.Request("HEAD", "/api/v1/units").status, 401);
  Client admin = AdminClient();
  auto list = admin.Get("/api/v1/units?limit=5");
  auto head_list = admin.Request("HEAD", "/api/v1/units?limit=5");
  EXPECT_EQ(head_list.status, 200);
  EXPECT_EQ(head_list.body, "");
  EXPECT_EQ(head_list.headers["content-length"], std::to_string(list.body.size()));
  // A path with a GET names HEAD among the methods it allows.
  auto wrong = admin.Request("DELETE", "/api/v1/units");
  EXPECT_EQ(wrong.status, 405);
  EXPECT_NE(wrong.headers["allow"].find("GET, HEAD"), std::string::npos) << wrong.headers["allow"];
}

// The next request on a connection that answered a HEAD is answered in full: here a header too large, refused
// with its problem body, which reaches the client although it was still sending (no reset).
TEST_P(Api, AnAnswerAfterAHeadOnTheSameConnectionHasItsBody) {
  namespace asio = boost::asio;
  namespace bhttp = boost::beast::http;
  asio::io_context ioc;
  asio::ip::tcp::socket socket(ioc);
  socket.connect({asio::ip::make_address("127.0.0.1"), server().port()});
  asio::write(socket, asio::buffer(std::string("HEAD /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")));
  boost::beast::flat_buffer buffer;
  bhttp::response_parser<bhttp::string_body> head;
  head.skip(true);
  bhttp::read(socket, buffer, head);
  EXPECT_EQ(head.get().result_int(), 200);
  asio::write(socket, asio::buffer("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " +
                                   std::string(64 * 1024, 'a') + "\r\n\r\n"));
  bhttp::response_parser<bhttp::string_body> refused;
  boost::beast::error_code ec;
  bhttp::read(socket, buffer, refused, ec);
  ASSERT_FALSE(ec) << ec.message();
  EXPECT_EQ(refused.get().result_int(), 431);
  EXPECT_NE(refused.get().body().find("request.header_too_large"), std::string::npos) << refused.get().body();
}

TEST_P(Api, LoginSetsAHardenedCookieAndLogoutEndsTheSession) {
  Client c(server().port());
  auto login = c.Login(kAdminEmail, demo::kDemoPassword);
  ASSERT_EQ(login.status, 201) << login.body;
  std::string set_cookie = login.headers["set-cookie"];
  EXPECT_NE(set_cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(set_cookie.find("SameSite=Strict"), std::string::npos);
  EXPECT_EQ(set_cookie.find("Secure"), std::string::npos);  // plain HTTP on loopback
  auto me = c.Get("/api/v1/session");
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(me.json.at("user").at("email").as_string(), kAdminEmail);
  EXPECT_EQ(me.json.at("csrf_token").as_string(), c.csrf);
  // Each grant says what it allows where, so the web offers only what will work.
  const auto& grant = me.json.at("user").at("grants").as_array().at(0);
  EXPECT_EQ(grant.at("role").as_string(), "administrator");
  EXPECT_EQ(grant.at("unit_path").as_string(), "/1/");
  EXPECT_EQ(grant.at("permissions").as_array().size(), auth::AllPermissions().size());
  EXPECT_EQ(c.Delete("/api/v1/session").status, 204);
  auto after = c.Get("/api/v1/session");
  EXPECT_EQ(after.status, 401);
  EXPECT_EQ(after.code(), "auth.unauthenticated");
}

TEST_P(Api, WrongPasswordIsRefusedInTheCallersLanguage) {
  Client c(server().port());
  c.language = "vi";
  auto r = c.Login("giamdoc@demo.eduims.vn", "wrong password!");
  EXPECT_EQ(r.status, 401);
  EXPECT_EQ(r.headers["content-type"], "application/problem+json");
  EXPECT_EQ(r.code(), "auth.invalid_credentials");
  EXPECT_EQ(r.json.at("title").as_string(), "Sai e-mail hoặc mật khẩu");
  c.language = "en";
  r = c.Login("nobody@demo.eduims.vn", "wrong password!");
  EXPECT_EQ(r.json.at("title").as_string(), "Wrong e-mail or password");
}

TEST_P(Api, LoginIsThrottledPerAccount) {
  Client admin = AdminClient();
  auto unit = server().UnitId("THPT-TOHIEU");
  auto created = admin.Post("/api/v1/users", {{"unit_id", unit},
                                              {"email", "throttle-" + EngineName(GetParam()) + "@demo.eduims.vn"},
                                              {"full_name", "Người Thử"},
                                              {"password", "Mật khẩu đủ dài 2026"}});
  ASSERT_EQ(created.status, 201) << created.body;
  std::string email(created.json.at("email").as_string());
  Client c(server().port());
  for (int i = 0; i < 5; ++i) EXPECT_EQ(c.Login(email, "not the password").status, 401);
  auto blocked = c.Login(email, "Mật khẩu đủ dài 2026");
  EXPECT_EQ(blocked.status, 429);
  EXPECT_EQ(blocked.code(), "auth.throttled");
}

TEST_P(Api, CookieWritesNeedTheCsrfToken) {
  Client c = AdminClient();
  long long before = AuditCount();
  std::string token = c.csrf;
  c.csrf.clear();
  auto r = c.Post("/api/v1/units", {{"parent_id", server().UnitId("SO-GDDT")}, {"code", "CSRF-1"},
                                    {"name", "x"}, {"type", "primary"}});
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(r.code(), "auth.csrf_failed");
  c.csrf = "forged";
  EXPECT_EQ(c.Post("/api/v1/units", {{"code", "CSRF-2"}}).code(), "auth.csrf_failed");
  EXPECT_EQ(AuditCount(), before);
  c.csrf = token;
  EXPECT_EQ(c.Get("/api/v1/units/" + std::to_string(server().UnitId("SO-GDDT"))).status, 200);
}

TEST_P(Api, PersonalApiTokensWorkUntilRevoked) {
  Client c = AdminClient();
  auto created = c.Post("/api/v1/tokens", {{"name", "báo cáo tự động"}});
  ASSERT_EQ(created.status, 201) << created.body;
  std::string secret(created.json.at("token").as_string());
  Client bot(server().port());
  bot.bearer = secret;
  EXPECT_EQ(bot.Get("/api/v1/session").status, 200);
  // A bearer token needs no CSRF token: it is not sent automatically by browsers.
  auto unit = bot.Post("/api/v1/units", {{"parent_id", server().UnitId("SO-GDDT")},
                                         {"code", "TOKEN-" + EngineName(GetParam())},
                                         {"name", "Đơn vị tạo bằng token"},
                                         {"type", "other"}});
  EXPECT_EQ(unit.status, 201) << unit.body;
  auto list = c.Get("/api/v1/tokens");
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.body.find(secret), std::string::npos);
  std::string id = std::to_string(created.json.at("id").as_int64());
  EXPECT_EQ(c.Delete("/api/v1/tokens/" + id).status, 204);
  EXPECT_EQ(bot.Get("/api/v1/session").status, 401);
  EXPECT_EQ(c.Delete("/api/v1/tokens/" + id).status, 404);
  bot.bearer = "eduims_not-a-token";
  EXPECT_EQ(bot.Get("/api/v1/session").status, 401);
  auto bad_expiry = c.Post("/api/v1/tokens", {{"name", "x"}, {"expires_on", "2099-01-01"}});
  EXPECT_EQ(bad_expiry.status, 422);
  EXPECT_EQ(bad_expiry.field(), "expires_on");
}

TEST_P(Api, UnitsCreateReadSearchAndPage) {
  Client c = AdminClient();
  auto parent = MakeUnit(c, "Cụm trường Giáo dục Đào tạo Mộc Châu");
  db::Id parent_id = parent.at("id").as_int64();
  for (int i = 0; i < 5; ++i) MakeUnit(c, "Trường Phổ thông Dân tộc Nội trú số " + std::to_string(i), parent_id);
  auto got = c.Get("/api/v1/units/" + std::to_string(parent_id));
  ASSERT_EQ(got.status, 200);
  EXPECT_EQ(got.json.at("name").as_string(), "Cụm trường Giáo dục Đào tạo Mộc Châu");
  EXPECT_EQ(got.json.at("version").as_int64(), 1);
  // Accent-insensitive search, đ included.
  auto found = c.Get("/api/v1/units?q=giao%20duc%20dao%20tao%20moc");
  ASSERT_EQ(found.status, 200) << found.body;
  ASSERT_EQ(found.json.at("items").as_array().size(), 1u);
  EXPECT_EQ(found.json.at("items").as_array()[0].at("id").as_int64(), parent_id);
  // Keyset pages of 2 over the 5 children: 2 + 2 + 1, no repeats, then no cursor.
  std::set<long long> seen;
  std::string target = "/api/v1/units?limit=2&parent_id=" + std::to_string(parent_id);
  int pages = 0;
  while (true) {
    auto page = c.Get(target);
    ASSERT_EQ(page.status, 200) << page.body;
    for (const auto& item : page.json.at("items").as_array()) EXPECT_TRUE(seen.insert(item.at("id").as_int64()).second);
    ++pages;
    if (page.json.at("next_cursor").is_null()) break;
    target = "/api/v1/units?limit=2&parent_id=" + std::to_string(parent_id) + "&cursor=" +
             std::string(page.json.at("next_cursor").as_string());
  }
  EXPECT_EQ(seen.size(), 5u);
  EXPECT_EQ(pages, 3);
  auto bad_cursor = c.Get("/api/v1/units?cursor=bm90LWEtY3Vyc29y");
  EXPECT_EQ(bad_cursor.status, 400);
  EXPECT_EQ(bad_cursor.code(), "pagination.invalid_cursor");
  EXPECT_EQ(c.Get("/api/v1/units?limit=0").code(), "pagination.invalid_limit");
  EXPECT_EQ(c.Get("/api/v1/units?limit=201").code(), "pagination.invalid_limit");
  EXPECT_EQ(c.Get("/api/v1/units?colour=red").code(), "request.bad_query");
}

TEST_P(Api, MovingAUnitMovesItsSubtree) {
  Client c = AdminClient();
  auto a = MakeUnit(c, "Cụm A");
  auto b = MakeUnit(c, "Cụm B");
  auto child = MakeUnit(c, "Trường con", a.at("id").as_int64());
  auto grandchild = MakeUnit(c, "Tổ chuyên môn", child.at("id").as_int64());
  std::string child_url = "/api/v1/units/" + std::to_string(child.at("id").as_int64());
  auto moved = c.Patch(child_url, {{"version", 1}, {"parent_id", b.at("id").as_int64()}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.json.at("version").as_int64(), 2);
  auto g = c.Get("/api/v1/units/" + std::to_string(grandchild.at("id").as_int64()));
  std::string b_path(b.at("path").as_string());
  EXPECT_EQ(std::string(g.json.at("path").as_string()).rfind(b_path, 0), 0u) << g.body;
  auto within_b = c.Get("/api/v1/units?within=" + std::to_string(b.at("id").as_int64()));
  EXPECT_EQ(within_b.json.at("items").as_array().size(), 3u);
  // Under its own descendant: refused, nothing changes.
  long long before = AuditCount();
  auto cycle = c.Patch(child_url, {{"version", 2}, {"parent_id", grandchild.at("id").as_int64()}});
  EXPECT_EQ(cycle.status, 422);
  EXPECT_EQ(cycle.code(), "units.move_into_own_subtree");
  EXPECT_EQ(AuditCount(), before);
}

TEST_P(Api, StaleVersionIsAConflictAndChangesNothing) {
  Client c = AdminClient();
  auto unit = MakeUnit(c, "Trường Kiểm tra Phiên bản");
  std::string url = "/api/v1/units/" + std::to_string(unit.at("id").as_int64());
  ASSERT_EQ(c.Patch(url, {{"version", 1}, {"name", "Tên mới"}}).status, 200);
  long long before = AuditCount();
  auto stale = c.Patch(url, {{"version", 1}, {"name", "Ghi đè"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.code(), "conflict.stale_version");
  EXPECT_EQ(stale.field(), "version");
  EXPECT_EQ(c.Get(url).json.at("name").as_string(), "Tên mới");
  EXPECT_EQ(AuditCount(), before);
}

TEST_P(Api, ArchivingKeepsTheRecordAndRefusesUnitsInUse) {
  Client c = AdminClient();
  auto parent = MakeUnit(c, "Trường sẽ lưu trữ");
  auto child = MakeUnit(c, "Tổ", parent.at("id").as_int64());
  std::string parent_url = "/api/v1/units/" + std::to_string(parent.at("id").as_int64());
  EXPECT_EQ(c.Delete(parent_url).code(), "units.has_active_children");
  EXPECT_EQ(c.Delete("/api/v1/units/" + std::to_string(child.at("id").as_int64())).status, 200);
  auto archived = c.Delete(parent_url);
  ASSERT_EQ(archived.status, 200) << archived.body;
  EXPECT_FALSE(archived.json.at("archived_at").is_null());
  auto still_there = c.Get(parent_url);
  EXPECT_EQ(still_there.status, 200);
  EXPECT_EQ(c.Patch(parent_url, {{"version", still_there.json.at("version").as_int64()}, {"name", "x"}}).code(),
            "conflict.archived");
}

// Malformed and hostile input: a 4xx problem naming the field, never a 500, and nothing written.
TEST_P(Api, BadInputIsRefusedAndWritesNothing) {
  Client c = AdminClient();
  db::Id root = server().UnitId("SO-GDDT");
  struct Case {
    std::string body, content_type;
    int status;
    std::string code, field;
  };
  std::string good_prefix = R"({"parent_id":)" + std::to_string(root) + R"(,"code":"BAD-1","type":"primary",)";
  std::vector<Case> cases = {
      {R"({"parent_id": 1, "code": )", "application/json", 400, "request.malformed_json", ""},
      {"[1,2,3]", "application/json", 400, "request.body_required", ""},
      {"", "application/json", 400, "request.body_required", ""},
      {good_prefix + R"("name":"x"})", "text/plain", 415, "request.unsupported_media_type", ""},
      {good_prefix + R"("name": 42})", "application/json", 422, "validation.wrong_type", "name"},
      {good_prefix + R"("name":"x","colour":"red"})", "application/json", 422, "validation.unknown_field", "colour"},
      {R"({"parent_id":)" + std::to_string(root) + R"(,"code":"BAD-1","type":"primary"})", "application/json", 422,
       "validation.missing_field", "name"},
      {good_prefix + R"("name":")" + std::string(201, 'a') + R"("})", "application/json", 422, "validation.too_long",
       "name"},
      {good_prefix + "\"name\":\"bad \xC3\x28 utf8\"}", "application/json", 400, "request.malformed_json", ""},
      {good_prefix + R"("name":"bell\u0007"})", "application/json", 422, "validation.invalid_text", "name"},
      {good_prefix + R"("name":"   "})", "application/json", 422, "validation.empty", "name"},
      {R"({"parent_id":"1","code":"BAD-1","type":"primary","name":"x"})", "application/json", 422,
       "validation.wrong_type", "parent_id"},
      {R"({"parent_id":)" + std::to_string(root) + R"(,"code":"BAD 1; DROP TABLE units","type":"primary","name":"x"})",
       "application/json", 422, "validation.invalid_value", "code"},
      {R"({"parent_id":)" + std::to_string(root) + R"(,"code":"BAD-1","type":"castle","name":"x"})",
       "application/json", 422, "validation.invalid_value", "type"},
      {R"({"parent_id":999999999,"code":"BAD-1","type":"primary","name":"x"})", "application/json", 422,
       "validation.reference_not_found", "parent_id"},
      {R"({"parent_id":-4,"code":"BAD-1","type":"primary","name":"x"})", "application/json", 422,
       "validation.invalid_value", "parent_id"},
      {R"({"parent_id":1.5,"code":"BAD-1","type":"primary","name":"x"})", "application/json", 422,
       "validation.wrong_type", "parent_id"},
      {R"({"a":{"b":{"c":{"d":{"e":{"f":{"g":{"h":{"i":{"j":{"k":{"l":{"m":{"n":{"o":{"p":{"q":1}}}}}}}}}}}}}}}}})",
       "application/json", 400, "request.malformed_json", ""},
  };
  long long before = AuditCount();
  for (const Case& k : cases) {
    auto r = c.Request("POST", "/api/v1/units", k.body, k.content_type);
    EXPECT_EQ(r.status, k.status) << k.body << " -> " << r.body;
    EXPECT_EQ(r.code(), k.code) << k.body << " -> " << r.body;
    EXPECT_EQ(r.field(), k.field) << k.body << " -> " << r.body;
    EXPECT_EQ(r.headers["content-type"], "application/problem+json");
  }
  EXPECT_EQ(AuditCount(), before);
  // Oversized body: cut off by the server with 413 before any handler runs.
  auto big = c.Request("POST", "/api/v1/units", std::string(2 << 20, ' '));
  EXPECT_EQ(big.status, 413);
  EXPECT_EQ(big.code(), "request.too_large");
  // Unknown and malformed ids are the same 404 and reveal nothing.
  EXPECT_EQ(c.Get("/api/v1/units/999999999").code(), "resource.not_found");
  EXPECT_EQ(c.Get("/api/v1/units/abc").code(), "resource.not_found");
  EXPECT_EQ(c.Get("/api/v1/units/0").code(), "resource.not_found");
  EXPECT_EQ(c.Get("/api/v1/units/1%27%20OR%201=1").code(), "resource.not_found");
  EXPECT_EQ(c.Get("/api/v1/no-such-thing").code(), "route.not_found");
  EXPECT_EQ(c.Request("PUT", "/api/v1/units").status, 405);
  // SQL and HTML metacharacters are data: stored and returned exactly, never interpreted.
  std::string hostile = "<script>alert('x')</script> O'Brien; DROP TABLE units; --";
  auto stored = MakeUnit(c, hostile);
  EXPECT_EQ(stored.at("name").as_string(), hostile);
  EXPECT_EQ(c.Get("/api/v1/units/" + std::to_string(stored.at("id").as_int64())).json.at("name").as_string(), hostile);
  // The unit, and the five interested parties ISO 21001 makes mandatory, which every new unit starts with.
  EXPECT_EQ(AuditCount(), before + 6);
}

TEST_P(Api, DuplicateCodesAndEmailsAreConflicts) {
  Client c = AdminClient();
  auto unit = MakeUnit(c, "Trường trùng mã");
  auto again = c.Post("/api/v1/units", {{"parent_id", server().UnitId("SO-GDDT")}, {"code", unit.at("code")},
                                        {"name", "Khác"}, {"type", "primary"}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.field(), "code");
  auto dup = c.Post("/api/v1/users", {{"unit_id", unit.at("id")}, {"email", "GIAMDOC@demo.eduims.vn"},
                                      {"full_name", "Trùng"}});
  EXPECT_EQ(dup.status, 409);
  EXPECT_EQ(dup.field(), "email");
}

TEST_P(Api, UnitCsvImportIsAllOrNothingWithARowReport) {
  Client c = AdminClient();
  std::string suffix = GetParam() == db::Engine::kSqlite ? "S" : "P";
  std::string bad = "\xEF\xBB\xBF" "code,name,type,parent_code,region\r\n"
                    "CSV-A" + suffix + ",Trường Tiểu học Chiềng Mung,primary,SO-GDDT,Sơn La\r\n"
                    "CSV-B" + suffix + ",,primary,SO-GDDT,Sơn La\r\n"
                    "CSV-C" + suffix + ",Trường X,castle,CSV-A" + suffix + ",Sơn La\r\n"
                    "CSV-D" + suffix + ",Trường Y,primary,NO-SUCH,Sơn La\r\n";
  long long before = AuditCount();
  auto refused = c.Request("POST", "/api/v1/units/import", bad, "text/csv; charset=utf-8");
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.code(), "import.invalid_rows");
  const auto& errors = refused.json.at("errors").as_array();
  ASSERT_EQ(errors.size(), 3u) << refused.body;
  EXPECT_EQ(errors[0].at("row").as_string(), "3");
  EXPECT_EQ(errors[0].at("field").as_string(), "name");
  EXPECT_EQ(errors[1].at("row").as_string(), "4");
  EXPECT_EQ(errors[1].at("field").as_string(), "type");
  EXPECT_EQ(errors[2].at("field").as_string(), "parent_code");
  EXPECT_EQ(AuditCount(), before);
  EXPECT_EQ(c.Get("/api/v1/units?q=chieng%20mung").json.at("items").as_array().size(), 0u);

  std::string good = "code,name,type,parent_code\n"
                     "CSV-A" + suffix + ",Trường Tiểu học Chiềng Mung,primary,SO-GDDT\n"
                     "CSV-E" + suffix + ",\"Tổ Văn, Sử\",department,CSV-A" + suffix + "\n";
  auto ok = c.Request("POST", "/api/v1/units/import", good, "text/csv");
  ASSERT_EQ(ok.status, 201) << ok.body;
  EXPECT_EQ(ok.json.at("imported").as_int64(), 2);
  EXPECT_EQ(c.Get("/api/v1/units?q=to%20van%2C%20su").json.at("items").as_array().size(), 1u);
  EXPECT_EQ(c.Request("POST", "/api/v1/units/import", "name,code\nx,y\n", "text/csv").code(), "import.bad_header");
  EXPECT_EQ(c.Request("POST", "/api/v1/units/import", "code,name,type,parent_code\n", "text/csv").code(),
            "import.empty");
  EXPECT_EQ(c.Request("POST", "/api/v1/units/import", "code,name,type,parent_code\n\"x,y\n", "text/csv").code(),
            "import.malformed_csv");
}

TEST_P(Api, UserCsvImportCreatesUsersAndRoles) {
  Client c = AdminClient();
  std::string tag = GetParam() == db::Engine::kSqlite ? "s" : "p";
  std::string bad = "email,full_name,unit_code,role\n"
                    "gv1" + tag + "@demo.eduims.vn,Lò Văn Minh,THPT-TOHIEU,staff\n"
                    "not-an-email,Ai Đó,THPT-TOHIEU,staff\n"
                    "gv2" + tag + "@demo.eduims.vn,Tòng Thị Hoa,THPT-TOHIEU,emperor\n";
  auto refused = c.Request("POST", "/api/v1/users/import", bad, "text/csv");
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.json.at("errors").as_array().size(), 2u);
  std::string good = "email,full_name,unit_code,role,language\n"
                     "gv1" + tag + "@demo.eduims.vn,Lò Văn Minh,THPT-TOHIEU,staff,vi\n"
                     "gv2" + tag + "@demo.eduims.vn,Tòng Thị Hoa,THPT-TOHIEU,process_owner,en\n";
  auto ok = c.Request("POST", "/api/v1/users/import", good, "text/csv");
  ASSERT_EQ(ok.status, 201) << ok.body;
  db::Id id = ok.json.at("rows").as_array()[1].at("id").as_int64();
  auto grants = c.Get("/api/v1/users/" + std::to_string(id) + "/grants");
  ASSERT_EQ(grants.json.at("items").as_array().size(), 1u);
  EXPECT_EQ(grants.json.at("items").as_array()[0].at("role").as_string(), "process_owner");
}

TEST_P(Api, UsersGrantsAndDisabling) {
  Client admin = AdminClient();
  db::Id school = server().UnitId("THPT-CHUYEN");
  std::string email = "nguoi.dung." + EngineName(GetParam()) + "@demo.eduims.vn";
  auto weak = admin.Post("/api/v1/users", {{"unit_id", school}, {"email", email}, {"full_name", "Nguyễn Văn A"},
                                           {"password", "short"}});
  EXPECT_EQ(weak.code(), "validation.weak_password");
  EXPECT_EQ(admin.Post("/api/v1/users", {{"unit_id", school}, {"email", "no-at-sign"}, {"full_name", "A"}}).code(),
            "validation.invalid_email");
  auto created = admin.Post("/api/v1/users", {{"unit_id", school}, {"email", email}, {"full_name", "Nguyễn Văn A"},
                                              {"password", "Một mật khẩu dài 2026"}});
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.body.find("password_hash"), std::string::npos);
  EXPECT_EQ(created.body.find("$argon2"), std::string::npos);
  std::string user_url = "/api/v1/users/" + std::to_string(created.json.at("id").as_int64());
  auto no_end = admin.Post(user_url + "/grants", {{"role", "external_auditor"}, {"unit_id", school}});
  EXPECT_EQ(no_end.code(), "grants.end_date_required");
  auto grant = admin.Post(user_url + "/grants", {{"role", "staff"}, {"unit_id", school}});
  ASSERT_EQ(grant.status, 201) << grant.body;
  Client user(server().port());
  ASSERT_EQ(user.Login(email, "Một mật khẩu dài 2026").status, 201);
  EXPECT_EQ(user.Get("/api/v1/units/" + std::to_string(school)).status, 200);
  // The user changes their own language; the next problem arrives in it when no Accept-Language is sent.
  auto me = user.Get("/api/v1/me");
  ASSERT_EQ(user.Patch("/api/v1/me", {{"version", me.json.at("version")}, {"language", "vi"}}).status, 200);
  auto disabled = admin.Delete(user_url);
  ASSERT_EQ(disabled.status, 200) << disabled.body;
  EXPECT_EQ(user.Get("/api/v1/session").status, 401);  // sessions ended
  EXPECT_EQ(user.Login(email, "Một mật khẩu dài 2026").status, 401);
  auto self = admin.Delete("/api/v1/users/" + std::to_string(server().UserId(kAdminEmail)));
  EXPECT_EQ(self.code(), "users.cannot_disable_self");
}

TEST_P(Api, ChangingOwnPasswordNeedsTheCurrentOne) {
  Client admin = AdminClient();
  std::string email = "doimatkhau." + EngineName(GetParam()) + "@demo.eduims.vn";
  ASSERT_EQ(admin.Post("/api/v1/users", {{"unit_id", server().UnitId("SO-VP")}, {"email", email},
                                         {"full_name", "Đổi Mật Khẩu"}, {"password", "Mật khẩu cũ 2026"}})
                .status,
            201);
  Client user(server().port());
  ASSERT_EQ(user.Login(email, "Mật khẩu cũ 2026").status, 201);
  EXPECT_EQ(user.Post("/api/v1/me/password", {{"current_password", "sai"}, {"new_password", "Mật khẩu mới 2026"}})
                .code(),
            "auth.wrong_password");
  EXPECT_EQ(user.Post("/api/v1/me/password",
                      {{"current_password", "Mật khẩu cũ 2026"}, {"new_password", "Mật khẩu mới 2026"}})
                .status,
            204);
  EXPECT_EQ(user.Login(email, "Mật khẩu cũ 2026").status, 401);
  EXPECT_EQ(user.Login(email, "Mật khẩu mới 2026").status, 201);
}

TEST_P(Api, ActionsFollowTheirWorkflow) {
  Client manager = UserClient("hieutruong.tohieu@demo.eduims.vn");  // quality manager of THPT Tô Hiệu
  db::Id school = server().UnitId("THPT-TOHIEU");
  db::Id staff = server().UserId("nhanvien.tohieu@demo.eduims.vn");
  auto created = manager.Post("/api/v1/actions", {{"title", "Khắc phục điểm không phù hợp NC-01"},
                                                  {"unit_id", school},
                                                  {"owner_id", staff},
                                                  {"due_date", "2020-01-31"},
                                                  {"source_type", "meeting"},
                                                  {"source_id", "HOP-01"}});
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json.at("status").as_string(), "open");
  EXPECT_TRUE(created.json.at("overdue").as_bool());
  std::string url = "/api/v1/actions/" + std::to_string(created.json.at("id").as_int64());
  Client owner = UserClient("nhanvien.tohieu@demo.eduims.vn");
  EXPECT_EQ(owner.Post(url + "/transitions", {{"version", 1}, {"to", "cancelled"}}).code(), "workflow.not_permitted");
  // The refusal says who may cancel it, worded in the caller's language through and through.
  std::string cancel = json::serialize(json::object{{"version", 1}, {"to", "cancelled"}});
  auto vi = owner.Request("POST", url + "/transitions", cancel, "application/json", {{"Accept-Language", "vi"}});
  EXPECT_EQ(vi.json.at("detail"),
            "Chỉ người quản lý hành động của đơn vị mới được chuyển hành động này sang 'Đã hủy'.");
  auto en = owner.Request("POST", url + "/transitions", cancel, "application/json", {{"Accept-Language", "en"}});
  EXPECT_EQ(en.json.at("detail"), "Only a manager of the unit's actions may move this action to 'Cancelled'.");
  std::string reopen_body = json::serialize(json::object{{"version", 1}, {"to", "open"}});
  auto reopen =
      owner.Request("POST", url + "/transitions", reopen_body, "application/json", {{"Accept-Language", "vi"}});
  EXPECT_EQ(reopen.json.at("detail"), "Không thể chuyển hành động từ 'Mở' sang 'Mở'.");
  EXPECT_EQ(owner.Post(url + "/transitions", {{"version", 1}, {"to", "open"}}).code(),
            "workflow.transition_not_allowed");
  EXPECT_EQ(owner.Post(url + "/transitions", {{"version", 1}, {"to", "finished"}}).code(), "validation.invalid_value");
  auto started = owner.Post(url + "/transitions", {{"version", 1}, {"to", "in_progress"}, {"comment", "Bắt đầu"}});
  ASSERT_EQ(started.status, 200) << started.body;
  EXPECT_EQ(owner.Post(url + "/transitions", {{"version", 1}, {"to", "done"}}).code(), "conflict.stale_version");
  auto done = owner.Post(url + "/transitions", {{"version", 2}, {"to", "done"}});
  ASSERT_EQ(done.status, 200);
  EXPECT_FALSE(done.json.at("completed_at").is_null());
  EXPECT_FALSE(done.json.at("overdue").as_bool());
  // Staff may not edit the action itself.
  EXPECT_EQ(owner.Patch(url, {{"version", 3}, {"title", "x"}}).status, 403);
  auto reopened = manager.Post(url + "/transitions", {{"version", 3}, {"to", "in_progress"}});
  EXPECT_EQ(reopened.status, 200);
  EXPECT_TRUE(reopened.json.at("completed_at").is_null());
  auto mine = owner.Get("/api/v1/actions?mine=true&status=in_progress");
  ASSERT_EQ(mine.status, 200);
  bool listed = false;
  for (const auto& a : mine.json.at("items").as_array()) listed = listed || a.at("id") == created.json.at("id");
  EXPECT_TRUE(listed);
  auto overdue = manager.Get("/api/v1/actions?overdue=true&within=" + std::to_string(school));
  ASSERT_EQ(overdue.status, 200);
  for (const auto& a : overdue.json.at("items").as_array()) EXPECT_TRUE(a.at("overdue").as_bool());
  auto bad_due = manager.Post("/api/v1/actions", {{"title", "x"}, {"unit_id", school}, {"due_date", "2026-02-30"}});
  EXPECT_EQ(bad_due.code(), "validation.invalid_date");
  auto patched = manager.Patch(url, {{"version", 4}, {"due_date", nullptr}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_TRUE(patched.json.at("due_date").is_null());
}

TEST_P(Api, StandardsCatalogueHasBothStandardsAndTheirCorrespondence) {
  Client c = UserClient("giaovien.toan@demo.eduims.vn");
  auto standards = c.Get("/api/v1/standards");
  ASSERT_EQ(standards.status, 200);
  std::map<std::string, long long> ids;  // "iso-21001:2018" -> id
  for (const auto& s : standards.json.at("items").as_array())
    ids[std::string(s.at("code").as_string()) + ":" + std::string(s.at("edition").as_string())] = s.at("id").as_int64();
  ASSERT_TRUE(ids.count("iso-9001:2015") && ids.count("iso-21001:2018"));
  ids["iso-9001"] = ids["iso-9001:2015"];
  ids["iso-21001"] = ids["iso-21001:2018"];
  auto clauses = c.Get("/api/v1/standards/" + std::to_string(ids["iso-21001"]) + "/clauses");
  ASSERT_EQ(clauses.status, 200);
  bool found_7162 = false;
  for (const auto& cl : clauses.json.at("items").as_array()) {
    if (cl.at("number").as_string() == "7.1.6.2") {
      found_7162 = true;
      EXPECT_EQ(cl.at("urn").as_string(), "urn:eduims:std:iso-21001:2018:clause:7.1.6.2");
      EXPECT_FALSE(cl.at("title_vi").as_string().empty());
    }
  }
  EXPECT_TRUE(found_7162);
  auto principles = c.Get("/api/v1/standards/" + std::to_string(ids["iso-21001"]) + "/clauses?kind=principle");
  EXPECT_EQ(principles.json.at("items").as_array().size(), 11u);
  auto crosswalk = c.Get("/api/v1/crosswalks?standard=" + std::to_string(ids["iso-21001"]) +
                         "&other_standard=" + std::to_string(ids["iso-9001"]));
  ASSERT_EQ(crosswalk.status, 200);
  bool context = false;
  for (const auto& m : crosswalk.json.at("items").as_array())
    if (m.at("from").at("number").as_string() == "4.1" && m.at("to").at("number").as_string() == "4.1")
      context = m.at("relation").as_string() == "superset";
  EXPECT_TRUE(context);
  auto mandatory = c.Get("/api/v1/standards/" + std::to_string(ids["iso-9001"]) + "/mandatory-information");
  ASSERT_EQ(mandatory.status, 200);
  EXPECT_GE(mandatory.json.at("items").as_array().size(), 20u);
  EXPECT_EQ(c.Get("/api/v1/standards/999999").code(), "resource.not_found");
}

// ISO 21001:2025 (2nd edition, July 2025): listed beside the edition it replaces, its clause tree (not public yet)
// carried forward with every title unconfirmed, no transition deadline while none is published, each 2018 clause
// corresponding to its 2025 counterpart, and ISO 9001 corresponding to it as to the 2018 edition.
TEST_P(Api, TheNewerEditionOfIso21001HasItsCorrespondencesFromTheEditionItReplaces) {
  Client c = UserClient("giaovien.toan@demo.eduims.vn");
  auto standards = c.Get("/api/v1/standards");
  ASSERT_EQ(standards.status, 200);
  std::map<std::string, json::value> by_edition;
  for (const auto& s : standards.json.at("items").as_array())
    if (s.at("code").as_string() == "iso-21001") by_edition[std::string(s.at("edition").as_string())] = s;
  ASSERT_EQ(by_edition.size(), 2u) << standards.body;
  const json::value& newer = by_edition["2025"];
  EXPECT_EQ(newer.at("urn").as_string(), "urn:eduims:std:iso-21001:2025");
  EXPECT_TRUE(newer.at("transition_deadline").is_null());
  EXPECT_EQ(newer.at("clause_count").as_int64(), by_edition["2018"].at("clause_count").as_int64());
  std::string newer_id = std::to_string(newer.at("id").as_int64());
  auto clauses = c.Get("/api/v1/standards/" + newer_id + "/clauses");
  ASSERT_EQ(clauses.status, 200);
  std::map<std::string, json::value> clause;
  for (const auto& cl : clauses.json.at("items").as_array()) clause[std::string(cl.at("number").as_string())] = cl;
  for (const auto& [number, cl] : clause) EXPECT_TRUE(cl.at("unconfirmed").as_bool()) << number;
  EXPECT_EQ(clause.at("8.5.5").at("title_en").as_string(), "Protection and transparency of learners' data");
  EXPECT_EQ(clause.at("8.5.5").at("urn").as_string(), "urn:eduims:std:iso-21001:2025:clause:8.5.5");
  auto mandatory = c.Get("/api/v1/standards/" + newer_id + "/mandatory-information");
  ASSERT_EQ(mandatory.status, 200);
  EXPECT_EQ(mandatory.json.at("items").as_array().size(), 24u);

  auto crosswalk = c.Get("/api/v1/crosswalks?standard=" + std::to_string(by_edition["2018"].at("id").as_int64()) +
                         "&other_standard=" + newer_id);
  ASSERT_EQ(crosswalk.status, 200);
  const auto& mappings = crosswalk.json.at("items").as_array();
  EXPECT_EQ(mappings.size(), clause.size());
  for (const auto& m : mappings) {
    EXPECT_EQ(m.at("from").at("standard_id"), by_edition["2018"].at("id"));
    EXPECT_EQ(m.at("to").at("standard_id"), newer.at("id"));
    EXPECT_EQ(m.at("from").at("number"), m.at("to").at("number"));
  }
  // To ISO 9001:2015 as from the 2018 edition, so an integrated certificate moved to 2025 keeps its shared lines.
  std::string iso9001;
  for (const auto& s : standards.json.at("items").as_array())
    if (s.at("code").as_string() == "iso-9001" && s.at("edition").as_string() == "2015")
      iso9001 = std::to_string(s.at("id").as_int64());
  auto relations = [&](const std::string& from_id) {
    std::map<std::string, std::string> out;  // "4.1->4.1" -> relation
    auto r = c.Get("/api/v1/crosswalks?standard=" + from_id + "&other_standard=" + iso9001);
    for (const auto& m : r.json.at("items").as_array())
      out[std::string(m.at("from").at("number").as_string()) + "->" + std::string(m.at("to").at("number").as_string())] =
          m.at("relation").as_string();
    return out;
  };
  auto derived = relations(newer_id);
  EXPECT_EQ(derived, relations(std::to_string(by_edition["2018"].at("id").as_int64())));
  EXPECT_EQ(derived["7.1.1->7.1.1"], "superset");
  EXPECT_EQ(derived["9.2->9.2"], "equal");
}

TEST_P(Api, AuditTrailRecordsWhoWhatAndBeforeAfter) {
  Client c = AdminClient();
  auto unit = MakeUnit(c, "Trường Nhật ký");
  std::string id = std::to_string(unit.at("id").as_int64());
  c.Patch("/api/v1/units/" + id, {{"version", 1}, {"name", "Trường Nhật ký (đổi tên)"}});
  auto log = c.Get("/api/v1/audit-log?entity=unit&entity_id=" + id);
  ASSERT_EQ(log.status, 200) << log.body;
  const auto& items = log.json.at("items").as_array();
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].at("operation").as_string(), "update");  // newest first
  EXPECT_EQ(items[0].at("before").at("name").as_string(), "Trường Nhật ký");
  EXPECT_EQ(items[0].at("after").at("name").as_string(), "Trường Nhật ký (đổi tên)");
  EXPECT_EQ(items[0].at("user_id").as_int64(), server().UserId(kAdminEmail));
  EXPECT_EQ(items[0].at("user_name").as_string(), "Quản trị hệ thống");
  EXPECT_EQ(items[0].at("address").as_string(), "127.0.0.1");
  EXPECT_EQ(items[1].at("operation").as_string(), "create");
  // The chain links each entry to the one written just before it, whatever it was about: creating the unit also
  // gave it its mandatory interested parties.
  auto all = c.Get("/api/v1/audit-log?limit=20");
  ASSERT_EQ(all.status, 200) << all.body;
  const auto& latest = all.json.at("items").as_array();
  auto update = std::find_if(latest.begin(), latest.end(), [&](const auto& e) { return e.at("id") == items[0].at("id"); });
  ASSERT_TRUE(update != latest.end() && update + 1 != latest.end()) << all.body;
  EXPECT_EQ(update->at("prev_hash"), (update + 1)->at("hash"));
  EXPECT_EQ(c.Get("/api/v1/audit-log?from=yesterday").code(), "request.bad_query");
  // A school's quality manager sees the school's history only.
  Client school = UserClient("hieutruong.tohieu@demo.eduims.vn");
  auto theirs = school.Get("/api/v1/audit-log?entity=unit&entity_id=" + id);
  ASSERT_EQ(theirs.status, 200);
  EXPECT_TRUE(theirs.json.at("items").as_array().empty());
  EXPECT_EQ(UserClient("giaovien.toan@demo.eduims.vn").Get("/api/v1/audit-log").status, 403);
  auto report = audit::VerifyChain(server().app().db());
  EXPECT_TRUE(report.intact) << report.reason;
}

// Behind a trusted reverse proxy, the client's own address and scheme count: for the audit trail, for login
// throttling, and for the Secure flag of the session cookie.
TEST(BehindAProxy, TrustedForwardingHeadersNameTheClient) {
  TestServer proxied(db::Engine::kSqlite, true, {"127.0.0.1"});
  Client c(proxied.port());
  std::map<std::string, std::string> forwarded = {{"X-Forwarded-For", "203.0.113.7"}, {"X-Forwarded-Proto", "https"}};
  auto login = c.Request("POST", "/api/v1/session",
                         R"({"email":"admin@demo.eduims.vn","password":"EduIMS-demo-2026"})", "application/json",
                         forwarded);
  ASSERT_EQ(login.status, 201) << login.body;
  EXPECT_NE(login.headers["set-cookie"].find("; Secure"), std::string::npos);
  auto entries = audit::List(proxied.app().db(), {{"/"}, true, std::string("session")});
  ASSERT_FALSE(entries.empty());
  EXPECT_EQ(entries.front().address, "203.0.113.7");
  // Without a trusted proxy in between, the same headers are ignored.
  TestServer unproxied(db::Engine::kSqlite);
  Client direct(unproxied.port());
  auto plain = direct.Request("POST", "/api/v1/session",
                              R"({"email":"admin@demo.eduims.vn","password":"EduIMS-demo-2026"})", "application/json",
                              forwarded);
  ASSERT_EQ(plain.status, 201);
  EXPECT_EQ(plain.headers["set-cookie"].find("Secure"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Engines, Api, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing

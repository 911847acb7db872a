// The answers cacheable routes keep (platform/http/router.h), on both engines and two servers over one database:
// never older than the last write on either server, never another caller's, never a refusal kept.
#include <gtest/gtest.h>

#include "demo/demo.h"
#include "readers.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

class AnswerCache : public ::testing::TestWithParam<db::Engine> {
 protected:
  static Client As(TestServer& server, const std::string& email) {
    Client c(server.port());
    EXPECT_EQ(c.Login(email, demo::kDemoPassword).status, 201);
    return c;
  }
  static std::vector<std::string> Titles(const HttpResult& r) {
    std::vector<std::string> out;
    for (const auto& item : r.json.at("items").as_array()) out.emplace_back(item.at("title").as_string());
    return out;
  }
  static bool Has(const HttpResult& r, const std::string& title) {
    auto titles = Titles(r);
    return std::find(titles.begin(), titles.end(), title) != titles.end();
  }
};

TEST_P(AnswerCache, AListIsNeverOlderThanTheLastWriteOnAnyServerNorAnotherCallers) {
  TestServer first(GetParam());
  TestServer second(first.database_url());
  Client manager = As(first, "hieutruong.tohieu@demo.eduims.vn"), other = As(second, "hieutruong.chuyen@demo.eduims.vn");
  Client manager_there = As(second, "hieutruong.tohieu@demo.eduims.vn");
  const std::string list = "/api/v1/actions?limit=200";
  auto before = manager_there.Get(list);
  ASSERT_EQ(before.status, 200) << before.body;
  EXPECT_EQ(before.headers["x-cache"], "miss");
  auto again = manager_there.Get(list);
  EXPECT_EQ(again.body, before.body);  // kept, and the same
  EXPECT_EQ(again.headers["x-cache"], "hit");

  // A write on the first server shows at once in the second server's next answer.
  auto created = manager.Post("/api/v1/actions", {{"title", "Hành động mới sau khi đã xem danh sách"},
                                                  {"unit_id", first.UnitId("THPT-TOHIEU")},
                                                  {"owner_id", first.UserId("nhanvien.tohieu@demo.eduims.vn")}});
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_FALSE(Has(before, "Hành động mới sau khi đã xem danh sách"));
  EXPECT_TRUE(Has(manager_there.Get(list), "Hành động mới sau khi đã xem danh sách"));

  // The same address asked by someone of another school: their own answer, not the one kept for the first caller.
  auto theirs = other.Get(list);
  ASSERT_EQ(theirs.status, 200);
  EXPECT_FALSE(Has(theirs, "Hành động mới sau khi đã xem danh sách"));
  // The language is part of the question too: problem details come back in the one asked for.
  manager_there.language = "vi";
  auto vi = manager_there.Get("/api/v1/actions?status=nonsense");
  manager_there.language = "en";
  auto en = manager_there.Get("/api/v1/actions?status=nonsense");
  EXPECT_EQ(vi.status, 400);
  EXPECT_NE(vi.json.at("detail"), en.json.at("detail"));

  // A revoked grant ends the access at once, kept answers or not.
  Client admin = As(first, kAdminEmail);
  auto grants = admin.Get("/api/v1/users/" + std::to_string(first.UserId("hieutruong.chuyen@demo.eduims.vn")) + "/grants");
  ASSERT_EQ(grants.status, 200) << grants.body;
  for (const auto& g : grants.json.at("items").as_array()) {
    auto revoked = admin.Delete("/api/v1/users/" + std::to_string(first.UserId("hieutruong.chuyen@demo.eduims.vn")) +
                                "/grants/" + std::to_string(g.at("id").as_int64()));
    ASSERT_EQ(revoked.status, 200) << revoked.body;
  }
  auto after = other.Get(list);
  EXPECT_TRUE(after.status == 403 || (after.status == 200 && after.json.at("items").as_array().empty())) << after.body;
}

TEST_P(AnswerCache, ARevokedTokenOrEndedSessionIsRefusedAtOnceOnEveryServer) {
  TestServer first(GetParam());
  TestServer second(first.database_url());
  const std::string list = "/api/v1/actions?limit=20";
  Client owner = As(first, "hieutruong.tohieu@demo.eduims.vn");
  auto created = owner.Post("/api/v1/tokens", {{"name", "bảng điều khiển"}});
  ASSERT_EQ(created.status, 201) << created.body;
  Client bot(second.port());
  bot.bearer = std::string(created.json.at("token").as_string());
  ASSERT_EQ(bot.Get(list).status, 200);
  ASSERT_EQ(bot.Get(list).status, 200);  // the credential is now kept on the second server
  auto tokens = owner.Get("/api/v1/tokens");
  ASSERT_EQ(tokens.status, 200) << tokens.body;
  EXPECT_FALSE(tokens.json.at("items").as_array().front().at("last_used_at").is_null()) << tokens.body;
  std::string id = std::to_string(created.json.at("id").as_int64());
  ASSERT_EQ(owner.Delete("/api/v1/tokens/" + id).status, 204);
  EXPECT_EQ(bot.Get(list).status, 401);

  Client browser = As(second, "hieutruong.tohieu@demo.eduims.vn");
  ASSERT_EQ(browser.Get(list).status, 200);
  ASSERT_EQ(browser.Get(list).status, 200);
  Client same_session_on_first(first.port());
  same_session_on_first.cookie = browser.cookie;
  same_session_on_first.csrf = browser.csrf;
  ASSERT_EQ(same_session_on_first.Delete("/api/v1/session").status, 204);
  EXPECT_EQ(browser.Get(list).status, 401);
  // A secret nobody holds is refused however often it is tried.
  bot.bearer = "eduims_not-a-token";
  EXPECT_EQ(bot.Get(list).status, 401);
  EXPECT_EQ(bot.Get(list).status, 401);
}

TEST_P(AnswerCache, AKeptAnswerGoesOutGzippedToWhoeverAcceptsItAndPlainToOthers) {
  TestServer server(GetParam());
  Client manager = As(server, "hieutruong.tohieu@demo.eduims.vn");
  for (int i = 0; i < 8; ++i)
    ASSERT_EQ(manager
                  .Post("/api/v1/actions", {{"title", "Rà soát kế hoạch giáo dục của tổ chuyên môn số " + std::to_string(i)},
                                            {"unit_id", server.UnitId("THPT-TOHIEU")}})
                  .status,
              201);
  const std::string list = "/api/v1/actions?limit=200";
  auto plain = manager.Get(list);
  ASSERT_EQ(plain.status, 200) << plain.body;
  ASSERT_GT(plain.body.size(), 1024u);
  EXPECT_EQ(plain.headers.count("content-encoding"), 0u);
  EXPECT_EQ(plain.headers["vary"], "Accept-Encoding");
  for (int twice = 0; twice < 2; ++twice) {  // computed, then kept
    auto gzipped = manager.Request("GET", list, "", "", {{"Accept-Encoding", "gzip, deflate, br, zstd"}});
    ASSERT_EQ(gzipped.status, 200);
    EXPECT_EQ(gzipped.headers["content-encoding"], "gzip");
    EXPECT_EQ(gzipped.headers["content-type"], "application/json");
    EXPECT_EQ(gzipped.headers["vary"], "Accept-Encoding");
    EXPECT_LT(gzipped.body.size(), plain.body.size() / 3);
    EXPECT_EQ(Gunzip(gzipped.body), plain.body);
  }
  // Refused by weight, or too small to be worth it: plain.
  auto refused = manager.Request("GET", list, "", "", {{"Accept-Encoding", "gzip;q=0, br"}});
  EXPECT_EQ(refused.headers.count("content-encoding"), 0u);
  EXPECT_EQ(refused.body, plain.body);
  auto small = manager.Request("GET", "/api/v1/actions?limit=1", "", "", {{"Accept-Encoding", "gzip"}});
  ASSERT_EQ(small.status, 200) << small.body;
  ASSERT_LT(small.body.size(), 1024u);
  EXPECT_EQ(small.headers.count("content-encoding"), 0u);
  EXPECT_FALSE(small.json.is_null());
  // A refusal is never compressed nor kept.
  auto bad = manager.Request("GET", "/api/v1/actions?status=nonsense", "", "", {{"Accept-Encoding", "gzip"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.headers.count("content-encoding"), 0u);
}

INSTANTIATE_TEST_SUITE_P(Engines, AnswerCache, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing

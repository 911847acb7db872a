// Several servers over one PostgreSQL database behave as one: sessions, CSRF tokens, logout, login throttling,
// migrations, the audit chain and what a dashboard counts are shared, whichever server a request reaches.
#include <gtest/gtest.h>

#include <thread>

#include "demo/demo.h"
#include "platform/audit/audit_trail.h"
#include "platform/db/migrations.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

bool HavePostgres() {
  for (auto e : Engines())
    if (e == db::Engine::kPostgresql) return true;
  return false;
}

TEST(MultiNode, TwoServersShareSessionsThrottlingAndTheAuditChain) {
  if (!HavePostgres()) GTEST_SKIP() << "PostgreSQL server binaries are not installed";
  TestServer a(db::Engine::kPostgresql);
  TestServer b(a.database_url());
  Client on_a(a.port()), on_b(b.port());

  ASSERT_EQ(on_a.Login(kAdminEmail, demo::kDemoPassword).status, 201);
  on_b.cookie = on_a.cookie;
  on_b.csrf = on_a.csrf;
  EXPECT_EQ(on_b.Get("/api/v1/session").status, 200);
  auto made = on_b.Post("/api/v1/units", {{"parent_id", a.UnitId("SO-GDDT")}, {"code", "NODE-B"},
                                          {"name", "Tạo trên máy chủ B"}, {"type", "primary"}});
  EXPECT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(on_a.Get("/api/v1/units/" + std::to_string(made.json.at("id").as_int64())).status, 200);
  EXPECT_EQ(on_b.Delete("/api/v1/session").status, 204);
  EXPECT_EQ(on_a.Get("/api/v1/session").status, 401);

  // Failed logins counted on both servers add up.
  Client x(a.port()), y(b.port());
  for (int i = 0; i < 5; ++i) EXPECT_EQ((i % 2 ? x : y).Login("giamdoc@demo.eduims.vn", "wrong password").status, 401);
  EXPECT_EQ(x.Login("giamdoc@demo.eduims.vn", demo::kDemoPassword).status, 429);

  // Writers on both servers at once: every write lands and the chain stays one unbroken line.
  ASSERT_EQ(on_a.Login(kAdminEmail, demo::kDemoPassword).status, 201);
  ASSERT_EQ(on_b.Login(kAdminEmail, demo::kDemoPassword).status, 201);
  std::atomic<int> created{0};
  std::vector<std::thread> writers;
  for (int t = 0; t < 4; ++t) {
    writers.emplace_back([&, t] {
      Client c = t % 2 ? on_a : on_b;
      for (int i = 0; i < 15; ++i) {
        auto r = c.Post("/api/v1/actions", {{"title", "Song song " + std::to_string(t) + "-" + std::to_string(i)},
                                            {"unit_id", a.UnitId("SO-GDDT")}});
        if (r.status == 201) ++created;
      }
    });
  }
  for (auto& w : writers) w.join();
  EXPECT_EQ(created.load(), 60);
  auto report = audit::VerifyChain(a.app().db());
  EXPECT_TRUE(report.intact) << report.reason;
}

TEST(MultiNode, ADashboardOneServerKeepsFollowsAWriteOnAnother) {
  if (!HavePostgres()) GTEST_SKIP() << "PostgreSQL server binaries are not installed";
  TestServer a(db::Engine::kPostgresql);
  TestServer b(a.database_url());
  Client on_a(a.port()), on_b(b.port());
  ASSERT_EQ(on_a.Login("iso@demo.eduims.vn", demo::kDemoPassword).status, 201);
  ASSERT_EQ(on_b.Login("iso@demo.eduims.vn", demo::kDemoPassword).status, 201);
  auto open_major = [&] {
    auto r = on_a.Get("/api/v1/dashboards/nonconformities");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json.at("open_by_severity").at("major").as_int64();
  };
  long long before = open_major();
  EXPECT_EQ(open_major(), before);
  auto made = on_b.Post("/api/v1/nonconformities", {{"unit_id", a.UnitId("THPT-TOHIEU")},
                                                    {"title", "Báo cáo trên máy chủ B"},
                                                    {"source", "internal_audit"},
                                                    {"severity", "major"}});
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(open_major(), before + 1);
}

TEST(MultiNode, ServersStartingTogetherMigrateOnce) {
  if (!HavePostgres()) GTEST_SKIP() << "PostgreSQL server binaries are not installed";
  std::string url = FreshDatabaseUrl(db::Engine::kPostgresql);
  std::vector<std::thread> starters;
  std::atomic<int> failures{0};
  for (int i = 0; i < 3; ++i) {
    starters.emplace_back([&] {
      try {
        ApplicationOptions options;
        options.database_url = url;
        options.pool_size = 1;
        options.clock = TestClock();
        Application app(options);
        app.Prepare();
      } catch (const std::exception&) {
        ++failures;
      }
    });
  }
  for (auto& s : starters) s.join();
  EXPECT_EQ(failures.load(), 0);
  db::Database database(url, 1);
  EXPECT_EQ(db::SchemaVersion(database), db::EmbeddedMigrations().back().version);
  EXPECT_TRUE(audit::VerifyChain(database).intact);
}

}  // namespace
}  // namespace eduims::testing

// Time limits on database work (platform/db/deadline.h), on both engines: a statement running past the deadline
// stops, a write stopped so is rolled back whole, nothing starts once the deadline has passed, the connection
// serves the next caller; and over HTTP such a request gets 503 request.timeout in the caller's language.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "platform/db/deadline.h"
#include "platform/http/context.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

// Counts to a billion: minutes of work on either engine, so only a time limit ends it.
constexpr const char* kEndlessCount =
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) SELECT COUNT(*) FROM c";

long long CountRows(db::Database& db) {
  long long n = -1;
  db.Read([&](soci::session& s) { s << "SELECT COUNT(*) FROM deadline_notes", soci::into(n); });
  return n;
}

class Deadline : public ::testing::TestWithParam<db::Engine> {
 protected:
  void SetUp() override {
    // PostgreSQL's statements are bounded by statement_timeout; SQLite's by this thread's deadline alone.
    db_ = std::make_unique<db::Database>(FreshDatabaseUrl(GetParam()), 2, 300ms);
    db_->Write([](soci::session& s) { s << "CREATE TABLE deadline_notes (id BIGINT PRIMARY KEY)"; });
  }
  std::unique_ptr<db::Database> db_;
};

TEST_P(Deadline, AStatementRunningPastTheDeadlineStopsAndTheConnectionServesTheNextCaller) {
  auto started = Clock::now();
  try {
    db::ScopedDeadline deadline(200ms);
    db_->Read([](soci::session& s) {
      long long n = 0;
      s << kEndlessCount, soci::into(n);
    });
    FAIL() << "the count ran to its end";
  } catch (const std::exception& e) {
    EXPECT_TRUE(db::StoppedByTimeLimit(e)) << e.what();
  }
  EXPECT_LT(Clock::now() - started, 5s);
  EXPECT_FALSE(db::DeadlinePassed());  // the scope ended
  EXPECT_EQ(CountRows(*db_), 0);
  EXPECT_EQ(CountRows(*db_), 0);  // both pooled connections
}

TEST_P(Deadline, AWriteStoppedByTheDeadlineIsRolledBackWhole) {
  EXPECT_ANY_THROW({
    db::ScopedDeadline deadline(200ms);
    db_->Write([](soci::session& s) {
      s << "INSERT INTO deadline_notes (id) VALUES (1)";
      long long n = 0;
      s << kEndlessCount, soci::into(n);
    });
  });
  EXPECT_EQ(CountRows(*db_), 0);
  db_->Write([](soci::session& s) { s << "INSERT INTO deadline_notes (id) VALUES (2)"; });
  EXPECT_EQ(CountRows(*db_), 1);
}

TEST_P(Deadline, NothingStartsOnceTheDeadlineHasPassed) {
  db::ScopedDeadline deadline(1ms);
  std::this_thread::sleep_for(5ms);
  bool ran = false;
  EXPECT_THROW(db_->Read([&](soci::session&) { ran = true; }), db::DeadlineExceeded);
  EXPECT_THROW(db_->Write([&](soci::session&) { ran = true; }), db::DeadlineExceeded);
  EXPECT_FALSE(ran);
}

TEST(ScopedDeadline, AnInnerLimitNeverExtendsAnOuterOneAndEachScopeRestoresTheOneBefore) {
  EXPECT_FALSE(db::DeadlinePassed());
  {
    db::ScopedDeadline outer(1ms);
    std::this_thread::sleep_for(5ms);
    {
      db::ScopedDeadline inner(1h);
      EXPECT_TRUE(db::DeadlinePassed());
    }
    {
      db::ScopedDeadline none(0ms);
      EXPECT_TRUE(db::DeadlinePassed());
    }
    EXPECT_TRUE(db::DeadlinePassed());
  }
  EXPECT_FALSE(db::DeadlinePassed());
  db::ScopedDeadline none(0ms);
  EXPECT_FALSE(db::DeadlinePassed());
}

TEST_P(Deadline, ARequestPastItsTimeLimitGets503AndChangesNothing) {
  TestServer server(GetParam(), 300ms);
  auto& app = server.app();
  app.db().Write([](soci::session& s) { s << "CREATE TABLE deadline_notes (id BIGINT PRIMARY KEY)"; });
  // Routes of this test alone: no product route runs long enough on a test's data to meet a limit.
  app.http().router().Add({"POST", "/test/slow-write", http::Access::kPublic, [&](http::RequestContext&) {
                             app.db().Write([](soci::session& s) {
                               s << "INSERT INTO deadline_notes (id) VALUES (1)";
                               long long n = 0;
                               s << kEndlessCount, soci::into(n);
                             });
                             return http::Response{204, "", "", {}, {}};
                           }});
  app.http().router().Add({"GET", "/test/fast", http::Access::kPublic, [&](http::RequestContext&) {
                             return http::Response{200, "text/plain", std::to_string(CountRows(app.db())), {}, {}};
                           }});
  Client client(server.port());
  auto started = Clock::now();
  auto stopped = client.Request("POST", "/test/slow-write", "", "application/json", {{"Accept-Language", "vi"}});
  EXPECT_LT(Clock::now() - started, 10s);
  EXPECT_EQ(stopped.status, 503) << stopped.body;
  EXPECT_EQ(stopped.code(), "request.timeout");
  EXPECT_EQ(stopped.headers["retry-after"], "30");
  EXPECT_EQ(stopped.headers["content-language"], "vi");
  EXPECT_EQ(stopped.json.at("title").as_string(), "Yêu cầu quá lâu");
  auto after = client.Get("/test/fast");
  EXPECT_EQ(after.status, 200);
  EXPECT_EQ(after.body, "0");  // the insert before the stop was rolled back
  EXPECT_EQ(client.Get("/readyz").status, 200);
}

INSTANTIATE_TEST_SUITE_P(Engines, Deadline, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing

// Group commit on both engines: writes of many threads at once all land, each call returning after its own
// commit; a failing write fails its whole group, and only its group.
#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

#include "platform/db/group_commit.h"
#include "test_env.h"

namespace eduims::testing {
namespace {

class GroupCommitTest : public ::testing::TestWithParam<db::Engine> {
 protected:
  void SetUp() override {
    db_ = std::make_unique<db::Database>(FreshDatabaseUrl(GetParam()), 8);
    db_->Write([](soci::session& s) { s << "CREATE TABLE marks (thread BIGINT NOT NULL, n BIGINT NOT NULL)"; });
  }
  long long Count(const std::string& where = "1 = 1") {
    long long n = 0;
    db_->Read([&](soci::session& s) { s << "SELECT COUNT(*) FROM marks WHERE " + where, soci::into(n); });
    return n;
  }
  std::unique_ptr<db::Database> db_;
};

TEST_P(GroupCommitTest, EveryWriteOfManyThreadsLandsAndIsVisibleWhenItsCallReturns) {
  db::GroupCommit commits(*db_);
  std::atomic<int> unseen{0};
  std::vector<std::thread> threads;
  for (long long t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      for (long long n = 0; n < 40; ++n) {
        commits.Write([&](soci::session& s) {
          s << "INSERT INTO marks (thread, n) VALUES (:t, :n)", soci::use(t), soci::use(n);
        });
        long long seen = 0;
        db_->Read([&](soci::session& s) {
          s << "SELECT COUNT(*) FROM marks WHERE thread = :t AND n = :n", soci::use(t), soci::use(n), soci::into(seen);
        });
        if (seen != 1) ++unseen;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(Count(), 8 * 40);
  EXPECT_EQ(unseen, 0);
}

TEST_P(GroupCommitTest, AFailingWriteFailsItsCallerAndLeavesNothingOfIt) {
  db::GroupCommit commits(*db_);
  EXPECT_THROW(commits.Write([](soci::session& s) {
                 s << "INSERT INTO marks (thread, n) VALUES (1, 1)";
                 throw std::runtime_error("the disk is full");
               }),
               std::runtime_error);
  EXPECT_EQ(Count(), 0);
  commits.Write([](soci::session& s) { s << "INSERT INTO marks (thread, n) VALUES (2, 2)"; });
  EXPECT_EQ(Count(), 1);
}

INSTANTIATE_TEST_SUITE_P(Engines, GroupCommitTest, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing

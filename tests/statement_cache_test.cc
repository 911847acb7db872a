// Statements db::FetchAll keeps per pooled connection, on both engines: reused with new values, dropped after an
// error, and never holding a read snapshot that would hide a later write.
#include <gtest/gtest.h>

#include "platform/db/database.h"
#include "platform/db/query.h"
#include "test_env.h"

namespace eduims::testing {
namespace {

using NoteReader = db::IdTextReader;

class StatementCacheTest : public ::testing::TestWithParam<db::Engine> {
 protected:
  void SetUp() override {
    db_ = std::make_unique<db::Database>(FreshDatabaseUrl(GetParam()), 1);  // one session: every call reuses it
    db_->Write([](soci::session& s) {
      s << "CREATE TABLE notes (id BIGINT PRIMARY KEY, text TEXT NOT NULL)";
      s << "INSERT INTO notes (id, text) VALUES (1, 'một'), (2, 'hai'), (3, 'ba')";
    });
  }
  std::vector<std::pair<db::Id, std::string>> NotesFrom(db::Id first) {
    std::vector<std::pair<db::Id, std::string>> rows;
    db_->Read([&](soci::session& s) {
      db::Binds binds;
      rows = db::FetchAll<db::IdTextReader>(s, "SELECT id, text FROM notes WHERE id >= " + binds.Id("first", first) +
                                             " ORDER BY id", binds);
      cached_ = db::StatementCache::Of(s)->size();
    });
    return rows;
  }
  std::unique_ptr<db::Database> db_;
  size_t cached_ = 0;
};

TEST_P(StatementCacheTest, OneStatementServesEveryValue) {
  EXPECT_EQ(NotesFrom(1).size(), 3u);
  size_t after_first = cached_;
  auto rows = NotesFrom(3);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].second, "ba");
  EXPECT_EQ(NotesFrom(9).size(), 0u);
  EXPECT_EQ(NotesFrom(2).size(), 2u);
  EXPECT_EQ(cached_, after_first);
  EXPECT_GE(after_first, 1u);
}

TEST_P(StatementCacheTest, AReusedStatementSeesLaterWrites) {
  EXPECT_EQ(NotesFrom(1).size(), 3u);
  db_->Write([](soci::session& s) { s << "INSERT INTO notes (id, text) VALUES (4, 'bốn')"; });
  auto rows = NotesFrom(1);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows.back().second, "bốn");
}

TEST_P(StatementCacheTest, AStatementThatFailsIsDroppedAndTheNextRunPreparesAgain) {
  EXPECT_EQ(NotesFrom(1).size(), 3u);
  db_->Write([](soci::session& s) { s << "DROP TABLE notes"; });
  EXPECT_THROW(NotesFrom(1), soci::soci_error);
  db_->Write([](soci::session& s) {
    s << "CREATE TABLE notes (id BIGINT PRIMARY KEY, text TEXT NOT NULL)";
    s << "INSERT INTO notes (id, text) VALUES (7, 'bảy')";
  });
  auto rows = NotesFrom(1);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].first, 7);
}

TEST_P(StatementCacheTest, ARolledBackTransactionLeavesTheCachedStatementUsable) {
  EXPECT_EQ(NotesFrom(1).size(), 3u);
  EXPECT_THROW(db_->Write([&](soci::session& s) {
    db::Binds binds;
    EXPECT_EQ(db::FetchAll<db::IdTextReader>(s, "SELECT id, text FROM notes WHERE id >= " + binds.Id("first", 1) +
                                              " ORDER BY id", binds).size(), 3u);
    s << "INSERT INTO notes (id, text) VALUES (5, 'năm')";
    throw std::runtime_error("abandon");
  }), std::runtime_error);
  EXPECT_EQ(NotesFrom(1).size(), 3u);
}

INSTANTIATE_TEST_SUITE_P(Engines, StatementCacheTest, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing

// Storage on both engines: migrations, the catalogue load, the audit chain's tamper evidence and the generation it
// gives caches, transactions that roll back whole, and online backups that restore.
#include <gtest/gtest.h>

#include <filesystem>

#include "application.h"
#include "platform/audit/audit_trail.h"
#include "platform/audit/generation.h"
#include "platform/backup.h"
#include "platform/db/migrations.h"
#include "standards/catalogue.h"
#include "test_env.h"

namespace eduims::testing {
namespace {

class Storage : public ::testing::TestWithParam<db::Engine> {
 protected:
  void SetUp() override {
    url_ = FreshDatabaseUrl(GetParam());
    ApplicationOptions options;
    options.database_url = url_;
    options.pool_size = 3;
    options.clock = TestClock();
    app_ = std::make_unique<Application>(options);
    app_->Prepare();
  }
  long long Count(const std::string& table) {
    long long n = 0;
    app_->db().Read([&](soci::session& s) { s << "SELECT COUNT(*) FROM " + table, soci::into(n); });
    return n;
  }
  std::string url_;
  std::unique_ptr<Application> app_;
};

TEST_P(Storage, MigrationsAndCatalogueLoadAreIdempotent) {
  EXPECT_EQ(db::SchemaVersion(app_->db()), int(db::EmbeddedMigrations().back().version));
  long long clauses = Count("clauses"), audit = Count("audit_log"), crosswalks = Count("crosswalks");
  EXPECT_GT(clauses, 150);
  EXPECT_GT(crosswalks, 50);
  EXPECT_TRUE(db::Migrate(app_->db()).empty());
  auto report = standards::LoadEmbeddedCatalogue(app_->db());
  EXPECT_EQ(report.standards_changed, 0);
  EXPECT_EQ(report.correspondences_written, 0);
  EXPECT_EQ(Count("clauses"), clauses);
  EXPECT_EQ(Count("audit_log"), audit);  // an unchanged catalogue writes nothing
}

TEST_P(Storage, ACatalogueFileWithAnErrorChangesNothing) {
  long long before = Count("clauses"), standards_before = Count("standards");
  std::string bad = R"({"format":1,"standard":{"urn":"urn:eduims:std:x:1","code":"x","edition":"1","title_en":"X",
    "title_vi":"X"},"clauses":[{"number":"1","kind":"clause","title_en":"A","title_vi":"A"},
    {"number":"1.1","parent":"9","kind":"clause","title_en":"B","title_vi":"B"}]})";
  EXPECT_THROW(standards::LoadCatalogue(app_->db(), {{"bad.json", bad}}), std::runtime_error);
  EXPECT_EQ(Count("clauses"), before);
  EXPECT_EQ(Count("standards"), standards_before);
}

TEST_P(Storage, AWriteThatFailsHalfwayLeavesNoTrace) {
  long long audit = Count("audit_log"), units = Count("units");
  EXPECT_THROW(app_->db().Write([&](soci::session& s) {
    audit::Append(app_->db(), s, audit::Actor::System("test"), {"unit", "1", "create", std::nullopt, "{}"});
    s << "INSERT INTO units (path, code, name, name_folded, type, created_at, updated_at) VALUES "
         "('/x/', 'A', 'A', 'a', 'primary', 'now', 'now')";
    s << "INSERT INTO units (path, code, name, name_folded, type, created_at, updated_at) VALUES "
         "('/y/', 'A', 'dup', 'dup', 'primary', 'now', 'now')";  // duplicate code: the whole transaction fails
  }),
               soci::soci_error);
  EXPECT_EQ(Count("audit_log"), audit);
  EXPECT_EQ(Count("units"), units);
  EXPECT_TRUE(audit::VerifyChain(app_->db()).intact);
}

TEST_P(Storage, TheAuditTrailIsAppendOnlyAndTamperEvident) {
  auto system = audit::Actor::System("test");
  for (int i = 0; i < 5; ++i)
    app_->db().Write([&](soci::session& s) {
      audit::Append(app_->db(), s, system, {"thing", std::to_string(i), "create", std::nullopt, "{\"n\":" + std::to_string(i) + "}"});
    });
  auto report = audit::VerifyChain(app_->db());
  ASSERT_TRUE(report.intact) << report.reason;
  // The database itself refuses changes to past entries.
  EXPECT_THROW(app_->db().Write([](soci::session& s) { s << "UPDATE audit_log SET operation = 'x' WHERE id = 3"; }),
               soci::soci_error);
  EXPECT_THROW(app_->db().Write([](soci::session& s) { s << "DELETE FROM audit_log WHERE id = 3"; }), soci::soci_error);
  // Someone with the database owner's rights drops the guard and edits an entry: verify names it.
  db::Id target = 0;
  app_->db().Read([&](soci::session& s) {
    s << "SELECT id FROM audit_log WHERE entity = 'thing' AND entity_id = '2'", soci::into(target);
  });
  bool sqlite = app_->db().is_sqlite();
  app_->db().Write([&](soci::session& s) {
    if (sqlite) {
      s << "DROP TRIGGER audit_log_no_update";
      s << "DROP TRIGGER audit_log_no_delete";
    } else {
      s << "DROP TRIGGER audit_log_no_update ON audit_log";
    }
    s << "UPDATE audit_log SET after_json = '{\"n\":99}' WHERE id = :id", soci::use(target);
  });
  report = audit::VerifyChain(app_->db());
  EXPECT_FALSE(report.intact);
  EXPECT_EQ(report.first_broken_id, target);
  // A removed entry is found too, at the gap.
  app_->db().Write([&](soci::session& s) {
    s << "UPDATE audit_log SET after_json = '{\"n\":2}' WHERE id = :id", soci::use(target);
  });
  EXPECT_TRUE(audit::VerifyChain(app_->db()).intact);
  app_->db().Write([&](soci::session& s) { s << "DELETE FROM audit_log WHERE id = :id", soci::use(target); });
  report = audit::VerifyChain(app_->db());
  EXPECT_FALSE(report.intact);
  EXPECT_EQ(report.first_broken_id, target);
}

TEST_P(Storage, TheGenerationChangesWithEveryCommittedWriteAndNothingElse) {
  auto generation = [&] {
    std::string g;
    app_->db().Read([&](soci::session& s) { g = audit::Generation(s); });
    return g;
  };
  auto system = audit::Actor::System("test");
  const std::string before = generation();
  EXPECT_EQ(generation(), before);
  EXPECT_THROW(app_->db().Write([&](soci::session& s) {
    audit::Append(app_->db(), s, system, {"thing", "1", "create", std::nullopt, "{}"});
    throw std::runtime_error("rolled back");
  }),
               std::runtime_error);
  EXPECT_EQ(generation(), before);
  db::Id id = 0;
  app_->db().Write([&](soci::session& s) {
    id = audit::Append(app_->db(), s, system, {"thing", "1", "create", std::nullopt, "{}"});
  });
  const std::string after = generation();
  EXPECT_NE(after, before);
  EXPECT_EQ(after.substr(0, after.find(':')), std::to_string(id));
}

TEST_P(Storage, AnOnlineBackupRestoresToAnIntactCopy) {
  auto system = audit::Actor::System("test");
  for (int i = 0; i < 20; ++i)
    app_->db().Write([&](soci::session& s) {
      audit::Append(app_->db(), s, system, {"thing", std::to_string(i), "create", std::nullopt, "{}"});
    });
  std::string dir = TempDir();
  std::string file = dir + "/backup.db";
  WriteBackup(app_->db(), file);
  ASSERT_TRUE(std::filesystem::exists(file));
  EXPECT_THROW(WriteBackup(app_->db(), file), std::runtime_error);  // never overwrites
  std::string restored_url;
  if (GetParam() == db::Engine::kSqlite) {
    restored_url = "sqlite://" + file;
  } else {
    restored_url = FreshDatabaseUrl(db::Engine::kPostgresql);
    std::string out;
    ASSERT_EQ(RunCommand("pg_restore --no-owner --dbname='" + restored_url + "' " + file, &out), 0) << out;
  }
  db::Database restored(restored_url, 1);
  auto report = audit::VerifyChain(restored);
  EXPECT_TRUE(report.intact) << report.reason;
  EXPECT_EQ(report.entries_checked, Count("audit_log"));
}

INSTANTIATE_TEST_SUITE_P(Engines, Storage, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing

#include "platform/backup.h"

#include <spawn.h>
#include <sys/wait.h>

#include <filesystem>
#include <stdexcept>
#include <vector>

extern char** environ;

namespace eduims {

void WriteBackup(db::Database& db, const std::string& output_path) {
  if (std::filesystem::exists(output_path)) throw std::runtime_error("refusing to overwrite " + output_path);
  if (db.is_sqlite()) {
    db.Read([&](soci::session& s) { s << "VACUUM INTO :path", soci::use(output_path); });
    return;
  }
  // Arguments go to pg_dump directly, never through a shell.
  std::vector<std::string> args = {"pg_dump", "--format=custom", "--no-owner", "--file=" + output_path,
                                   "--dbname=" + db::ParseDatabaseUrl(db.url()).target};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid;
  if (posix_spawnp(&pid, "pg_dump", nullptr, nullptr, argv.data(), environ) != 0)
    throw std::runtime_error("pg_dump could not be started (is postgresql-client installed?)");
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::filesystem::remove(output_path);
    throw std::runtime_error("pg_dump failed with status " + std::to_string(WEXITSTATUS(status)));
  }
}

}  // namespace eduims

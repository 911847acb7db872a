#include "test_env.h"

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <unistd.h>

#include <array>
#include <cctype>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "platform/clock.h"
#include "platform/crypto.h"

namespace eduims::testing {
namespace {

// The folder of PostgreSQL's server programs (initdb, pg_ctl), whatever the installed version: the one pg_config
// names, else the newest /usr/lib/postgresql/<version>/bin; empty when no server is installed.
std::string FindPgBin() {
  namespace fs = std::filesystem;
  std::string out;
  if (RunCommand("pg_config --bindir", &out) == 0) {
    while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back()))) out.pop_back();
    if (fs::exists(fs::path(out) / "initdb")) return out;
  }
  std::string newest;
  int newest_version = -1;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", ec)) {
    std::string name = entry.path().filename().string();
    int version = std::atoi(name.c_str());
    if (version > newest_version && fs::exists(entry.path() / "bin" / "initdb")) {
      newest_version = version;
      newest = (entry.path() / "bin").string();
    }
  }
  return newest;
}

const std::string& PgBin() {
  static const std::string bin = FindPgBin();
  return bin;
}

// Set by scripts/test (and so CI): the PostgreSQL half of the tests must run, so a missing or failing server fails
// the run instead of leaving SQLite alone.
bool PostgresqlRequired() {
  const char* value = std::getenv("EDUIMS_REQUIRE_POSTGRESQL");
  return value && std::string(value) == "1";
}

std::vector<std::string>& TempDirs() {
  static std::vector<std::string> dirs;
  return dirs;
}

int FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  int port = ntohs(addr.sin_port);
  close(fd);
  return port;
}

class Postgres {
 public:
  static Postgres& Instance() {
    std::lock_guard lock(instance_mutex_);
    if (!instance_) instance_.reset(new Postgres);
    return *instance_;
  }
  // Stops the cluster, if one was started, before its folder is removed; says whether one was.
  static bool StopIfStarted() {
    std::lock_guard lock(instance_mutex_);
    bool started = instance_ && instance_->started_;
    instance_.reset();
    return started;
  }
  std::string Url(const std::string& database) const {
    return "postgresql://eduims@127.0.0.1:" + std::to_string(port_) + "/" + database;
  }
  std::string NewDatabase() {
    std::lock_guard lock(mutex_);
    std::string name = "t" + std::to_string(getpid()) + "_" + std::to_string(++counter_);
    std::string out;
    if (RunCommand("psql -q -v ON_ERROR_STOP=1 '" + Url("postgres") + "' -c 'CREATE DATABASE " + name + "'", &out) != 0)
      throw std::runtime_error("CREATE DATABASE failed: " + out);
    return Url(name);
  }
  ~Postgres() {
    if (started_) RunCommand(Prefix() + PgBin() + "/pg_ctl -D " + dir_ + "/data -m fast -w stop");
  }

 private:
  Postgres() {
    dir_ = TempDir();
    port_ = FreePort();
    bool root = geteuid() == 0;
    if (root) RunCommand("chown postgres " + dir_);
    std::string out;
    if (RunCommand(Prefix() + PgBin() + "/initdb -D " + dir_ + "/data -A trust -U eduims -E UTF8 --locale=C.UTF-8", &out) != 0)
      throw std::runtime_error("initdb failed: " + out);
    // fsync off: these clusters are thrown away; the durability tests use SQLite and a killed server instead.
    if (RunCommand(Prefix() + PgBin() + "/pg_ctl -D " + dir_ + "/data -l " + dir_ + "/log -w start -o \"-p " +
                       std::to_string(port_) + " -k " + dir_ +
                       " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\"",
                   &out) != 0)
      throw std::runtime_error("pg_ctl start failed: " + out);
    started_ = true;
  }
  std::string Prefix() const { return geteuid() == 0 ? "runuser -u postgres -- " : ""; }

  static inline std::mutex instance_mutex_;
  static inline std::unique_ptr<Postgres> instance_;

  std::string dir_;
  int port_ = 0;
  bool started_ = false;
  int counter_ = 0;
  std::mutex mutex_;
};

class Environment : public ::testing::Environment {
 public:
  void SetUp() override {
    InitCrypto();
    InstallClock(TestClock());
    spdlog::set_level(spdlog::level::warn);
    std::string names;
    for (db::Engine engine : Engines()) names += (names.empty() ? "" : ", ") + EngineName(engine);
    std::cout << "Storage tests run on: " << names << "\n";
    if (PgBin().empty()) {
      std::cout << "PostgreSQL: no server programs found (pg_config --bindir, /usr/lib/postgresql/*/bin)\n";
      if (PostgresqlRequired()) {
        std::cerr << "EDUIMS_REQUIRE_POSTGRESQL=1 but PostgreSQL's server programs are not installed\n";
        std::exit(1);
      }
    } else {
      std::cout << "PostgreSQL: server programs in " << PgBin() << "\n";
    }
  }
  void TearDown() override {
    std::cout << (Postgres::StopIfStarted() ? "PostgreSQL: a throwaway cluster ran the PostgreSQL tests\n"
                                             : "PostgreSQL: no test selected needed it\n");
    for (const auto& d : TempDirs()) std::filesystem::remove_all(d);
  }
};

const auto* const kEnvironment = ::testing::AddGlobalTestEnvironment(new Environment);

}  // namespace

std::vector<db::Engine> Engines() {
  std::vector<db::Engine> engines = {db::Engine::kSqlite};
  if (!PgBin().empty()) engines.push_back(db::Engine::kPostgresql);
  return engines;
}

std::shared_ptr<const Clock> TestClock() {
  // 10:00 in Vietnam, far from either midnight: a run would have to last fourteen hours to change the date.
  static const std::shared_ptr<const Clock> clock = ClockStartingAt(*ParseTimestamp("2026-11-23T03:00:00Z"));
  return clock;
}

std::string EngineName(db::Engine engine) { return engine == db::Engine::kSqlite ? "SQLite" : "PostgreSQL"; }

std::string FreshDatabaseUrl(db::Engine engine) {
  if (engine == db::Engine::kPostgresql) return Postgres::Instance().NewDatabase();
  return "sqlite://" + TempDir() + "/eduims.db";
}

std::string TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "eduims-test-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  std::filesystem::permissions(pattern, std::filesystem::perms::all);
  TempDirs().push_back(pattern);
  return pattern;
}

int RunCommand(const std::string& command, std::string* output) {
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return -1;
  std::array<char, 4096> buffer;
  std::string out;
  while (size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) out.append(buffer.data(), n);
  int status = pclose(pipe);
  if (output) *output = out;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace eduims::testing

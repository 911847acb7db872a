#include "test_env.h"

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "platform/crypto.h"

namespace eduims::testing {
namespace {

const char* kPgBin = "/usr/lib/postgresql/15/bin";

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
  // Stops the cluster, if one was started, before its folder is removed.
  static void StopIfStarted() {
    std::lock_guard lock(instance_mutex_);
    instance_.reset();
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
    if (started_) RunCommand(Prefix() + kPgBin + "/pg_ctl -D " + dir_ + "/data -m fast -w stop");
  }

 private:
  Postgres() {
    dir_ = TempDir();
    port_ = FreePort();
    bool root = geteuid() == 0;
    if (root) RunCommand("chown postgres " + dir_);
    std::string out;
    if (RunCommand(Prefix() + kPgBin + "/initdb -D " + dir_ + "/data -A trust -U eduims -E UTF8 --locale=C.UTF-8", &out) != 0)
      throw std::runtime_error("initdb failed: " + out);
    // fsync off: these clusters are thrown away; the durability tests use SQLite and a killed server instead.
    if (RunCommand(Prefix() + kPgBin + "/pg_ctl -D " + dir_ + "/data -l " + dir_ + "/log -w start -o \"-p " +
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
    spdlog::set_level(spdlog::level::warn);
  }
  void TearDown() override {
    Postgres::StopIfStarted();
    for (const auto& d : TempDirs()) std::filesystem::remove_all(d);
  }
};

const auto* const kEnvironment = ::testing::AddGlobalTestEnvironment(new Environment);

}  // namespace

std::vector<db::Engine> Engines() {
  std::vector<db::Engine> engines = {db::Engine::kSqlite};
  if (std::filesystem::exists(std::string(kPgBin) + "/initdb")) engines.push_back(db::Engine::kPostgresql);
  return engines;
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

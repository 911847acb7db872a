#include "platform/http/message.h"
#include "platform/http/spool_cleanup.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <mutex>

#include "platform/crypto.h"

namespace eduims::http {
namespace {

const std::filesystem::path& SpoolFolder() {
  static std::once_flag created;
  static std::filesystem::path folder = std::filesystem::temp_directory_path() / "eduims-spool";
  std::call_once(created, [] {
    std::filesystem::create_directories(folder);
    std::filesystem::permissions(folder, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace);
  });
  return folder;
}

// The process a spool file name ("<prefix><pid>.<random>", the random part in base64url, which has no dot) says
// wrote it; 0 for names of another shape.
pid_t WriterOf(const std::string& name) {
  size_t dot = name.find('.');
  if (dot == std::string::npos || dot == 0) return 0;
  size_t start = name.find_last_not_of("0123456789", dot - 1);
  start = start == std::string::npos ? 0 : start + 1;
  long pid = 0;
  auto [end, ec] = std::from_chars(name.data() + start, name.data() + dot, pid);
  return ec == std::errc() && end == name.data() + dot && pid > 0 ? pid_t(pid) : 0;
}

}  // namespace

std::shared_ptr<SpoolPath> NewSpoolPath(std::string_view prefix) {
  static const std::string writer = std::to_string(::getpid()) + ".";
  return std::make_shared<SpoolPath>(SpoolFolder() / (std::string(prefix) + writer + RandomToken(12)));
}

int RemoveAbandonedSpoolFiles(std::chrono::seconds older_than) {
  int removed = 0;
  std::error_code ec;
  auto now = std::filesystem::file_time_type::clock::now();
  for (const auto& entry : std::filesystem::directory_iterator(SpoolFolder(), ec)) {
    std::string name = entry.path().filename().string();
    pid_t writer = WriterOf(name);
    bool writer_gone = writer == 0 || (::kill(writer, 0) != 0 && errno == ESRCH);
    std::error_code time_ec;
    auto written = entry.last_write_time(time_ec);
    bool old = !time_ec && now - written > older_than;
    if ((writer_gone || old) && std::filesystem::remove(entry.path(), time_ec)) ++removed;
  }
  return removed;
}

}  // namespace eduims::http

#include "platform/http/message.h"

#include <mutex>

#include "platform/crypto.h"

namespace eduims::http {

std::shared_ptr<SpoolPath> NewSpoolPath(std::string_view prefix) {
  static std::once_flag created;
  static std::filesystem::path folder = std::filesystem::temp_directory_path() / "eduims-spool";
  std::call_once(created, [] {
    std::filesystem::create_directories(folder);
    std::filesystem::permissions(folder, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace);
  });
  return std::make_shared<SpoolPath>(folder / (std::string(prefix) + RandomToken(12)));
}

}  // namespace eduims::http

// A generated file on its way to a client (an export, an archive): its bytes live in a temporary file that is
// already unlinked, so nothing is left behind whatever happens to the process, and the server sends it in pieces
// instead of holding it in memory. Move-only; closes its descriptor when destroyed.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>

namespace eduims {

class SpoolFile {
 public:
  // Opens the complete file at `path` for reading and unlinks it. Throws std::runtime_error if it cannot.
  static SpoolFile Adopt(const std::filesystem::path& path);

  SpoolFile(SpoolFile&& other) noexcept;
  SpoolFile& operator=(SpoolFile&& other) noexcept;
  SpoolFile(const SpoolFile&) = delete;
  SpoolFile& operator=(const SpoolFile&) = delete;
  ~SpoolFile();

  int fd() const { return fd_; }
  std::uint64_t size() const { return size_; }
  // The whole content, read from the start (for tests and small files). Throws std::runtime_error on a read error.
  std::string ReadAll() const;

 private:
  SpoolFile(int fd, std::uint64_t size) : fd_(fd), size_(size) {}
  int fd_ = -1;
  std::uint64_t size_ = 0;
};

}  // namespace eduims

// The type-from-bytes detection: an upload's bytes, spooled to a file as the server spools them, read by
// files::DetectMediaType as the attachment service reads them; then the name the upload asked for (the bytes'
// first line, up to 300 bytes) judged by files::AcceptedFileName against every accepted type.
#include <unistd.h>

#include <cstdint>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <variant>

#include "platform/files/media_type.h"

namespace {

// One file per process, so parallel runs (-jobs) do not read each other's input; removed at exit.
struct Spool {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("eduims-media-type-fuzz-" + std::to_string(getpid()));
  ~Spool() {
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
  }
};

const std::filesystem::path& SpoolPath() {
  static const Spool spool;
  return spool.path;
}

void CheckName(std::string_view requested, const eduims::files::MediaType& type) {
  auto name = eduims::files::AcceptedFileName(requested, type);
  if (const std::string* accepted = std::get_if<std::string>(&name)) {
    if (accepted->empty() || accepted->size() > 255 || accepted->find_first_of("/\\") != std::string::npos)
      std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::FILE* file = std::fopen(SpoolPath().c_str(), "wb");
  if (!file || std::fwrite(data, 1, size, file) != size || std::fclose(file) != 0) std::abort();
  std::optional<eduims::files::MediaType> type = eduims::files::DetectMediaType(SpoolPath());
  std::string_view bytes(reinterpret_cast<const char*>(data), std::min<size_t>(size, 300));
  std::string_view requested = bytes.substr(0, bytes.find('\n'));
  if (type) CheckName(requested, *type);
  // Names are judged for bytes of no accepted type too, against a type with one extension and the one with two.
  static const eduims::files::MediaType kPdf{"application/pdf", "pdf", "PDF"}, kJpeg{"image/jpeg", "jpg", "JPEG"};
  CheckName(requested, kPdf);
  CheckName(requested, kJpeg);
  return 0;
}

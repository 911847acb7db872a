#include "platform/zip/zip_writer.h"

#include <unistd.h>
#include <zip.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <stdexcept>

namespace eduims {

struct ZipWriter::Produced {
  std::function<std::string()> produce;
  std::exception_ptr* error = nullptr;  // where a producer's exception is kept for Finish() to rethrow
  std::string data;
  size_t position = 0;
  std::optional<zip_uint64_t> size;  // known once produced, and kept after the content is released
  bool held = false;                 // whether `data` holds the content now
  zip_error_t zip_error;

  // libzip asks for the size (STAT) just before it opens the entry, and again after closing it: the content is
  // produced at the first of these, so the size goes into the local header and no ZIP64 placeholder is needed.
  bool Hold() {
    if (held) return true;
    try {
      data = produce();
    } catch (...) {
      if (!*error) *error = std::current_exception();
      zip_error_set(&zip_error, ZIP_ER_INTERNAL, 0);
      return false;
    }
    held = true;
    size = data.size();
    position = 0;
    return true;
  }
  void Release() {
    std::string().swap(data);
    held = false;
  }
};

namespace {

zip_int64_t ProducedCallback(void* user, void* data, zip_uint64_t length, zip_source_cmd_t command) {
  auto* entry = static_cast<ZipWriter::Produced*>(user);
  switch (command) {
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                            ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    case ZIP_SOURCE_STAT: {
      auto* st = static_cast<zip_stat_t*>(data);
      zip_stat_init(st);
      if (!entry->size && !entry->Hold()) return -1;
      st->size = *entry->size;
      st->valid |= ZIP_STAT_SIZE;
      return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_OPEN:
      if (!entry->Hold()) return -1;
      entry->position = 0;
      return 0;
    case ZIP_SOURCE_READ: {
      size_t n = std::min<size_t>(length, entry->data.size() - entry->position);
      std::memcpy(data, entry->data.data() + entry->position, n);
      entry->position += n;
      return zip_int64_t(n);
    }
    case ZIP_SOURCE_CLOSE:
      entry->Release();
      return 0;
    case ZIP_SOURCE_ERROR:
      return zip_error_to_data(&entry->zip_error, data, length);
    case ZIP_SOURCE_FREE:
      return 0;
    default:
      zip_error_set(&entry->zip_error, ZIP_ER_OPNOTSUPP, 0);
      return -1;
  }
}

void CheckName(const std::string& name) {
  bool ok = !name.empty() && name.front() != '/' && name.back() != '/' && name.find('\\') == std::string::npos &&
            name.find('\0') == std::string::npos;
  size_t start = 0;
  while (ok && start <= name.size()) {
    size_t end = name.find('/', start);
    if (end == std::string::npos) end = name.size();
    std::string_view part(name.data() + start, end - start);
    ok = !part.empty() && part != "." && part != "..";
    start = end + 1;
  }
  if (!ok) throw std::invalid_argument("not a relative archive path: " + name);
}

std::string ErrorText(zip_t* archive) { return archive ? zip_strerror(archive) : "unknown error"; }

}  // namespace

ZipWriter::ZipWriter(const std::filesystem::path& directory) {
  std::string pattern = (directory / "eduims-zip-XXXXXX").string();
  int fd = ::mkstemp(pattern.data());
  if (fd < 0) throw std::runtime_error("cannot create a temporary file in " + directory.string() + ": " +
                                       std::strerror(errno));
  ::close(fd);
  path_ = pattern;
  int error = 0;
  archive_ = zip_open(path_.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (!archive_) {
    zip_error_t e;
    zip_error_init_with_code(&e, error);
    std::string text = zip_error_strerror(&e);
    zip_error_fini(&e);
    std::filesystem::remove(path_);
    throw std::runtime_error("cannot start a ZIP archive: " + text);
  }
}

ZipWriter::~ZipWriter() {
  if (archive_) zip_discard(archive_);
  for (auto& entry : produced_) zip_error_fini(&entry->zip_error);
  if (!path_.empty()) {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
}

void ZipWriter::AddSource(const std::string& name, zip_source_t* source) {
  if (!source) throw std::runtime_error("cannot add " + name + ": " + ErrorText(archive_));
  zip_int64_t index = zip_file_add(archive_, name.c_str(), source, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    bool exists = zip_error_code_zip(zip_get_error(archive_)) == ZIP_ER_EXISTS;
    zip_source_free(source);
    if (exists) throw std::invalid_argument("already in the archive: " + name);
    throw std::runtime_error("cannot add " + name + ": " + ErrorText(archive_));
  }
  ++entries_;
}

void ZipWriter::Add(const std::string& name, std::string content) {
  CheckName(name);
  if (!archive_) throw std::logic_error("the archive is finished");
  const std::string& kept = contents_.emplace_back(std::move(content));
  AddSource(name, zip_source_buffer(archive_, kept.data(), kept.size(), 0));
}

void ZipWriter::AddProduced(const std::string& name, std::function<std::string()> produce) {
  CheckName(name);
  if (!archive_) throw std::logic_error("the archive is finished");
  auto& entry = produced_.emplace_back(std::make_unique<Produced>());
  entry->produce = std::move(produce);
  entry->error = &producer_error_;
  zip_error_init(&entry->zip_error);
  AddSource(name, zip_source_function(archive_, ProducedCallback, entry.get()));
}

SpoolFile ZipWriter::Finish() {
  if (!archive_) throw std::logic_error("the archive is finished");
  if (entries_ == 0) throw std::logic_error("a ZIP archive needs at least one entry");
  if (zip_close(archive_) != 0) {
    if (producer_error_) std::rethrow_exception(producer_error_);
    throw std::runtime_error("cannot write the ZIP archive: " + ErrorText(archive_));
  }
  archive_ = nullptr;
  contents_.clear();
  SpoolFile file = SpoolFile::Adopt(path_);
  path_.clear();
  return file;
}

}  // namespace eduims

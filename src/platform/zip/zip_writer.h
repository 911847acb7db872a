// Writes a ZIP archive (deflate, UTF-8 entry names) with libzip to a file, entries in the order they were added. An entry's content is given now, or produced while the archive is written: producers run one at a time
// inside Finish() and each content is released before the next is produced, so an archive of many large entries
// needs the memory of one. Not thread-safe; one writer per archive.
#pragma once
#include <deque>
#include <exception>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

struct zip;
struct zip_source;

namespace eduims {

class ZipWriter {
 public:
  // Starts an archive that Finish() writes to `destination` (replacing any file there; libzip writes a temporary
  // file beside it and renames it, so `destination` never holds half an archive). Throws std::runtime_error.
  explicit ZipWriter(const std::filesystem::path& destination);
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;
  // Discards an archive Finish() has not written.
  ~ZipWriter();

  // REQUIRES: `name` is a relative path ("documents/QT-07.html"): not empty, no leading '/', no "..", no '\\', and
  // not already in the archive; otherwise std::invalid_argument.
  void Add(const std::string& name, std::string content);
  // `produce` is called once, during Finish(). An exception it throws leaves Finish() after the archive is discarded.
  void AddProduced(const std::string& name, std::function<std::string()> produce);
  size_t entries() const { return entries_; }

  // Writes the archive. REQUIRES: at least one entry (std::logic_error otherwise). Throws std::runtime_error on an
  // I/O failure, or what a producer threw (and then writes nothing).
  void Finish();

  // The state of one produced entry while libzip reads it; public for the C callback in zip_writer.cc.
  struct Produced;

 private:
  void AddSource(const std::string& name, ::zip_source* source);

  ::zip* archive_ = nullptr;
  size_t entries_ = 0;
  std::deque<std::string> contents_;                  // what Add() was given, kept until the archive is written
  std::deque<std::unique_ptr<Produced>> produced_;    // one per AddProduced()
  std::exception_ptr producer_error_;
};

}  // namespace eduims

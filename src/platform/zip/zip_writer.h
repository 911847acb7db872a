// Writes a ZIP archive (deflate, UTF-8 entry names) with libzip into a spool file, entries in the order they were
// added. An entry's content is given now, or produced while the archive is written: producers run one at a time
// inside Finish() and each content is released before the next is produced, so an archive of many large entries
// needs the memory of one. Not thread-safe; one writer per archive.
#pragma once
#include <deque>
#include <exception>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "platform/spool_file.h"

struct zip;
struct zip_source;

namespace eduims {

class ZipWriter {
 public:
  // Starts an archive in a new temporary file in `directory`. Throws std::runtime_error if it cannot.
  explicit ZipWriter(const std::filesystem::path& directory = std::filesystem::temp_directory_path());
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;
  // Discards an archive Finish() has not handed over.
  ~ZipWriter();

  // REQUIRES: `name` is a relative path ("documents/QT-07.html"): not empty, no leading '/', no "..", no '\\', and
  // not already in the archive; otherwise std::invalid_argument.
  void Add(const std::string& name, std::string content);
  // `produce` is called once, during Finish(). An exception it throws leaves Finish() after the archive is discarded.
  void AddProduced(const std::string& name, std::function<std::string()> produce);
  size_t entries() const { return entries_; }

  // Writes the archive and hands it over. REQUIRES: at least one entry (std::logic_error otherwise).
  // Throws std::runtime_error on an I/O failure, or what a producer threw.
  SpoolFile Finish();

  // The state of one produced entry while libzip reads it; public for the C callback in zip_writer.cc.
  struct Produced;

 private:
  void AddSource(const std::string& name, ::zip_source* source);

  std::filesystem::path path_;
  ::zip* archive_ = nullptr;
  size_t entries_ = 0;
  std::deque<std::string> contents_;                  // what Add() was given, kept until the archive is written
  std::deque<std::unique_ptr<Produced>> produced_;    // one per AddProduced()
  std::exception_ptr producer_error_;
};

}  // namespace eduims

// File contents kept in the database (tables file_blobs and file_chunks): written and read in chunks of 256 KiB, so
// a 50 MB file never sits in memory whole, on both engines. A content already stored (same SHA-256 and size) is
// stored once. All functions take the caller's session and run inside the caller's transaction.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>

#include "platform/db/database.h"

namespace eduims::files {

struct FileFacts {
  std::string sha256;  // lower-case hex
  std::uint64_t size = 0;
};

// The SHA-256 and size of a file, read in chunks. Throws std::runtime_error if it cannot be read.
FileFacts HashFile(const std::filesystem::path& path);

// Stores the content of `path` (whose facts are `facts`) unless an equal content is stored; returns its blob id.
db::Id StoreBlob(soci::session& s, const std::filesystem::path& path, const FileFacts& facts);

// Writes blob `blob_id`'s content to a new file at `out`. Throws std::runtime_error if the blob is missing.
void CopyBlobTo(soci::session& s, db::Id blob_id, const std::filesystem::path& out);

}  // namespace eduims::files

#include "readiness/packed_file.h"

#include <cctype>
#include <fstream>
#include <iterator>

#include "platform/files/blob_store.h"
#include "platform/http/message.h"

namespace eduims::readiness {

std::string SafeExtension(const std::string& file_name) {
  auto dot = file_name.rfind('.');
  if (dot == std::string::npos || dot + 1 == file_name.size() || file_name.size() - dot - 1 > 8) return "";
  std::string out = ".";
  for (char c : file_name.substr(dot + 1)) {
    if (!std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) return "";
    out += char(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

PackedReport PackedFile(db::Database& db, const attachments::Attachment& file, const std::string& folder,
                        const std::string& kind, const std::string& title, const std::string& date) {
  std::string entry = folder + "/" + std::to_string(file.owner.id) + "-" + std::to_string(file.id) +
                      SafeExtension(file.file_name);
  db::Id blob_id = file.blob_id;
  // The archive is written after the listing's transaction: the bytes are read then, one file at a time.
  return {entry, kind, title, date, [&db, blob_id] {
            auto spool = http::NewSpoolPath("pack-file-");
            db.Read([&](soci::session& s) { files::CopyBlobTo(s, blob_id, spool->path()); });
            std::ifstream in(spool->path(), std::ios::binary);
            return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
          }};
}

}  // namespace eduims::readiness

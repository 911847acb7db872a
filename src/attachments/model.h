// An attachment: an uploaded file (PDF, Office document, image) that belongs to a document revision, a record, an
// audit's checklist line, a person's competence, a training session, a recruitment, a directive or a unit's answer.
// Its bytes are a blob of the file store; the attachment holds its name, type (from its bytes), size, SHA-256 and the
// text extracted for search.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>

#include "platform/db/database.h"

namespace eduims::attachments {

struct Owner {
  std::string type;  // one of the owner kinds of migrations/0042_attachment_owners.sql
  db::Id id = 0;
};

struct Attachment {
  db::Id id = 0;
  Owner owner;
  db::Id blob_id = 0;
  std::string file_name;
  std::string media_type;
  long long size = 0;
  std::string sha256;
  std::optional<db::Id> uploaded_by;
  std::string uploaded_at;
  std::optional<std::string> removed_at;
};

boost::json::object ToJson(const Attachment& a);

// Content-Disposition for downloading `file_name`: an ASCII fallback and the UTF-8 name (RFC 6266 / RFC 8187), so
// "Biên bản họp.pdf" keeps its Vietnamese letters and no quote or control character reaches the header.
std::string ContentDisposition(const std::string& file_name);

}  // namespace eduims::attachments

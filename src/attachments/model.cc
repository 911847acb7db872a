#include "attachments/model.h"

namespace eduims::attachments {

boost::json::object ToJson(const Attachment& a) {
  boost::json::object o{{"id", a.id},
                        {"owner_type", a.owner.type},
                        {"owner_id", a.owner.id},
                        {"file_name", a.file_name},
                        {"media_type", a.media_type},
                        {"size", a.size},
                        {"sha256", a.sha256},
                        {"uploaded_at", a.uploaded_at}};
  o["uploaded_by"] = a.uploaded_by ? boost::json::value(*a.uploaded_by) : nullptr;
  o["removed_at"] = a.removed_at ? boost::json::value(*a.removed_at) : nullptr;
  return o;
}

std::string ContentDisposition(const std::string& file_name) {
  static const char* hex = "0123456789ABCDEF";
  std::string ascii, encoded;
  for (unsigned char c : file_name) {
    bool plain = std::isalnum(c) || c == '.' || c == '-' || c == '_';
    ascii.push_back(c < 0x80 && c >= 0x20 && c != '"' && c != '\\' ? char(c) : '_');
    if (plain) {
      encoded.push_back(char(c));
    } else {
      encoded.push_back('%');
      encoded.push_back(hex[c >> 4]);
      encoded.push_back(hex[c & 15]);
    }
  }
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

}  // namespace eduims::attachments

#include "platform/http/request_framing.h"

#include "platform/http/header_list.h"

namespace eduims::http {

namespace bhttp = boost::beast::http;

namespace {

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

}  // namespace

std::optional<Problem> CheckFraming(const bhttp::request_header<>& header) {
  if (header.version() >= 11 && header.count(bhttp::field::host) != 1) return Problem::Make(400, "request.missing_host");
  size_t codings = 0;
  bool only_chunked = true;
  for (auto it = header.find(bhttp::field::transfer_encoding);
       it != header.end() && it->name() == bhttp::field::transfer_encoding; ++it) {
    for (std::string_view coding : SplitHeaderList(it->value())) {
      ++codings;
      only_chunked = only_chunked && EqualsIgnoringCase(coding, "chunked");
    }
  }
  if (codings > 0 && (codings > 1 || !only_chunked))
    return Problem::Make(501, "request.unsupported_transfer_coding");
  return std::nullopt;
}

std::string SniffHeaderField(std::string_view raw, std::string_view lower_name) {
  size_t line = raw.find('\n');
  while (line != std::string_view::npos && line + 1 < raw.size()) {
    std::string_view rest = raw.substr(line + 1);
    size_t end = rest.find('\n');
    std::string_view field = rest.substr(0, end);
    if (field.empty() || field == "\r") break;
    size_t colon = field.find(':');
    if (colon != std::string_view::npos && EqualsIgnoringCase(field.substr(0, colon), lower_name)) {
      std::string_view value = field.substr(colon + 1);
      while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
      while (!value.empty() && (value.back() == '\r' || value.back() == ' ' || value.back() == '\t'))
        value.remove_suffix(1);
      return std::string(value.substr(0, 256));
    }
    if (end == std::string_view::npos) break;
    line += 1 + end;
  }
  return "";
}

}  // namespace eduims::http

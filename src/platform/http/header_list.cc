#include "platform/http/header_list.h"

namespace eduims::http {

std::string_view TrimOptionalWhitespace(std::string_view value) {
  size_t begin = value.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  return value.substr(begin, value.find_last_not_of(" \t") - begin + 1);
}

std::vector<std::string_view> SplitHeaderList(std::string_view list, char separator) {
  std::vector<std::string_view> out;
  while (true) {
    size_t end = list.find(separator);
    std::string_view item = TrimOptionalWhitespace(list.substr(0, end));
    if (!item.empty()) out.push_back(item);
    if (end == std::string_view::npos) return out;
    list.remove_prefix(end + 1);
  }
}

}  // namespace eduims::http

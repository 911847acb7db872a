#include "platform/db/text_list.h"

#include <boost/json.hpp>

namespace eduims::db {

std::string TextListJson(const std::vector<std::string>& items) {
  boost::json::array a;
  for (const auto& s : items) a.push_back(boost::json::value(s));
  return boost::json::serialize(a);
}

std::vector<std::string> TextListFrom(const std::string& text) {
  std::vector<std::string> out;
  // Kept in a variable: a range-for over the temporary's array would outlive the temporary.
  boost::json::value parsed = boost::json::parse(text);
  for (const auto& v : parsed.as_array()) out.emplace_back(v.as_string());
  return out;
}

}  // namespace eduims::db

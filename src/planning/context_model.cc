#include "planning/context_model.h"

#include <algorithm>

namespace eduims::planning {
namespace {

namespace json = boost::json;

const std::vector<std::string> kExternal = {"political",     "economic", "social",  "technological",
                                            "legal",         "environmental", "climate", "market",
                                            "demographic"};
const std::vector<std::string> kInternal = {"resources",  "people",     "culture",     "performance",
                                            "knowledge",  "infrastructure", "governance", "values"};

}  // namespace

const std::vector<std::string>& ContextCategories() {
  static const std::vector<std::string> all = [] {
    std::vector<std::string> out = kExternal;
    out.insert(out.end(), kInternal.begin(), kInternal.end());
    return out;
  }();
  return all;
}

std::optional<std::string> KindOfCategory(std::string_view category) {
  if (std::find(kExternal.begin(), kExternal.end(), category) != kExternal.end()) return "external";
  if (std::find(kInternal.begin(), kInternal.end(), category) != kInternal.end()) return "internal";
  return std::nullopt;
}

const std::vector<std::string>& ContextEffects() {
  static const std::vector<std::string> all = {"positive", "negative"};
  return all;
}

std::string SwotQuadrant(std::string_view kind, std::string_view effect) {
  bool positive = effect == "positive";
  if (kind == "internal") return positive ? "strengths" : "weaknesses";
  return positive ? "opportunities" : "threats";
}

json::object ToJson(const ContextIssue& c) {
  return {{"id", c.id},
          {"unit_id", c.unit_id},
          {"title", c.title},
          {"description", c.description},
          {"kind", c.kind},
          {"category", c.category},
          {"effect", c.effect},
          {"swot", SwotQuadrant(c.kind, c.effect)},
          {"process_ids", json::array(c.process_ids.begin(), c.process_ids.end())},
          {"clause_ids", json::array(c.clause_ids.begin(), c.clause_ids.end())},
          {"review_date", JsonOrNull(c.review_date)},
          {"version", c.version},
          {"created_by", JsonOrNull(c.created_by)},
          {"created_at", c.created_at},
          {"updated_at", c.updated_at},
          {"archived_at", JsonOrNull(c.archived_at)}};
}

json::value JsonOrNull(const std::optional<std::string>& v) { return v ? json::value(*v) : json::value(nullptr); }
json::value JsonOrNull(const std::optional<db::Id>& v) { return v ? json::value(*v) : json::value(nullptr); }

std::string IdsText(const std::vector<db::Id>& ids) {
  return json::serialize(json::array(ids.begin(), ids.end()));
}

std::vector<db::Id> IdsFromText(std::string_view text) {
  std::vector<db::Id> out;
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec || !v.is_array()) return out;
  for (const auto& item : v.as_array())
    if (item.is_int64()) out.push_back(item.as_int64());
  return out;
}

}  // namespace eduims::planning

#include "processes/model.h"

#include <algorithm>
#include <set>

namespace eduims::processes {
namespace {

template <class Enum>
struct Named {
  Enum value;
  const char* name;
};

constexpr Named<Category> kCategories[] = {
    {Category::kManagement, "management"}, {Category::kCore, "core"}, {Category::kSupport, "support"}};
constexpr Named<RiskLevel> kRiskLevels[] = {
    {RiskLevel::kLow, "low"}, {RiskLevel::kMedium, "medium"}, {RiskLevel::kHigh, "high"}};

template <class Enum, size_t N>
std::string_view NameOf(const Named<Enum> (&table)[N], Enum value) {
  for (const auto& entry : table)
    if (entry.value == value) return entry.name;
  return table[0].name;
}

template <class Enum, size_t N>
std::optional<Enum> Parse(const Named<Enum> (&table)[N], std::string_view name) {
  for (const auto& entry : table)
    if (name == entry.name) return entry.value;
  return std::nullopt;
}

template <class Enum, size_t N>
std::vector<std::string> NamesOf(const Named<Enum> (&table)[N]) {
  std::vector<std::string> out;
  for (const auto& entry : table) out.emplace_back(entry.name);
  return out;
}

}  // namespace

std::string_view CategoryName(Category category) { return NameOf(kCategories, category); }
std::optional<Category> ParseCategory(std::string_view name) { return Parse(kCategories, name); }
const std::vector<std::string>& CategoryNames() {
  static const std::vector<std::string> names = NamesOf(kCategories);
  return names;
}

std::string_view RiskLevelName(RiskLevel level) { return NameOf(kRiskLevels, level); }
std::optional<RiskLevel> ParseRiskLevel(std::string_view name) { return Parse(kRiskLevels, name); }
const std::vector<std::string>& RiskLevelNames() {
  static const std::vector<std::string> names = NamesOf(kRiskLevels);
  return names;
}

bool IsValidCode(std::string_view code) {
  if (code.empty() || code.size() > 32) return false;
  return std::all_of(code.begin(), code.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '.' || c == '-' || c == '_';
  });
}

std::optional<FeedProblem> FeedsProblem(db::Id self, const std::vector<Feed>& feeds) {
  std::set<db::Id> targets;
  for (size_t i = 0; i < feeds.size(); ++i) {
    if (feeds[i].process_id == self) return FeedProblem{"process.feeds_itself", i};
    if (!targets.insert(feeds[i].process_id).second) return FeedProblem{"process.duplicate_feed", i};
  }
  return std::nullopt;
}

std::string ListToText(const std::vector<std::string>& items) {
  boost::json::array array;
  for (const auto& item : items) array.emplace_back(item);
  return boost::json::serialize(array);
}

std::vector<std::string> ListFromText(const std::string& text) {
  std::vector<std::string> out;
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(text, ec);
  if (ec || !v.is_array()) return out;
  for (const auto& item : v.as_array())
    if (item.is_string()) out.emplace_back(item.as_string());
  return out;
}

boost::json::object ToJson(const Process& p, const std::vector<Feed>* fed_by) {
  auto strings = [](const std::vector<std::string>& items) {
    boost::json::array out;
    for (const auto& item : items) out.emplace_back(item);
    return out;
  };
  auto feeds = [](const std::vector<Feed>& items) {
    boost::json::array out;
    for (const auto& f : items) out.push_back({{"process_id", f.process_id}, {"what", f.what}});
    return out;
  };
  boost::json::array clauses(p.clause_ids.begin(), p.clause_ids.end());
  boost::json::object out{{"id", p.id},
                          {"unit_id", p.unit_id},
                          {"code", p.code},
                          {"name", p.name},
                          {"category", CategoryName(p.category)},
                          {"purpose", p.purpose},
                          {"owner_id", p.owner_id ? boost::json::value(*p.owner_id) : nullptr},
                          {"inputs", strings(p.inputs)},
                          {"outputs", strings(p.outputs)},
                          {"resources", strings(p.resources)},
                          {"risk_level", RiskLevelName(p.risk_level)},
                          {"risk_level_source", p.risk_level_from_register ? "register" : "typed"},
                          {"clause_ids", std::move(clauses)},
                          {"feeds", feeds(p.feeds)},
                          {"version", p.version},
                          {"created_by", p.created_by ? boost::json::value(*p.created_by) : nullptr},
                          {"created_at", p.created_at},
                          {"updated_at", p.updated_at},
                          {"archived_at", p.archived_at ? boost::json::value(*p.archived_at) : nullptr}};
  if (fed_by) out["fed_by"] = feeds(*fed_by);
  return out;
}

}  // namespace eduims::processes

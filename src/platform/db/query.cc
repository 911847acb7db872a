#include "platform/db/query.h"

#include <algorithm>

namespace eduims::db {

std::pair<std::string, std::string> SubtreeRange(const std::string& path) {
  std::string high = path;
  high.back() = '0';
  return {path, high};
}

std::vector<std::string> ScopeWithin(const std::vector<std::string>& scope, const std::optional<std::string>& within) {
  if (!within) return scope;
  auto is_in = [](const std::string& path, const std::string& root) { return path.rfind(root, 0) == 0; };
  std::vector<std::string> out;
  for (const std::string& root : scope) {
    std::string narrower;
    if (is_in(*within, root)) {
      narrower = *within;
    } else if (is_in(root, *within)) {
      narrower = root;
    } else {
      continue;
    }
    if (std::find(out.begin(), out.end(), narrower) == out.end()) out.push_back(narrower);
  }
  return out;
}

std::vector<std::vector<db::Id>> IdSlices(const std::vector<db::Id>& ids) {
  std::vector<std::vector<db::Id>> slices;
  for (size_t start = 0; start < ids.size(); start += kIdsPerStatement)
    slices.emplace_back(ids.begin() + start, ids.begin() + std::min(ids.size(), start + kIdsPerStatement));
  return slices;
}

std::vector<std::vector<db::Id>> PaddedIdSlices(const std::vector<db::Id>& ids) {
  auto slices = IdSlices(ids);
  for (auto& slice : slices) slice.resize(slice.size() <= 8 ? 8 : slice.size() <= 64 ? 64 : kIdsPerStatement, slice.back());
  return slices;
}

std::string IdList(const std::vector<db::Id>& ids, const std::string& name, Binds& binds) {
  if (ids.empty()) return "(NULL)";
  std::string list = "(";
  for (size_t i = 0; i < ids.size(); ++i) list += (i ? ", " : "") + binds.Id(name + std::to_string(i), ids[i]);
  return list + ")";
}

std::string SubtreeClause(const std::vector<std::string>& roots, const std::string& column, Binds& binds,
                          const std::string& prefix) {
  if (roots.empty()) return "1 = 0";
  std::string clause = "(";
  for (size_t i = 0; i < roots.size(); ++i) {
    auto [low, high] = SubtreeRange(roots[i]);
    if (i) clause += " OR ";
    clause += "(" + column + " >= " + binds.Text(prefix + "_lo" + std::to_string(i), low) + " AND " + column + " < " +
              binds.Text(prefix + "_hi" + std::to_string(i), high) + ")";
  }
  return clause + ")";
}

bool HasFewUnits(soci::session& s, const std::vector<std::string>& roots) {
  Binds b;
  auto rows = FetchIds(s, "SELECT COUNT(*) FROM (SELECT 1 FROM units u WHERE " + SubtreeClause(roots, "u.path", b) +
                              " LIMIT " + std::to_string(kFewUnits + 1) + ") few",
                       b);
  return !rows.empty() && rows.front() <= kFewUnits;
}

std::string ContainsWords(const std::vector<std::string>& columns, const std::string& folded, Binds& binds) {
  std::string pattern = "%";
  for (char c : folded) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c == ' ' ? '%' : c;
  }
  pattern += "%";
  std::string clause = "(";
  for (size_t i = 0; i < columns.size(); ++i)
    clause += (i ? " OR " : "") + columns[i] + " LIKE " + binds.Text("text" + std::to_string(i), pattern) +
              " ESCAPE '\\'";
  return clause + ")";
}

}  // namespace eduims::db

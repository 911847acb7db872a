#include "planning/scope_model.h"

#include <algorithm>

#include "planning/context_model.h"

namespace eduims::planning {
namespace {

namespace json = boost::json;

json::array Texts(const std::vector<std::string>& texts) { return json::array(texts.begin(), texts.end()); }

}  // namespace

bool MayBeExcluded(const standards::Clause& clause, const std::vector<standards::Clause>& tree) {
  if (clause.kind == "annex") return clause.normative.value_or(false);
  if (clause.kind != "clause" || !clause.parent_id) return false;
  const standards::Clause* top = &clause;
  while (top->parent_id) {
    auto parent = std::find_if(tree.begin(), tree.end(), [&](const standards::Clause& c) { return c.id == *top->parent_id; });
    if (parent == tree.end()) return false;
    top = &*parent;
  }
  return top->number == "7" || top->number == "8";
}

json::object ToJson(const UnitScope& s) {
  json::array exclusions;
  for (const auto& e : s.exclusions)
    exclusions.push_back({{"clause_id", e.clause_id},
                          {"standard_id", e.standard_id},
                          {"number", e.number},
                          {"title_en", e.title_en},
                          {"title_vi", e.title_vi},
                          {"justification", e.justification}});
  return {{"unit_id", s.unit_id},
          {"statement_vi", s.statement_vi},
          {"statement_en", s.statement_en},
          {"sites", Texts(s.sites)},
          {"products", Texts(s.products)},
          {"excluded_clauses", std::move(exclusions)},
          {"version", s.version},
          {"updated_by", JsonOrNull(s.updated_by)},
          {"updated_at", JsonOrNull(s.updated_at)}};
}

}  // namespace eduims::planning

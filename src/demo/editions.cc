#include "demo/editions.h"

#include <stdexcept>

namespace eduims::demo {

bool IsDemoEdition(const standards::Standard& standard) {
  return (standard.code == "iso-21001" && standard.edition == "2018") ||
         (standard.code == "iso-9001" && standard.edition == "2015");
}

DemoClauseIds DemoClauses(Application& app) {
  DemoClauseIds out;
  for (const auto& standard : standards::ListStandards(app.db()))
    if (IsDemoEdition(standard))
      for (const auto& clause : standards::ListClauses(app.db(), standard.id))
        out[standard.code][clause.number] = clause.id;
  return out;
}

db::Id DemoClause(const DemoClauseIds& clauses, const std::string& code, const std::string& number) {
  auto standard = clauses.find(code);
  if (standard != clauses.end())
    if (auto clause = standard->second.find(number); clause != standard->second.end()) return clause->second;
  throw std::runtime_error("the catalogue has no clause " + code + " " + number);
}

}  // namespace eduims::demo

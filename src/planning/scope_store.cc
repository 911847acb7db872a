#include "planning/scope_store.h"

#include "platform/db/query.h"
#include "platform/nullable_column.h"

namespace eduims::planning::scope_store {
namespace {

struct ScopeReader {
  UnitScope scope;
  std::string sites, products, updated_at;
  db::Nullable<db::Id> by;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(scope.unit_id));
    st.exchange(soci::into(scope.statement_vi));
    st.exchange(soci::into(scope.statement_en));
    st.exchange(soci::into(sites));
    st.exchange(soci::into(products));
    st.exchange(soci::into(scope.version));
    st.exchange(soci::into(by.value, by.ind));
    st.exchange(soci::into(updated_at));
  }
  UnitScope Take() const {
    UnitScope out = scope;
    out.sites = TextsFrom(sites);
    out.products = TextsFrom(products);
    out.updated_by = by.Get();
    out.updated_at = updated_at;
    return out;
  }
  static std::vector<std::string> TextsFrom(const std::string& text) {
    std::vector<std::string> out;
    boost::system::error_code ec;
    auto v = boost::json::parse(text, ec);
    if (ec || !v.is_array()) return out;
    for (const auto& item : v.as_array())
      if (item.is_string()) out.emplace_back(item.as_string());
    return out;
  }
};

struct ExclusionReader {
  Exclusion e;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(e.clause_id));
    st.exchange(soci::into(e.justification));
    st.exchange(soci::into(e.number));
    st.exchange(soci::into(e.title_en));
    st.exchange(soci::into(e.title_vi));
    st.exchange(soci::into(e.standard_id));
  }
  Exclusion Take() const { return e; }
};

std::string TextsJson(const std::vector<std::string>& texts) {
  return boost::json::serialize(boost::json::array(texts.begin(), texts.end()));
}

}  // namespace

std::optional<UnitScope> Find(soci::session& s, db::Id unit_id) {
  db::Binds p;
  auto rows = db::FetchAll<ScopeReader>(
      s,
      "SELECT unit_id, statement_vi, statement_en, sites, products, version, updated_by, updated_at FROM unit_scopes "
      "WHERE unit_id = " + p.Id("unit", unit_id),
      p);
  if (rows.empty()) return std::nullopt;
  db::Binds q;
  rows.front().exclusions = db::FetchAll<ExclusionReader>(
      s,
      "SELECT e.clause_id, e.justification, c.number, c.title_en, c.title_vi, c.standard_id FROM scope_exclusions e "
      "JOIN clauses c ON c.id = e.clause_id WHERE e.unit_id = " + q.Id("unit", unit_id) +
          " ORDER BY c.standard_id, e.clause_id",
      q);
  return rows.front();
}

bool Put(soci::session& s, const UnitScope& scope, long long expected_version) {
  std::string sites = TextsJson(scope.sites), products = TextsJson(scope.products);
  db::Nullable<db::Id> by(scope.updated_by);
  std::string at = scope.updated_at.value_or("");
  if (expected_version == 0) {
    long long present = 0;
    s << "SELECT COUNT(*) FROM unit_scopes WHERE unit_id = :unit", soci::use(scope.unit_id), soci::into(present);
    if (present) return false;
    s << "INSERT INTO unit_scopes (unit_id, statement_vi, statement_en, sites, products, version, updated_by, "
         "updated_at) VALUES (:unit, :vi, :en, :sites, :products, 1, :by, :at)",
        soci::use(scope.unit_id), soci::use(scope.statement_vi), soci::use(scope.statement_en), soci::use(sites),
        soci::use(products), soci::use(by.value, by.ind), soci::use(at);
  } else {
    soci::statement st =
        (s.prepare << "UPDATE unit_scopes SET statement_vi = :vi, statement_en = :en, sites = :sites, products = "
                      ":products, version = version + 1, updated_by = :by, updated_at = :at "
                      "WHERE unit_id = :unit AND version = :expected",
         soci::use(scope.statement_vi), soci::use(scope.statement_en), soci::use(sites), soci::use(products),
         soci::use(by.value, by.ind), soci::use(at), soci::use(scope.unit_id), soci::use(expected_version));
    st.execute(true);
    if (st.get_affected_rows() != 1) return false;
    s << "DELETE FROM scope_exclusions WHERE unit_id = :unit", soci::use(scope.unit_id);
  }
  for (const auto& e : scope.exclusions)
    s << "INSERT INTO scope_exclusions (unit_id, clause_id, justification) VALUES (:unit, :clause, :why)",
        soci::use(scope.unit_id), soci::use(e.clause_id), soci::use(e.justification);
  return true;
}

}  // namespace eduims::planning::scope_store

#include "planning/readiness_evidence_store.h"

#include "planning/indicator_model.h"
#include "platform/db/query.h"

namespace eduims::planning::evidence_store {
namespace {

struct CountsReader {
  long long a = 0, b = 0;
  soci::indicator a_ind = soci::i_ok, b_ind = soci::i_ok;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(a, a_ind));
    st.exchange(soci::into(b, b_ind));
  }
  std::pair<long long, long long> Take() const {
    return {a_ind == soci::i_ok ? a : 0, b_ind == soci::i_ok ? b : 0};
  }
};

struct DayReader {
  std::string day;
  soci::indicator ind = soci::i_ok;
  void Bind(soci::statement& st) { st.exchange(soci::into(day, ind)); }
  std::optional<std::string> Take() const {
    return ind == soci::i_ok && !day.empty() ? std::optional<std::string>(day) : std::nullopt;
  }
};

// Runs a query of two counts over the subtree: `sql` holds {subtree} where the unit filter goes.
std::pair<long long, long long> Counts(soci::session& s, const std::string& unit_path, const std::string& sql,
                                      db::Binds& p) {
  std::string text = sql;
  text.replace(text.find("{subtree}"), 9, db::SubtreeClause({unit_path}, "u.path", p));
  auto rows = db::FetchAll<CountsReader>(s, text, p);
  return rows.empty() ? std::pair<long long, long long>{0, 0} : rows.front();
}

std::optional<std::string> LatestDay(soci::session& s, const std::string& unit_path, const std::string& sql) {
  db::Binds p;
  std::string text = sql;
  text.replace(text.find("{subtree}"), 9, db::SubtreeClause({unit_path}, "u.path", p));
  auto rows = db::FetchAll<DayReader>(s, text, p);
  return rows.empty() ? std::nullopt : rows.front();
}

}  // namespace

RegisterFacts Read(soci::session& s, db::Id unit_id, const std::string& unit_path, const std::string& today) {
  RegisterFacts f;
  {
    db::Binds p;
    std::string t = p.Text("today", today);
    std::tie(f.context_issues, f.context_reviews_overdue) = Counts(
        s, unit_path,
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN c.review_date < " + t + " THEN 1 ELSE 0 END), 0) "
        "FROM context_issues c JOIN units u ON u.id = c.unit_id WHERE {subtree} AND c.archived_at IS NULL",
        p);
  }
  {
    db::Binds p;
    std::tie(f.parties, f.parties_without_needs) = Counts(
        s, unit_path,
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN ip.needs = '' AND NOT EXISTS (SELECT 1 FROM party_requirements r "
        "WHERE r.party_id = ip.id AND r.archived_at IS NULL AND r.adopted = 1) THEN 1 ELSE 0 END), 0) "
        "FROM interested_parties ip JOIN units u ON u.id = ip.unit_id "
        "WHERE {subtree} AND ip.archived_at IS NULL AND ip.relevant = 1",
        p);
  }
  {
    db::Binds p;
    auto [stated, unused] = Counts(s, unit_path,
                                   "SELECT COUNT(*), 0 FROM unit_scopes sc JOIN units u ON u.id = sc.unit_id "
                                   "WHERE {subtree} AND sc.unit_id = " + p.Id("unit", unit_id),
                                   p);
    f.scope_stated = stated > 0;
  }
  {
    db::Binds p;
    std::string t = p.Text("today", today);
    std::tie(f.risks, f.risk_reviews_overdue) = Counts(
        s, unit_path,
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN r.next_review_date < " + t + " THEN 1 ELSE 0 END), 0) "
        "FROM risks r JOIN units u ON u.id = r.unit_id WHERE {subtree} AND r.archived_at IS NULL",
        p);
  }
  if (f.risks > 0) {
    auto reviewed = LatestDay(s, unit_path,
                              "SELECT MAX(r.last_reviewed_on) FROM risks r JOIN units u ON u.id = r.unit_id "
                              "WHERE {subtree} AND r.archived_at IS NULL");
    auto rated = LatestDay(s, unit_path,
                           "SELECT MAX(SUBSTR(g.rated_at, 1, 10)) FROM risk_ratings g JOIN risks r ON r.id = g.risk_id "
                           "JOIN units u ON u.id = r.unit_id WHERE {subtree} AND r.archived_at IS NULL");
    f.risks_last_reviewed = reviewed;
    if (rated && (!reviewed || *rated > *reviewed)) f.risks_last_reviewed = rated;
  }
  {
    db::Binds p;
    std::tie(f.objectives, f.objectives_without_indicator) = Counts(
        s, unit_path,
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM indicators i WHERE i.objective_id = o.id "
        "AND i.archived_at IS NULL) THEN 1 ELSE 0 END), 0) "
        "FROM objectives o JOIN units u ON u.id = o.unit_id WHERE {subtree} AND o.archived_at IS NULL",
        p);
  }
  {
    // The period each frequency's latest value belongs to, by now.
    db::Binds p;
    std::string due = "CASE i.frequency";
    for (const std::string& name : FrequencyNames())
      due += " WHEN '" + name + "' THEN " +
             p.Text("due_" + name, LatestEndedPeriod(*ParseFrequency(name), today).name);
    due += " END";
    std::tie(f.indicators, f.indicators_unmeasured) = Counts(
        s, unit_path,
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM measurements m WHERE m.indicator_id = "
        "i.id AND m.superseded_at IS NULL AND m.period = " + due + ") THEN 1 ELSE 0 END), 0) "
        "FROM indicators i JOIN units u ON u.id = i.unit_id WHERE {subtree} AND i.archived_at IS NULL",
        p);
  }
  {
    db::Binds p;
    f.changes = Counts(s, unit_path,
                       "SELECT COUNT(*), 0 FROM planned_changes c JOIN units u ON u.id = c.unit_id "
                       "WHERE {subtree} AND c.archived_at IS NULL",
                       p)
                    .first;
  }
  return f;
}

}  // namespace eduims::planning::evidence_store

#include "standards/renumbering.h"

#include <boost/json.hpp>

#include <map>
#include <stdexcept>
#include <utility>

#include "platform/audit/audit_trail.h"
#include "platform/clock.h"
#include "platform/db/query.h"

namespace eduims::standards {
namespace {

namespace json = boost::json;

// What links to a clause, as (entity of the audit trail, SQL selecting the entity's id and its unit's path for the
// clause bound as :c). A checklist line belongs to its audit, so its links are the audit's.
const std::vector<std::pair<const char*, const char*>>& LinkQueries() {
  static const std::vector<std::pair<const char*, const char*>> queries = {
      {"document",
       "SELECT e.id, u.path FROM document_clauses l JOIN documents e ON e.id = l.document_id "
       "JOIN units u ON u.id = e.unit_id WHERE l.clause_id = :c"},
      {"record",
       "SELECT e.id, u.path FROM record_clauses l JOIN records e ON e.id = l.record_id "
       "JOIN units u ON u.id = e.unit_id WHERE l.clause_id = :c"},
      {"process",
       "SELECT e.id, u.path FROM process_clauses l JOIN processes e ON e.id = l.process_id "
       "JOIN units u ON u.id = e.unit_id WHERE l.clause_id = :c"},
      {"audit",
       "SELECT e.id, u.path FROM audit_clauses l JOIN audits e ON e.id = l.audit_id "
       "JOIN units u ON u.id = e.unit_id WHERE l.clause_id = :c"},
      {"audit",
       "SELECT e.id, u.path FROM checklist_line_clauses l JOIN checklist_lines cl ON cl.id = l.line_id "
       "JOIN audits e ON e.id = cl.audit_id JOIN units u ON u.id = e.unit_id WHERE l.clause_id = :c"},
      {"nonconformity",
       "SELECT e.id, u.path FROM nonconformity_clauses l JOIN nonconformities e ON e.id = l.nonconformity_id "
       "JOIN units u ON u.id = e.unit_id WHERE l.clause_id = :c"},
      {"readiness_assessment",
       "SELECT e.id, u.path FROM readiness_assessments e JOIN units u ON u.id = e.unit_id WHERE e.clause_id = :c"},
  };
  return queries;
}

std::string ClauseUrn(const std::string& standard_urn, const std::string& number) {
  return standard_urn + ":clause:" + number;
}

bool Applied(soci::session& s, const std::string& urn, const Renumbering& move) {
  int n = 0;
  s << "SELECT COUNT(*) FROM catalogue_renumberings WHERE standard_urn = :u AND from_number = :f AND to_number = :t",
      soci::use(urn), soci::use(move.from), soci::use(move.to), soci::into(n);
  return n > 0;
}

// Renumbers the row of clause `id` and its mandatory items' keys ("urn#number#type#title").
void Renumber(soci::session& s, const std::string& urn, db::Id id, const Renumbering& move) {
  std::string new_urn = ClauseUrn(urn, move.to);
  int taken = 0;
  s << "SELECT COUNT(*) FROM clauses WHERE urn = :u", soci::use(new_urn), soci::into(taken);
  if (taken > 0)
    throw std::runtime_error(urn + ": cannot renumber " + move.from + " to " + move.to +
                             ", which another clause holds");
  s << "UPDATE clauses SET urn = :u, number = :n WHERE id = :id", soci::use(new_urn), soci::use(move.to),
      soci::use(id);
  std::string old_prefix = urn + "#" + move.from + "#", new_prefix = urn + "#" + move.to + "#";
  db::Binds b;
  b.Id("c", id);
  for (const auto& [item_id, key] :
       db::FetchAll<db::IdTextReader>(s, "SELECT id, item_key FROM mandatory_information WHERE clause_id = :c", b)) {
    if (key.rfind(old_prefix, 0) != 0) continue;
    std::string new_key = new_prefix + key.substr(old_prefix.size());
    s << "UPDATE mandatory_information SET item_key = :k WHERE id = :id", soci::use(new_key), soci::use(item_id);
  }
}

}  // namespace

int ApplyRenumberings(db::Database& db, soci::session& s, const std::string& urn,
                      const std::vector<Renumbering>& moves) {
  int links = 0;
  audit::Actor actor = audit::Actor::System("catalogue-load");
  for (const Renumbering& move : moves) {
    if (Applied(s, urn, move)) continue;
    db::Id id = 0;
    std::string title;
    std::string old_urn = ClauseUrn(urn, move.from);
    s << "SELECT id, title_en FROM clauses WHERE urn = :u", soci::use(old_urn), soci::into(id), soci::into(title);
    bool found = s.got_data() && title == move.title_en;
    int moved = 0;
    if (found) {
      Renumber(s, urn, id, move);
      json::object before{{"clause_id", id}, {"urn", old_urn}, {"number", move.from}};
      json::object after{{"clause_id", id}, {"urn", ClauseUrn(urn, move.to)}, {"number", move.to}};
      // Each entity once, however many of its links (an audit's scope and its checklist lines) name the clause.
      std::map<std::pair<std::string, db::Id>, std::string> linked;
      for (const auto& [entity, sql] : LinkQueries()) {
        db::Binds b;
        b.Id("c", id);
        for (const auto& [entity_id, path] : db::FetchAll<db::IdTextReader>(s, sql, b))
          linked[{entity, entity_id}] = path;
      }
      moved = int(linked.size());
      after["links"] = moved;
      audit::Append(db, s, actor, {"clause", std::to_string(id), "renumber", json::serialize(before),
                                   json::serialize(after)});
      for (const auto& [key, path] : linked) {
        json::object link_before{{"clause_id", id}, {"number", move.from}};
        json::object link_after{{"clause_id", id}, {"number", move.to}, {"title_en", move.title_en}};
        audit::Append(db, s, actor, {key.first, std::to_string(key.second), "clause_renumbered",
                                     json::serialize(link_before), json::serialize(link_after), path});
      }
    }
    soci::indicator clause_ind = found ? soci::i_ok : soci::i_null;
    std::string now = NowTimestamp();
    s << "INSERT INTO catalogue_renumberings (standard_urn, from_number, to_number, clause_id, links, applied_at) "
         "VALUES (:u, :f, :t, :c, :l, :a)",
        soci::use(urn), soci::use(move.from), soci::use(move.to), soci::use(id, clause_ind), soci::use(moved),
        soci::use(now);
    links += moved;
  }
  return links;
}

}  // namespace eduims::standards

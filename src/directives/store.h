// All SQL of directives, their answers and the notices sent about them. Callers hold the transaction and have
// checked permissions.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "directives/model.h"

namespace eduims::directives::store {

// The directive with the path of its sending unit.
std::optional<std::pair<Directive, std::string>> Find(soci::session& s, db::Id id);
// Directives sent by units of the subtrees `roots`, by id.
std::vector<Directive> List(soci::session& s, const std::vector<std::string>& roots, std::optional<db::Id> after,
                            int limit);
void Insert(soci::session& s, Directive& d);

// One row per recipient, inserted as one batch: their ids are not needed, the (directive, unit) pair names each.
void InsertAnswers(soci::session& s, db::Id directive_id, const std::vector<db::Id>& unit_ids,
                   const std::map<db::Id, db::Id>& action_of_unit, const std::string& now);

// Answers by status of each directive of `ids`.
std::map<db::Id, std::map<std::string, long long>> CountsByStatus(soci::session& s, const std::vector<db::Id>& ids);

struct AnswerRow {
  Answer answer;
  std::string unit_path, unit_code, unit_name;
  Directive directive;
  std::string sender_path;
};
std::optional<AnswerRow> FindAnswer(soci::session& s, db::Id id);

struct AnswerQuery {
  std::optional<db::Id> directive_id;
  std::vector<std::string> roots;  // answers of units in these subtrees only (empty: none)
  std::optional<AnswerStatus> status;
  std::optional<db::Id> after;
  int limit = 50;
};
std::vector<AnswerRow> ListAnswers(soci::session& s, const AnswerQuery& q);
bool UpdateAnswer(soci::session& s, const Answer& a, long long expected_version);

// The answers not yet submitted of directives whose deadline lies in [from, to], with `kind` not yet sent for
// them, after answer `after`, by answer id.
std::vector<AnswerRow> DueForNotice(soci::session& s, const std::string& kind, const std::string& from,
                                    const std::string& to, std::optional<db::Id> after, int limit);
// The answers not yet submitted (not started, in progress or returned for rework), of the unit `unit_id` or of
// every unit, by answer id: what the units still owe.
std::vector<AnswerRow> Unsubmitted(soci::session& s, std::optional<db::Id> unit_id);
// Records that `kind` was sent for the answer; false if another server already did.
bool InsertNotice(soci::session& s, db::Id answer_id, const std::string& kind, const std::string& now);

}  // namespace eduims::directives::store

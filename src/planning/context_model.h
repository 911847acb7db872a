// A context issue (ISO 21001 / ISO 9001 clause 4.1): an internal or external issue relevant to a unit's purpose
// that affects its ability to achieve the intended results of its management system. Its category decides
// whether it is internal or external; its effect (positive or negative) and that side place it in the SWOT view.
// Plain values and rules, no I/O.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/db/database.h"

namespace eduims::planning {

// The categories in API order: the external ones (PESTLE, with climate change as the 2024 amendments of both
// standards ask), then the internal ones.
const std::vector<std::string>& ContextCategories();
// "internal" or "external" for a known category, nullopt for any other text.
std::optional<std::string> KindOfCategory(std::string_view category);
const std::vector<std::string>& ContextEffects();  // "positive", "negative"

// The SWOT quadrant of an issue: strength (internal, positive), weakness (internal, negative), opportunity
// (external, positive), threat (external, negative).
std::string SwotQuadrant(std::string_view kind, std::string_view effect);

struct ContextIssue {
  db::Id id = 0;
  db::Id unit_id = 0;
  std::string title, description;
  std::string kind, category, effect;
  std::vector<db::Id> process_ids, clause_ids;
  std::optional<std::string> review_date;
  long long version = 1;
  std::optional<db::Id> created_by;
  std::string created_at, updated_at;
  std::optional<std::string> archived_at;
};

boost::json::object ToJson(const ContextIssue& issue);

// The value, or JSON null when absent (the registers' optional fields).
boost::json::value JsonOrNull(const std::optional<std::string>& value);
boost::json::value JsonOrNull(const std::optional<db::Id>& value);

// A JSON array of ids as the registers store them ("[3,8]"), and back; text that is not such an array reads as
// none.
std::string IdsText(const std::vector<db::Id>& ids);
std::vector<db::Id> IdsFromText(std::string_view text);

}  // namespace eduims::planning

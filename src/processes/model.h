// Processes of the management system (ISO 9001 and ISO 21001 clause 4.4): the register with each process's
// category, owner, inputs, outputs, resources and the clauses it addresses, and the interactions between
// processes (this process's output feeds that one), from which the web application draws the process map.
// Plain data and rules; no I/O.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/db/database.h"

namespace eduims::processes {

enum class Category { kManagement, kCore, kSupport };
std::string_view CategoryName(Category category);
std::optional<Category> ParseCategory(std::string_view name);
const std::vector<std::string>& CategoryNames();

// Audit programmes audit high-risk processes more often.
enum class RiskLevel { kLow, kMedium, kHigh };
std::string_view RiskLevelName(RiskLevel level);
std::optional<RiskLevel> ParseRiskLevel(std::string_view name);
const std::vector<std::string>& RiskLevelNames();

// An interaction: the output `what` of one process feeds process `process_id`.
struct Feed {
  db::Id process_id = 0;
  std::string what;
};

struct Process {
  db::Id id = 0;
  db::Id unit_id = 0;
  std::string code, name;
  Category category = Category::kCore;
  std::string purpose;
  std::optional<db::Id> owner_id;
  std::vector<std::string> inputs, outputs, resources;
  RiskLevel risk_level = RiskLevel::kMedium;
  // Once the process has live risks its level comes from its risk register (planning/risk_service.h), not typed.
  bool risk_level_from_register = false;
  std::vector<db::Id> clause_ids;  // sorted
  std::vector<Feed> feeds;         // sorted by process_id
  long long version = 0;
  std::optional<db::Id> created_by;
  std::string created_at, updated_at;
  std::optional<std::string> archived_at;
};

// A code is 1 to 32 letters, digits, '.', '-' or '_' (e.g. "QT-TS", "P.01").
bool IsValidCode(std::string_view code);

// Why a process's feeds are not acceptable, or nullopt: a process cannot feed itself, and feeds one other process
// at most once (describe several outputs in one `what`).
struct FeedProblem {
  std::string code;  // process.feeds_itself, process.duplicate_feed
  size_t index = 0;  // the feed at fault
  bool operator==(const FeedProblem&) const = default;
};
std::optional<FeedProblem> FeedsProblem(db::Id self, const std::vector<Feed>& feeds);

// Lists kept as JSON text in storage.
std::string ListToText(const std::vector<std::string>& items);
std::vector<std::string> ListFromText(const std::string& text);

// The process as the API returns it; `fed_by` (interactions into it) is included when given.
boost::json::object ToJson(const Process& p, const std::vector<Feed>* fed_by = nullptr);

}  // namespace eduims::processes

// The rules of the context issues register: who may see (kViewPlanning on the issue's unit) and keep
// (kManagePlanning there) which issues, what a valid issue is (a known category and effect, texts within their
// limits, processes the caller can see, clauses of the catalogue), its history, and the SWOT view of a subtree.
// Every change is one transaction with its audit entry; an update keeps the version it replaces. Failures are
// ProblemError.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "org/service.h"
#include "planning/context_model.h"
#include "planning/context_store.h"
#include "platform/audit/audit_trail.h"
#include "processes/service.h"

namespace eduims::planning {

struct ContextIssueInput {
  db::Id unit_id = 0;
  std::string title, description, category, effect;
  std::vector<db::Id> process_ids, clause_ids;
  std::optional<std::string> review_date;
};

struct ContextIssuePatch {
  std::optional<std::string> title, description, category, effect;
  std::optional<std::vector<db::Id>> process_ids, clause_ids;
  bool review_present = false;
  std::optional<std::string> review_date;
};

struct ContextIssueFilter {
  std::optional<db::Id> unit_id, within;
  std::optional<std::string> category, kind, effect, text;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// The issues of a subtree by SWOT quadrant, each capped at `kSwotMost` (then `truncated`).
struct Swot {
  std::vector<ContextIssue> strengths, weaknesses, opportunities, threats;
  bool truncated = false;
};

class ContextService {
 public:
  static constexpr int kSwotMost = 500;

  ContextService(db::Database& db, org::OrgService& org, processes::ProcessService& processes)
      : db_(db), org_(org), processes_(processes) {}

  ContextIssue Get(const auth::Principal& who, db::Id id);
  std::vector<ContextIssue> List(const auth::Principal& who, const ContextIssueFilter& filter);
  ContextIssue Create(const auth::Principal& who, const ContextIssueInput& input, const audit::Actor& actor);
  ContextIssue Update(const auth::Principal& who, db::Id id, long long version, const ContextIssuePatch& patch,
                      const audit::Actor& actor);
  ContextIssue Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor);
  // The versions an update replaced, newest first.
  std::vector<context_store::IssueVersion> History(const auth::Principal& who, db::Id id);
  // The unarchived issues of the subtree at `within` (the caller's whole scope if absent).
  Swot SwotOf(const auth::Principal& who, std::optional<db::Id> within);

 private:
  std::pair<ContextIssue, std::string> Visible(soci::session& s, const auth::Principal& who, db::Id id);
  // The checks of an issue's own fields: texts, category (setting the kind), effect.
  static void Check(ContextIssue& issue);

  db::Database& db_;
  org::OrgService& org_;
  processes::ProcessService& processes_;
};

}  // namespace eduims::planning

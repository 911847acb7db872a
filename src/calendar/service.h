// Calendar feeds: secret addresses (/calendar/{token}.ics) that calendar applications poll without cookies. A
// user creates and revokes their own feeds; a feed is personal (what concerns its owner) or shows a unit's subtree
// (an organisation feed), and always only what its owner may see on the day it is read, from every registered
// CalendarSource. Tokens are stored hashed, like personal API tokens; creating and revoking a feed is audited.
// Failures are ProblemError.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "calendar/source.h"
#include "calendar/store.h"
#include "org/service.h"
#include "platform/audit/audit_trail.h"
#include "platform/auth/accounts.h"

namespace eduims::calendar {

class CalendarService {
 public:
  // A user may have at most this many feeds in use.
  static constexpr int kMostFeeds = 20;

  CalendarService(db::Database& db, org::OrgService& org, auth::AccountDirectory& accounts)
      : db_(db), org_(org), accounts_(accounts) {}

  // REQUIRES: called while the application is wired, before any feed is read; `source` outlives the service.
  void AddSource(CalendarSource& source) { sources_.push_back(&source); }

  std::vector<FeedRecord> List(const auth::Principal& who);
  // The new feed and its token, which is shown this once. An organisation feed needs a unit the caller may see.
  std::pair<FeedRecord, std::string> Create(const auth::Principal& who, const std::string& name,
                                            std::optional<db::Id> unit_id, const audit::Actor& actor);
  // 404 unless the feed is the caller's and in use.
  void Revoke(const auth::Principal& who, db::Id feed_id, const audit::Actor& actor);
  // The iCalendar text of the feed with `token`, covering a year back and three years ahead; 404 for a token that
  // is unknown or revoked, or whose owner is disabled.
  std::string Render(const std::string& token);

 private:
  db::Database& db_;
  org::OrgService& org_;
  auth::AccountDirectory& accounts_;
  std::vector<CalendarSource*> sources_;
};

boost::json::object ToJson(const FeedRecord& feed);

}  // namespace eduims::calendar

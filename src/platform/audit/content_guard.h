// Who may read what an audit entry says a record was and became. The audit-log route shows entries by unit
// (view_audit_log); a module some of whose records are closed to some readers of their unit (a restricted document)
// adds a guard for its entities, and the route leaves the content of an entry out for a reader a guard refuses, so
// the trail never shows what its reader may not open (issue 25).
#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "platform/audit/audit_trail.h"
#include "platform/auth/roles.h"

namespace eduims::audit {

class ContentGuards {
 public:
  // True if `reader` may read the content of `entry` (of one of the entities the guard was added for).
  using Guard = std::function<bool(const auth::Principal& reader, const Entry& entry)>;

  // Not thread-safe: guards are added at start-up, before requests are served.
  void Add(const std::vector<std::string>& entities, Guard guard);
  // True unless a guard of the entry's entity refuses `reader`.
  bool MayRead(const auth::Principal& reader, const Entry& entry) const;

 private:
  std::map<std::string, std::vector<Guard>> guards_;
};

}  // namespace eduims::audit

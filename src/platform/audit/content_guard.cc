#include "platform/audit/content_guard.h"

namespace eduims::audit {

void ContentGuards::Add(const std::vector<std::string>& entities, Guard guard) {
  for (const std::string& entity : entities) guards_[entity].push_back(guard);
}

bool ContentGuards::MayRead(const auth::Principal& reader, const Entry& entry) const {
  auto found = guards_.find(entry.change.entity);
  if (found == guards_.end()) return true;
  for (const Guard& guard : found->second)
    if (!guard(reader, entry)) return false;
  return true;
}

}  // namespace eduims::audit

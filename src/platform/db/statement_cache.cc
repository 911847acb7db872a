#include "platform/db/statement_cache.h"

#include <mutex>
#include <shared_mutex>

namespace eduims::db {
namespace {

struct Registry {
  std::shared_mutex mutex;
  std::unordered_map<const soci::session*, StatementCache*> caches;
};

Registry& TheRegistry() {
  static Registry* registry = new Registry();  // never destroyed: sessions may outlive static destruction order
  return *registry;
}

}  // namespace

StatementCache::Entry* StatementCache::Find(const std::string& sql) {
  auto it = entries_.find(sql);
  return it == entries_.end() ? nullptr : it->second.get();
}

StatementCache::Entry* StatementCache::Keep(const std::string& sql, std::unique_ptr<Entry> entry) {
  if (entries_.size() >= kCapacity && !entries_.count(sql)) entries_.clear();
  auto& slot = entries_[sql];
  slot = std::move(entry);
  return slot.get();
}

void StatementCache::Drop(const std::string& sql) { entries_.erase(sql); }

void StatementCache::Clear() { entries_.clear(); }

StatementCache* StatementCache::Of(const soci::session& session) {
  Registry& r = TheRegistry();
  std::shared_lock lock(r.mutex);
  auto it = r.caches.find(&session);
  return it == r.caches.end() ? nullptr : it->second;
}

void StatementCache::Attach(const soci::session& session, StatementCache* cache) {
  Registry& r = TheRegistry();
  std::unique_lock lock(r.mutex);
  r.caches[&session] = cache;
}

void StatementCache::Detach(const soci::session& session) {
  Registry& r = TheRegistry();
  std::unique_lock lock(r.mutex);
  r.caches.erase(&session);
}

}  // namespace eduims::db

#include "platform/lru_cache.h"

namespace eduims {

std::string LruCache::GetOrCompute(const std::string& key, const std::function<std::string()>& compute) {
  // Copied once the lock is let go: values run to tens of kilobytes, and every other caller waits on the lock.
  return *GetOrComputeShared(key, compute);
}

std::shared_ptr<const std::string> LruCache::GetOrComputeShared(const std::string& key,
                                                                const std::function<std::string()>& compute) {
  if (budget_ == 0) return std::make_shared<const std::string>(compute());
  std::unique_lock lock(mutex_);
  for (;;) {
    if (auto found = index_.find(key); found != index_.end()) {
      entries_.splice(entries_.begin(), entries_, found->second);
      return found->second->second;
    }
    if (computing_.insert(key).second) break;
    computed_.wait(lock);
  }
  lock.unlock();
  std::shared_ptr<const std::string> value;
  try {
    value = std::make_shared<const std::string>(compute());
  } catch (...) {
    lock.lock();
    computing_.erase(key);
    computed_.notify_all();
    throw;
  }
  lock.lock();
  computing_.erase(key);
  Keep(key, value);
  computed_.notify_all();
  return value;
}

size_t LruCache::size() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

size_t LruCache::bytes() const {
  std::lock_guard lock(mutex_);
  return bytes_;
}

void LruCache::Keep(const std::string& key, std::shared_ptr<const std::string> value) {
  if (key.size() + value->size() > budget_) return;
  entries_.emplace_front(key, std::move(value));
  index_.emplace(entries_.front().first, entries_.begin());
  bytes_ += Cost(entries_.front());
  while (bytes_ > budget_) Erase(std::prev(entries_.end()));
}

void LruCache::Erase(std::list<Entry>::iterator it) {
  bytes_ -= Cost(*it);
  index_.erase(it->first);
  entries_.erase(it);
}

}  // namespace eduims

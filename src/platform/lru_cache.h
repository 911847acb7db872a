// A bounded map from key to text, for answers that cost much more to compute than to keep: once the keys and values
// together exceed the budget, the least recently used entries go. Nothing here knows when an entry is out of date:
// the caller puts whatever makes the answer current (see audit/generation.h) into the key.
// Thread-safe: any number of threads may call GetOrCompute at once.
#pragma once
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace eduims {

class LruCache {
 public:
  // A budget of 0 keeps nothing: every call computes its own value, without waiting for another thread's.
  explicit LruCache(size_t budget_bytes) : budget_(budget_bytes) {}
  LruCache(const LruCache&) = delete;
  LruCache& operator=(const LruCache&) = delete;

  // The value under `key`, which becomes the most recently used; if there is none, `compute()`'s, kept under `key`
  // after dropping the least recently used entries until the budget holds (a value larger than the whole budget is
  // returned but not kept). While one thread computes a key, others asking for it wait for its value instead of
  // computing it too: a burst of requests after a change costs one computation, not one per thread. If `compute`
  // throws, the exception reaches its caller and the next thread waiting for the key computes it.
  std::string GetOrCompute(const std::string& key, const std::function<std::string()>& compute);
  // The same, sharing the kept value instead of copying it: for values sent on as they are.
  std::shared_ptr<const std::string> GetOrComputeShared(const std::string& key,
                                                        const std::function<std::string()>& compute);

  size_t size() const;
  size_t bytes() const;

 private:
  // Key and value, most recently used first; the value shared so a caller can copy it without holding the lock.
  using Entry = std::pair<std::string, std::shared_ptr<const std::string>>;
  static size_t Cost(const Entry& e) { return e.first.size() + e.second->size(); }
  // REQUIRES: mutex_ held.
  void Keep(const std::string& key, std::shared_ptr<const std::string> value);
  void Erase(std::list<Entry>::iterator it);

  const size_t budget_;
  mutable std::mutex mutex_;
  std::condition_variable computed_;
  std::set<std::string> computing_;
  std::list<Entry> entries_;
  std::unordered_map<std::string_view, std::list<Entry>::iterator> index_;  // views into entries_' keys
  size_t bytes_ = 0;
};

}  // namespace eduims

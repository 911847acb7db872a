#include "platform/db/group_commit.h"

#include <vector>

namespace eduims::db {

void GroupCommit::Write(const std::function<void(soci::session&)>& work) {
  Waiting me{&work, 0, nullptr};
  std::unique_lock lock(mutex_);
  queue_.push_back(&me);
  // Wait while another caller leads, unless it has taken and committed this work meanwhile.
  done_.wait(lock, [&] { return !leading_ || (me.group && committed_ >= me.group); });
  if (!me.group) {
    // Lead: run groups until this caller's work has been in one.
    leading_ = true;
    while (!me.group) {
      std::vector<Waiting*> group;
      while (!queue_.empty() && group.size() < max_group_) {
        group.push_back(queue_.front());
        queue_.pop_front();
      }
      uint64_t id = ++groups_;
      for (Waiting* w : group) w->group = id;
      lock.unlock();
      std::exception_ptr failure;
      try {
        db_.Write([&](soci::session& s) {
          for (Waiting* w : group) (*w->work)(s);
        });
      } catch (...) {
        failure = std::current_exception();
      }
      lock.lock();
      for (Waiting* w : group) w->failure = failure;
      committed_ = id;
      done_.notify_all();
    }
    leading_ = false;
    // Another caller queued behind this group leads next.
    done_.notify_all();
  }
  if (me.failure) std::rethrow_exception(me.failure);
}

}  // namespace eduims::db

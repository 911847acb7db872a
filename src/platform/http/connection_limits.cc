#include "platform/http/connection_limits.h"

#include <sys/resource.h>

#include <algorithm>

namespace eduims::http {

ConnectionLimits::ConnectionLimits(ConnectionCaps caps)
    : caps_(std::move(caps)), exempt_(caps_.exempt_addresses.begin(), caps_.exempt_addresses.end()) {}

Admission ConnectionLimits::Admit(const std::string& address) {
  std::lock_guard lock(mutex_);
  if (open_ >= caps_.total) return Admission::kServerFull;
  size_t& mine = by_address_[address];
  if (mine >= caps_.per_address && !exempt_.count(address)) {
    if (mine == 0) by_address_.erase(address);
    return Admission::kAddressFull;
  }
  ++mine;
  ++open_;
  return Admission::kAdmitted;
}

void ConnectionLimits::AdmitOverCap(const std::string& address) {
  std::lock_guard lock(mutex_);
  ++by_address_[address];
  ++open_;
}

void ConnectionLimits::Release(const std::string& address) {
  std::lock_guard lock(mutex_);
  auto it = by_address_.find(address);
  if (it == by_address_.end() || it->second == 0) return;
  if (--it->second == 0) by_address_.erase(it);
  --open_;
}

bool ConnectionLimits::UnderPressure() const {
  std::lock_guard lock(mutex_);
  return open_ * 4 >= caps_.total * 3;
}

size_t ConnectionLimits::open() const {
  std::lock_guard lock(mutex_);
  return open_;
}

size_t ConnectionsTheProcessCanHold(size_t reserve) {
  rlimit limit{};
  if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) return 1000;
  if (limit.rlim_cur < limit.rlim_max) {
    rlimit raised = limit;
    raised.rlim_cur = limit.rlim_max;
    if (::setrlimit(RLIMIT_NOFILE, &raised) == 0) limit = raised;
  }
  if (limit.rlim_cur == RLIM_INFINITY) return 1 << 20;
  size_t files = size_t(limit.rlim_cur);
  return files > 2 * reserve ? files - reserve : std::max<size_t>(files / 2, 1);
}

}  // namespace eduims::http

// How many connections the server holds open at once, overall and per client address: an attacker who opens
// thousands of connections and sends nothing would otherwise use up the process's file descriptors, and then nobody
// (the load balancer's health check included) gets an answer. Counts only; the server decides what to do with a
// refusal (close the oldest idle connection, or answer 503/429 and close). Thread-safe.
#pragma once
#include <cstddef>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace eduims::http {

struct ConnectionCaps {
  size_t total = 10000;
  size_t per_address = 256;
  // Addresses never capped on their own (reverse proxies and load balancers: every client arrives through them).
  std::vector<std::string> exempt_addresses;
};

enum class Admission {
  kAdmitted,
  kServerFull,   // `total` connections are open
  kAddressFull,  // `per_address` connections from this address are open
};

class ConnectionLimits {
 public:
  explicit ConnectionLimits(ConnectionCaps caps);
  // Counts the connection when admitted; every admitted connection is Released exactly once.
  Admission Admit(const std::string& address);
  // Counts a connection the server keeps although Admit said kServerFull (it closed an idle one to make room).
  void AdmitOverCap(const std::string& address);
  void Release(const std::string& address);
  // Three quarters of `total` are open: connections waiting for a request get a short time to send it.
  bool UnderPressure() const;
  size_t open() const;

 private:
  const ConnectionCaps caps_;
  const std::set<std::string> exempt_;
  mutable std::mutex mutex_;
  size_t open_ = 0;
  std::unordered_map<std::string, size_t> by_address_;
};

// The number of connections a process may hold given its limit on open files, keeping `reserve` descriptors for
// the database, spool files and logs. Raises the soft limit to the hard one first (as servers usually do).
size_t ConnectionsTheProcessCanHold(size_t reserve = 256);

}  // namespace eduims::http

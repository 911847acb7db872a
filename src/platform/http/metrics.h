// Request counts and latency histograms per route, rendered in the Prometheus text format. Thread-safe.
#pragma once
#include <array>
#include <map>
#include <mutex>
#include <string>

namespace eduims::http {

class Metrics {
 public:
  void Observe(const std::string& method, const std::string& route, int status, double seconds);
  std::string Render() const;

 private:
  static constexpr std::array<double, 12> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                       0.1,   0.25,   0.5,   1,    2.5,   5};
  struct Series {
    std::array<long long, kBuckets.size()> buckets{};
    long long count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::string, long long> requests_;  // key: method|route|status
  std::map<std::string, Series> latency_;      // key: method|route
};

}  // namespace eduims::http

#include "platform/http/metrics.h"

#include <fmt/format.h>

namespace eduims::http {

void Metrics::Observe(const std::string& method, const std::string& route, int status, double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[method + "|" + route + "|" + std::to_string(status)];
  Series& s = latency_[method + "|" + route];
  for (size_t i = 0; i < kBuckets.size(); ++i)
    if (seconds <= kBuckets[i]) ++s.buckets[i];
  ++s.count;
  s.sum += seconds;
}

std::string Metrics::Render() const {
  std::lock_guard lock(mutex_);
  std::string out =
      "# HELP eduims_http_requests_total HTTP requests answered.\n# TYPE eduims_http_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    size_t a = key.find('|'), b = key.rfind('|');
    out += fmt::format("eduims_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{}\"}} {}\n", key.substr(0, a),
                       key.substr(a + 1, b - a - 1), key.substr(b + 1), count);
  }
  out += "# HELP eduims_http_request_duration_seconds Time to answer a request.\n"
         "# TYPE eduims_http_request_duration_seconds histogram\n";
  for (const auto& [key, s] : latency_) {
    size_t a = key.find('|');
    std::string labels = fmt::format("method=\"{}\",route=\"{}\"", key.substr(0, a), key.substr(a + 1));
    for (size_t i = 0; i < kBuckets.size(); ++i)
      out += fmt::format("eduims_http_request_duration_seconds_bucket{{{},le=\"{}\"}} {}\n", labels, kBuckets[i],
                         s.buckets[i]);
    out += fmt::format("eduims_http_request_duration_seconds_bucket{{{},le=\"+Inf\"}} {}\n", labels, s.count);
    out += fmt::format("eduims_http_request_duration_seconds_sum{{{}}} {}\n", labels, s.sum);
    out += fmt::format("eduims_http_request_duration_seconds_count{{{}}} {}\n", labels, s.count);
  }
  return out;
}

}  // namespace eduims::http

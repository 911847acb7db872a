#include "platform/http/rate_limit.h"

namespace eduims::http {

std::optional<long> RateLimiter::Take(const std::string& subject, TimePoint now) {
  using std::chrono::seconds;
  long window = limit_.window_seconds;
  long since_epoch = long(std::chrono::duration_cast<seconds>(now.time_since_epoch()).count());
  long start = since_epoch - since_epoch % window;
  std::string window_start = FormatTimestamp(TimePoint(seconds(start)));
  // Counters of windows that ended a day ago answer nothing any more.
  std::string stale = FormatTimestamp(TimePoint(seconds(start - 86400)));
  long long count = 0;
  counts_.Write([&](soci::session& s) {
    s << "INSERT INTO request_counts (subject, window_start, requests) VALUES (:s, :w, 1) ON CONFLICT (subject, "
         "window_start) DO UPDATE SET requests = request_counts.requests + 1 RETURNING requests",
        soci::use(subject), soci::use(window_start), soci::into(count);
    // Once per window and subject, so the clean-up costs nothing on the hot path.
    if (count == 1) s << "DELETE FROM request_counts WHERE window_start < :stale", soci::use(stale);
  });
  if (count <= limit_.requests) return std::nullopt;
  return start + window - since_epoch;
}

}  // namespace eduims::http

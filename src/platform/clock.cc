#include "platform/clock.h"

#include <fmt/format.h>

#include <atomic>
#include <cctype>

namespace eduims {
namespace {

bool ReadNumber(std::string_view text, size_t pos, size_t width, int& out) {
  if (pos + width > text.size()) return false;
  int value = 0;
  for (size_t i = pos; i < pos + width; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    value = value * 10 + (text[i] - '0');
  }
  out = value;
  return true;
}

class System final : public Clock {
 public:
  TimePoint Now() const override { return std::chrono::system_clock::now(); }
};

class Started final : public Clock {
 public:
  explicit Started(TimePoint start) : start_(start), made_(std::chrono::steady_clock::now()) {}
  TimePoint Now() const override {
    return start_ + std::chrono::duration_cast<TimePoint::duration>(std::chrono::steady_clock::now() - made_);
  }

 private:
  TimePoint start_;
  std::chrono::steady_clock::time_point made_;
};

std::atomic<std::shared_ptr<const Clock>>& Installed() {
  static std::atomic<std::shared_ptr<const Clock>> clock{SystemClock()};
  return clock;
}

}  // namespace

std::shared_ptr<const Clock> SystemClock() {
  static const std::shared_ptr<const Clock> clock = std::make_shared<System>();
  return clock;
}

std::shared_ptr<const Clock> ClockStartingAt(TimePoint start) { return std::make_shared<Started>(start); }

void InstallClock(std::shared_ptr<const Clock> clock) { Installed().store(std::move(clock)); }

TimePoint Now() { return Installed().load()->Now(); }

std::string FormatTimestamp(TimePoint t) {
  using namespace std::chrono;
  auto ms = duration_cast<milliseconds>(t.time_since_epoch()).count();
  auto day_ms = ((ms % 86400000) + 86400000) % 86400000;
  sys_days day{days{(ms - day_ms) / 86400000}};
  year_month_day ymd{day};
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", int(ymd.year()), unsigned(ymd.month()),
                     unsigned(ymd.day()), day_ms / 3600000, (day_ms / 60000) % 60, (day_ms / 1000) % 60, day_ms % 1000);
}

std::string NowTimestamp() { return FormatTimestamp(Now()); }

std::optional<TimePoint> ParseTimestamp(std::string_view text) {
  using namespace std::chrono;
  if (text.size() < 20 || text[10] != 'T' || text.back() != 'Z') return std::nullopt;
  auto date = ParseDate(text.substr(0, 10));
  int h, m, s, ms = 0;
  if (!date || text[13] != ':' || text[16] != ':' || !ReadNumber(text, 11, 2, h) || !ReadNumber(text, 14, 2, m) ||
      !ReadNumber(text, 17, 2, s) || h > 23 || m > 59 || s > 59)
    return std::nullopt;
  if (text.size() == 24) {
    if (text[19] != '.' || !ReadNumber(text, 20, 3, ms)) return std::nullopt;
  } else if (text.size() != 20) {
    return std::nullopt;
  }
  return TimePoint(sys_days(*date).time_since_epoch() + hours(h) + minutes(m) + seconds(s) + milliseconds(ms));
}

std::optional<std::chrono::year_month_day> ParseDate(std::string_view text) {
  using namespace std::chrono;
  int y, m, d;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !ReadNumber(text, 0, 4, y) ||
      !ReadNumber(text, 5, 2, m) || !ReadNumber(text, 8, 2, d))
    return std::nullopt;
  year_month_day ymd{year{y}, month{unsigned(m)}, day{unsigned(d)}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

std::string FormatDate(std::chrono::year_month_day date) {
  return fmt::format("{:04}-{:02}-{:02}", int(date.year()), unsigned(date.month()), unsigned(date.day()));
}

std::chrono::year_month_day TodayInVietnam(TimePoint now) {
  return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(now + std::chrono::hours(7))};
}

}  // namespace eduims

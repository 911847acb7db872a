// Time as the product stores it: UTC timestamps "YYYY-MM-DDTHH:MM:SS.mmmZ" and dates "YYYY-MM-DD", both of which
// sort correctly as text on every engine.
#pragma once
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace eduims {

using TimePoint = std::chrono::system_clock::time_point;

// Where "now" comes from. One clock serves the whole process: the composition root (Application, from
// ApplicationOptions::clock) installs it, and Now(), NowTimestamp() and TodayInVietnam() read it, so every module
// keeps calling those free functions and a test that installs a fixed clock fixes today's date everywhere.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimePoint Now() const = 0;
};

// The computer's clock: what the process reads until another clock is installed.
std::shared_ptr<const Clock> SystemClock();
// A clock that reads `start` when made and then runs at real speed, so a day fixed by a test stays that day while
// timestamps still order and delays (mail retries, session lifetimes) still pass.
std::shared_ptr<const Clock> ClockStartingAt(TimePoint start);
// REQUIRES: `clock` is not null. Safe to call while other threads read the time.
void InstallClock(std::shared_ptr<const Clock> clock);
TimePoint Now();

std::string FormatTimestamp(TimePoint t);
std::string NowTimestamp();
// Parses the format FormatTimestamp writes (and "YYYY-MM-DDTHH:MM:SSZ"); nullopt if malformed.
std::optional<TimePoint> ParseTimestamp(std::string_view text);

// A calendar date; valid only if the day exists (29 February only in leap years).
std::optional<std::chrono::year_month_day> ParseDate(std::string_view text);
std::string FormatDate(std::chrono::year_month_day date);
// Today's date in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), the organisation's calendar.
std::chrono::year_month_day TodayInVietnam(TimePoint now = Now());

}  // namespace eduims

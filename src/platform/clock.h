// Time as the product stores it: UTC timestamps "YYYY-MM-DDTHH:MM:SS.mmmZ" and dates "YYYY-MM-DD", both of which
// sort correctly as text on every engine.
#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace eduims {

using TimePoint = std::chrono::system_clock::time_point;

std::string FormatTimestamp(TimePoint t);
std::string NowTimestamp();
// Parses the format FormatTimestamp writes (and "YYYY-MM-DDTHH:MM:SSZ"); nullopt if malformed.
std::optional<TimePoint> ParseTimestamp(std::string_view text);

// A calendar date; valid only if the day exists (29 February only in leap years).
std::optional<std::chrono::year_month_day> ParseDate(std::string_view text);
std::string FormatDate(std::chrono::year_month_day date);
// Today's date in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), the organisation's calendar.
std::chrono::year_month_day TodayInVietnam(TimePoint now = std::chrono::system_clock::now());

}  // namespace eduims

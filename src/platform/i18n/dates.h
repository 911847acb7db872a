// Dates and times as a reader reads them in the files the product writes (PDF, spreadsheets, mail): 31/12/2026 in
// Vietnamese, 2026-12-31 in English, and a stored UTC timestamp on the reader's own clock (their time zone).
#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "platform/i18n/language.h"

namespace eduims {

struct LocalTime {
  std::chrono::year_month_day day;
  std::chrono::minutes time_of_day{0};
};

// `date` ("YYYY-MM-DD", or a timestamp, whose date it takes) as `language` writes it; other text unchanged.
std::string DayText(std::string_view date, Language language);
// The UTC timestamp on the clock of `time_zone` (an IANA name; ICU's rules, daylight saving included; UTC for a name
// ICU does not know); nullopt if the timestamp is malformed.
std::optional<LocalTime> InTimeZone(std::string_view timestamp, const std::string& time_zone);
// "31/12/2026 14:05" or "2026-12-31 14:05" on the clock of `time_zone`; the text unchanged if malformed.
std::string MomentText(std::string_view timestamp, const std::string& time_zone, Language language);

}  // namespace eduims

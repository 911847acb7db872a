#include "platform/i18n/dates.h"

#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <memory>

#include "platform/clock.h"

namespace eduims {

std::string DayText(std::string_view date, Language language) {
  if (date.size() < 10 || !ParseDate(date.substr(0, 10))) return std::string(date);
  if (language == Language::kEnglish) return std::string(date.substr(0, 10));
  return std::string(date.substr(8, 2)) + "/" + std::string(date.substr(5, 2)) + "/" + std::string(date.substr(0, 4));
}

std::optional<LocalTime> InTimeZone(std::string_view timestamp, const std::string& time_zone) {
  auto t = ParseTimestamp(timestamp);
  if (!t) return std::nullopt;
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(t->time_since_epoch()).count();
  std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(time_zone)));
  int32_t raw = 0, dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  zone->getOffset(static_cast<UDate>(ms), false, raw, dst, status);
  if (U_FAILURE(status)) raw = dst = 0;
  auto local = std::chrono::floor<std::chrono::minutes>(*t + std::chrono::milliseconds(raw + dst));
  auto day = std::chrono::floor<std::chrono::days>(local);
  return LocalTime{std::chrono::year_month_day(day), local - day};
}

std::string MomentText(std::string_view timestamp, const std::string& time_zone, Language language) {
  auto local = InTimeZone(timestamp, time_zone);
  if (!local) return std::string(timestamp);
  char clock[8];
  std::snprintf(clock, sizeof clock, "%02d:%02d", int(local->time_of_day.count() / 60),
                int(local->time_of_day.count() % 60));
  return DayText(FormatDate(local->day), language) + " " + clock;
}

}  // namespace eduims

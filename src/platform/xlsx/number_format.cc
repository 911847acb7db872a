#include "platform/xlsx/number_format.h"

#include <chrono>
#include <cmath>
#include <cstdio>

namespace eduims::xlsx {

namespace {

// The letters of the first section of `code` that are format tokens: quoted text, escaped and padding characters
// and [...] brackets left out. Sets `elapsed` for [h], [m] or [s], elapsed time.
std::string FormatLetters(std::string_view code, bool& elapsed) {
  std::string out;
  for (size_t i = 0; i < code.size() && code[i] != ';'; ++i) {
    char c = code[i];
    if (c == '"' || c == '[') {
      size_t end = code.find(c == '"' ? '"' : ']', i + 1);
      if (end == std::string_view::npos) break;
      if (c == '[' && end > i + 1 && std::string_view("hHmMsS").find(code[i + 1]) != std::string_view::npos)
        elapsed = true;
      i = end;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (std::string_view("yYmMdDhHsS").find(c) != std::string_view::npos) {
      out += char(c | 0x20);
    }
  }
  return out;
}

}  // namespace

NumberKind KindOfFormat(int id, std::string_view code) {
  if (code.empty()) {
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
      return NumberKind::kDate;
    if (id == 22) return NumberKind::kDateTime;
    if ((id >= 18 && id <= 21) || id == 32 || id == 33 || id == 45 || id == 47) return NumberKind::kTime;
    return NumberKind::kNumber;  // 46 is [h]:mm:ss, a duration
  }
  bool elapsed = false;
  std::string letters = FormatLetters(code, elapsed);
  if (elapsed) return NumberKind::kNumber;
  auto has = [&](char c) { return letters.find(c) != std::string::npos; };
  bool time = has('h') || has('s');
  // An m beside h or s is a minute ("h:mm", "mm:ss"), else a month.
  bool date = has('y') || has('d') || (has('m') && !time);
  if (date && time) return NumberKind::kDateTime;
  if (date) return NumberKind::kDate;
  if (time) return NumberKind::kTime;
  return NumberKind::kNumber;
}

std::optional<std::string> SerialText(double serial, NumberKind kind, bool date1904) {
  if (kind == NumberKind::kNumber || !std::isfinite(serial) || serial < 0 || serial > 2958465.99999) return std::nullopt;
  long long seconds = std::llround(serial * 86400.0);
  long long days = seconds / 86400, of_day = seconds % 86400;
  using std::chrono::sys_days;
  sys_days day;
  if (date1904) {
    day = sys_days(std::chrono::year(1904) / 1 / 1) + std::chrono::days(days);
  } else {
    if (days == 60) return std::nullopt;
    // Excel counts 1900 as a leap year: from serial 61 (1 March 1900) on, the serial is one day ahead.
    day = sys_days(std::chrono::year(1899) / 12 / 31) + std::chrono::days(days < 60 ? days : days - 1);
  }
  std::chrono::year_month_day ymd(day);
  if (int(ymd.year()) > 9999) return std::nullopt;
  char date[16], time[16];
  std::snprintf(date, sizeof date, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
  std::snprintf(time, sizeof time, "%02lld:%02lld:%02lld", of_day / 3600, of_day / 60 % 60, of_day % 60);
  switch (kind) {
    case NumberKind::kDate: return std::string(date);
    case NumberKind::kTime: return std::string(time);
    default: return std::string(date) + "T" + time;
  }
}

}  // namespace eduims::xlsx

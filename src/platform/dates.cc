#include "platform/dates.h"

#include <algorithm>

namespace eduims {

using namespace std::chrono;

Date AddMonths(Date date, int months) {
  year_month ym = year_month{date.year(), date.month()} + std::chrono::months{months};
  unsigned last = unsigned(year_month_day_last{ym.year(), month_day_last{ym.month()}}.day());
  return Date{ym.year(), ym.month(), day{std::min(unsigned(date.day()), last)}};
}

Date AddDays(Date date, long days) { return Date{sys_days{date} + std::chrono::days{days}}; }

long DaysBetween(Date from, Date to) { return (sys_days{to} - sys_days{from}).count(); }

}  // namespace eduims

// Calendar arithmetic on dates (no time of day, no time zone): what document reviews, record retention,
// nonconformity due dates and the certification cycle all need. Months are added with clamping to the end of the
// month, so a date that does not exist in the target month (29 February, the 31st) becomes the month's last day.
#pragma once
#include <chrono>

namespace eduims {

using Date = std::chrono::year_month_day;

Date AddMonths(Date date, int months);
Date AddDays(Date date, long days);
long DaysBetween(Date from, Date to);

}  // namespace eduims

#include "calendar/ical.h"

#include <algorithm>
#include <chrono>
#include <tuple>

#include "platform/clock.h"

namespace eduims::calendar {
namespace {

// RFC 5545 3.1: lines of at most 75 octets, excluding the line break.
constexpr size_t kLineOctets = 75;

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string DayAfter(std::string_view date) {
  auto parsed = ParseDate(date);
  if (!parsed) return "";
  return FormatDate(std::chrono::year_month_day(std::chrono::sys_days(*parsed) + std::chrono::days(1)));
}

// The property lines of one event, or nothing if its dates are malformed.
std::string EventLines(const Event& e) {
  std::string start, end;
  if (e.all_day) {
    start = DateValue(e.start);
    end = DateValue(DayAfter(e.end));
  } else {
    start = DateTimeValue(e.start);
    end = DateTimeValue(e.end);
  }
  std::string stamp = DateTimeValue(e.changed_at);
  if (start.empty() || end.empty() || stamp.empty()) return "";
  std::string out = ContentLine("BEGIN:VEVENT");
  out += ContentLine("UID:" + EscapeText(e.uid));
  out += ContentLine("DTSTAMP:" + stamp);
  out += ContentLine("LAST-MODIFIED:" + stamp);
  out += ContentLine(e.all_day ? "DTSTART;VALUE=DATE:" + start : "DTSTART:" + start);
  out += ContentLine(e.all_day ? "DTEND;VALUE=DATE:" + end : "DTEND:" + end);
  out += ContentLine("SEQUENCE:" + std::to_string(e.sequence));
  out += ContentLine("SUMMARY:" + EscapeText(e.summary));
  if (!e.description.empty()) out += ContentLine("DESCRIPTION:" + EscapeText(e.description));
  if (!e.location.empty()) out += ContentLine("LOCATION:" + EscapeText(e.location));
  if (!e.categories.empty()) {
    std::string list;
    for (const auto& c : e.categories) list += (list.empty() ? "" : ",") + EscapeText(c);
    out += ContentLine("CATEGORIES:" + list);
  }
  if (!e.url.empty()) out += ContentLine("URL:" + e.url);
  if (!e.status.empty()) out += ContentLine("STATUS:" + e.status);
  // A date on the calendar, not a meeting: it should not block the reader's free time.
  out += ContentLine("TRANSP:TRANSPARENT");
  out += ContentLine("END:VEVENT");
  return out;
}

}  // namespace

std::string EscapeText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') continue;
      out += "\\n";
    } else if (static_cast<unsigned char>(c) >= 0x20 || c == '\t') {
      out += c;
    }
  }
  return out;
}

std::string ContentLine(std::string_view line) {
  std::string out;
  size_t limit = kLineOctets;  // the first line; continuations give one octet to their leading space
  while (line.size() > limit) {
    size_t cut = limit;
    while (cut > 0 && IsContinuationByte(line[cut])) --cut;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = kLineOctets - 1;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string DateValue(std::string_view date) {
  if (!ParseDate(date)) return "";
  return std::string(date.substr(0, 4)) + std::string(date.substr(5, 2)) + std::string(date.substr(8, 2));
}

std::string DateTimeValue(std::string_view timestamp) {
  auto parsed = ParseTimestamp(timestamp);
  if (!parsed) return "";
  std::string text = FormatTimestamp(*parsed);  // "YYYY-MM-DDTHH:MM:SS.mmmZ"
  return DateValue(text.substr(0, 10)) + "T" + text.substr(11, 2) + text.substr(14, 2) + text.substr(17, 2) + "Z";
}

std::string Write(const Feed& feed) {
  std::vector<const Event*> events;
  for (const Event& e : feed.events) events.push_back(&e);
  std::sort(events.begin(), events.end(),
            [](const Event* a, const Event* b) { return std::tie(a->start, a->uid) < std::tie(b->start, b->uid); });
  std::string out = ContentLine("BEGIN:VCALENDAR");
  out += ContentLine("VERSION:2.0");
  out += ContentLine("PRODID:-//EduIMS//EduIMS " EDUIMS_VERSION "//VI");
  out += ContentLine("CALSCALE:GREGORIAN");
  out += ContentLine("METHOD:PUBLISH");
  out += ContentLine("NAME:" + EscapeText(feed.name));
  out += ContentLine("X-WR-CALNAME:" + EscapeText(feed.name));
  if (!feed.description.empty()) {
    out += ContentLine("DESCRIPTION:" + EscapeText(feed.description));
    out += ContentLine("X-WR-CALDESC:" + EscapeText(feed.description));
  }
  // How often an application should poll (RFC 7986, and the older Microsoft property).
  out += ContentLine("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
  out += ContentLine("X-PUBLISHED-TTL:PT1H");
  for (const Event* e : events) out += EventLines(*e);
  out += ContentLine("END:VCALENDAR");
  return out;
}

}  // namespace eduims::calendar

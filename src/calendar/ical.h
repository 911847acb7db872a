// An RFC 5545 iCalendar writer for published feeds that calendar applications poll: a VCALENDAR of VEVENTs with
// CRLF line ends, lines folded at 75 octets (never inside a UTF-8 character), TEXT values escaped (\\ \; \, \n),
// a UID that stays the same for an event from one poll to the next, and DTSTAMP / LAST-MODIFIED from the last
// change of what the event shows, so an unchanged event reads the same every time. All-day events are VALUE=DATE
// with the exclusive DTEND the RFC asks for. Plain code, no I/O.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace eduims::calendar {

struct Event {
  std::string uid;  // stable and unique, e.g. "audit-42@eduims"
  std::string summary, description, location, url;
  std::vector<std::string> categories;
  // All-day: `start` and `end` are dates "YYYY-MM-DD", `end` the last day (inclusive). Otherwise UTC timestamps
  // "YYYY-MM-DDTHH:MM:SS(.mmm)Z" with `end` exclusive.
  bool all_day = true;
  std::string start, end;
  std::string changed_at;  // UTC timestamp of the last change; DTSTAMP and LAST-MODIFIED
  long long sequence = 0;  // revision of the event, for clients that compare
  std::string status;      // "CONFIRMED", "TENTATIVE", "CANCELLED", or empty
};

struct Feed {
  std::string name;         // shown by the application as the calendar's name
  std::string description;
  std::vector<Event> events;
};

// The whole calendar, events ordered by start then UID. An event whose dates or timestamps do not parse is left
// out rather than written wrong (callers give dates the product stored, so this does not happen).
std::string Write(const Feed& feed);

// The parts, for tests.
// `text` as an iCalendar TEXT value: backslash, semicolon and comma escaped, line breaks as \n, other control
// characters (tab aside) dropped.
std::string EscapeText(std::string_view text);
// One content line, folded into lines of at most 75 octets (continuations start with a space), each ending CRLF.
std::string ContentLine(std::string_view line);
// "20261123" from "2026-11-23"; "20261123T083000Z" from a UTC timestamp; empty if malformed.
std::string DateValue(std::string_view date);
std::string DateTimeValue(std::string_view timestamp);

}  // namespace eduims::calendar

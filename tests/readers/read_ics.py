"""Parses an iCalendar file with Debian's python3-icalendar and prints what a calendar application would take from
it as JSON: {"calendar": {"prodid", "version", "name"}, "events": [{"uid", "summary", "description", "start",
"end", "all_day", "dtstamp", "sequence", "url", "categories"}]}. Also checks the RFC 5545 framing the parser
tolerates: every line ends with CRLF and none is longer than 75 octets. Exits non-zero with the reason otherwise."""
import datetime
import json
import sys

import icalendar


def when(value):
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return value.isoformat()


def main(path):
    raw = open(path, "rb").read()
    if not raw.endswith(b"\r\n"):
        sys.exit("the last line does not end with CRLF")
    for number, line in enumerate(raw.split(b"\r\n")[:-1], start=1):
        if b"\n" in line or b"\r" in line:
            sys.exit("line %d holds a bare line break" % number)
        if len(line) > 75:
            sys.exit("line %d is %d octets long" % (number, len(line)))
        line.decode("utf-8")
    calendar = icalendar.Calendar.from_ical(raw)
    events = []
    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND") if "DTEND" in event else None
        categories = event.get("CATEGORIES")
        events.append({
            "uid": str(event["UID"]),
            "summary": str(event.get("SUMMARY", "")),
            "description": str(event.get("DESCRIPTION", "")),
            "start": when(start),
            "end": when(end) if end is not None else None,
            "all_day": not isinstance(start, datetime.datetime),
            "dtstamp": when(event.decoded("DTSTAMP")),
            "sequence": int(event.get("SEQUENCE", 0)),
            "url": str(event.get("URL", "")),
            "categories": [str(c) for c in categories.cats] if categories is not None else [],
        })
    print(json.dumps({
        "calendar": {"prodid": str(calendar.get("PRODID")), "version": str(calendar.get("VERSION")),
                     "name": str(calendar.get("X-WR-CALNAME", ""))},
        "events": events,
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])

#include "calendar/ical.h"

#include <gtest/gtest.h>

#include "readers.h"

namespace eduims::calendar {
namespace {

// The lines of `text` split at CRLF; fails the test on a bare CR or LF.
std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find("\r\n", start);
    EXPECT_NE(end, std::string::npos) << "the text does not end with CRLF";
    if (end == std::string::npos) break;
    std::string line = text.substr(start, end - start);
    EXPECT_EQ(line.find_first_of("\r\n"), std::string::npos) << line;
    out.push_back(line);
    start = end + 2;
  }
  return out;
}

// RFC 5545 3.1 unfolding: a line break followed by one space disappears.
std::string Unfolded(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 3, "\r\n ") == 0) {
      i += 2;
      continue;
    }
    out += text[i];
  }
  return out;
}

TEST(ICalendar, TextValuesAreEscaped) {
  EXPECT_EQ(EscapeText("Đánh giá; lớp 10A1, 10A2 \\ phòng họp"), "Đánh giá\\; lớp 10A1\\, 10A2 \\\\ phòng họp");
  EXPECT_EQ(EscapeText("dòng 1\ndòng 2\r\ndòng 3\rdòng 4"), "dòng 1\\ndòng 2\\ndòng 3\\ndòng 4");
  EXPECT_EQ(EscapeText(std::string("a\tb\x01\x7f")), "a\tb\x7f");
}

TEST(ICalendar, LongLinesFoldAt75OctetsNeverInsideACharacter) {
  std::string ascii = "DESCRIPTION:" + std::string(200, 'x');
  auto lines = Lines(ContentLine(ascii));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].size(), 75u);
  EXPECT_EQ(lines[1].size(), 75u);
  EXPECT_EQ(lines[1][0], ' ');
  EXPECT_EQ(Unfolded(ContentLine(ascii)), ascii + "\r\n");

  // Vietnamese letters take two or three octets: no line may end inside one.
  std::string vietnamese = "SUMMARY:";
  for (int i = 0; i < 40; ++i) vietnamese += "Đánh giá nội bộ ";
  std::string folded = ContentLine(vietnamese);
  for (const auto& line : Lines(folded)) {
    EXPECT_LE(line.size(), 75u);
    ASSERT_FALSE(line.empty());
    unsigned char last = static_cast<unsigned char>(line.back());
    EXPECT_TRUE(last < 0x80 || (last & 0xC0) == 0x80) << "a line ends with the lead byte of a character";
  }
  EXPECT_EQ(Unfolded(folded), vietnamese + "\r\n");
  EXPECT_EQ(ContentLine("END:VEVENT"), "END:VEVENT\r\n");
}

TEST(ICalendar, DatesAndTimestamps) {
  EXPECT_EQ(DateValue("2026-11-23"), "20261123");
  EXPECT_EQ(DateValue("2026-02-29"), "");
  EXPECT_EQ(DateTimeValue("2026-11-23T01:02:03.456Z"), "20261123T010203Z");
  EXPECT_EQ(DateTimeValue("2026-11-23T01:02:03Z"), "20261123T010203Z");
  EXPECT_EQ(DateTimeValue("yesterday"), "");
}

Event AllDay(std::string uid, std::string start, std::string end) {
  Event e;
  e.uid = std::move(uid);
  e.summary = "Sự kiện";
  e.start = std::move(start);
  e.end = std::move(end);
  e.changed_at = "2026-11-20T03:00:00.000Z";
  return e;
}

TEST(ICalendar, AllDayEventsEndTheDayAfterTheirLastDay) {
  Feed feed;
  feed.name = "Lịch";
  feed.events = {AllDay("a@eduims", "2026-12-31", "2026-12-31"), AllDay("b@eduims", "2028-02-27", "2028-02-28"),
                 AllDay("bad@eduims", "2026-13-01", "2026-13-02")};
  std::string text = Write(feed);
  EXPECT_NE(text.find("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"), std::string::npos);
  EXPECT_NE(text.find("DTSTART;VALUE=DATE:20280227\r\nDTEND;VALUE=DATE:20280229\r\n"), std::string::npos);
  EXPECT_EQ(text.find("bad@eduims"), std::string::npos) << "an event with an impossible date is left out";
  EXPECT_EQ(Write(feed), text) << "the same events read the same on every poll";
}

TEST(ICalendar, ARealParserReadsTheFeed) {
  Feed feed;
  feed.name = "EduIMS — Lịch đánh giá, Sơn La";
  feed.description = "Đánh giá; hạn hành động";
  Event audit = AllDay("audit-7@eduims", "2026-12-01", "2026-12-03");
  audit.summary = "Đánh giá nội bộ: Tuyển sinh, đào tạo; kiểm tra \\ hồ sơ";
  audit.description = "Trưởng đoàn: Trần Thị Ánh\nĐơn vị: THPT Chuyên Sơn La\n" + std::string(120, '-');
  audit.categories = {"audit", "đánh giá nội bộ"};
  audit.sequence = 3;
  audit.status = "CONFIRMED";
  Event meeting;
  meeting.uid = "meeting-1@eduims";
  meeting.summary = "Họp xem xét của lãnh đạo";
  meeting.all_day = false;
  meeting.start = "2026-12-05T01:30:00.000Z";
  meeting.end = "2026-12-05T03:00:00.000Z";
  meeting.changed_at = "2026-11-21T10:00:00.000Z";
  meeting.url = "https://eduims.example.vn/meetings/1";
  feed.events = {meeting, audit};
  auto seen = testing::ReadIcs(Write(feed));
  ASSERT_TRUE(seen.is_object());
  EXPECT_EQ(seen.at("calendar").at("version").as_string(), "2.0");
  EXPECT_EQ(seen.at("calendar").at("name").as_string(), feed.name);
  const auto& events = seen.at("events").as_array();
  ASSERT_EQ(events.size(), 2u);
  const auto& first = events[0].as_object();
  EXPECT_EQ(first.at("uid").as_string(), "audit-7@eduims");
  EXPECT_EQ(first.at("summary").as_string(), audit.summary);
  EXPECT_EQ(first.at("description").as_string(), audit.description);
  EXPECT_TRUE(first.at("all_day").as_bool());
  EXPECT_EQ(first.at("start").as_string(), "2026-12-01");
  EXPECT_EQ(first.at("end").as_string(), "2026-12-04");
  EXPECT_EQ(first.at("dtstamp").as_string(), "2026-11-20T03:00:00+00:00");
  EXPECT_EQ(first.at("sequence").as_int64(), 3);
  EXPECT_EQ(first.at("categories").as_array().size(), 2u);
  EXPECT_EQ(first.at("categories").as_array()[1].as_string(), "đánh giá nội bộ");
  const auto& second = events[1].as_object();
  EXPECT_FALSE(second.at("all_day").as_bool());
  EXPECT_EQ(second.at("start").as_string(), "2026-12-05T01:30:00+00:00");
  EXPECT_EQ(second.at("url").as_string(), meeting.url);
}

}  // namespace
}  // namespace eduims::calendar

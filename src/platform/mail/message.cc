#include "platform/mail/message.h"

#include <sodium.h>

#include <chrono>
#include <cstdio>

#include "platform/clock.h"

namespace eduims::mail {
namespace {

std::string Base64(std::string_view bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string EncodeHeaderText(std::string_view text) {
  // "=?UTF-8?B?" + "?=" is 12 characters; 45 bytes encode to 60, so a word stays within 75.
  constexpr size_t kBytesPerWord = 45;
  std::string out;
  for (size_t start = 0; start < text.size();) {
    size_t end = std::min(text.size(), start + kBytesPerWord);
    size_t split = end;
    while (split < text.size() && split > start && IsContinuationByte(text[split])) --split;
    if (split > start) end = split;  // else not UTF-8 at all: split anywhere rather than never
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + Base64(text.substr(start, end - start)) + "?=";
    start = end;
  }
  return out;
}

std::string Base64Lines(std::string_view bytes) {
  std::string encoded = Base64(bytes), out;
  for (size_t i = 0; i < encoded.size(); i += 76) out += encoded.substr(i, 76) + "\r\n";
  return out;
}

std::string MailDate(std::string_view timestamp) {
  auto t = ParseTimestamp(timestamp);
  if (!t) return "";
  auto days = std::chrono::floor<std::chrono::days>(*t);
  std::chrono::year_month_day ymd{days};
  std::chrono::hh_mm_ss hms{std::chrono::floor<std::chrono::seconds>(*t - days)};
  static const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%s, %02u %s %d %02d:%02d:%02d +0000",
                kDays[std::chrono::weekday{days}.c_encoding()], unsigned(ymd.day()), kMonths[unsigned(ymd.month()) - 1],
                int(ymd.year()), int(hms.hours().count()), int(hms.minutes().count()), int(hms.seconds().count()));
  return buffer;
}

std::string FormatMessage(const Mail& mail, std::string_view from, std::string_view date, std::string_view message_id) {
  std::string body;
  for (char c : mail.body) {
    if (c == '\r') continue;
    if (c == '\n') body += "\r\n";
    else body += c;
  }
  std::string out;
  out += "From: " + std::string(from) + "\r\n";
  out += "To: " + mail.to + "\r\n";
  out += "Subject: " + EncodeHeaderText(mail.subject) + "\r\n";
  out += "Date: " + std::string(date) + "\r\n";
  out += "Message-ID: <" + std::string(message_id) + ">\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=UTF-8\r\n";
  out += "Content-Transfer-Encoding: base64\r\n";
  out += "Auto-Submitted: auto-generated\r\n";
  out += "\r\n";
  out += Base64Lines(body);
  return out;
}

}  // namespace eduims::mail

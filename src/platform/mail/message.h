// An e-mail the product sends (a notice to one person) and its Internet Message Format text (RFC 5322 with MIME):
// UTF-8 subject as RFC 2047 encoded words, UTF-8 plain-text body in base64, so Vietnamese text and any character a
// user typed into a title travel unchanged and can never break a header or end the SMTP data early. No I/O.
#pragma once
#include <string>
#include <string_view>

namespace eduims::mail {

struct Mail {
  std::string to;  // one address, already normalised (org::NormaliseEmail)
  std::string subject;
  std::string body;  // plain text, UTF-8, lines separated by "\n"
};

// The message as sent in SMTP DATA, lines ending in CRLF, without the final ".". `date` is RFC 5322 ("Thu, 03 Dec
// 2026 17:00:00 +0000"); `message_id` without angle brackets.
std::string FormatMessage(const Mail& mail, std::string_view from, std::string_view date, std::string_view message_id);

// RFC 2047 "B" encoded words of at most 75 characters each, split between UTF-8 characters, joined by CRLF SP.
std::string EncodeHeaderText(std::string_view text);

// Standard base64 (RFC 4648) in lines of at most 76 characters, each ending in CRLF.
std::string Base64Lines(std::string_view bytes);

// The RFC 5322 date of a UTC time given as the product's timestamp "YYYY-MM-DDTHH:MM:SS...Z"; empty if malformed.
std::string MailDate(std::string_view timestamp);

}  // namespace eduims::mail

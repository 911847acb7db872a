// Sending one message over SMTP (RFC 5321) to a relay: the local MTA or the organisation's mail server on a trusted
// network. Plain SMTP without authentication or TLS, as a relay on the same host expects; the relay does the rest.
// Blocking, with a time limit on every read and write.
#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "platform/mail/message.h"

namespace eduims::mail {

struct SmtpOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 25;
  std::string from = "EduIMS <eduims@localhost>";  // the From header; its address is the envelope sender
  std::string hello = "eduims";
  std::chrono::seconds timeout{30};
};

// "smtp://host[:port]" (port 25 by default); nullopt if it is not one.
std::optional<SmtpOptions> ParseSmtpUrl(std::string_view url);

// The address inside "Name <address>", or the whole text.
std::string EnvelopeAddress(std::string_view from);

// Sends `message` (FormatMessage's text) to `mail.to`. nullopt when the relay accepted it, else what went wrong
// (the relay's reply, or the network error, and at which step).
std::optional<std::string> Send(const SmtpOptions& options, const Mail& mail, std::string_view message);

}  // namespace eduims::mail

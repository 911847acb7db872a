#include "platform/mail/smtp.h"

#include <sys/socket.h>
#include <sys/time.h>

#include <boost/asio.hpp>

namespace eduims::mail {
namespace {

namespace asio = boost::asio;
using asio::ip::tcp;

class Conversation {
 public:
  explicit Conversation(tcp::socket& socket) : socket_(socket) {}

  // The reply's code and its text (every line of a multi-line reply).
  std::pair<int, std::string> Reply() {
    std::string text;
    while (true) {
      size_t end = asio::read_until(socket_, asio::dynamic_buffer(buffer_), "\r\n");
      std::string line = buffer_.substr(0, end - 2);
      buffer_.erase(0, end);
      if (line.size() < 3) throw std::runtime_error("malformed reply: " + line);
      text += (text.empty() ? "" : " ") + line;
      if (line.size() == 3 || line[3] == ' ') return {std::stoi(line.substr(0, 3)), text};
    }
  }

  void Write(std::string_view text) { asio::write(socket_, asio::buffer(text.data(), text.size())); }

  // Sends `command` (none: only reads) and returns an error naming `step` unless the reply's code is `expected`
  // (or `also`).
  std::optional<std::string> Expect(std::string_view step, std::string_view command, int expected, int also = 0) {
    if (!command.empty()) Write(std::string(command) + "\r\n");
    auto [code, text] = Reply();
    if (code == expected || (also && code == also)) return std::nullopt;
    return text + " (after " + std::string(step) + ")";
  }

 private:
  tcp::socket& socket_;
  std::string buffer_;
};

void SetTimeouts(tcp::socket& socket, std::chrono::seconds timeout) {
  timeval tv{};
  tv.tv_sec = timeout.count();
  setsockopt(socket.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  setsockopt(socket.native_handle(), SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

// The DATA section: a line starting with "." gets one more (RFC 5321 4.5.2), then the terminating ".".
std::string DotStuffed(std::string_view message) {
  std::string out;
  bool line_start = true;
  for (char c : message) {
    if (line_start && c == '.') out += '.';
    out += c;
    line_start = c == '\n';
  }
  if (!line_start) out += "\r\n";
  return out + ".\r\n";
}

}  // namespace

std::optional<SmtpOptions> ParseSmtpUrl(std::string_view url) {
  constexpr std::string_view kScheme = "smtp://";
  if (url.substr(0, kScheme.size()) != kScheme) return std::nullopt;
  std::string_view rest = url.substr(kScheme.size());
  if (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
  SmtpOptions out;
  size_t colon = rest.rfind(':');
  std::string_view host = colon == std::string_view::npos ? rest : rest.substr(0, colon);
  if (host.empty() || host.find_first_of("/@ ") != std::string_view::npos) return std::nullopt;
  out.host = std::string(host);
  if (colon != std::string_view::npos) {
    std::string_view port = rest.substr(colon + 1);
    if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string_view::npos)
      return std::nullopt;
    int value = std::stoi(std::string(port));
    if (value < 1 || value > 65535) return std::nullopt;
    out.port = static_cast<unsigned short>(value);
  }
  return out;
}

std::string EnvelopeAddress(std::string_view from) {
  size_t open = from.rfind('<'), close = from.rfind('>');
  if (open != std::string_view::npos && close != std::string_view::npos && close > open)
    return std::string(from.substr(open + 1, close - open - 1));
  return std::string(from);
}

std::optional<std::string> Send(const SmtpOptions& options, const Mail& mail, std::string_view message) {
  try {
    asio::io_context io;
    tcp::resolver resolver(io);
    tcp::socket socket(io);
    asio::connect(socket, resolver.resolve(options.host, std::to_string(options.port)));
    SetTimeouts(socket, options.timeout);
    Conversation smtp(socket);
    if (auto e = smtp.Expect("connecting", "", 220)) return e;
    if (auto e = smtp.Expect("EHLO", "EHLO " + options.hello, 250)) return e;
    if (auto e = smtp.Expect("MAIL FROM", "MAIL FROM:<" + EnvelopeAddress(options.from) + ">", 250)) return e;
    if (auto e = smtp.Expect("RCPT TO", "RCPT TO:<" + mail.to + ">", 250, 251)) return e;
    if (auto e = smtp.Expect("DATA", "DATA", 354)) return e;
    smtp.Write(DotStuffed(message));
    if (auto e = smtp.Expect("the message", "", 250)) return e;
    try {
      smtp.Expect("QUIT", "QUIT", 221);
    } catch (const std::exception&) {
      // the message is accepted already; a rude goodbye changes nothing
    }
    return std::nullopt;
  } catch (const std::exception& e) {
    return std::string("SMTP ") + options.host + ":" + std::to_string(options.port) + ": " + e.what();
  }
}

}  // namespace eduims::mail

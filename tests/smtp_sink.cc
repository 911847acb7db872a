#include "smtp_sink.h"

#include <sodium.h>

#include <boost/asio.hpp>

namespace eduims::testing {
namespace {

namespace asio = boost::asio;
using asio::ip::tcp;

std::string DecodeBase64(const std::string& text) {
  std::string out(text.size(), '\0');
  size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), "\r\n ",
                        &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
    return "<not base64>";
  out.resize(length);
  return out;
}

}  // namespace

struct SmtpSink::State {
  asio::io_context io;
  tcp::acceptor acceptor{io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)};
  std::mutex mutex;
  std::vector<ReceivedMail> received;
  std::atomic<bool> stopping = false;
};

SmtpSink::SmtpSink() : state_(std::make_unique<State>()) {
  port_ = state_->acceptor.local_endpoint().port();
  thread_ = std::thread([this] {
    State& st = *state_;
    while (!st.stopping) {
      tcp::socket socket(st.io);
      boost::system::error_code ec;
      st.acceptor.accept(socket, ec);
      if (ec || st.stopping) return;
      std::string buffer;
      auto line = [&]() {
        size_t end = asio::read_until(socket, asio::dynamic_buffer(buffer), "\r\n");
        std::string l = buffer.substr(0, end - 2);
        buffer.erase(0, end);
        return l;
      };
      auto say = [&](const std::string& text) { asio::write(socket, asio::buffer(text + "\r\n")); };
      try {
        say("220 sink ESMTP");
        ReceivedMail mail;
        while (true) {
          std::string command = line();
          if (command.rfind("EHLO", 0) == 0) {
            say("250-sink\r\n250 8BITMIME");
          } else if (command.rfind("MAIL FROM:", 0) == 0) {
            mail.from = command.substr(10);
            say("250 ok");
          } else if (command.rfind("RCPT TO:", 0) == 0) {
            if (refuse_recipients) {
              say("550 5.1.1 mailbox unavailable");
            } else {
              mail.to = command.substr(8);
              say("250 ok");
            }
          } else if (command == "DATA") {
            say("354 go ahead");
            std::string data;
            for (std::string l = line(); l != "."; l = line()) data += (l.rfind("..", 0) == 0 ? l.substr(1) : l) + "\r\n";
            mail.data = data;
            {
              std::lock_guard lock(st.mutex);
              st.received.push_back(mail);
            }
            say("250 queued");
          } else if (command == "QUIT") {
            say("221 bye");
            break;
          } else {
            say("502 not implemented");
          }
        }
      } catch (const std::exception&) {
        // the client went away: wait for the next one
      }
    }
  });
}

SmtpSink::~SmtpSink() {
  state_->stopping = true;
  boost::system::error_code ec;
  // Wake the blocking accept with a connection of our own.
  tcp::socket poke(state_->io);
  poke.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port_), ec);
  thread_.join();
}

std::vector<ReceivedMail> SmtpSink::Received() {
  std::lock_guard lock(state_->mutex);
  return state_->received;
}

std::string SubjectOf(const std::string& data) {
  size_t at = data.find("\r\nSubject: ");
  if (at == std::string::npos) return "";
  size_t end = at + 11;
  // The header and its folded continuation lines.
  while (true) {
    end = data.find("\r\n", end);
    if (end == std::string::npos || data[end + 2] != ' ') break;
    end += 2;
  }
  std::string header = data.substr(at + 11, end - at - 11), out;
  for (size_t w = 0; (w = header.find("=?UTF-8?B?", w)) != std::string::npos;) {
    size_t close = header.find("?=", w + 10);
    out += DecodeBase64(header.substr(w + 10, close - w - 10));
    w = close + 2;
  }
  return out;
}

std::string BodyOf(const std::string& data) {
  size_t at = data.find("\r\n\r\n");
  return at == std::string::npos ? "" : DecodeBase64(data.substr(at + 4));
}

}  // namespace eduims::testing

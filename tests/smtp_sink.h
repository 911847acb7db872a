// A mail relay for tests: an SMTP server on a random loopback port that keeps every message it accepts, or refuses
// recipients with 550 while told to. One connection at a time, on a thread of its own.
#pragma once
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace eduims::testing {

struct ReceivedMail {
  std::string from, to;  // the envelope
  std::string data;      // the message as sent, dot-stuffing undone
};

class SmtpSink {
 public:
  SmtpSink();
  ~SmtpSink();
  unsigned short port() const { return port_; }
  std::vector<ReceivedMail> Received();
  std::atomic<bool> refuse_recipients = false;

 private:
  struct State;
  std::unique_ptr<State> state_;
  unsigned short port_ = 0;
  std::thread thread_;
};

// The decoded text of a message's Subject header and of its base64 body.
std::string SubjectOf(const std::string& data);
std::string BodyOf(const std::string& data);

}  // namespace eduims::testing

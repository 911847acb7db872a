// The HTTP/1.1 server (Boost.Beast): keep-alive connections, limits on header size, body size (per route) and the
// time a client may take to send a request, and a graceful stop that lets requests already read finish.
#pragma once
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "platform/http/app.h"

namespace eduims::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;  // 0 picks a free port
  int threads = 4;
  size_t header_limit = 16 * 1024;
  std::chrono::seconds request_timeout{30};  // to receive one whole request
  std::chrono::seconds upload_timeout{600};  // to receive one whole request on a route that streams its body
  std::chrono::seconds idle_timeout{60};     // between requests on a kept-alive connection
  std::chrono::seconds stop_timeout{20};     // longest wait for in-flight requests at stop
  bool handle_signals = false;               // stop on SIGINT/SIGTERM
  // Addresses of reverse proxies / load balancers whose X-Forwarded-For and X-Forwarded-Proto are believed.
  std::vector<std::string> trusted_proxies;
};

// Parses "host:port" (or "[v6]:port"); throws std::invalid_argument.
std::pair<std::string, unsigned short> ParseListenAddress(const std::string& text);

class Server {
 public:
  Server(App& app, ServerOptions options);
  ~Server();
  // Binds the socket; afterwards port() is the bound port. Throws if the address is unusable.
  void Bind();
  unsigned short port() const;
  // Serves until Stop() (or a signal); returns when in-flight requests are done.
  void Run();
  // Thread-safe: stop accepting, let in-flight requests finish, then make Run() return.
  void Stop();

  struct Impl;  // public so the connection class in server.cc can name it

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace eduims::http

// The HTTP/1.1 server (Boost.Beast): keep-alive connections, limits on header size, body size (per route), the
// time a client may take to send a request and the connections held open at once, and a graceful stop that lets
// requests already read finish.
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
  // Addresses of reverse proxies / load balancers whose X-Forwarded-For and X-Forwarded-Proto are believed. They are
  // also exempt from the cap per address: every client arrives through them.
  std::vector<std::string> trusted_proxies;
  // Connections held open at once: in all (0: what the process's open-file limit allows, at most 10,000) and from
  // one client address. Past the total, the connection that has waited longest for a request is closed to make
  // room, so a health check always gets through; past an address's share, a new connection is answered 429 and
  // closed. Once three quarters of the total are open, connections waiting for a request get `crowded_idle_timeout`.
  size_t max_connections = 0;
  size_t max_connections_per_address = 256;
  std::chrono::seconds crowded_idle_timeout{5};
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

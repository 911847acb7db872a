#include "platform/http/server.h"

#include "platform/http/connection_limits.h"
#include "platform/http/forwarded.h"
#include "platform/http/request_framing.h"
#include "platform/http/spool_cleanup.h"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url.hpp>
#include <spdlog/spdlog.h>

#include <unistd.h>

#include <array>
#include <list>
#include <mutex>
#include <thread>
#include <vector>

#include "platform/spool_file.h"

namespace eduims::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

std::pair<std::string, unsigned short> ParseListenAddress(const std::string& text) {
  size_t colon = text.rfind(':');
  if (colon == std::string::npos || colon + 1 == text.size())
    throw std::invalid_argument("listen address must be host:port, got: " + text);
  std::string host = text.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  int port = 0;
  for (char c : text.substr(colon + 1)) {
    if (!std::isdigit(static_cast<unsigned char>(c))) throw std::invalid_argument("bad port in: " + text);
    port = port * 10 + (c - '0');
    if (port > 65535) throw std::invalid_argument("bad port in: " + text);
  }
  return {host.empty() ? "127.0.0.1" : host, static_cast<unsigned short>(port)};
}

namespace {
class Connection;
}  // namespace

struct Server::Impl {
  App& app;
  ServerOptions options;
  ConnectionLimits limits;
  // Connections waiting for a request (the next one on a kept-alive connection, or the first), oldest first: the
  // ones to close when the server is full.
  std::mutex waiting_mutex;
  std::list<std::weak_ptr<Connection>> waiting;
  asio::io_context ioc;
  // The acceptor lives on a strand: accept completions and the stop (which closes it) never run at once on two
  // threads, which the acceptor does not survive.
  tcp::acceptor acceptor{asio::make_strand(ioc)};
  asio::signal_set signals{ioc};
  // After an accept error (out of file descriptors, say), wait a moment instead of retrying in a hot loop.
  asio::steady_timer accept_retry{acceptor.get_executor()};
  std::atomic<int> in_flight{0};
  std::atomic<bool> stopping{false};
  asio::steady_timer drain_timer{ioc};
  std::chrono::steady_clock::time_point stop_deadline;

  Impl(App& a, ServerOptions o)
      : app(a),
        options(std::move(o)),
        limits({options.max_connections ? options.max_connections
                                        : std::min<size_t>(10000, ConnectionsTheProcessCanHold()),
                options.max_connections_per_address, options.trusted_proxies}) {}
  void Accept();
  void Admit(tcp::socket socket);
  // Closes the connection that has waited longest for a request; false if none is waiting.
  bool CloseLongestWaiting();
  void BeginStop();
  void Drain();
};

namespace {

// A request's header as the application sees it, before its body.
Request RequestOf(const bhttp::request_header<>& header, const std::string& peer, const ServerOptions& options) {
  Request request;
  request.method = std::string(header.method_string());
  for (const auto& field : header) {
    std::string name(field.name_string());
    for (char& c : name) c = char(std::tolower(static_cast<unsigned char>(c)));
    auto [it, inserted] = request.headers.emplace(name, std::string(field.value()));
    if (!inserted) it->second += ", " + std::string(field.value());
  }
  ForwardedClient client = ResolveClient(peer, request.Header("x-forwarded-for").value_or(""),
                                         request.Header("x-forwarded-proto").value_or(""), options.trusted_proxies);
  request.remote_address = client.address;
  request.tls = client.tls;
  return request;
}

// Sets the request's path and query from its target; false when the target is not in origin form.
bool SetTarget(Request& request, std::string_view target) {
  auto url = boost::urls::parse_origin_form(target);
  if (!url) return false;
  request.path = url->path();
  for (auto param : url->params()) request.query.emplace(param.key, param.value);
  return true;
}

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  // REQUIRES: the server's limits counted the connection from `remote`.
  Connection(tcp::socket socket, std::string remote, Server::Impl& server)
      : stream_(std::move(socket)), server_(server), remote_(std::move(remote)) {
    boost::system::error_code ec;
    stream_.socket().set_option(tcp::no_delay(true), ec);
  }

  ~Connection() {
    StopWaiting();
    server_.limits.Release(remote_);
  }

  void Start() {
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->ReadHeader(true); });
  }

  // Thread-safe: closes the connection if it is still waiting for a request when its strand gets to it.
  void CloseIfWaiting() {
    asio::post(stream_.get_executor(), [self = shared_from_this()] {
      if (!self->waiting_) return;
      self->StopWaiting();
      self->Close();
    });
  }

 private:
  void StartWaiting() {
    std::lock_guard lock(server_.waiting_mutex);
    waiting_position_ = server_.waiting.insert(server_.waiting.end(), weak_from_this());
    waiting_ = true;
  }

  void StopWaiting() {
    if (!waiting_) return;
    std::lock_guard lock(server_.waiting_mutex);
    server_.waiting.erase(waiting_position_);
    waiting_ = false;
  }

  void ReadHeader(bool first) {
    file_parser_.reset();
    spool_.reset();
    language_.clear();
    head_ = false;
    policy_ = {};
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(server_.options.header_limit));
    // Beast checks Content-Length against the limit as soon as the header ends, before we know the route: no limit
    // while reading the header, the route's limit (OnHeader) before reading the body.
    parser_->body_limit(boost::none);
    auto wait = first ? server_.options.request_timeout : server_.options.idle_timeout;
    if (server_.limits.UnderPressure()) wait = std::min(wait, server_.options.crowded_idle_timeout);
    stream_.expires_after(wait);
    StartWaiting();
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             [self = shared_from_this()](beast::error_code ec, size_t) { self->OnHeader(ec); });
  }

  void OnHeader(beast::error_code ec) {
    StopWaiting();
    if (ec) return OnReadError(ec);
    stream_.expires_after(server_.options.request_timeout);
    const auto& header = parser_->get();
    language_ = std::string(header[bhttp::field::accept_language]);
    head_ = header.method() == bhttp::verb::head;
    if (auto refused = CheckFraming(header)) return WriteProblem(*refused);
    std::string target(header.target());
    policy_ = server_.app.BodyPolicyFor(std::string(header.method_string()), target.substr(0, target.find('?')));
    // A declared length over the limit is refused before any body byte is read; a chunked body meets the limit as
    // its chunks arrive.
    if (auto length = parser_->content_length(); length && *length > policy_.limit)
      return OnReadError(bhttp::error::body_limit);
    if (policy_.streams) return ReadBodyToFile();
    parser_->body_limit(policy_.limit);
    if (parser_->is_done()) return OnRead({});
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](beast::error_code ec, size_t) { self->OnRead(ec); });
  }

  // Uploads go to a spool file as they arrive, so memory stays constant whatever their size. The caller is
  // authenticated and authorised for the upload before a byte of body is read, so a bogus token costs no disk.
  void ReadBodyToFile() {
    const auto& header = parser_->get();
    Request request = RequestOf(header, remote_, server_.options);
    if (!SetTarget(request, header.target())) return WriteProblem(Problem::Make(400, "route.not_found"));
    if (auto refusal = server_.app.AdmitBody(request)) {
      keep_alive_ = false;
      unread_input_ = true;
      return Send(std::move(*refusal), header.version());
    }
    std::shared_ptr<SpoolPath> spool;
    try {
      spool = NewSpoolPath("upload-");
    } catch (const std::exception& e) {
      spdlog::error(R"({"event":"spool_failed","error":")" + std::string(e.what()) + R"("})");
      return WriteProblem(Problem::Make(503, "server.unavailable"));
    }
    file_parser_.emplace(std::move(*parser_));
    parser_.reset();
    file_parser_->body_limit(policy_.limit);
    beast::error_code ec;
    file_parser_->get().body().open(spool->path().c_str(), beast::file_mode::write_new, ec);
    if (ec) {
      spdlog::error(R"({"event":"spool_failed","error":")" + ec.message() + R"("})");
      return WriteProblem(Problem::Make(503, "server.unavailable"));
    }
    spool_ = std::move(spool);
    stream_.expires_after(server_.options.upload_timeout);
    if (file_parser_->is_done()) return OnRead({});
    // A client that asked whether to send the body (curl does for large files) hears yes only now it is admitted.
    if (beast::iequals(file_parser_->get()[bhttp::field::expect], "100-continue")) {
      auto go_on = std::make_shared<bhttp::response<bhttp::empty_body>>(bhttp::status::continue_, 11);
      return bhttp::async_write(stream_, *go_on, [self = shared_from_this(), go_on](beast::error_code ec, size_t) {
        if (ec) return self->Close();
        self->ReadBodyIntoSpool();
      });
    }
    ReadBodyIntoSpool();
  }

  void ReadBodyIntoSpool() {
    bhttp::async_read(stream_, buffer_, *file_parser_,
                      [self = shared_from_this()](beast::error_code ec, size_t) { self->OnRead(ec); });
  }

  void OnReadError(beast::error_code ec) {
    if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout || ec == asio::error::operation_aborted ||
        ec == asio::error::connection_reset || ec == asio::error::eof)
      return Close();
    if (ec == bhttp::error::body_limit)
      return WriteProblem(Problem::Make(413, "request.too_large").With("limit", std::to_string(policy_.limit)));
    // A head larger than the buffer ends as buffer_overflow before the parser's own header_limit.
    if (ec == bhttp::error::header_limit || ec == bhttp::error::buffer_overflow) {
      if (language_.empty()) language_ = LanguageOfPartialHead();
      return WriteProblem(Problem::Make(431, "request.header_too_large")
                              .With("limit", std::to_string(server_.options.header_limit)));
    }
    if (ec == bhttp::error::bad_transfer_encoding)
      return WriteProblem(Problem::Make(501, "request.unsupported_transfer_coding"));
    if (language_.empty()) language_ = LanguageOfPartialHead();
    WriteProblem(Problem::Make(400, "request.malformed"));
  }

  // The caller's language when the head could not be read whole. Beast keeps the fields it parsed before the error
  // (and drops their bytes from the buffer); the buffer holds the rest.
  std::string LanguageOfPartialHead() const {
    if (parser_)
      if (auto parsed = parser_->get()[bhttp::field::accept_language]; !parsed.empty()) return std::string(parsed);
    return SniffHeaderField(RawHead(), "accept-language");
  }

  std::string_view RawHead() const {
    auto data = buffer_.data();
    return {static_cast<const char*>(data.data()), data.size()};
  }

  void WriteProblem(const Problem& problem) {
    Response r = server_.app.Reject(problem, language_);
    keep_alive_ = false;
    unread_input_ = true;
    Send(std::move(r), 11);
  }

  void OnRead(beast::error_code ec) {
    if (ec) return OnReadError(ec);
    if (file_parser_) {
      file_parser_->get().body().close();
      Dispatch(file_parser_->get(), "");
    } else {
      Dispatch(parser_->get(), std::move(parser_->get().body()));
    }
  }

  template <class Message>
  void Dispatch(const Message& req, std::string body) {
    Request request = RequestOf(req.base(), remote_, server_.options);
    request.body = std::move(body);
    request.body_file = spool_;
    keep_alive_ = req.keep_alive();
    int version = req.version();
    Response response;
    if (!SetTarget(request, req.target())) {
      response = server_.app.Reject(Problem::Make(400, "route.not_found"), request.Header("accept-language").value_or(""));
    } else {
      ++server_.in_flight;
      response = server_.app.Handle(request);
      --server_.in_flight;
    }
    spool_.reset();
    if (server_.stopping) keep_alive_ = false;
    Send(std::move(response), version);
  }

  void Send(Response r, int version) {
    if (r.file) {
      auto res = std::make_shared<bhttp::response<bhttp::file_body>>(static_cast<bhttp::status>(r.status), version);
      beast::file file;
      // A descriptor of its own, so the response closes it whenever it is done with it.
      file.native_handle(::dup(r.file->fd()));
      beast::error_code ec;
      res->body().reset(std::move(file), ec);
      if (!ec) return Write(res, r);
      spdlog::error(R"({"event":"spool_file_unreadable","error":")" + ec.message() + R"("})");
      keep_alive_ = false;
      return Send(server_.app.Reject(Problem::Make(500, "server.internal"), language_), version);
    }
    if (r.shared_text) {
      auto res = std::make_shared<bhttp::response<bhttp::span_body<const char>>>(static_cast<bhttp::status>(r.status),
                                                                                 version);
      res->body() = {r.shared_text->data(), r.shared_size};
      return Write(res, r);
    }
    auto res = std::make_shared<bhttp::response<bhttp::string_body>>(static_cast<bhttp::status>(r.status), version);
    res->body() = std::move(r.body);
    Write(res, r);
  }

  // The write holds `r.shared_text` (if any) until it is done: the response's body may point into it.
  template <class Body>
  void Write(std::shared_ptr<bhttp::response<Body>> res, const Response& r) {
    res->set(bhttp::field::server, "eduims");
    if (!r.content_type.empty()) res->set(bhttp::field::content_type, r.content_type);
    for (const auto& [name, value] : r.headers) res->insert(name, value);
    res->keep_alive(keep_alive_);
    res->prepare_payload();
    auto done = [self = shared_from_this(), res, text = r.shared_text](beast::error_code ec, size_t) {
      if (ec) return self->Close();
      if (!self->keep_alive_) return self->unread_input_ ? self->DiscardInputThenClose() : self->Close();
      self->ReadHeader(false);
    };
    if (!head_) return bhttp::async_write(stream_, *res, std::move(done));
    // HEAD: the header a GET would have had, its Content-Length included (RFC 9110 9.3.2 and 8.6), and no body.
    auto serializer = std::make_shared<bhttp::response_serializer<Body>>(*res);
    bhttp::async_write_header(stream_, *serializer,
                              [serializer, done = std::move(done)](beast::error_code ec, size_t n) { done(ec, n); });
  }

  void Close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.socket().close(ec);
  }

  // Closing a socket with unread input makes the kernel send a reset, which can reach the client before it has
  // read the refusal written just before (and fails its write with a broken pipe). So after a refusal the
  // connection stops sending and reads what the client still sends, for two seconds at most, as nginx's
  // lingering close does.
  void DiscardInputThenClose() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.expires_after(std::chrono::seconds(2));
    DiscardInput();
  }

  void DiscardInput() {
    stream_.async_read_some(asio::buffer(discard_),
                            [self = shared_from_this()](beast::error_code ec, size_t) {
                              if (ec) return self->Close();
                              self->DiscardInput();
                            });
  }

  beast::tcp_stream stream_;
  Server::Impl& server_;
  // Room for the largest head the parser accepts (its header_limit), with some to spare for the body's first bytes.
  beast::flat_buffer buffer_{server_.options.header_limit + 8192};
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::optional<bhttp::request_parser<bhttp::file_body>> file_parser_;
  std::shared_ptr<const SpoolPath> spool_;
  App::BodyPolicy policy_;
  std::string language_;
  std::string remote_;
  bool keep_alive_ = true;
  bool unread_input_ = false;  // refused before its request was read to the end
  std::array<char, 4096> discard_;
  bool head_ = false;  // the request being answered is a HEAD
  bool waiting_ = false;  // for a request, in the server's list of waiting connections at `waiting_position_`
  std::list<std::weak_ptr<Connection>>::iterator waiting_position_;
};

// A connection refused before it was served: a short answer, then closed.
void Refuse(tcp::socket socket, int status, const std::string& retry_after) {
  auto stream = std::make_shared<beast::tcp_stream>(std::move(socket));
  auto res = std::make_shared<bhttp::response<bhttp::string_body>>(static_cast<bhttp::status>(status), 11);
  res->set(bhttp::field::server, "eduims");
  res->set(bhttp::field::retry_after, retry_after);
  res->keep_alive(false);
  res->prepare_payload();
  stream->expires_after(std::chrono::seconds(2));
  bhttp::async_write(*stream, *res, [stream, res](beast::error_code, size_t) {
    beast::error_code ec;
    stream->socket().shutdown(tcp::socket::shutdown_send, ec);
    stream->socket().close(ec);
  });
}

}  // namespace

void Server::Impl::Accept() {
  acceptor.async_accept(asio::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
    if (!acceptor.is_open()) return;
    if (!ec) {
      Admit(std::move(socket));
      return Accept();
    }
    spdlog::warn(R"({"event":"accept_failed","error":")" + ec.message() + R"("})");
    accept_retry.expires_after(std::chrono::milliseconds(100));
    accept_retry.async_wait([this](beast::error_code) {
      if (acceptor.is_open()) Accept();
    });
  });
}

void Server::Impl::Admit(tcp::socket socket) {
  boost::system::error_code ec;
  auto endpoint = socket.remote_endpoint(ec);
  std::string remote = ec ? "unknown" : endpoint.address().to_string();
  switch (limits.Admit(remote)) {
    case Admission::kAdmitted:
      break;
    case Admission::kServerFull:
      if (!CloseLongestWaiting()) {
        spdlog::warn(R"({"event":"connection_refused","reason":"server_full","address":")" + remote + R"("})");
        return Refuse(std::move(socket), 503, "5");
      }
      limits.AdmitOverCap(remote);
      break;
    case Admission::kAddressFull:
      spdlog::warn(R"({"event":"connection_refused","reason":"address_full","address":")" + remote + R"("})");
      return Refuse(std::move(socket), 429, "5");
  }
  std::make_shared<Connection>(std::move(socket), std::move(remote), *this)->Start();
}

bool Server::Impl::CloseLongestWaiting() {
  std::shared_ptr<Connection> oldest;
  {
    std::lock_guard lock(waiting_mutex);
    for (size_t tries = waiting.size(); tries > 0 && !oldest; --tries) {
      oldest = waiting.front().lock();
      // To the back, so that the next call picks another one; a connection leaves the list when its strand
      // closes it.
      waiting.splice(waiting.end(), waiting, waiting.begin());
    }
  }
  // Outside the lock: letting go of `oldest` may destroy the connection, which takes the lock.
  if (!oldest) return false;
  oldest->CloseIfWaiting();
  return true;
}

void Server::Impl::BeginStop() {
  if (stopping.exchange(true)) return;
  spdlog::info(R"({"event":"stopping","in_flight":)" + std::to_string(in_flight.load()) + "}");
  beast::error_code ec;
  acceptor.close(ec);
  accept_retry.cancel();
  signals.cancel(ec);
  stop_deadline = std::chrono::steady_clock::now() + options.stop_timeout;
  Drain();
}

void Server::Impl::Drain() {
  if (in_flight == 0 || std::chrono::steady_clock::now() > stop_deadline) {
    ioc.stop();
    return;
  }
  drain_timer.expires_after(std::chrono::milliseconds(20));
  drain_timer.async_wait([this](beast::error_code) { Drain(); });
}

Server::Server(App& app, ServerOptions options) : impl_(std::make_unique<Impl>(app, std::move(options))) {}
Server::~Server() = default;

void Server::Bind() {
  auto address = asio::ip::make_address(impl_->options.address);
  tcp::endpoint endpoint(address, impl_->options.port);
  impl_->acceptor.open(endpoint.protocol());
  impl_->acceptor.set_option(asio::socket_base::reuse_address(true));
  impl_->acceptor.bind(endpoint);
  impl_->acceptor.listen(asio::socket_base::max_listen_connections);
}

unsigned short Server::port() const { return impl_->acceptor.local_endpoint().port(); }

void Server::Run() {
  if (!impl_->acceptor.is_open()) Bind();
  if (int removed = RemoveAbandonedSpoolFiles())
    spdlog::info(R"({"event":"spool_cleaned","files":)" + std::to_string(removed) + "}");
  if (impl_->options.handle_signals) {
    impl_->signals.add(SIGINT);
    impl_->signals.add(SIGTERM);
    impl_->signals.async_wait([this](beast::error_code ec, int) {
      if (!ec) asio::post(impl_->acceptor.get_executor(), [this] { impl_->BeginStop(); });
    });
  }
  impl_->Accept();
  std::vector<std::thread> threads;
  for (int i = 1; i < impl_->options.threads; ++i) threads.emplace_back([this] { impl_->ioc.run(); });
  impl_->ioc.run();
  for (auto& t : threads) t.join();
}

void Server::Stop() {
  asio::post(impl_->acceptor.get_executor(), [this] { impl_->BeginStop(); });
}

}  // namespace eduims::http

// HTTP request parsing: bytes off a connection read as server.cc reads them, with Boost.Beast's
// request_parser<string_body> under the server's limits (the header limit while reading the header, no body limit
// until the route's is known, then the default route's), fed in the pieces a socket would hand over; then the
// parts of a parsed request the server reads next: the target as an origin form with its query, and the client's
// address behind trusted proxies (platform/http/forwarded.h).
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url.hpp>

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "platform/http/app.h"
#include "platform/http/forwarded.h"
#include "platform/http/server.h"

namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using Parser = bhttp::request_parser<bhttp::string_body>;

// A TCP segment's worth: the parser meets a header or a chunk split across reads.
constexpr size_t kSegment = 1460;

// Feeds the parser as Beast's read loop does, until `done` holds, the bytes run out (then the end of the stream) or
// the parser fails. `buffered` is what arrived but the parser has not consumed. False on an error.
template <class Done>
bool Feed(Parser& parser, std::string_view& input, std::string& buffered, Done done) {
  beast::error_code ec;
  while (!done()) {
    size_t used = buffered.empty() ? 0 : parser.put(boost::asio::buffer(buffered), ec);
    if (ec && ec != bhttp::error::need_more) return false;
    buffered.erase(0, used);
    if (done()) break;
    if (used == 0 || buffered.empty()) {
      if (input.empty()) {
        // The end of the stream: Beast tells a parser only if it has seen a byte (end_of_stream otherwise).
        if (!parser.got_some()) return false;
        parser.put_eof(ec);
        return !ec && done();
      }
      size_t n = std::min(kSegment, input.size());
      buffered.append(input.substr(0, n));
      input.remove_prefix(n);
    }
    ec = {};
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string buffered;
  Parser parser;
  parser.header_limit(static_cast<std::uint32_t>(eduims::http::ServerOptions{}.header_limit));
  parser.body_limit(boost::none);
  parser.eager(false);
  if (!Feed(parser, input, buffered, [&] { return parser.is_header_done(); })) return 0;
  size_t limit = eduims::http::App::BodyPolicy{}.limit;
  if (auto length = parser.content_length(); length && *length > limit) return 0;
  parser.body_limit(limit);
  parser.eager(true);
  if (!Feed(parser, input, buffered, [&] { return parser.is_done(); })) return 0;

  const auto& request = parser.get();
  if (request.body().size() > limit) std::abort();
  auto url = boost::urls::parse_origin_form(request.target());
  if (url) {
    std::string path = url->path();
    for (auto param : url->params()) (void)param;
  }
  eduims::http::ResolveClient("10.0.0.2", std::string(request["X-Forwarded-For"]),
                              std::string(request["X-Forwarded-Proto"]), {"10.0.0.1", "10.0.0.2"});
  return 0;
}

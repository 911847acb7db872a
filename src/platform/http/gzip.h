// RFC 1952 gzip, for bodies a client said it accepts compressed (Accept-Encoding, RFC 9110 12.5.3).
#pragma once
#include <string>
#include <string_view>

namespace eduims::http {

enum class Compression {
  kSmallest,  // files compressed once and served many times
  kFast,      // answers compressed on the request that computes them
};

// The gzip member holding `data`. Throws std::runtime_error if zlib fails (it does only when out of memory).
std::string Gzip(std::string_view data, Compression compression = Compression::kSmallest);

// True when `accept_encoding` (the header's value, lower-cased or not) accepts gzip: it names gzip or "*" without
// refusing it with q=0.
bool AcceptsGzip(std::string_view accept_encoding);

}  // namespace eduims::http

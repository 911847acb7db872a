#include "platform/http/gzip.h"

#include <zlib.h>

#include <optional>
#include <stdexcept>
#include <vector>

#include "platform/http/header_list.h"

namespace eduims::http {

std::string Gzip(std::string_view data, Compression compression) {
  z_stream z{};
  int level = compression == Compression::kFast ? Z_BEST_SPEED : Z_BEST_COMPRESSION;
  // 15 + 16: a gzip header and trailer around the deflate stream.
  if (deflateInit2(&z, level, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("zlib initialisation failed");
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  int status = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  if (status != Z_STREAM_END) throw std::runtime_error("zlib compression failed");
  return out;
}

namespace {

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
  return true;
}

// q=0 (or 0.0, 0.00, 0.000) among an item's `parameters` refuses its coding (RFC 9110 12.4.2); any other weight,
// or none, accepts it.
bool Refused(const std::vector<std::string_view>& parameters) {
  for (std::string_view parameter : parameters) {
    if (parameter.size() < 2 || (parameter[0] | 0x20) != 'q' || parameter[1] != '=') continue;
    std::string_view weight = TrimOptionalWhitespace(parameter.substr(2));
    if (weight.empty() || weight[0] != '0') return false;
    return weight.find_first_not_of("0.", 1) == std::string_view::npos;
  }
  return false;
}

}  // namespace

bool AcceptsGzip(std::string_view accept_encoding) {
  std::optional<bool> gzip, any;
  for (std::string_view item : SplitHeaderList(accept_encoding)) {
    size_t semicolon = item.find(';');
    std::string_view coding = TrimOptionalWhitespace(item.substr(0, semicolon));
    bool accepted = semicolon == std::string_view::npos || !Refused(SplitHeaderList(item.substr(semicolon + 1), ';'));
    if (EqualsIgnoringCase(coding, "gzip") || EqualsIgnoringCase(coding, "x-gzip")) gzip = accepted;
    if (coding == "*") any = accepted;
  }
  return gzip.value_or(any.value_or(false));
}

}  // namespace eduims::http

#include "platform/http/forwarded.h"

#include <algorithm>

namespace eduims::http {
namespace {

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  return b == std::string_view::npos ? std::string() : std::string(s.substr(b, e - b + 1));
}

std::vector<std::string> SplitList(const std::string& header) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= header.size()) {
    size_t comma = header.find(',', start);
    if (comma == std::string::npos) comma = header.size();
    std::string item = Trim(std::string_view(header).substr(start, comma - start));
    if (!item.empty()) out.push_back(item);
    start = comma + 1;
  }
  return out;
}

bool PlausibleAddress(const std::string& a) {
  if (a.empty() || a.size() > 45) return false;
  return std::all_of(a.begin(), a.end(), [](unsigned char c) { return std::isxdigit(c) || c == '.' || c == ':'; });
}

}  // namespace

ForwardedClient ResolveClient(const std::string& peer, const std::string& forwarded_for,
                              const std::string& forwarded_proto, const std::vector<std::string>& trusted) {
  auto is_trusted = [&](const std::string& a) { return std::find(trusted.begin(), trusted.end(), a) != trusted.end(); };
  ForwardedClient client{peer, false};
  if (!is_trusted(peer)) return client;
  auto hops = SplitList(forwarded_for);
  for (auto it = hops.rbegin(); it != hops.rend(); ++it) {
    if (!PlausibleAddress(*it)) break;  // garbage: keep the last address we could vouch for
    client.address = *it;
    if (!is_trusted(*it)) break;
  }
  auto protos = SplitList(forwarded_proto);
  client.tls = !protos.empty() && protos.back() == "https";
  return client;
}

}  // namespace eduims::http

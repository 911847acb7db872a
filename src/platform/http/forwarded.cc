#include "platform/http/forwarded.h"

#include <algorithm>

#include "platform/http/header_list.h"

namespace eduims::http {
namespace {

bool PlausibleAddress(std::string_view a) {
  if (a.empty() || a.size() > 45) return false;
  return std::all_of(a.begin(), a.end(), [](unsigned char c) { return std::isxdigit(c) || c == '.' || c == ':'; });
}

}  // namespace

ForwardedClient ResolveClient(const std::string& peer, const std::string& forwarded_for,
                              const std::string& forwarded_proto, const std::vector<std::string>& trusted) {
  auto is_trusted = [&](std::string_view a) { return std::find(trusted.begin(), trusted.end(), a) != trusted.end(); };
  ForwardedClient client{peer, false};
  if (!is_trusted(peer)) return client;
  auto hops = SplitHeaderList(forwarded_for);
  for (auto it = hops.rbegin(); it != hops.rend(); ++it) {
    if (!PlausibleAddress(*it)) break;  // garbage: keep the last address we could vouch for
    client.address = std::string(*it);
    if (!is_trusted(*it)) break;
  }
  auto protos = SplitHeaderList(forwarded_proto);
  client.tls = !protos.empty() && protos.back() == "https";
  return client;
}

}  // namespace eduims::http

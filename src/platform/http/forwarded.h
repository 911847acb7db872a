// The client behind a reverse proxy or load balancer. Only when the connection comes from a trusted proxy are
// X-Forwarded-For and X-Forwarded-Proto believed; anyone else could forge them to dodge login throttling or to
// fake an address in the audit trail.
#pragma once
#include <string>
#include <vector>

namespace eduims::http {

struct ForwardedClient {
  std::string address;
  bool tls = false;
};

// `peer` is the connection's address. With `peer` trusted, the client is the right-most X-Forwarded-For entry that
// is not itself a trusted proxy, and the scheme is X-Forwarded-Proto's last value.
ForwardedClient ResolveClient(const std::string& peer, const std::string& forwarded_for,
                              const std::string& forwarded_proto, const std::vector<std::string>& trusted_proxies);

}  // namespace eduims::http

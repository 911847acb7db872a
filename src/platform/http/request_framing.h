// What RFC 9112 asks of a request's framing, checked on its parsed header before any body byte is read, and what
// can be told of a request whose header could not be parsed at all.
#pragma once
#include <boost/beast/http/fields.hpp>
#include <boost/beast/http/message.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "platform/problem.h"

namespace eduims::http {

// Nothing, or the refusal: an HTTP/1.1 request without exactly one Host field (400 request.missing_host, RFC 9112
// 3.2); a Transfer-Encoding other than "chunked" alone (501 request.unsupported_transfer_coding, RFC 9112 6.1: this
// server decodes no other coding, and accepting "gzip, chunked" as chunked would store compressed bytes as the body).
std::optional<Problem> CheckFraming(const boost::beast::http::request_header<>& header);

// The value of header field `lower_name` in the raw bytes of a request's head, or "": for answers given before the
// head could be parsed (too large), so that they still speak the caller's language. Reads at most `raw`.
std::string SniffHeaderField(std::string_view raw, std::string_view lower_name);

}  // namespace eduims::http

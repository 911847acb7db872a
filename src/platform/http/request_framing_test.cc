#include "platform/http/request_framing.h"

#include <gtest/gtest.h>

namespace eduims::http {
namespace {

namespace bhttp = boost::beast::http;

bhttp::request_header<> Header(int version, std::initializer_list<std::pair<bhttp::field, const char*>> fields) {
  bhttp::request_header<> h;
  h.version(version);
  h.method(bhttp::verb::post);
  h.target("/api/v1/units");
  for (const auto& [name, value] : fields) h.insert(name, value);
  return h;
}

std::string CodeOf(const std::optional<Problem>& p) { return p ? std::to_string(p->status) + " " + p->code : "none"; }

TEST(RequestFraming, AnHttp11RequestNamesExactlyOneHost) {
  EXPECT_EQ(CodeOf(CheckFraming(Header(11, {{bhttp::field::host, "a"}}))), "none");
  EXPECT_EQ(CodeOf(CheckFraming(Header(11, {}))), "400 request.missing_host");
  EXPECT_EQ(CodeOf(CheckFraming(Header(11, {{bhttp::field::host, "a"}, {bhttp::field::host, "b"}}))),
            "400 request.missing_host");
  EXPECT_EQ(CodeOf(CheckFraming(Header(10, {}))), "none");
}

TEST(RequestFraming, ChunkedAloneIsTheOnlyTransferCodingAccepted) {
  EXPECT_EQ(CodeOf(CheckFraming(Header(11, {{bhttp::field::host, "a"}, {bhttp::field::transfer_encoding, "chunked"}}))),
            "none");
  EXPECT_EQ(CodeOf(CheckFraming(Header(11, {{bhttp::field::host, "a"}, {bhttp::field::transfer_encoding, "Chunked"}}))),
            "none");
  for (const char* coding : {"gzip, chunked", "gzip,chunked", "deflate", "chunked, chunked", "identity"})
    EXPECT_EQ(CodeOf(CheckFraming(Header(11, {{bhttp::field::host, "a"}, {bhttp::field::transfer_encoding, coding}}))),
              "501 request.unsupported_transfer_coding")
        << coding;
  EXPECT_EQ(CodeOf(CheckFraming(Header(11, {{bhttp::field::host, "a"},
                                            {bhttp::field::transfer_encoding, "gzip"},
                                            {bhttp::field::transfer_encoding, "chunked"}}))),
            "501 request.unsupported_transfer_coding");
}

TEST(RequestFraming, SniffsAFieldFromAHeadThatCouldNotBeParsed) {
  std::string raw = "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(100, 'a') + "\r\naccept-LANGUAGE:  en-GB \r\n";
  EXPECT_EQ(SniffHeaderField(raw, "accept-language"), "en-GB");
  EXPECT_EQ(SniffHeaderField(raw, "cookie"), "");
  EXPECT_EQ(SniffHeaderField("GET / HTTP/1.1\r\n\r\nAccept-Language: en\r\n", "accept-language"), "");
  EXPECT_EQ(SniffHeaderField("", "accept-language"), "");
  EXPECT_EQ(SniffHeaderField("GET / HTTP/1.1\r\nAccept-Language: en", "accept-language"), "en");
}

}  // namespace
}  // namespace eduims::http

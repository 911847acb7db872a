// The refusals every operation shares, met on every operation that documents them rather than only where a
// feature's test happens to: 413 for a body declared over its limit (answered before routing), 415 for a body of
// another type where the operation takes JSON or CSV, 400 for a bad request (malformed JSON where the operation takes
// JSON, else an unknown query parameter), 401 without credentials, and 403 for a cookie write without its CSRF token.
// Each answer goes through the contract checker (contract.h), so a status the document lists but the server does not
// give, or the other way round, fails here (issue 26).
#include <gtest/gtest.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "contract.h"
#include "platform/embedded.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace json = boost::json;

struct Operation {
  std::string method;   // upper case
  std::string pattern;  // as documented, "/api/v1/units/{id}"
  std::string target;   // the pattern with every parameter 1
  std::vector<std::string> statuses;
  bool takes_json = false;
  bool takes_csv = false;  // an import
  bool is_public = false;  // "security": [], no credentials needed
};

std::vector<Operation> DocumentedOperations() {
  auto text = embedded::Find("api/openapi.json");
  EXPECT_TRUE(text);
  std::vector<Operation> out;
  if (!text) return out;
  json::value doc = json::parse(*text);
  for (const auto& [path, item] : doc.at("paths").as_object()) {
    for (const auto& [method, value] : item.as_object()) {
      if (!value.is_object() || !value.as_object().contains("responses")) continue;
      Operation op;
      for (char c : std::string(method)) op.method += char(std::toupper(static_cast<unsigned char>(c)));
      op.pattern = path;
      // Ids are 1; a certification project's step and a certificate's number are names.
      std::string name;
      bool in_parameter = false;
      for (char c : op.pattern) {
        if (c == '{') {
          in_parameter = true;
          name.clear();
        } else if (c == '}') {
          in_parameter = false;
          op.target += name == "step" ? "registration" : name == "number" ? "VN-1" : name == "token" ? "x" : "1";
        } else if (in_parameter) {
          name += c;
        } else {
          op.target += c;
        }
      }
      for (const auto& [status, response] : value.at("responses").as_object()) op.statuses.emplace_back(status);
      if (const auto* security = value.as_object().if_contains("security"))
        op.is_public = security->as_array().empty();
      if (const auto* body = value.as_object().if_contains("requestBody")) {
        op.takes_json = body->at("content").as_object().contains("application/json");
        op.takes_csv = body->at("content").as_object().contains("text/csv");
      }
      out.push_back(std::move(op));
    }
  }
  return out;
}

bool Documents(const Operation& op, const std::string& status) {
  return std::find(op.statuses.begin(), op.statuses.end(), status) != op.statuses.end();
}

class DocumentedErrors : public DemoApiTest {};

// Sends only a head declaring a body larger than any limit, as a client about to upload would, and reads the answer
// given before the body; checked against the document like any other answer.
TEST_P(DocumentedErrors, ABodyDeclaredOverItsLimitIs413OnEveryOperationThatTakesOne) {
  namespace asio = boost::asio;
  namespace bhttp = boost::beast::http;
  int checked = 0;
  for (const Operation& op : DocumentedOperations()) {
    if (!Documents(op, "413")) continue;
    SCOPED_TRACE(op.method + " " + op.pattern);
    asio::io_context ioc;
    asio::ip::tcp::socket socket(ioc);
    socket.connect({asio::ip::make_address("127.0.0.1"), server().port()});
    asio::write(socket, asio::buffer(op.method + " " + op.target +
                                     " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: en\r\n"
                                     "Content-Type: application/json\r\nContent-Length: 4294967296\r\n\r\n"));
    boost::beast::flat_buffer buffer;
    bhttp::response<bhttp::string_body> answer;
    boost::beast::error_code ec;
    bhttp::read(socket, buffer, answer, ec);
    ASSERT_FALSE(ec) << ec.message();
    std::map<std::string, std::string> headers;
    for (const auto& field : answer) {
      std::string name(field.name_string());
      for (char& c : name) c = char(std::tolower(static_cast<unsigned char>(c)));
      headers[name] = std::string(field.value());
    }
    EXPECT_EQ(answer.result_int(), 413) << answer.body();
    EXPECT_NE(answer.body().find("\"request.too_large\""), std::string::npos) << answer.body();
    CheckAnswer(op.method, op.target, "application/json", answer.result_int(), headers, answer.body());
    ++checked;
  }
  EXPECT_GT(checked, 100);
}

// Uploads take any type (their 415 is for bytes of a type not accepted, met by the attachment tests).
TEST_P(DocumentedErrors, ABodyOfAnotherTypeIs415WhereTheOperationTakesJsonOrCsv) {
  Client admin = As(kAdminEmail);
  int checked = 0;
  for (const Operation& op : DocumentedOperations()) {
    if (!Documents(op, "415") || !(op.takes_json || op.takes_csv)) continue;
    SCOPED_TRACE(op.method + " " + op.pattern);
    auto r = op.takes_json ? admin.Request(op.method, op.target, "title=x", "text/plain")
                           : admin.Request(op.method, op.target, "{\"code\": \"x\"}", "application/json");
    EXPECT_EQ(r.status, 415) << r.body;
    EXPECT_EQ(r.code(), "request.unsupported_media_type") << r.body;
    ++checked;
  }
  EXPECT_GT(checked, 30);
}

// Where an operation takes JSON, a body that is not JSON; otherwise a query parameter the operation does not know.
TEST_P(DocumentedErrors, ABadRequestIs400WhereTheOperationDocumentsIt) {
  Client admin = As(kAdminEmail);
  int checked = 0;
  for (const Operation& op : DocumentedOperations()) {
    if (!Documents(op, "400")) continue;
    SCOPED_TRACE(op.method + " " + op.pattern);
    if (op.takes_json) {
      auto r = admin.Request(op.method, op.target, "{\"title\": ");
      EXPECT_EQ(r.status, 400) << r.body;
      EXPECT_EQ(r.code(), "request.malformed_json") << r.body;
    } else {
      auto r = admin.Request(op.method, op.target + "?no_such_parameter=1", "", "");
      EXPECT_EQ(r.status, 400) << r.body;
      EXPECT_EQ(r.code(), "request.bad_query") << r.body;
    }
    ++checked;
  }
  EXPECT_GT(checked, 50);
}

// Without credentials every operation that needs them is 401, with the challenge of RFC 9110.
TEST_P(DocumentedErrors, WithoutCredentialsAnOperationThatNeedsThemIs401) {
  Client anonymous(server().port());
  int checked = 0;
  for (const Operation& op : DocumentedOperations()) {
    if (op.is_public || !Documents(op, "401")) continue;
    SCOPED_TRACE(op.method + " " + op.pattern);
    auto r = op.takes_json ? anonymous.Request(op.method, op.target, "{}")
                           : anonymous.Request(op.method, op.target, "", "");
    EXPECT_EQ(r.status, 401) << r.body;
    EXPECT_EQ(r.code(), "auth.unauthenticated") << r.body;
    EXPECT_EQ(r.headers["www-authenticate"], "Bearer realm=\"eduims\"");
    ++checked;
  }
  EXPECT_GT(checked, 100);
}

// A write made with the session cookie must echo the session's CSRF token: without it every such operation is 403.
TEST_P(DocumentedErrors, ACookieWriteWithoutItsCsrfTokenIs403WhereTheOperationDocumentsIt) {
  Client admin = As(kAdminEmail);
  admin.csrf.clear();
  int checked = 0;
  for (const Operation& op : DocumentedOperations()) {
    if (op.method == "GET" || op.is_public || !Documents(op, "403")) continue;
    SCOPED_TRACE(op.method + " " + op.pattern);
    auto r = op.takes_json ? admin.Request(op.method, op.target, "{}") : admin.Request(op.method, op.target, "", "");
    EXPECT_EQ(r.status, 403) << r.body;
    EXPECT_EQ(r.code(), "auth.csrf_failed") << r.body;
    ++checked;
  }
  EXPECT_GT(checked, 50);
}

INSTANTIATE_TEST_SUITE_P(Engines, DocumentedErrors, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing

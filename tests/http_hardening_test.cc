// The server against what an attacker sends: idle connections by the thousand, oversized and oddly framed heads,
// uploads with bogus credentials, login names spelled another way, and account changes across the tree (issue 23).
#include <boost/asio.hpp>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "demo/demo.h"
#include "platform/http/message.h"
#include "platform/http/spool_cleanup.h"
#include "platform/http/server.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

// A raw connection to the server, from `from` (any loopback address), that sends exactly what it is told.
class RawConnection {
 public:
  RawConnection(unsigned short port, const std::string& from = "127.0.0.1") : socket_(io_) {
    socket_.open(tcp::v4());
    socket_.bind(tcp::endpoint(asio::ip::make_address(from), 0));
    socket_.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  }
  void Send(const std::string& bytes) {
    boost::system::error_code ec;
    asio::write(socket_, asio::buffer(bytes), ec);
  }
  // What the server sends within `wait`, until it closes the connection or the wait ends.
  std::string Receive(std::chrono::milliseconds wait = std::chrono::milliseconds(3000)) {
    std::string out;
    auto until = std::chrono::steady_clock::now() + wait;
    socket_.non_blocking(true);
    while (std::chrono::steady_clock::now() < until) {
      char buffer[4096];
      boost::system::error_code ec;
      size_t n = socket_.read_some(asio::buffer(buffer), ec);
      if (ec == asio::error::would_block) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        continue;
      }
      if (ec) {
        closed_ = true;
        break;
      }
      out.append(buffer, n);
    }
    return out;
  }
  // True once the server has closed the connection (what Receive saw, or a read now).
  bool ClosedByServer() {
    if (!closed_) Receive(std::chrono::milliseconds(50));
    return closed_;
  }

 private:
  asio::io_context io_;
  tcp::socket socket_;
  bool closed_ = false;
};

std::string StatusLine(const std::string& response) { return response.substr(0, response.find("\r\n")); }

std::string Body(const std::string& response) {
  size_t end = response.find("\r\n\r\n");
  return end == std::string::npos ? "" : response.substr(end + 4);
}

std::string HeaderValue(const std::string& response, const std::string& lower_name) {
  std::string head = response.substr(0, response.find("\r\n\r\n"));
  std::string lower = head;
  for (char& c : lower) c = char(std::tolower(static_cast<unsigned char>(c)));
  size_t at = lower.find("\r\n" + lower_name + ":");
  if (at == std::string::npos) return "";
  size_t start = at + 3 + lower_name.size(), end = head.find("\r\n", start);
  std::string value = head.substr(start, end - start);
  return value.substr(value.find_first_not_of(' '));
}

std::string CodeOf(const std::string& response) {
  auto body = boost::json::parse(Body(response));
  return std::string(body.at("code").as_string());
}

// A second server over the demo application with its own connection limits.
class LimitedServer {
 public:
  LimitedServer(Application& app, size_t total, size_t per_address) {
    http::ServerOptions options;
    options.port = 0;
    options.threads = 2;
    options.max_connections = total;
    options.max_connections_per_address = per_address;
    server_ = std::make_unique<http::Server>(app.http(), options);
    server_->Bind();
    thread_ = std::thread([this] { server_->Run(); });
  }
  ~LimitedServer() {
    server_->Stop();
    thread_.join();
  }
  unsigned short port() const { return server_->port(); }

 private:
  std::unique_ptr<http::Server> server_;
  std::thread thread_;
};

const char* kHealth = "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";

class Hardening : public DemoApiTest {};

TEST_P(Hardening, IdleConnectionsPastTheCapMakeRoomForAHealthCheck) {
  LimitedServer limited(server().app(), 20, 1000);
  std::vector<std::unique_ptr<RawConnection>> idle;
  for (int i = 0; i < 40; ++i) idle.push_back(std::make_unique<RawConnection>(limited.port()));
  RawConnection health(limited.port());
  health.Send(kHealth);
  EXPECT_EQ(StatusLine(health.Receive()), "HTTP/1.1 200 OK");
  // The server holds at most its cap: the connections that waited longest were closed to make room.
  int closed = 0;
  for (auto& c : idle) closed += c->ClosedByServer();
  EXPECT_GE(closed, 20);
}

TEST_P(Hardening, OneAddressGetsItsShareAndTheOthersStillGetIn) {
  LimitedServer limited(server().app(), 1000, 5);
  std::vector<std::unique_ptr<RawConnection>> idle;
  for (int i = 0; i < 5; ++i) idle.push_back(std::make_unique<RawConnection>(limited.port(), "127.0.0.3"));
  RawConnection sixth(limited.port(), "127.0.0.3");
  std::string refused = sixth.Receive(std::chrono::milliseconds(1000));
  EXPECT_EQ(StatusLine(refused), "HTTP/1.1 429 Too Many Requests");
  EXPECT_FALSE(HeaderValue(refused, "retry-after").empty());
  EXPECT_TRUE(sixth.ClosedByServer());
  RawConnection other(limited.port(), "127.0.0.4");
  other.Send(kHealth);
  EXPECT_EQ(StatusLine(other.Receive()), "HTTP/1.1 200 OK");
  idle.clear();
  // Once the address's connections are gone, it is welcome again.
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  RawConnection again(limited.port(), "127.0.0.3");
  again.Send(kHealth);
  EXPECT_EQ(StatusLine(again.Receive()), "HTTP/1.1 200 OK");
}

TEST_P(Hardening, AnOversizedHeadIs431InTheCallersLanguage) {
  for (const auto& [language, title] : {std::pair{"en", "Request header too large"},
                                        std::pair{"vi", "Phần đầu yêu cầu quá lớn"}}) {
    RawConnection c(server().port());
    c.Send(std::string("GET /api/v1/units HTTP/1.1\r\nHost: x\r\nAccept-Language: ") + language +
           "\r\nX-Padding: " + std::string(20000, 'a') + "\r\n\r\n");
    std::string r = c.Receive();
    EXPECT_EQ(StatusLine(r), "HTTP/1.1 431 Request Header Fields Too Large") << language;
    EXPECT_EQ(CodeOf(r), "request.header_too_large");
    EXPECT_EQ(std::string(boost::json::parse(Body(r)).at("title").as_string()), title) << Body(r);
    EXPECT_FALSE(HeaderValue(r, "x-request-id").empty());
  }
}

TEST_P(Hardening, FramingTheServerCannotHonourIsRefused) {
  RawConnection gzip(server().port());
  gzip.Send("POST /api/v1/units HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\nContent-Type: application/json\r\n"
            "Transfer-Encoding: gzip, chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
  std::string r = gzip.Receive();
  EXPECT_EQ(StatusLine(r), "HTTP/1.1 501 Not Implemented");
  EXPECT_EQ(CodeOf(r), "request.unsupported_transfer_coding");

  RawConnection hostless(server().port());
  hostless.Send("GET /healthz HTTP/1.1\r\nAccept-Language: en\r\n\r\n");
  r = hostless.Receive();
  EXPECT_EQ(StatusLine(r), "HTTP/1.1 400 Bad Request");
  EXPECT_EQ(CodeOf(r), "request.missing_host");

  RawConnection garbage(server().port());
  garbage.Send("GET /healthz HTTP/1.1\r\nHost: x\r\nBad Field\r\n\r\n");
  r = garbage.Receive();
  EXPECT_EQ(StatusLine(r), "HTTP/1.1 400 Bad Request");
  EXPECT_EQ(CodeOf(r), "request.malformed");
}

size_t SpooledUploads() {
  size_t n = 0;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(std::filesystem::temp_directory_path() / "eduims-spool", ec))
    n += e.path().filename().string().rfind("upload-", 0) == 0;
  return n;
}

TEST_P(Hardening, UploadsAreRefusedBeforeTheirBodyUnlessTheCallerMayMakeThem) {
  Client qm = As("hieutruong.tohieu@demo.eduims.vn");
  auto record = qm.Post("/api/v1/records", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                            {"title", "Biên bản kiểm tra tải tệp"},
                                            {"category", "meeting_minutes"},
                                            {"recorded_on", DaysFromToday(-1)}});
  ASSERT_EQ(record.status, 201) << record.body;
  std::string target = "/api/v1/records/" + std::to_string(record.json.at("id").as_int64()) +
                       "/attachments?file_name=a.pdf";
  size_t before = SpooledUploads();
  auto head = [&](const std::string& credentials) {
    return "POST " + target + " HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\nContent-Type: application/pdf\r\n" +
           credentials + "Content-Length: 40000000\r\n\r\n%PDF-1.4\n";
  };
  // A bogus token: 401 at once, with the headers every 401 carries, and nothing spooled.
  RawConnection bogus(server().port());
  bogus.Send(head("Authorization: Bearer not-a-token\r\n"));
  std::string r = bogus.Receive();
  EXPECT_EQ(StatusLine(r), "HTTP/1.1 401 Unauthorized");
  EXPECT_EQ(CodeOf(r), "auth.unauthenticated");
  EXPECT_FALSE(HeaderValue(r, "www-authenticate").empty());
  EXPECT_FALSE(HeaderValue(r, "x-request-id").empty());
  EXPECT_TRUE(bogus.ClosedByServer());

  // A real user of another school: the record is not theirs to see, so not found, before the body.
  Client other = As("quantri.chiengsinh@demo.eduims.vn");
  auto token = other.Post("/api/v1/tokens", {{"name", "upload probe"}});
  ASSERT_EQ(token.status, 201) << token.body;
  RawConnection stranger(server().port());
  stranger.Send(head("Authorization: Bearer " + std::string(token.json.at("token").as_string()) + "\r\n"));
  r = stranger.Receive();
  EXPECT_EQ(StatusLine(r), "HTTP/1.1 404 Not Found");

  // A missing file name is told before the body too.
  auto own = qm.Post("/api/v1/tokens", {{"name", "upload probe"}});
  ASSERT_EQ(own.status, 201) << own.body;
  RawConnection nameless(server().port());
  std::string nameless_head = head("Authorization: Bearer " + std::string(own.json.at("token").as_string()) + "\r\n");
  nameless_head.replace(nameless_head.find("?file_name=a.pdf"), 16, "");
  nameless.Send(nameless_head);
  r = nameless.Receive();
  EXPECT_EQ(StatusLine(r), "HTTP/1.1 422 Unprocessable Entity");
  EXPECT_EQ(CodeOf(r), "validation.missing_field");
  EXPECT_EQ(SpooledUploads(), before);

  // The record's manager, asking first: told to go on, and only then does the body count.
  RawConnection asking(server().port());
  std::string asking_head = head("Authorization: Bearer " + std::string(own.json.at("token").as_string()) + "\r\n");
  asking_head.replace(asking_head.find("Content-Length"), 0, "Expect: 100-continue\r\n");
  asking_head.resize(asking_head.size() - std::string("%PDF-1.4\n").size());
  asking.Send(asking_head);
  EXPECT_EQ(StatusLine(asking.Receive(std::chrono::milliseconds(1000))), "HTTP/1.1 100 Continue");
}

TEST(SpoolFolder, FilesOfProcessesThatAreGoneAreRemovedAndLiveOnesKept) {
  auto mine = http::NewSpoolPath("upload-");
  std::ofstream(mine->path()) << "in flight";
  auto folder = mine->path().parent_path();
  // No process has this id (above any pid_max), nor a name without one.
  std::ofstream(folder / "upload-999999999.abandoned") << "left by a killed server";
  std::ofstream(folder / "upload-legacyname") << "left by an older version";
  http::RemoveAbandonedSpoolFiles();
  EXPECT_TRUE(std::filesystem::exists(mine->path()));
  EXPECT_FALSE(std::filesystem::exists(folder / "upload-999999999.abandoned"));
  EXPECT_FALSE(std::filesystem::exists(folder / "upload-legacyname"));
}

TEST_P(Hardening, LoginThrottlingCountsEverySpellingOfTheEmail) {
  Client admin = As(kAdminEmail);
  std::string email = "throttle-spelling-" + EngineName(GetParam()) + "@demo.eduims.vn";
  auto created = admin.Post("/api/v1/users", {{"unit_id", server().UnitId("THPT-TOHIEU")},
                                              {"email", email},
                                              {"full_name", "Người Thử Cách Viết"},
                                              {"password", "Mật khẩu đủ dài 2026"}});
  ASSERT_EQ(created.status, 201) << created.body;
  Client c(server().port());
  std::string upper = email;
  for (char& ch : upper) ch = char(std::toupper(static_cast<unsigned char>(ch)));
  for (const std::string& typed : {email, email + "\t", " " + upper, email + "\xC2\xA0", upper + "\r\n"})
    EXPECT_EQ(c.Login(typed, "not the password").code(), "auth.invalid_credentials") << typed;
  for (const std::string& typed : {email + "\t", email, " " + upper + " ", email + "\xE2\x80\x83"}) {
    auto blocked = c.Login(typed, "Mật khẩu đủ dài 2026");
    EXPECT_EQ(blocked.status, 429) << typed;
    EXPECT_EQ(blocked.code(), "auth.throttled") << typed;
  }
}

TEST_P(Hardening, ASchoolAdministratorCannotChangeAnAccountThatHoldsRolesBeyondTheSchool) {
  Client admin = As(kAdminEmail);
  db::Id school = server().UnitId("THCS-CHIENGSINH");
  std::string email = "qm-homed-in-school-" + EngineName(GetParam()) + "@demo.eduims.vn";
  auto created = admin.Post("/api/v1/users", {{"unit_id", school}, {"email", email},
                                              {"full_name", "Người Quản Lý Toàn Sở"},
                                              {"password", "Mật khẩu ban đầu 2026"}});
  ASSERT_EQ(created.status, 201) << created.body;
  std::string user = "/api/v1/users/" + std::to_string(created.json.at("id").as_int64());
  auto grant = admin.Post(user + "/grants", {{"role", "quality_manager"}, {"unit_id", server().UnitId("SO-GDDT")}});
  ASSERT_EQ(grant.status, 201) << grant.body;
  auto local = admin.Post(user + "/grants", {{"role", "staff"}, {"unit_id", school}});
  ASSERT_EQ(local.status, 201) << local.body;

  Client school_admin = As("quantri.chiengsinh@demo.eduims.vn");
  auto seen = school_admin.Get(user);
  ASSERT_EQ(seen.status, 200) << seen.body;
  long long version = seen.json.at("version").as_int64();
  for (const boost::json::object& patch :
       {boost::json::object{{"version", version}, {"password", "Mật khẩu chiếm quyền 2026"}},
        boost::json::object{{"version", version}, {"disabled", true}},
        boost::json::object{{"version", version}, {"unit_id", server().UnitId("THCS-CHIENGSINH")}},
        boost::json::object{{"version", version}, {"full_name", "Tên khác"}}}) {
    auto r = school_admin.Patch(user, patch);
    EXPECT_EQ(r.status, 403) << boost::json::serialize(patch) << r.body;
    EXPECT_EQ(r.code(), "auth.forbidden");
  }
  auto disabled = school_admin.Delete(user);
  EXPECT_EQ(disabled.status, 403) << disabled.body;
  EXPECT_EQ(disabled.code(), "auth.forbidden");
  // Nothing changed: the old password still works and the account is enabled.
  Client holder(server().port());
  EXPECT_EQ(holder.Login(email, "Mật khẩu ban đầu 2026").status, 201);
  EXPECT_EQ(holder.Login(email, "Mật khẩu chiếm quyền 2026").status, 401);
  EXPECT_EQ(admin.Get(user).json.at("version").as_int64(), version);

  // The school's administrator sees only the grant on the school, not the department-wide one.
  auto grants = school_admin.Get(user + "/grants");
  ASSERT_EQ(grants.status, 200) << grants.body;
  ASSERT_EQ(grants.json.at("items").as_array().size(), 1u) << grants.body;
  EXPECT_EQ(grants.json.at("items").as_array()[0].at("role").as_string(), "staff");
  EXPECT_EQ(admin.Get(user + "/grants").json.at("items").as_array().size(), 2u);

  // Once the department-wide role is revoked, the school's administrator manages the account again.
  auto revoked = admin.Delete(user + "/grants/" + std::to_string(grant.json.at("id").as_int64()));
  ASSERT_EQ(revoked.status, 200) << revoked.body;
  auto renamed = school_admin.Patch(user, {{"version", version}, {"full_name", "Người Của Trường"}});
  EXPECT_EQ(renamed.status, 200) << renamed.body;
}

INSTANTIATE_TEST_SUITE_P(Engines, Hardening, ::testing::ValuesIn(Engines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace eduims::testing

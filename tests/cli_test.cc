// The eduims binary as an operator uses it: init with demo data, users, audit verify, backup, and a server that
// stops gracefully on SIGTERM and loses no acknowledged write when killed.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "demo/demo.h"
#include "smtp_sink.h"
#include "test_env.h"
#include "test_server.h"

namespace eduims::testing {
namespace {

std::string Binary() { return EDUIMS_BINARY; }

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = TempDir();
    url_ = "sqlite://" + dir_ + "/eduims.db";
  }
  // Runs eduims with `args`; `input` (one line) is piped to its standard input when given.
  int Run(const std::string& args, std::string* out = nullptr, const std::string& input = "") {
    std::string pipe = input.empty() ? "" : "printf '%s\\n' '" + input + "' | ";
    return RunCommand(pipe + Binary() + " --database " + url_ + " " + args, out);
  }
  // Starts `eduims serve` on a free port; returns its pid once /healthz answers.
  pid_t Serve(int port) {
    pid_t pid = fork();
    if (pid == 0) {
      std::string listen = "127.0.0.1:" + std::to_string(port);
      freopen((dir_ + "/server.log").c_str(), "a", stderr);
      execl(Binary().c_str(), "eduims", "--database", url_.c_str(), "serve", "--listen", listen.c_str(), "--threads",
            "4", nullptr);
      _exit(127);
    }
    Client c(static_cast<unsigned short>(port));
    for (int i = 0; i < 200; ++i) {
      try {
        if (c.Get("/healthz").status == 200) return pid;
      } catch (const std::exception&) {
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ADD_FAILURE() << "server did not start";
    return pid;
  }
  std::string dir_, url_;
};

int FreeLoopbackPort() {
  static int next = 20000 + getpid() % 20000;
  return ++next;
}

TEST_F(Cli, HelpAndVersion) {
  std::string out;
  EXPECT_EQ(RunCommand(Binary() + " version", &out), 0);
  EXPECT_NE(out.find("eduims "), std::string::npos);
  for (const char* sub : {"serve", "migrate", "init", "user", "backup", "audit", "jobs", "version"}) {
    EXPECT_EQ(RunCommand(Binary() + " " + sub + " --help", &out), 0) << sub;
    EXPECT_NE(out.find("Usage"), std::string::npos) << sub;
  }
}

TEST_F(Cli, JobsRunEscalatesTheDemosOverdueNonconformityOnceAndMailsItsHead) {
  std::string out;
  ASSERT_EQ(Run("init --demo", &out), 0) << out;
  EXPECT_EQ(Run("jobs run --smtp http://127.0.0.1:25", &out), 2);
  EXPECT_NE(out.find("smtp://host[:port]"), std::string::npos) << out;
  SmtpSink sink;
  std::string relay = " --smtp smtp://127.0.0.1:" + std::to_string(sink.port()) + " --public-url https://iso.example.vn/";
  ASSERT_EQ(Run("jobs run" + relay, &out), 0) << out;
  // The demo's minor nonconformity of THPT Chuyên, past its 90 days, goes to the school's principal.
  EXPECT_NE(out.find(R"("job":"escalate_overdue_nonconformities","outcome":"done","detail":"1 escalated)"),
            std::string::npos)
      << out;
  // The demo's overdue complaint deadlines are escalated by the same run, to their handlers and complaint managers.
  auto mail = sink.Received();
  EXPECT_NE(out.find(R"("job":"deliver_mail","outcome":"done","detail":")" + std::to_string(mail.size()) +
                     " sent, 0 failed\""),
            std::string::npos)
      << out;
  auto to_principal = std::find_if(mail.begin(), mail.end(), [](const auto& m) {
    return m.to == "<hieutruong.chuyen@demo.eduims.vn>" && SubjectOf(m.data).find("Sự không phù hợp") != std::string::npos;
  });
  ASSERT_NE(to_principal, mail.end());
  EXPECT_EQ(SubjectOf(to_principal->data),
            "[EduIMS] Sự không phù hợp quá hạn: Phòng thí nghiệm Hóa chưa có nội quy an toàn niêm yết");
  EXPECT_NE(BodyOf(to_principal->data).find("https://iso.example.vn/nonconformities/"), std::string::npos);
  EXPECT_EQ(std::count_if(mail.begin(), mail.end(),
                          [](const auto& m) { return SubjectOf(m.data).find("Sự không phù hợp") != std::string::npos; }),
            1);
  // The same run tells the demo's people of their open tasks (home page "to do"): by default in one digest a day from
  // 07:00 in Vietnam, so before then nothing yet; each digest links to the public address.
  auto local = std::chrono::system_clock::now() + std::chrono::hours(7);
  bool digest_time = local - std::chrono::floor<std::chrono::days>(local) >= std::chrono::hours(7);
  long long digests = std::count_if(mail.begin(), mail.end(), [](const auto& m) {
    std::string subject = SubjectOf(m.data);
    return subject.find("Việc cần làm ngày") != std::string::npos || subject.find("Your tasks for") != std::string::npos;
  });
  if (digest_time) {
    EXPECT_GT(digests, 0);
    EXPECT_NE(out.find(R"("job":"notify_open_tasks","outcome":"done")"), std::string::npos) << out;
  } else {
    EXPECT_EQ(digests, 0);
  }
  for (const auto& m : mail) {
    if (SubjectOf(m.data).find("Việc cần làm ngày") != std::string::npos) {
      EXPECT_NE(BodyOf(m.data).find("https://iso.example.vn/"), std::string::npos) << BodyOf(m.data);
    }
  }
  // Once: a second run escalates and mails nothing more.
  ASSERT_EQ(Run("jobs run" + relay, &out), 0) << out;
  EXPECT_EQ(out.find(R"("detail":"1 escalated)"), std::string::npos) << out;
  EXPECT_EQ(out.find(R"("detail":"1 deadlines escalated)"), std::string::npos) << out;
  EXPECT_EQ(sink.Received().size(), mail.size());
  EXPECT_EQ(Run("audit verify", &out), 0) << out;
}

TEST_F(Cli, InitUsersBackupAndVerify) {
  std::string out;
  EXPECT_EQ(Run("init", &out), 2) << out;  // no administrator credentials given
  ASSERT_EQ(Run("init --demo", &out), 0) << out;
  EXPECT_NE(out.find("giamdoc@demo.eduims.vn"), std::string::npos);
  EXPECT_NE(Run("init --demo", &out), 0);  // runs once
  ASSERT_EQ(Run("user add --email tester@demo.eduims.vn --name 'Người Kiểm Thử' --unit THPT-TOHIEU --role staff "
                "--password-stdin",
                &out, "Mật khẩu CLI 2026"),
            0)
      << out;
  ASSERT_EQ(Run("user set-password --email tester@demo.eduims.vn", &out, "short"), 2) << out;
  EXPECT_EQ(Run("user list", &out), 0);
  EXPECT_NE(out.find("tester@demo.eduims.vn"), std::string::npos);
  EXPECT_EQ(Run("user disable --email tester@demo.eduims.vn", &out), 0) << out;
  EXPECT_EQ(Run("user disable --email nobody@demo.eduims.vn", &out), 2);
  ASSERT_EQ(Run("audit verify", &out), 0) << out;
  EXPECT_NE(out.find("intact"), std::string::npos);
  ASSERT_EQ(Run("backup --output " + dir_ + "/copy.db", &out), 0) << out;
  EXPECT_EQ(RunCommand(Binary() + " --database sqlite://" + dir_ + "/copy.db audit verify", &out), 0) << out;
  ASSERT_EQ(RunCommand("sqlite3 " + dir_ + "/eduims.db \"DROP TRIGGER audit_log_no_update; "
                       "UPDATE audit_log SET address = 'forged' WHERE id = 5\"",
                       &out),
            0)
      << out;
  EXPECT_EQ(Run("audit verify", &out), 1);
  EXPECT_NE(out.find("BROKEN at entry 5"), std::string::npos) << out;
}

TEST_F(Cli, KilledServerKeepsEveryAcknowledgedWriteAndSigtermStopsCleanly) {
  std::string out;
  ASSERT_EQ(Run("init --demo", &out), 0) << out;
  int port = FreeLoopbackPort();
  pid_t pid = Serve(port);
  Client c(static_cast<unsigned short>(port));
  ASSERT_EQ(c.Login(kAdminEmail, demo::kDemoPassword).status, 201);
  std::vector<long long> acknowledged;
  for (int i = 0; i < 30; ++i) {
    auto r = c.Post("/api/v1/actions", {{"title", "Việc " + std::to_string(i)}, {"unit_id", 1}});
    ASSERT_EQ(r.status, 201) << r.body;
    acknowledged.push_back(r.json.at("id").as_int64());
  }
  kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
  pid = Serve(port);
  ASSERT_EQ(c.Login(kAdminEmail, demo::kDemoPassword).status, 201);
  for (long long id : acknowledged) EXPECT_EQ(c.Get("/api/v1/actions/" + std::to_string(id)).status, 200) << id;
  // SIGTERM with a request in flight: it completes, then the process exits 0.
  // The signal follows the request by 200 ms, so a loaded machine has read it by then; a request the server never
  // read is a failure of this test, not a crash of the whole test binary.
  std::atomic<bool> sending = false;
  std::thread slow([&] {
    try {
      sending = true;
      auto r = c.Request("POST", "/api/v1/units/import",
                         "code,name,type,parent_code\nSIGTERM-1,Trường dừng êm,primary,SO-GDDT\n", "text/csv");
      EXPECT_EQ(r.status, 201) << r.body;
    } catch (const std::exception& e) {
      ADD_FAILURE() << "the request in flight at SIGTERM failed: " << e.what();
    }
  });
  while (!sending) std::this_thread::yield();
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  kill(pid, SIGTERM);
  slow.join();
  int status = 0;
  waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  EXPECT_EQ(Run("audit verify", &out), 0) << out;
}

}  // namespace
}  // namespace eduims::testing

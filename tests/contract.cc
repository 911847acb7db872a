#include "contract.h"

#include <boost/json.hpp>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <vector>

#include "readers.h"
#include "test_env.h"

extern char** environ;

namespace eduims::testing {
namespace {

const std::string kSource = EDUIMS_SOURCE_DIR;

// The checker process, started on the first answer and kept for the run: one Python start-up and one reading of the
// document instead of one per answer. Its pipes end with the test process, and it ends with them.
class Checker {
 public:
  // The checker's verdict on `exchange`: the ways the answer breaks the document, or why there is no verdict.
  std::vector<std::string> Check(const std::string& exchange) {
    std::lock_guard lock(mutex_);
    if (!to_ && !Start()) return {"the contract checker could not be started"};
    if (std::fputs((exchange + "\n").c_str(), to_) < 0 || std::fflush(to_) != 0)
      return {"the contract checker is gone"};
    std::string line;
    char buffer[4096];
    while (std::fgets(buffer, sizeof buffer, from_)) {
      line += buffer;
      if (line.back() == '\n') break;
    }
    boost::system::error_code ec;
    auto verdict = boost::json::parse(line, ec);
    if (ec || !verdict.is_array()) return {"the contract checker answered no verdict: " + line};
    std::vector<std::string> errors;
    for (const auto& e : verdict.as_array()) errors.emplace_back(e.as_string());
    return errors;
  }

 private:
  bool Start() {
    int in[2], out[2];
    if (pipe(in) != 0 || pipe(out) != 0) return false;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    for (int fd : {in[0], in[1], out[0], out[1]}) posix_spawn_file_actions_addclose(&actions, fd);
    std::vector<std::string> args = {"/usr/bin/python3", kSource + "/tests/contract/check_answers.py",
                                     kSource + "/api/openapi.json"};
    if (const char* seen = std::getenv("EDUIMS_CONTRACT_SEEN")) args.emplace_back(seen);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(in[0]);
    close(out[1]);
    if (spawned != 0) {
      close(in[1]);
      close(out[0]);
      return false;
    }
    to_ = fdopen(in[1], "w");
    from_ = fdopen(out[0], "r");
    return to_ && from_;
  }

  std::mutex mutex_;
  FILE* to_ = nullptr;
  FILE* from_ = nullptr;
};

bool IsText(const std::map<std::string, std::string>& headers) {
  auto type = headers.find("content-type");
  return type != headers.end() && (type->second.find("json") != std::string::npos || type->second.starts_with("text/"));
}

}  // namespace

void CheckAnswer(const std::string& method, const std::string& target, const std::string& request_content_type,
                 int status, const std::map<std::string, std::string>& headers, const std::string& body) {
  static Checker checker;
  boost::json::object exchange{
      {"method", method}, {"target", target}, {"request_content_type", request_content_type}, {"status", status}};
  auto& names = exchange["headers"].emplace_object();
  for (const auto& [name, value] : headers) names[name] = value;
  // A gzipped answer is checked as the client reads it, inflated.
  auto encoding = headers.find("content-encoding");
  const bool gzipped = encoding != headers.end() && encoding->second == "gzip";
  const std::string& read = gzipped ? Gunzip(body) : body;
  if (IsText(headers)) exchange["body"] = read;
  exchange["body_length"] = read.size();
  std::string report;
  for (const auto& error : checker.Check(boost::json::serialize(exchange))) report += "\n  " + error;
  if (!report.empty())
    ADD_FAILURE() << "the answer to " << method << " " << target << " breaks api/openapi.json:" << report;
}

int LintOpenApi(std::string* output) {
  return RunCommand("/usr/bin/python3 " + kSource + "/tests/contract/lint_openapi.py " + kSource, output);
}

}  // namespace eduims::testing

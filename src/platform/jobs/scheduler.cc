#include "platform/jobs/scheduler.h"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

namespace eduims::jobs {
namespace {

void Log(const std::string& job, const char* outcome, const std::string& detail) {
  boost::json::object line{{"event", "job"}, {"job", job}, {"outcome", outcome}};
  if (!detail.empty()) line["detail"] = detail;
  if (std::string(outcome) == "failed") spdlog::error(boost::json::serialize(line));
  else spdlog::info(boost::json::serialize(line));
}

}  // namespace

int RunAll(const std::vector<Job>& jobs) {
  int failed = 0;
  for (const Job& job : jobs) {
    try {
      std::string done = job.run();
      if (!done.empty()) Log(job.name, "done", done);
    } catch (const std::exception& e) {
      ++failed;
      Log(job.name, "failed", e.what());
    }
  }
  return failed;
}

Scheduler::Scheduler(std::vector<Job> jobs, std::chrono::seconds interval)
    : jobs_(std::move(jobs)), interval_(interval) {}

Scheduler::~Scheduler() { Stop(); }

void Scheduler::Start() {
  thread_ = std::thread([this] {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
      lock.unlock();
      RunAll(jobs_);
      lock.lock();
      wake_.wait_for(lock, interval_, [this] { return stopping_; });
    }
  });
}

void Scheduler::Stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

}  // namespace eduims::jobs

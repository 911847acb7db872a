#include "platform/jobs/scheduler.h"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>

namespace eduims::jobs {
namespace {

TEST(Jobs, AFailingJobDoesNotStopTheOthers) {
  int after = 0;
  std::vector<Job> jobs = {{"fails", []() -> std::string { throw std::runtime_error("relay down"); }},
                           {"counts", [&] {
                              ++after;
                              return std::string();
                            }}};
  EXPECT_EQ(RunAll(jobs), 1);
  EXPECT_EQ(after, 1);
}

TEST(Jobs, TheSchedulerRunsARoundAtOnceAndStopsWithoutWaitingForTheInterval) {
  std::atomic<int> rounds = 0;
  auto started = std::chrono::steady_clock::now();
  {
    Scheduler scheduler({{"count", [&] {
                            ++rounds;
                            return std::string();
                          }}},
                        std::chrono::seconds(3600));
    scheduler.Start();
    while (rounds.load() == 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  EXPECT_EQ(rounds.load(), 1);
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10));
}

}  // namespace
}  // namespace eduims::jobs

// Periodic background jobs of a server: each runs every `interval` on one thread of its own, one after the other.
// Every server of a cluster runs the same jobs, so each job must be safe to run on several servers at once and to
// repeat (escalations are recorded once by a unique index, mail is claimed before it is sent). A job's failure is
// logged and the next round runs anyway.
#pragma once
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace eduims::jobs {

struct Job {
  std::string name;
  // What it did, for the log ("3 escalated"); empty when there was nothing to do.
  std::function<std::string()> run;
};

// Runs each job once, in order; a job that throws is logged and the rest still run. Returns how many failed.
int RunAll(const std::vector<Job>& jobs);

class Scheduler {
 public:
  Scheduler(std::vector<Job> jobs, std::chrono::seconds interval);
  ~Scheduler();  // Stop()
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  // Starts the thread: a first round at once, then one every interval.
  void Start();
  // Wakes the thread and waits for the round it is in, if any, to finish.
  void Stop();

 private:
  std::vector<Job> jobs_;
  std::chrono::seconds interval_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace eduims::jobs

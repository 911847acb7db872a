#include "platform/lru_cache.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

namespace eduims {
namespace {

// Computes "value of KEY" and counts how often it was asked to.
struct Counted {
  std::atomic<int> calls{0};
  std::string operator()(const std::string& key) {
    ++calls;
    return "value of " + key;
  }
};

TEST(LruCache, ComputesAKeyOnceAndKeepsIt) {
  LruCache cache(100);
  Counted f;
  EXPECT_EQ(cache.GetOrCompute("a", [&] { return f("a"); }), "value of a");
  EXPECT_EQ(cache.GetOrCompute("a", [&] { return f("a"); }), "value of a");
  EXPECT_EQ(f.calls, 1);
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.bytes(), 11u);
}

TEST(LruCache, DropsTheLeastRecentlyUsedOverTheBudget) {
  LruCache cache(12);  // three entries of a one-letter key and a three-letter value
  int calls = 0;
  auto get = [&](const std::string& key) { return cache.GetOrCompute(key, [&] { ++calls; return key + key + key; }); };
  get("a");
  get("b");
  get("c");
  get("a");  // now b is the least recently used
  get("d");
  EXPECT_EQ(calls, 4);
  get("a");
  get("c");
  get("d");
  EXPECT_EQ(calls, 4);
  get("b");
  EXPECT_EQ(calls, 5);
  EXPECT_EQ(cache.bytes(), 12u);
}

TEST(LruCache, AValueLargerThanTheBudgetIsReturnedButNotKept) {
  LruCache cache(8);
  EXPECT_EQ(cache.GetOrCompute("k", [] { return std::string("far too large"); }), "far too large");
  EXPECT_EQ(cache.size(), 0u);
  EXPECT_EQ(cache.bytes(), 0u);
}

TEST(LruCache, ANoughtBudgetComputesEveryCallAtOnce) {
  LruCache cache(0);
  Counted f;
  EXPECT_EQ(cache.GetOrCompute("a", [&] { return f("a"); }), "value of a");
  EXPECT_EQ(cache.GetOrCompute("a", [&] { return f("a"); }), "value of a");
  EXPECT_EQ(f.calls, 2);
  EXPECT_EQ(cache.size(), 0u);
  // Two threads asking for one key both compute, neither waiting for the other: the second starts while the first
  // is still inside its computation.
  std::atomic<bool> first_inside{false}, second_done{false};
  std::thread first([&] {
    cache.GetOrCompute("b", [&] {
      first_inside = true;
      while (!second_done) std::this_thread::yield();
      return std::string("first");
    });
  });
  while (!first_inside) std::this_thread::yield();
  EXPECT_EQ(cache.GetOrCompute("b", [] { return std::string("second"); }), "second");
  second_done = true;
  first.join();
}

TEST(LruCache, AFailedComputationKeepsNothingAndTheNextCallerComputes) {
  LruCache cache(100);
  EXPECT_THROW(cache.GetOrCompute("k", []() -> std::string { throw std::runtime_error("no database"); }),
               std::runtime_error);
  EXPECT_EQ(cache.GetOrCompute("k", [] { return std::string("v"); }), "v");
}

TEST(LruCache, ThreadsAskingForAKeyBeingComputedWaitForItsValue) {
  LruCache cache(1000);
  Counted f;
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&] {
      EXPECT_EQ(cache.GetOrCompute("slow", [&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        return f("slow");
      }),
                "value of slow");
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(f.calls, 1);
}

TEST(LruCache, ManyThreadsAtOnceKeepItWithinBudget) {
  LruCache cache(1000);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      Counted f;
      for (int i = 0; i < 2000; ++i) {
        std::string key = std::to_string((t * 7 + i) % 300);
        EXPECT_EQ(cache.GetOrCompute(key, [&] { return f(key); }), "value of " + key);
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_LE(cache.bytes(), 1000u);
  EXPECT_GT(cache.size(), 0u);
}

}  // namespace
}  // namespace eduims

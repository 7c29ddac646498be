// batch::run_ordered: work in parallel, results in order, bounded look-ahead.

#include "batch/ordered.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <random>
#include <thread>

namespace np::batch {
namespace {

TEST(RunOrdered, ReportsInTheOrderGivenAndAsksForItemsOnlyAsItGoes) {
  constexpr std::size_t kItems = 300, kWindow = 6;
  constexpr unsigned kWorkers = 3;
  std::size_t asked = 0, furthest_ahead = 0;  // next() runs one call at a time
  std::atomic<std::size_t> reported{0};       // report() runs on the calling thread
  std::atomic<int> in_work{0}, most_in_work{0};
  std::vector<std::size_t> order;
  run_ordered<std::size_t, std::mt19937, std::size_t>(
      kWorkers, kWindow,
      [&]() -> std::optional<std::size_t> {
        if (asked == kItems) return std::nullopt;
        furthest_ahead = std::max(furthest_ahead, asked - reported);
        return asked++;
      },
      [] { return std::mt19937(std::hash<std::thread::id>()(std::this_thread::get_id())); },
      [&](std::size_t& item, std::mt19937& random) {
        const int now = ++in_work;
        int seen = most_in_work.load();
        while (now > seen && !most_in_work.compare_exchange_weak(seen, now)) {
        }
        std::this_thread::sleep_for(std::chrono::microseconds(random() % 300));
        --in_work;
        return item * 2;
      },
      [&](std::size_t& item, std::size_t& result) {
        EXPECT_EQ(result, item * 2);
        order.push_back(item);
        reported = item + 1;
      });
  ASSERT_EQ(order.size(), kItems);
  for (std::size_t i = 0; i < kItems; ++i) ASSERT_EQ(order[i], i);
  EXPECT_LE(furthest_ahead, kWindow);
  EXPECT_LE(most_in_work.load(), static_cast<int>(kWorkers));
  EXPECT_GE(most_in_work.load(), 2) << "the work should run in parallel";
}

TEST(RunOrdered, NoItemsNoWorkAndNoReports) {
  int made = 0, reports = 0;
  run_ordered<int, int, int>(
      4, 8, [] { return std::optional<int>(); }, [&] { return ++made; }, [](int&, int&) { return 0; },
      [&](int&, int&) { ++reports; });
  EXPECT_EQ(made, 0);
  EXPECT_EQ(reports, 0);
}

}  // namespace
}  // namespace np::batch

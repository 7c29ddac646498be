#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace np::batch {

/// Runs `work(item, state)` for every item `next()` gives, on `workers` threads, each with its
/// own `State` (made by `make_state` on that thread), and hands every item and its result to
/// `report` on the calling thread in the order `next()` gave them, whatever order the work
/// finishes in (ninja-style output buffering). Items are asked for only as workers are free,
/// and workers stay at most `window` items ahead of the reporter, so neither the items nor the
/// results waiting to be reported grow with their number. `next` is called by one thread at a
/// time; `next` and `work` must not throw. When the system refuses to start a thread (a
/// process limit), the work runs on the threads it did start, or on the calling thread.
template <typename Item, typename State, typename Result>
void run_ordered(unsigned workers, std::size_t window, const std::function<std::optional<Item>()>& next,
                 const std::function<State()>& make_state, const std::function<Result(Item&, State&)>& work,
                 const std::function<void(Item&, Result&)>& report) {
  // A ring of `window` slots: the i-th item waits in slot i % window until it is reported,
  // and no worker takes an item `window` ahead of the reporter, so slots are never reused
  // too early.
  window = std::max<std::size_t>(window, 1);
  std::vector<std::optional<std::pair<Item, Result>>> slots(window);
  std::mutex mutex;
  std::condition_variable ready, room;
  std::size_t taken = 0, reported = 0;
  bool exhausted = false;
  auto worker = [&] {
    std::optional<State> state;
    for (;;) {
      std::optional<Item> item;
      std::size_t i;
      {
        std::unique_lock lock(mutex);
        room.wait(lock, [&] { return exhausted || taken < reported + window; });
        if (exhausted) return;
        item = next();
        if (!item) {
          exhausted = true;
          ready.notify_all();
          room.notify_all();
          return;
        }
        i = taken++;
      }
      if (!state) state.emplace(make_state());
      Result result = work(*item, *state);
      {
        std::lock_guard lock(mutex);
        slots[i % window].emplace(std::move(*item), std::move(result));
      }
      ready.notify_all();
    }
  };
  {
    std::vector<std::jthread> pool;
    for (unsigned w = 0; w < std::max(1u, workers); ++w) {
      try {
        pool.emplace_back(worker);
      } catch (const std::system_error&) {
        break;  // no more threads to be had: go on with those there are
      }
    }
    if (pool.empty()) {
      std::optional<State> state;
      while (std::optional<Item> item = next()) {
        if (!state) state.emplace(make_state());
        Result result = work(*item, *state);
        report(*item, result);
      }
      return;
    }
    for (std::size_t i = 0;; ++i) {
      std::optional<std::pair<Item, Result>> done;
      {
        std::unique_lock lock(mutex);
        std::optional<std::pair<Item, Result>>& slot = slots[i % window];
        ready.wait(lock, [&] { return slot.has_value() || (exhausted && i >= taken); });
        if (!slot) break;  // every item taken has been reported
        done = std::move(slot);
        slot.reset();
      }
      report(done->first, done->second);
      {
        std::lock_guard lock(mutex);
        reported = i + 1;
      }
      room.notify_all();
    }
  }  // jthreads join here
}

}  // namespace np::batch

#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace np::batch {

/// Runs `work(i, state)` for i in [0, n) on `workers` threads, each with its own `State`
/// (made by `make_state` on that thread), and hands every result to `report` on the calling
/// thread in index order, whatever order the work finishes in (ninja-style output
/// buffering). Workers stay at most `window` items ahead of the reporter, so results waiting
/// to be reported stay bounded. `work` must not throw.
template <typename State, typename Result>
void run_ordered(std::size_t n, unsigned workers, std::size_t window, const std::function<State()>& make_state,
                 const std::function<Result(std::size_t, State&)>& work,
                 const std::function<void(std::size_t, Result&)>& report) {
  // A ring of `window` slots: item i waits in slot i % window until it is reported, and
  // workers never run `window` items ahead, so memory does not grow with n.
  window = std::max<std::size_t>(window, 1);
  std::vector<std::optional<Result>> slots(std::min(n, window));
  std::mutex mutex;
  std::condition_variable ready, room;
  std::size_t next = 0, reported = 0;
  {
    std::vector<std::jthread> pool;
    const unsigned count =
        static_cast<unsigned>(std::min<std::size_t>(std::max(1u, workers), std::max<std::size_t>(n, 1)));
    for (unsigned w = 0; w < count; ++w) {
      pool.emplace_back([&] {
        State state = make_state();
        for (;;) {
          std::size_t i;
          {
            std::unique_lock lock(mutex);
            room.wait(lock, [&] { return next >= n || next < reported + window; });
            if (next >= n) return;
            i = next++;
          }
          Result result = work(i, state);
          {
            std::lock_guard lock(mutex);
            slots[i % slots.size()].emplace(std::move(result));
          }
          ready.notify_all();
        }
      });
    }
    for (std::size_t i = 0; i < n; ++i) {
      std::optional<Result> result;
      {
        std::unique_lock lock(mutex);
        std::optional<Result>& slot = slots[i % slots.size()];
        ready.wait(lock, [&] { return slot.has_value(); });
        result = std::move(slot);
        slot.reset();
      }
      report(i, *result);
      {
        std::lock_guard lock(mutex);
        reported = i + 1;
      }
      room.notify_all();
    }
  }  // jthreads join here
}

}  // namespace np::batch

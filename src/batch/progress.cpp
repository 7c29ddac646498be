#include "batch/progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <ostream>

namespace np::batch {
namespace {

using Clock = std::chrono::steady_clock;
constexpr std::size_t kMinFiles = 20;
constexpr int kBarWidth = 24;

std::string seconds_text(double seconds) {
  char buffer[32];
  if (seconds < 60)
    std::snprintf(buffer, sizeof buffer, "%.0f s", seconds);
  else
    std::snprintf(buffer, sizeof buffer, "%d min %02d s", static_cast<int>(seconds) / 60,
                  static_cast<int>(seconds) % 60);
  return buffer;
}

}  // namespace

Progress::Mode Progress::choose(bool quiet, bool verbose, std::size_t total) {
  if (quiet || verbose || total < kMinFiles) return Mode::Off;
  return ::isatty(STDERR_FILENO) ? Mode::Bar : Mode::Lines;
}

Progress::Progress(std::ostream& err, std::size_t total, Mode mode)
    : err_(err), total_(total), mode_(mode), start_(Clock::now()), last_(start_) {}

Progress::~Progress() { clear(); }

void Progress::clear() {
  if (mode_ == Mode::Bar && drawn_) {
    err_ << "\r\033[K" << std::flush;
    drawn_ = false;
  }
}

void Progress::message(const std::string& line) {
  clear();
  err_ << line << "\n";
  if (mode_ == Mode::Bar) draw(true);
}

void Progress::advance() {
  ++done_;
  draw(false);
}

void Progress::finish() { clear(); }

void Progress::draw(bool force) {
  if (mode_ == Mode::Off) return;
  const Clock::time_point now = Clock::now();
  const auto since_last = std::chrono::duration<double>(now - last_).count();
  const double interval = mode_ == Mode::Bar ? 0.1 : 5.0;
  if (!force && since_last < interval && done_ < total_) return;
  if (mode_ == Mode::Lines && done_ == total_) return;  // the summary line says it
  last_ = now;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(done_) / elapsed : 0;
  const double left = rate > 0 ? static_cast<double>(total_ - done_) / rate : 0;
  char numbers[96];
  std::snprintf(numbers, sizeof numbers, "%zu/%zu files, %.0f files/s, %s left", done_, total_, rate,
                seconds_text(left).c_str());
  if (mode_ == Mode::Lines) {
    err_ << "notepress: " << numbers << "\n";
    return;
  }
  const int filled = total_ ? static_cast<int>(kBarWidth * done_ / total_) : kBarWidth;
  err_ << "\r\033[K[" << std::string(static_cast<std::size_t>(filled), '#')
       << std::string(static_cast<std::size_t>(kBarWidth - filled), '.') << "] " << numbers << std::flush;
  drawn_ = true;
}

}  // namespace np::batch

#pragma once

#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <string>

namespace np::batch {

/// Progress of a long run on stderr: a bar redrawn in place on a terminal (files done of
/// total, rate, time left), or a plain line every few seconds when stderr is a file or a
/// pipe. Messages printed through message() appear above the bar, never inside it.
class Progress {
 public:
  enum class Mode { Off, Bar, Lines };

  Progress(std::ostream& err, std::size_t total, Mode mode);
  ~Progress();

  /// Bar on a terminal, lines otherwise; Off for small runs, --quiet or --verbose.
  static Mode choose(bool quiet, bool verbose, std::size_t total);

  void message(const std::string& line);
  void advance();
  void finish();

 private:
  void draw(bool force);
  void clear();

  std::ostream& err_;
  std::size_t total_;
  std::size_t done_ = 0;
  Mode mode_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace np::batch

#include <cstdio>
#include <exception>

#include "base/allocator.hpp"
#include "cli/options.hpp"

int main(int argc, char** argv) {
  np::tune_allocator();
  try {
    return np::cli::run(argc, argv);
  } catch (const std::exception& e) {  // the one catch-all: never die with an uncaught exception
    std::fprintf(stderr, "notepress: internal error: %s\n", e.what());
    return 1;
  }
}

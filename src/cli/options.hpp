#pragma once

namespace np::cli {

/// Parses the command line and runs the command. Returns the process exit status:
/// 0 all good, 1 some input failed (the rest were processed), 2 usage error.
int run(int argc, char** argv);

}  // namespace np::cli

// The k8slint command line (SPEC §1). Returns the process exit code:
// 0 clean, 1 findings at or above --fail-on, 2 usage, config or I/O error.
#pragma once

namespace k8slint::cli {

int Run(int argc, char** argv);

}  // namespace k8slint::cli

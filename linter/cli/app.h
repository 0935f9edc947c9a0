// The k8slint command line (SPEC §1). Returns the process exit code:
// 0 clean, 1 findings at or above --fail-on, 2 usage, config or I/O error.
#pragma once

namespace k8slint::cli {

int Run(int argc, char** argv);

// For the k8slint executable alone: a lint run that wrote its report ends the process
// there, without freeing what it built. Freeing the rules, models and findings is about
// an eighth of a one-file run's instructions (pre-commit runs one per commit), and the
// kernel takes the memory back at exit anyway. In-process callers (the tests) keep the
// default: Run returns.
void EndProcessAfterLint();

}  // namespace k8slint::cli

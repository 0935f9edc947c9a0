// RunProcess: runs a program found on PATH with no shell in between and collects
// what it writes, for `k8slint chart` to call `helm template`.
#pragma once

#include <string>
#include <vector>

#include "linter/core/status.h"

namespace k8slint::helm {

struct ProcessResult {
  bool found = false;  // false when argv[0] is not on PATH (nothing ran)
  int exit_code = 0;   // 128 + signal number when a signal ended it
  std::string out, err;
};

// REQUIRES: !argv.empty(). Fails only when the process cannot be started or read.
Status RunProcess(const std::vector<std::string>& argv, ProcessResult* result);

}  // namespace k8slint::helm

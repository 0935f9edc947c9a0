// The ShellCheck findings of a run's distinct RUN scripts, made before the per-file phase
// (DF070's prepare step): the scripts of every Dockerfile, deduplicated by dialect and
// text, go to a few shellcheck processes instead of one per Dockerfile, whose start-up
// (25-40 ms) cost far more than checking a script (about 1 ms). A script's findings do
// not depend on the scripts checked beside it, so they are the findings one shellcheck
// per Dockerfile gives, in the same order.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rules/df/shellcheck_runner.h"

namespace k8slint::rules::df {

class ShellCheckCache {
 public:
  // At most this many scripts per process, so argument lists and temporary folders stay
  // small; fewer when the scripts are spread over `jobs` processes.
  static constexpr size_t kMaxPerProcess = 1000;
  // Below this many scripts per process, a start-up costs more than another core saves.
  static constexpr size_t kMinPerProcess = 32;

  // Adds a script to check; a script already added (same dialect and text) is kept once.
  void Add(std::string_view dialect, std::string_view text);
  // Checks the scripts added since the last Check, at most `jobs` processes at once.
  // Scripts whose process failed stay unknown.
  void Check(int jobs);
  // The findings of a checked script, in ShellCheck's order (their `script` field is
  // meaningless); null when the script is unknown.
  const std::vector<ShellCheckFinding>* Find(std::string_view dialect, std::string_view text) const;
  // How many processes the last Check started (tests).
  size_t processes() const { return processes_; }

 private:
  struct Entry {
    bool checked = false;
    std::vector<ShellCheckFinding> findings;
  };
  static std::string Key(std::string_view dialect, std::string_view text);

  // By Key: the dialect, a newline and the text (a dialect has no newline). Node-based:
  // the keys do not move, so the processes read the texts in place.
  std::unordered_map<std::string, Entry> entries_;
  std::vector<std::pair<const std::string, Entry>*> unchecked_;  // added since the last Check
  size_t processes_ = 0;
};

}  // namespace k8slint::rules::df

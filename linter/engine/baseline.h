// Baseline: findings accepted at one point in time, recorded by fingerprint, so a
// later run reports only what is new (`--write-baseline FILE`, `--baseline FILE`).
// The file holds rule ids, repo-relative paths and fingerprints (hashes), never
// messages or secret values. Format and matching: docs/suppressions.md#baseline.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "linter/core/finding.h"
#include "linter/core/status.h"

namespace k8slint {

// Maps a finding's path to the stable form recorded in the baseline (the
// repo-relative URI the reports use), so the invocation does not matter.
using PathMapper = std::function<std::string(const std::string&)>;

class Baseline {
 public:
  // Parses a baseline file's contents; `name` is for messages. A malformed file
  // is a config error naming it and the reason.
  static Status Parse(const std::string& name, const std::string& text, Baseline* out);
  // Reads and parses `path`; a missing or unreadable file is an I/O error.
  static Status Load(const std::string& path, Baseline* out);
  // The baseline file text for `findings`: the current version, one entry per finding, sorted.
  static std::string Serialize(const std::vector<Finding>& findings, const PathMapper& path);

  // Drops the findings the baseline holds. Count-aware: each entry absorbs one
  // finding, so a second identical finding is still reported. Returns how many
  // were dropped.
  size_t Filter(const PathMapper& path, std::vector<Finding>* findings) const;

  size_t size() const;
  // 1: fingerprints from before secrets were masked (still matched; to be regenerated).
  int version() const { return version_; }
  static constexpr int kCurrentVersion = 2;
  // About a million entries; a larger file is refused rather than read whole.
  static constexpr uint64_t kMaxBytes = 256ull << 20;

 private:
  int version_ = kCurrentVersion;
  using Key = std::tuple<std::string, std::string, std::string>;  // rule, path, fingerprint
  std::map<Key, size_t> counts_;
};

}  // namespace k8slint

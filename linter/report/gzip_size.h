// The size a text has once gzip-compressed (deflate level 6, as `gzip` and most upload
// clients use), to hold a SARIF log to GitHub's upload limit. zlib is loaded with
// dlopen on first use, like libgit2 (linter/vcs/git.cpp): only a log over the limit
// uncompressed needs it, and every other run keeps its startup cost.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

namespace k8slint::report {

// Compresses what it is given piece by piece and counts the output, so a log is measured
// without ever being held whole. Level 1 runs several times faster than level 6 and, on
// text such as JSON, compresses it less, so its count serves as an upper bound of level 6's.
class GzipCounter {
 public:
  explicit GzipCounter(int level = 6);
  ~GzipCounter();
  GzipCounter(const GzipCounter&) = delete;
  GzipCounter& operator=(const GzipCounter&) = delete;

  void Add(std::string_view text);
  // nullopt when zlib cannot be loaded or failed; the caller then holds the uncompressed
  // size to the limit, which the compressed size never exceeds by more than a few bytes
  // per 16 KB.
  std::optional<uint64_t> Finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// GzipCounter over one text.
std::optional<uint64_t> GzipSize(std::string_view text, int level = 6);

}  // namespace k8slint::report

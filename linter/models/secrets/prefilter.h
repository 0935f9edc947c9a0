// Prefilter: finds every occurrence of a set of short keywords in one pass over the
// bytes, so the regular expressions only run near a hit. A 64 KiB table indexed by the
// raw byte pair at each position (every case variant of folded keywords is entered)
// answers "can a keyword start here?" with one load; only table hits are compared with
// the keywords (exactly or case-insensitively).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace k8slint::secrets {

class Prefilter {
 public:
  struct Keyword {
    std::string text;   // 2 or more bytes
    bool fold = false;  // match case-insensitively (ASCII)
    uint32_t id = 0;    // returned with each hit
  };
  struct Hit {
    size_t offset;
    uint32_t id;
  };

  explicit Prefilter(std::vector<Keyword> keywords);

  // Every keyword occurrence in `text`, by offset (overlapping hits included).
  void Scan(std::string_view text, std::vector<Hit>* hits) const;

 private:
  std::vector<Keyword> keywords_;
  std::vector<uint8_t> starts_;         // raw pair (first | second << 8) -> 1
  std::vector<uint32_t> bucket_start_;  // pair -> range in bucket_items_
  std::vector<uint32_t> bucket_items_;  // keyword indexes
};

}  // namespace k8slint::secrets

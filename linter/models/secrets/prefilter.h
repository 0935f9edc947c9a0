// Prefilter: finds every occurrence of a set of short keywords in one pass over the
// bytes, so the regular expressions only run near a hit. A 65,536-bit set indexed by the
// raw byte pair at each position (every case variant of folded keywords is entered)
// answers "can a keyword start here?" with one load; only its hits look up the keywords
// of that pair (a small hash table) and compare them (exactly or case-insensitively).
// Built once per run, so it is kept small and cheap to build: a one-file run pays for
// every page it touches and every allocation it makes.
#pragma once

#include <cstdint>
#include <array>
#include <memory>
#include <string_view>
#include <vector>

namespace k8slint::secrets {

class Prefilter {
 public:
  struct Keyword {
    std::string_view text;  // 2 or more bytes; must outlive the prefilter
    bool fold = false;      // match case-insensitively (ASCII)
    uint32_t id = 0;        // returned with each hit
  };
  struct Hit {
    size_t offset;
    uint32_t id;
  };

  explicit Prefilter(std::vector<Keyword> keywords);

  // Every keyword occurrence in `text`, by offset (overlapping hits included).
  void Scan(std::string_view text, std::vector<Hit>* hits) const;

 private:
  // The keywords whose first two bytes fold to one pair: a range of bucket_items_.
  struct Bucket {
    uint32_t pair_plus_one = 0;  // 0: an empty slot
    uint32_t begin = 0, end = 0;
  };
  const Bucket* Find(uint32_t pair) const;

  std::vector<Keyword> keywords_;
  std::array<uint64_t, 65536 / 64> starts_{};  // bit (first | second << 8): a raw pair
  std::vector<Bucket> buckets_;                // open addressing by folded pair
  uint32_t shift_ = 0;                         // 32 - log2(buckets_.size())
  std::vector<uint32_t> bucket_items_;         // keyword indexes, grouped by folded pair
};

}  // namespace k8slint::secrets

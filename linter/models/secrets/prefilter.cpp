#include "linter/models/secrets/prefilter.h"

#include <cstdint>
#include <algorithm>
#include <array>
#include <cstring>

namespace k8slint::secrets {
namespace {

constexpr std::array<unsigned char, 256> MakeFold() {
  std::array<unsigned char, 256> t{};
  for (int i = 0; i < 256; ++i)
    t[i] = static_cast<unsigned char>(i >= 'A' && i <= 'Z' ? i + 32 : i);
  return t;
}
constexpr std::array<unsigned char, 256> kFold = MakeFold();

uint32_t Pair(unsigned char a, unsigned char b) { return uint32_t{kFold[a]} << 8 | kFold[b]; }

bool EqualFold(const char* a, std::string_view b) {
  for (size_t i = 0; i < b.size(); ++i)
    if (kFold[static_cast<unsigned char>(a[i])] != kFold[static_cast<unsigned char>(b[i])])
      return false;
  return true;
}

// Both cases of an ASCII letter, or the byte itself.
struct Variants {
  unsigned char bytes[2];
  int count;
};
Variants VariantsOf(unsigned char c, bool fold) {
  if (!fold || kFold[c] < 'a' || kFold[c] > 'z') return {{c, c}, 1};
  return {{kFold[c], static_cast<unsigned char>(kFold[c] - 32)}, 2};
}

uint32_t Slot(uint32_t pair, uint32_t shift) { return (pair * 0x9E3779B1u) >> shift; }

}  // namespace

// A 65,536-entry bucket index (256 KiB, and as much again to fill it) cost a one-file run
// more page faults than the rest of its work: the buckets are hashed instead.
Prefilter::Prefilter(std::vector<Keyword> keywords) : keywords_(std::move(keywords)) {
  // Each keyword as (folded pair << 32 | index): sorted, a pair's keywords are grouped and
  // keep their order, so hits at one offset keep theirs.
  std::vector<uint64_t> by_pair(keywords_.size());
  for (uint32_t k = 0; k < keywords_.size(); ++k) {
    const std::string_view t = keywords_[k].text;
    const auto a = static_cast<unsigned char>(t[0]), b = static_cast<unsigned char>(t[1]);
    by_pair[k] = uint64_t{Pair(a, b)} << 32 | k;
    const Variants xs = VariantsOf(a, keywords_[k].fold), ys = VariantsOf(b, keywords_[k].fold);
    for (int i = 0; i < xs.count; ++i)
      for (int j = 0; j < ys.count; ++j) {
        const uint32_t raw = xs.bytes[i] | ys.bytes[j] << 8;
        starts_[raw / 64] |= uint64_t{1} << (raw % 64);
      }
  }
  std::sort(by_pair.begin(), by_pair.end());
  bucket_items_.resize(by_pair.size());
  for (size_t i = 0; i < by_pair.size(); ++i) bucket_items_[i] = static_cast<uint32_t>(by_pair[i]);
  uint32_t bits = 4;
  while ((size_t{1} << bits) < 2 * keywords_.size()) ++bits;
  shift_ = 32 - bits;
  buckets_.resize(size_t{1} << bits);
  for (uint32_t i = 0; i < by_pair.size();) {
    const auto pair = static_cast<uint32_t>(by_pair[i] >> 32);
    uint32_t end = i + 1;
    while (end < by_pair.size() && static_cast<uint32_t>(by_pair[end] >> 32) == pair) ++end;
    uint32_t slot = Slot(pair, shift_);
    while (buckets_[slot].pair_plus_one != 0) slot = (slot + 1) & (buckets_.size() - 1);
    buckets_[slot] = {pair + 1, i, end};
    i = end;
  }
}

const Prefilter::Bucket* Prefilter::Find(uint32_t pair) const {
  for (uint32_t slot = Slot(pair, shift_);; slot = (slot + 1) & (buckets_.size() - 1)) {
    const Bucket& b = buckets_[slot];
    if (b.pair_plus_one == pair + 1) return &b;
    if (b.pair_plus_one == 0) return nullptr;
  }
}

void Prefilter::Scan(std::string_view text, std::vector<Hit>* hits) const {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  if (n < 2) return;
  const uint64_t* starts = starts_.data();
  for (size_t at = 0; at + 1 < n; ++at) {
    const uint32_t raw = s[at] | s[at + 1] << 8;
    if (!(starts[raw / 64] >> (raw % 64) & 1)) continue;
    const Bucket* bucket = Find(Pair(s[at], s[at + 1]));
    if (!bucket) continue;
    for (uint32_t b = bucket->begin; b < bucket->end; ++b) {
      const Keyword& k = keywords_[bucket_items_[b]];
      if (k.text.size() > n - at) continue;
      const bool match = k.fold ? EqualFold(text.data() + at, k.text)
                                : std::memcmp(text.data() + at, k.text.data(), k.text.size()) == 0;
      if (match) hits->push_back({at, k.id});
    }
  }
}

}  // namespace k8slint::secrets

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
std::vector<unsigned char> Variants(unsigned char c, bool fold) {
  if (!fold || kFold[c] < 'a' || kFold[c] > 'z') return {c};
  return {kFold[c], static_cast<unsigned char>(kFold[c] - 32)};
}

uint32_t Slot(uint32_t pair, uint32_t shift) { return (pair * 0x9E3779B1u) >> shift; }

}  // namespace

// A 65,536-entry bucket index (256 KiB, and as much again to fill it) cost a one-file run
// more page faults than the rest of its work: the buckets are hashed instead.
Prefilter::Prefilter(std::vector<Keyword> keywords) : keywords_(std::move(keywords)) {
  auto pair_of = [&](uint32_t k) {
    const std::string& t = keywords_[k].text;
    return Pair(static_cast<unsigned char>(t[0]), static_cast<unsigned char>(t[1]));
  };
  bucket_items_.resize(keywords_.size());
  for (uint32_t k = 0; k < keywords_.size(); ++k) {
    bucket_items_[k] = k;
    const std::string& t = keywords_[k].text;
    for (unsigned char x : Variants(static_cast<unsigned char>(t[0]), keywords_[k].fold))
      for (unsigned char y : Variants(static_cast<unsigned char>(t[1]), keywords_[k].fold)) {
        const uint32_t raw = x | y << 8;
        starts_[raw / 64] |= uint64_t{1} << (raw % 64);
      }
  }
  // Stable: a pair's keywords keep their order, so hits at one offset keep theirs.
  std::stable_sort(bucket_items_.begin(), bucket_items_.end(),
                   [&](uint32_t a, uint32_t b) { return pair_of(a) < pair_of(b); });
  uint32_t bits = 4;
  while ((size_t{1} << bits) < 2 * keywords_.size()) ++bits;
  shift_ = 32 - bits;
  buckets_.resize(size_t{1} << bits);
  for (uint32_t i = 0; i < bucket_items_.size();) {
    const uint32_t pair = pair_of(bucket_items_[i]);
    uint32_t end = i + 1;
    while (end < bucket_items_.size() && pair_of(bucket_items_[end]) == pair) ++end;
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

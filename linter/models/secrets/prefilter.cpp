#include "linter/models/secrets/prefilter.h"

#include <cstdint>
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

}  // namespace

// Buckets by a counting sort: 65,536 vectors, one per pair, cost more to build than a
// one-file run spends scanning.
Prefilter::Prefilter(std::vector<Keyword> keywords)
    : keywords_(std::move(keywords)), starts_(65536, 0), bucket_start_(65537, 0) {
  for (uint32_t k = 0; k < keywords_.size(); ++k) {
    const std::string& t = keywords_[k].text;
    const auto a = static_cast<unsigned char>(t[0]), b = static_cast<unsigned char>(t[1]);
    for (unsigned char x : Variants(a, keywords_[k].fold))
      for (unsigned char y : Variants(b, keywords_[k].fold)) starts_[x | y << 8] = 1;
    ++bucket_start_[Pair(a, b) + 1];
  }
  for (size_t p = 1; p < bucket_start_.size(); ++p) bucket_start_[p] += bucket_start_[p - 1];
  bucket_items_.resize(keywords_.size());
  std::vector<uint32_t> next(bucket_start_.begin(), bucket_start_.end() - 1);
  for (uint32_t k = 0; k < keywords_.size(); ++k) {
    const std::string& t = keywords_[k].text;
    bucket_items_[next[Pair(static_cast<unsigned char>(t[0]),
                            static_cast<unsigned char>(t[1]))]++] = k;
  }
}

void Prefilter::Scan(std::string_view text, std::vector<Hit>* hits) const {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  if (n < 2) return;
  const uint8_t* starts = starts_.data();
  for (size_t at = 0; at + 1 < n; ++at) {
    if (!starts[s[at] | s[at + 1] << 8]) continue;
    const uint32_t pair = Pair(s[at], s[at + 1]);
    for (uint32_t b = bucket_start_[pair]; b < bucket_start_[pair + 1]; ++b) {
      const Keyword& k = keywords_[bucket_items_[b]];
      if (k.text.size() > n - at) continue;
      const bool match = k.fold ? EqualFold(text.data() + at, k.text)
                                : std::memcmp(text.data() + at, k.text.data(), k.text.size()) == 0;
      if (match) hits->push_back({at, k.id});
    }
  }
}

}  // namespace k8slint::secrets

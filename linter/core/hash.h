// Stable, platform-independent hashing for fingerprints (FNV-1a, 64 bit).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "linter/core/work.h"

namespace k8slint {

inline uint64_t Fnv1a(std::string_view data, uint64_t seed = 0xcbf29ce484222325ull) {
  work::Count(data.size());
  uint64_t h = seed;
  for (unsigned char c : data) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

// 16 lower-case hex digits.
std::string HexHash(uint64_t h);

}  // namespace k8slint

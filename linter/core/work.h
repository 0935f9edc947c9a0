// A deterministic measure of the work done on an input, for the growth tests
// (tests/growth_test.cpp): the places whose cost grows with the input (bytes hashed,
// index lookups) add what they touch. Thread-local, so counting costs one add and the
// -j workers never share a cache line; only tests read it.
#pragma once

#include <cstdint>

namespace k8slint::work {

inline thread_local uint64_t units = 0;

inline void Count(uint64_t n) { units += n; }

}  // namespace k8slint::work

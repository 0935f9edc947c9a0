// SharedPath: an input's path, held once and shared by reference. A run keeps the path of
// every input in discovery, in its project facts, in each of its findings and in each
// related location naming it; a path is usually past std::string's 15-byte inline
// capacity, so each of those copies was a heap block of its own (about a third of a large
// run's peak memory was paths and the structures holding them). Copying one is a pointer
// and an atomic count, so the workers may share them. Immutable: assigning rebinds.
#pragma once

#include "linter/core/shared_text.h"

namespace k8slint {

using SharedPath = SharedText;

}  // namespace k8slint

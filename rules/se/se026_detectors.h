// SE026's detectors, in two files by how a format is recognised: by its own shape
// (se026_prefixed_detectors.cpp) or by the provider-named key it is assigned to
// (se026_keyed_detectors.cpp).
#pragma once

#include <vector>

#include "linter/models/secrets/detectors.h"

namespace k8slint::rules {

// Each appends its detectors to `out`, moved out of one temporary array: built at every
// start, and a braced list's elements could only be copied.
void AppendPrefixedProviderDetectors(std::vector<secrets::Detector>* out);
void AppendKeyedProviderDetectors(std::vector<secrets::Detector>* out);

}  // namespace k8slint::rules

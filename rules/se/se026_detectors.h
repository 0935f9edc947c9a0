// SE026's detectors, in two files by how a format is recognised: by its own shape
// (se026_prefixed_detectors.cpp) or by the provider-named key it is assigned to
// (se026_keyed_detectors.cpp).
#pragma once

#include <vector>

#include "linter/models/secrets/detectors.h"

namespace k8slint::rules {

std::vector<secrets::Detector> PrefixedProviderDetectors();
std::vector<secrets::Detector> KeyedProviderDetectors();

}  // namespace k8slint::rules

// Kubernetes resource quantities ("100m", "1.5Gi", "2e3", "512Mi"), parsed as
// resource.Quantity does: a signed decimal number followed by a binary SI suffix
// (Ki Mi Gi Ti Pi Ei), a decimal SI suffix (n u m k M G T P E, or none) or a decimal
// exponent (e3, E-2).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace k8slint::yaml {

// The quantity's value in base units (cores, bytes), or nullopt when `text` is not a
// valid quantity. Whitespace is not allowed, as in Kubernetes.
std::optional<double> ParseQuantity(std::string_view text);

// A short human form for messages: "250m" stays as written; used for bounds.
std::string FormatQuantity(double value, bool cpu);

}  // namespace k8slint::yaml

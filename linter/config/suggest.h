// "Did you mean" hints for misspelt config keys, rule names and parameters.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace k8slint {

// " (did you mean 'exclude'?)" for the closest candidate within a small edit distance
// (case-insensitive), else "".
std::string DidYouMean(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace k8slint

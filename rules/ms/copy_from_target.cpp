#include "rules/ms/copy_from_target.h"

#include <algorithm>
#include <cctype>

#include "linter/core/ascii.h"

namespace k8slint::rules {

CopyFromTarget ClassifyCopyFrom(const dockerfile::Document& doc, const std::string& ref,
                                int current) {
  const std::string lower = AsciiLower(ref);
  const bool numeric =
      !lower.empty() && lower.size() < 6 && std::all_of(lower.begin(), lower.end(), ::isdigit);
  for (const dockerfile::Stage& s : doc.stages) {
    const bool named =
        (!s.alias.empty() && s.alias == lower) || (numeric && std::stoi(lower) == s.index);
    if (!named) continue;
    if (s.index < current) return CopyFromTarget::kEarlierStage;
    return s.index == current ? CopyFromTarget::kSelf : CopyFromTarget::kLaterStage;
  }
  if (numeric) return CopyFromTarget::kUnknown;
  // An image reference: hadolint also accepts anything with ':' (tag) or '/' (path).
  if (ref.find_first_of(":/@.$") != std::string::npos) return CopyFromTarget::kImage;
  return CopyFromTarget::kUnknown;
}

}  // namespace k8slint::rules

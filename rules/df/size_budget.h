// What the image-size rules share: their budgets and the advice that names a smaller base.
#pragma once

#include <string>
#include <string_view>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/df/base_image_sizes.h"

namespace k8slint::rules::df {

inline constexpr std::string_view kDefaultImageBudget = "250";
inline constexpr std::string_view kDefaultAppBudget = "500";

// Reads a budget in MB (a positive whole number) from the rule's parameter.
Status ReadBudget(const Config& config, const std::string& rule_id, const std::string& name,
                  std::string_view fallback, int* out);

// "; python:3.12-slim is about 130 MB" ("" when the row names no smaller image).
std::string SmallerAdvice(const BaseImageSize& size);

}  // namespace k8slint::rules::df

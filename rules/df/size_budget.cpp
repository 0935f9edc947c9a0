#include "rules/df/size_budget.h"

#include <charconv>

namespace k8slint::rules::df {

Status ReadBudget(const Config& config, const std::string& rule_id, const std::string& name,
                  std::string_view fallback, int* out) {
  const std::string v = config.Param(rule_id, name, std::string(fallback));
  int mb = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), mb);
  if (ec != std::errc() || end != v.data() + v.size() || mb <= 0)
    return Status::Config(rule_id + ": " + name + " must be a whole number of MB, not '" + v + "'");
  *out = mb;
  return Status::Ok();
}

std::string SmallerAdvice(const BaseImageSize& size) {
  if (size.smaller.empty()) return "";
  return "; " + size.smaller + " is about " + FormatMb(size.smaller_mb);
}

}  // namespace k8slint::rules::df

#include "rules/ps/ps_shared.h"

#include <optional>
#include <string>

#include "linter/models/ps/queries.h"

namespace k8slint::rules {

Status ReadPowerShellTarget(const Config& config, std::string_view rule_id, ps::Edition* out) {
  const std::string id(rule_id);
  const std::string value = config.Param(id, "powershell-target", "5.1");
  const std::optional<ps::Edition> edition = ps::ParseEdition(value);
  if (!edition)
    return Status::Config(id + ": powershell-target must be 5.1 or 7, not '" + value + "'");
  *out = *edition;
  return Status::Ok();
}

}  // namespace k8slint::rules

// The effective configuration of a run: defaults, then the config file, then the
// command-line flags (which win). Shared by linting and `k8slint config --print`.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "linter/core/config.h"
#include "linter/core/status.h"

namespace k8slint {

// What the command line says; empty or zero fields were not given.
struct ConfigFlags {
  std::string config_file;  // -c/--config; "" = search upward from the working directory
  std::vector<std::string> enable, disable;  // comma lists allowed in each item
  std::string fail_on;
  std::string powershell_target;
  std::string shell_fences;
  uint64_t max_file_size = 0;
  bool no_redact = false;
};

// Fills `out`. Config errors (exit 2) carry the file, line and column.
Status EffectiveConfig(const ConfigFlags& flags, Config* out);

// `k8slint config --print`: the effective configuration as YAML that loads back to the
// same configuration, with a header naming the config file it came from.
Status EffectiveConfigYaml(const Config& config, std::string* out);

}  // namespace k8slint

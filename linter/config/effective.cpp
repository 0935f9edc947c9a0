#include "linter/config/effective.h"

#include <filesystem>
#include <sstream>

#include "linter/config/keys.h"
#include "linter/config/load.h"
#include "linter/core/registry.h"
#include "rules/registry.h"

namespace k8slint {
namespace {

std::vector<std::string> SplitCommas(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& v : values)
    for (std::string& item : SplitCommaList(v)) out.push_back(std::move(item));
  return out;
}

// A flag sets the shared setting and beats the file's per-rule values of the same name.
void OverrideSetting(Config* config, const std::string& name, const std::string& value) {
  config->settings[name] = value;
  for (auto& [rule, params] : config->params) params.erase(name);
}

}  // namespace

Status EffectiveConfig(const ConfigFlags& flags, Config* out) {
  namespace fs = std::filesystem;
  Config config;
  std::error_code ec;
  const std::string cwd = fs::current_path(ec).string();
  if (ec) return Status::Io("cannot read the working directory: " + ec.message());
  std::string path = flags.config_file, display = flags.config_file;
  if (path.empty()) {
    if (std::optional<std::string> found = FindConfigFile(cwd)) {
      path = *found;
      const fs::path other = fs::path(path).parent_path() / kConfigFileNameYml;
      if (fs::path(path).filename() == kConfigFileName && fs::is_regular_file(other, ec))
        return Status::Config(
            path + " and " + other.string() +
            " are both config files and k8slint reads one: merge them into one and delete the "
            "other");
      display = fs::path(path).lexically_relative(cwd).string();
      if (display.empty()) display = path;
    }
  }
  if (!path.empty()) {
    // The catalogue only resolves names; building every rule costs about 20 µs.
    std::unique_ptr<Registry> catalogue;
    if (Status s = BuildRegistry(Config{}, &catalogue); !s.ok()) return s;
    if (Status s = LoadConfigFile(path, display, cwd, *catalogue, &config); !s.ok()) return s;
  }
  const std::vector<std::string> enable = SplitCommas(flags.enable),
                                 disable = SplitCommas(flags.disable);
  config.enable.insert(config.enable.end(), enable.begin(), enable.end());
  config.disable.insert(config.disable.end(), disable.begin(), disable.end());
  if (!flags.fail_on.empty()) config.fail_on = flags.fail_on;
  if (config.fail_on.empty()) config.fail_on = "warning";
  if (!flags.powershell_target.empty())
    OverrideSetting(&config, "powershell-target", flags.powershell_target);
  if (!flags.shell_fences.empty()) OverrideSetting(&config, "shell-fences", flags.shell_fences);
  if (flags.max_file_size > 0) config.max_file_bytes = flags.max_file_size;
  if (flags.no_redact) config.redact = false;
  *out = std::move(config);
  return Status::Ok();
}

Status EffectiveConfigYaml(const Config& config, std::string* out) {
  std::unique_ptr<Registry> registry;
  if (Status s = BuildRegistry(config, &registry); !s.ok()) return s;
  std::ostringstream o;
  o << "# k8slint effective configuration: defaults, then "
    << (config.source_file.empty() ? "no config file (none found)"
                                   : "the config file " + config.source_file)
    << ", then command-line flags.\n";
  if (!config.base_dir.empty())
    o << "# Globs and paths are relative to " << config.base_dir << "\n";
  for (const ConfigKey& key : ConfigKeys()) key.print(config, *registry, o);
  *out = o.str();
  return Status::Ok();
}

}  // namespace k8slint

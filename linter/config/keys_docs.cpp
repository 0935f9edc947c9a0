// ConfigKeysMarkdown: the key reference of docs/configuration.md, from the key table.
#include <sstream>

#include "linter/config/keys.h"

namespace k8slint {

std::string ConfigKeysMarkdown() {
  std::ostringstream o;
  o << "| key | type | default | flag |\n|---|---|---|---|\n";
  for (const ConfigKey& k : ConfigKeys())
    o << "| [`" << k.name << "`](#" << k.name << ") | " << k.type << " | `" << k.default_value
      << "` | " << (k.flag.empty() ? "" : "`" + std::string(k.flag) + "`") << " |\n";
  for (const ConfigKey& k : ConfigKeys()) {
    o << "\n### " << k.name << "\n\n" << k.description << "\n\n";
    if (!k.flag.empty()) o << "Overridden by `" << k.flag << "`.\n\n";
    o << "```yaml\n" << k.example << "\n```\n";
  }
  return o.str();
}

}  // namespace k8slint

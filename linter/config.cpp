#include "linter/config.h"

namespace k8slint {

std::string Config::Param(const std::string& rule_id, const std::string& name,
                          const std::string& fallback) const {
  if (auto r = params.find(rule_id); r != params.end())
    if (auto p = r->second.find(name); p != r->second.end()) return p->second;
  if (auto s = settings.find(name); s != settings.end()) return s->second;
  return fallback;
}

}  // namespace k8slint

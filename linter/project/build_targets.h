// Which stages of which Dockerfile the inputs build as targets (facts of
// collect_targets.cpp), for MS005. A target whose Dockerfile could not be told, or names
// no Dockerfile of the inputs, counts for every Dockerfile: saying a stage is unused when
// something builds it is the worse mistake.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "linter/project/project.h"

namespace k8slint::project {

class BuildTargets {
 public:
  explicit BuildTargets(const Project& project);
  // Something builds stage `stage` (lower case) of the Dockerfile at file index `file`.
  bool Builds(uint32_t file, std::string_view stage) const;

 private:
  std::set<std::pair<uint32_t, std::string>, std::less<>> named_;  // (Dockerfile, stage)
  std::set<std::string, std::less<>> anywhere_;
};

}  // namespace k8slint::project

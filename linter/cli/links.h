// The `links` subcommand: how the project model linked images, Dockerfiles, charts,
// values files and rendered manifests, and what it could not link.
#pragma once

#include <string>
#include <vector>

#include "linter/config/effective.h"

namespace k8slint::cli {

int LinksCommand(const std::vector<std::string>& paths, const ConfigFlags& flags, int jobs);

}  // namespace k8slint::cli

// The check the version-pinning rules share (hadolint DL3008, DL3013, DL3016, DL3018,
// DL3028, DL3033, DL3037, DL3041, DL3062): an install of a package manager names
// packages without a version.
#pragma once

#include <initializer_list>
#include <string_view>

#include "linter/core/emitter.h"
#include "linter/core/rule.h"
#include "linter/models/dockerfile/model.h"
#include "rules/df/package_commands.h"

namespace k8slint::rules::df {

// Whether an install argument of that manager carries a version (or names no registry
// package: a local file, a path, a URL).
using PinnedFn = bool (*)(const PackageCommand& pc, std::string_view arg);

// Reports one finding per install command of `managers` with unpinned packages, at the
// first of them, naming up to three. `how` ends the message ("pin with `curl=<version>`").
// Arguments holding an unresolved `$` are not judged.
void ReportUnpinned(const Rule& rule, const dockerfile::Document& doc, Emitter& emit,
                    std::initializer_list<PackageManager> managers, PinnedFn pinned,
                    std::string_view how);

// Shared spellings of "pinned": `name-<digit>...` (rpm), a path or file of that suffix.
bool HasDashDigit(std::string_view arg);
bool IsPathOrFile(std::string_view arg, std::string_view suffix);

}  // namespace k8slint::rules::df

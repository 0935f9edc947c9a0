// Questions rules ask of a Dockerfile model, answered once here so rules stay short.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "linter/models/dockerfile/model.h"

namespace k8slint::dockerfile {

// The USER in effect at the end of `stage`, following FROM <earlier stage> chains.
// Null when no USER is set in the stage or the stages it builds on.
const Instruction* EffectiveUser(const Document& doc, const Stage& stage);

// The user part of a USER value ("app:app" -> "app", "1000:1000" -> "1000").
std::string_view UserName(std::string_view value);
bool IsRootUser(std::string_view value);     // root, 0, root:*, 0:*
bool IsNumericUser(std::string_view value);  // "10001" or "10001:10001"

// Stages other than the last that no later stage builds on (`FROM <stage>`), copies
// from (`COPY --from`) or mounts (`RUN --mount=...,from=<stage>`), in order.
std::vector<const Stage*> UnusedStages(const Document& doc);

// Lower-cased first word of a command after `sudo`/`env` prefixes, or "".
std::string CommandName(const ShellCommand& cmd);

}  // namespace k8slint::dockerfile

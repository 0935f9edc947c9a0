// The check the "install without yes" rules share (hadolint DL3030, DL3034, DL3038): a
// package manager's command that asks for confirmation, which a build answers with no.
#pragma once

#include <initializer_list>
#include <string_view>

#include "linter/core/emitter.h"
#include "linter/core/rule.h"
#include "linter/models/dockerfile/model.h"
#include "rules/df/package_commands.h"

namespace k8slint::rules::df {

// Reports each RUN command of `managers` whose subcommand is one of `subcommands` and
// that has none of `yes_flags`, at the manager's name; `flag` is the option to add.
void ReportMissingYes(const Rule& rule, const dockerfile::Document& doc, Emitter& emit,
                      std::initializer_list<PackageManager> managers,
                      std::initializer_list<std::string_view> subcommands,
                      std::initializer_list<std::string_view> yes_flags, std::string_view flag);

}  // namespace k8slint::rules::df

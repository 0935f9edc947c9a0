// What the cache rules of the DF family ask of a Dockerfile: which stages ship, whether a
// RUN cleans up in its own layer (rm -rf, a cache or tmpfs mount), and whether ENV or ARG
// already changed a tool's default. One place, so DF003-DF011 treat exceptions alike.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "linter/models/dockerfile/model.h"
#include "rules/df/package_commands.h"

namespace k8slint::rules::df {

// The final stage and the stages it is built FROM: what the image is made of. A
// builder stage's caches are thrown away with it.
std::vector<bool> ShippedStages(const dockerfile::Document& doc);

// A `RUN --mount=type=cache|tmpfs,target=...` whose target is one of `dirs` or lies below
// one (`/root/.cache` covers `/root/.cache/pip`), or a target under which one of `dirs`
// lies (`/var/lib/apt` covers `/var/lib/apt/lists`). `~` and `$HOME` are /root.
bool MountsCacheAt(const dockerfile::Instruction& run,
                   std::initializer_list<std::string_view> dirs);

// The RUN removes one of `dirs` (or something inside it) in its own layer: `rm -r` (any
// spelling of -r/-R/--recursive) of a path at or below it, or `find <dir> ... -delete`.
bool RemovesDir(const dockerfile::Instruction& run, std::initializer_list<std::string_view> dirs);

// The RUN runs `<manager> clean` (or `cc`, zypper's short form) with `args` (any of them;
// empty: none needed), or `npm cache clean`, `yarn cache clean` when `cache_sub` is set.
bool RunsClean(const dockerfile::Instruction& run, PackageManager manager, bool cache_sub,
               std::initializer_list<std::string_view> args);

// `name` is set to a non-empty value for `run`: by ENV or ARG (with a default) earlier in
// the shipped chain of stages, or by a `NAME=value` prefix of the command itself.
bool VariableSet(const dockerfile::Document& doc, const dockerfile::Instruction& run,
                 const PackageCommand& cmd, std::string_view name);

// An earlier RUN or COPY of the shipped chain mentions `needle` (a config line written
// with echo, or a copied config file's name): the tool was configured, not left default.
bool EarlierMentions(const dockerfile::Document& doc, const dockerfile::Instruction& run,
                     std::string_view needle);

// Calls fn(run, cmd) for each package command of each RUN of a shipped stage.
template <typename Fn>
void ForEachShippedCommand(const dockerfile::Document& doc, Fn&& fn) {
  const std::vector<bool> shipped = ShippedStages(doc);
  for (const dockerfile::Instruction& ins : doc.instructions) {
    if (!ins.Is("RUN") || ins.stage < 0 || !shipped[static_cast<size_t>(ins.stage)]) continue;
    for (const PackageCommand& cmd : PackageCommands(ins)) fn(ins, cmd);
  }
}

}  // namespace k8slint::rules::df

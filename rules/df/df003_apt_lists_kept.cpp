// DF003 apt-lists-kept: `apt-get update` in a shipped stage leaves /var/lib/apt/lists in
// the layer.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "rules/df/layer_cleanup.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF003",
      .name = "apt-lists-kept",
      .level = Level::kNote,
      .aliases = {"hadolint:DL3009"},
      .kinds = {InputKind::kDockerfile},
      .summary = "A RUN runs `apt-get update` and leaves the package lists in the layer",
      .details =
          "Fires on `apt-get update` (or `apt update`) in a RUN that does not remove "
          "/var/lib/apt/lists in the same RUN (`rm -rf /var/lib/apt/lists/*`, any spelling of "
          "`-r`, or `find /var/lib/apt/lists ... -delete`). As in hadolint, a `RUN "
          "--mount=type=cache` (or tmpfs) at /var/lib/apt or /var/lib/apt/lists is exempt. Only "
          "stages that ship are judged: the final stage and the stages it is built FROM (a "
          "builder stage's layers are thrown away). A removal in a later RUN does not help: the "
          "lists are already in the earlier layer.",
      .rationale = "The lists of a Debian or Ubuntu mirror are 20 to 50 MB that nothing reads "
                   "at run time, and they go stale the day the image is built.",
      .bad_example = "FROM debian:12-slim\nRUN apt-get update && apt-get install -y "
                     "--no-install-recommends curl\n",
      .good_example = "FROM debian:12-slim\nRUN apt-get update && apt-get install -y "
                      "--no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*\n",
      .fix = "End the RUN that runs `apt-get update` with `&& rm -rf /var/lib/apt/lists/*`, or "
             "mount a cache: `RUN --mount=type=cache,target=/var/lib/apt/lists ...`.",
      .example_path = "Dockerfile",
      .tags = {"size", "dockerfile"},
  };
}

class AptListsKeptRule : public RuleBase {
 public:
  AptListsKeptRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ForEachShippedCommand(
        doc, [&](const dockerfile::Instruction& run, const df::PackageCommand& cmd) {
          if (cmd.manager != df::PackageManager::kAptGet && cmd.manager != df::PackageManager::kApt)
            return;
          if (cmd.subcommand != "update") return;
          static constexpr std::string_view kLists = "/var/lib/apt/lists";
          if (df::RemovesDir(run, {kLists}) || df::MountsCacheAt(run, {kLists})) return;
          emit.Report(
              *this, cmd.ManagerSpan(),
              "`" + cmd.spelling +
                  " update` leaves the package lists (/var/lib/apt/lists, "
                  "tens of MB) in this layer; end the RUN with `&& rm -rf /var/lib/apt/lists/*`");
        });
  }
};

}  // namespace

Status MakeDF003(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<AptListsKeptRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules

// DF007 dnf-cache-kept: dnf or microdnf installs in a shipped stage without `dnf clean all`.
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
      .id = "DF007",
      .name = "dnf-cache-kept",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3040"},
      .kinds = {InputKind::kDockerfile},
      .summary = "A RUN installs with dnf or microdnf and leaves its cache in the layer (no "
                 "`dnf clean all`)",
      .details =
          "Fires on `dnf install` or `microdnf install` (also groupinstall, reinstall, update, "
          "upgrade) in a stage that ships (the final stage and the stages it is built FROM) when "
          "the same RUN neither runs `dnf clean all` / `microdnf clean all` nor removes "
          "/var/cache/dnf (or /var/cache/yum). A `RUN --mount=type=cache` (or tmpfs) at "
          "/var/cache/dnf is exempt: nothing stays in the layer.",
      .rationale = "dnf keeps repository metadata, tens to hundreds of MB on UBI, Fedora and "
                   "Rocky bases, under /var/cache/dnf; cleaning in a later RUN does not shrink "
                   "the layer that already holds it.",
      .bad_example = "FROM registry.access.redhat.com/ubi9/ubi:9.4\nRUN dnf install -y "
                     "python3.11\n",
      .good_example = "FROM registry.access.redhat.com/ubi9/ubi:9.4\nRUN dnf install -y "
                      "python3.11 && dnf clean all\n",
      .fix = "End the RUN with `&& dnf clean all` (`microdnf clean all` on minimal images).",
      .example_path = "Dockerfile",
      .tags = {"size", "dockerfile"},
  };
}

bool DnfFillsCache(const df::PackageCommand& cmd) {
  return cmd.IsInstall() || cmd.subcommand == "update" || cmd.subcommand == "upgrade";
}

class DnfCacheKeptRule : public RuleBase {
 public:
  DnfCacheKeptRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ForEachShippedCommand(doc, [&](const dockerfile::Instruction& run,
                                       const df::PackageCommand& cmd) {
      if (cmd.manager != df::PackageManager::kDnf && cmd.manager != df::PackageManager::kMicrodnf)
        return;
      if (!DnfFillsCache(cmd)) return;
      if (df::RunsClean(run, df::PackageManager::kDnf, false, {"all"}) ||
          df::RunsClean(run, df::PackageManager::kMicrodnf, false, {"all"}) ||
          df::RemovesDir(run, {"/var/cache/dnf", "/var/cache/yum"}) ||
          df::MountsCacheAt(run, {"/var/cache/dnf", "/var/cache/yum"}))
        return;
      const std::string name(df::ManagerName(cmd.manager));
      emit.Report(*this, cmd.ManagerSpan(),
                  "`" + name + " " + cmd.subcommand +
                      "` leaves its cache (/var/cache/dnf) in "
                      "this layer; end the RUN with `&& " +
                      name + " clean all`");
    });
  }
};

}  // namespace

Status MakeDF007(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<DnfCacheKeptRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules

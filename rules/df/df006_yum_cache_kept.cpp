// DF006 yum-cache-kept: yum installs in a shipped stage without `yum clean all`.
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
      .id = "DF006",
      .name = "yum-cache-kept",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3032"},
      .kinds = {InputKind::kDockerfile},
      .summary = "A RUN installs with yum and leaves its cache in the layer (no `yum clean all`)",
      .details =
          "Fires on `yum install` (also groupinstall, reinstall, localinstall, update, upgrade) "
          "in a stage that ships (the final stage and the stages it is built FROM) when the same "
          "RUN neither runs `yum clean all` nor removes /var/cache/yum. A `RUN "
          "--mount=type=cache` (or tmpfs) at /var/cache/yum is exempt: nothing stays in the layer.",
      .rationale = "yum keeps repository metadata (often 100 MB or more for EPEL and the base "
                   "repositories) under /var/cache/yum; cleaning in a later RUN does not shrink "
                   "the layer that already holds it.",
      .bad_example = "FROM centos:7\nRUN yum install -y httpd\n",
      .good_example = "FROM centos:7\nRUN yum install -y httpd && yum clean all\n",
      .fix = "End the RUN with `&& yum clean all` (and `rm -rf /var/cache/yum` for the "
             "metadata of disabled repositories).",
      .example_path = "Dockerfile",
      .tags = {"size", "dockerfile"},
  };
}

bool YumFillsCache(const df::PackageCommand& cmd) {
  return cmd.IsInstall() || cmd.subcommand == "localinstall" || cmd.subcommand == "update" ||
         cmd.subcommand == "upgrade";
}

class YumCacheKeptRule : public RuleBase {
 public:
  YumCacheKeptRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ForEachShippedCommand(
        doc, [&](const dockerfile::Instruction& run, const df::PackageCommand& cmd) {
          if (cmd.manager != df::PackageManager::kYum || !YumFillsCache(cmd)) return;
          if (df::RunsClean(run, df::PackageManager::kYum, false, {"all"}) ||
              df::RemovesDir(run, {"/var/cache/yum"}) || df::MountsCacheAt(run, {"/var/cache/yum"}))
            return;
          emit.Report(*this, cmd.ManagerSpan(),
                      "`yum " + cmd.subcommand +
                          "` leaves its cache (/var/cache/yum) in this layer; "
                          "end the RUN with `&& yum clean all`");
        });
  }
};

}  // namespace

Status MakeDF006(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<YumCacheKeptRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules

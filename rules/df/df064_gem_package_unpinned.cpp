// DF064 gem-package-unpinned: Gem installed without a version
#include <memory>
#include <string_view>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"
#include "rules/df/pinning.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF064",
      .name = "gem-package-unpinned",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3028"},
      .kinds = {InputKind::kDockerfile},
      .summary = "Gem installed without a version",
      .details = "Fires on `gem install` when a gem has no `:<version>` and the command has no "
                 "`-v`/`--version`; local `.gem` files count as pinned. Arguments with an "
                 "unresolved `$VARIABLE` are not judged. One finding per command, at its first "
                 "unpinned package.",
      .rationale = "An unpinned install takes whatever version the index holds on the day of the "
                   "build, so two builds of the same commit can differ and a bad release reaches "
                   "production without a code change.",
      .bad_example = "FROM ruby:3.3-slim\nRUN gem install bundler\n",
      .good_example = "FROM ruby:3.3-slim\nRUN gem install bundler:2.5.22\n",
      .fix = "Write `gem install <name>:<version>` or `gem install <name> -v <version>`; app gems "
             "belong in Gemfile.lock.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

bool GemPinned(const df::PackageCommand& pc, std::string_view arg) {
  return pc.HasFlag({"v", "version"}) || arg.find(':') != std::string_view::npos ||
         df::IsPathOrFile(arg, ".gem");
}

class GemPackageUnpinnedRule : public RuleBase {
 public:
  GemPackageUnpinnedRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    df::ReportUnpinned(*this, doc, emit, {df::PackageManager::kGem}, GemPinned,
                       "pin with `name:<version>` or with `-v <version>`");
  }
};

}  // namespace

Status MakeDF064(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<GemPackageUnpinnedRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules

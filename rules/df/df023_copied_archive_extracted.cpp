// DF023 copied-archive-extracted: A COPY'd archive is then unpacked by tar in a RUN
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"
#include "rules/df/paths.h"
#include "rules/df/run_commands.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF023",
      .name = "copied-archive-extracted",
      .level = Level::kNote,
      .aliases = {"hadolint:DL3010"},
      .kinds = {InputKind::kDockerfile},
      .summary = "A COPY'd archive is then unpacked by tar in a RUN",
      .details = "Fires on a COPY of a local archive (`.tar`, `.tar.gz`, `.tgz`, ...) when a "
                 "later RUN of the same stage extracts a file of the same name with `tar -x` (or "
                 "`--extract`).",
      .rationale = "The copied archive stays in its own layer even after it is unpacked and "
                   "deleted; ADD unpacks a local archive in one step and one layer.",
      .bad_example = "FROM debian:12-slim\nCOPY vendor.tar.gz /tmp/\nRUN tar -xzf "
                     "/tmp/vendor.tar.gz -C /opt && rm /tmp/vendor.tar.gz\n",
      .good_example = "FROM debian:12-slim\nADD vendor.tar.gz /opt/\n",
      .fix = "`ADD vendor.tar.gz /opt/` unpacks it into /opt in one layer.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class CopiedArchiveExtractedRule : public RuleBase {
 public:
  CopiedArchiveExtractedRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Stage& stage : doc.stages) {
      auto [begin, end] = doc.StageInstructions(stage);
      for (const dockerfile::Instruction* c = begin; c != end; ++c) {
        if (!c->Is("COPY") || c->FindFlag("from")) continue;
        for (const std::string& src : df::CopySources(*c, doc.escape)) {
          if (!df::IsArchive(src) || df::IsUrl(src)) continue;
          if (const dockerfile::ShellCommand* tar = FindExtract(c + 1, end, df::BaseName(src))) {
            emit.Report(*this, c->span,
                        "'" + src + "' is copied, then unpacked by tar at line " +
                            std::to_string(tar->positions.front().line) +
                            "; `ADD` unpacks a local archive in one layer");
            break;
          }
        }
      }
    }
  }

 private:
  static const dockerfile::ShellCommand* FindExtract(const dockerfile::Instruction* begin,
                                                     const dockerfile::Instruction* end,
                                                     std::string_view name) {
    for (const dockerfile::Instruction* r = begin; r != end; ++r) {
      if (!df::IsPosixRun(*r)) continue;
      for (const dockerfile::ShellCommand& cmd : r->commands) {
        if (df::NameOf(cmd) != "tar" || !df::TarExtracts(cmd)) continue;
        for (size_t i = df::NameIndex(cmd) + 1; i < cmd.words.size(); ++i)
          if (df::BaseName(cmd.words[i]) == name) return &cmd;
      }
    }
    return nullptr;
  }
};

}  // namespace

Status MakeDF023(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<CopiedArchiveExtractedRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules

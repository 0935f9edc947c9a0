// DF038 copy-to-file-from-several-sources: COPY with several sources to a destination without a
// trailing slash
#include <memory>
#include <string>
#include <vector>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"
#include "rules/df/paths.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF038",
      .name = "copy-to-file-from-several-sources",
      .level = Level::kError,
      .aliases = {"hadolint:DL3021"},
      .kinds = {InputKind::kDockerfile},
      .summary = "COPY with several sources to a destination without a trailing slash",
      .details = "Fires on a COPY with two or more sources whose destination does not end in `/` "
                 "(`.` and paths ending in `/.` are folders too).",
      .rationale = "Docker requires a folder destination, written with a trailing slash, when "
                   "several sources are copied; without it the build fails.",
      .bad_example = "FROM node:20-slim\nCOPY package.json package-lock.json /app\n",
      .good_example = "FROM node:20-slim\nCOPY package.json package-lock.json /app/\n",
      .fix = "End the destination with `/`.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class CopyToFileFromSeveralSourcesRule : public RuleBase {
 public:
  CopyToFileFromSeveralSourcesRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!ins.Is("COPY")) continue;
      const std::vector<std::string> words = df::CopyWords(ins, doc.escape);
      if (words.size() < 3) continue;
      const std::string& dest = words.back();
      if (dest.empty() || dest.back() == '/' || dest == "." ||
          dest.find('$') != std::string::npos ||
          (dest.size() >= 2 && dest.compare(dest.size() - 2, 2, "/.") == 0))
        continue;
      emit.Report(*this, ins.args_span,
                  "COPY of " + std::to_string(words.size() - 1) +
                      " sources needs a folder "
                      "destination ending in '/'; write '" +
                      dest + "/'");
    }
  }
};

}  // namespace

Status MakeDF038(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<CopyToFileFromSeveralSourcesRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules

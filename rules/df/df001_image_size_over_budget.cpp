// DF001 image-size-over-budget: the final stage's base image alone is bigger than the
// image budget.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/base_images.h"
#include "linter/models/dockerfile/model.h"
#include "rules/df/base_image_sizes.h"
#include "rules/df/size_budget.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF001",
      .name = "image-size-over-budget",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {InputKind::kDockerfile},
      .summary = "The final stage's base image alone is bigger than the image size budget",
      .details =
          "Fires on the FROM of the final stage when its base image (followed back through "
          "`FROM <stage>` chains) is, by the table of docs/image-size.md, bigger than "
          "`budget-mb` (default 250 MB). Only the base is counted: the layers the Dockerfile "
          "adds come on top, so a finding is a lower bound and a base under the budget proves "
          "nothing. The table holds approximate uncompressed linux/amd64 sizes (what `docker "
          "images` shows) of the full, slim, alpine, distroless and chiseled variants of the "
          "common language and OS images; each row names its source and date. Bases the table "
          "does not know, bases named through unresolved variables, digest-only references and "
          "Windows images give no finding. Builder stages do not count: only the final stage "
          "ships. The message names a smaller variant that exists.",
      .rationale =
          "A deployment that caps images at 250 MB fails on `FROM python:3.12` (about 1 GB) "
          "before a single layer is added; every pull on every node pays for the full image's "
          "compilers and headers, and so does the scanner's CVE count.",
      .bad_example = "FROM node:20\nWORKDIR /app\nCOPY . .\nCMD [\"node\", \"server.js\"]\n",
      .good_example = "FROM node:20-slim\nWORKDIR /app\nCOPY . .\nCMD [\"node\", \"server.js\"]\n",
      .fix = "Base the final stage on the slim, alpine, distroless or chiseled variant the message "
             "names; build in a full image in an earlier stage and copy only the result across. "
             "Raise `budget-mb` if the deployment allows bigger images.",
      .example_path = "Dockerfile",
      .tags = {"size", "dockerfile"},
      .params = {{"budget-mb", df::kDefaultImageBudget,
                  "the image size budget in MB (decimal, as `docker images` shows)"}},
  };
}

class ImageSizeOverBudgetRule : public RuleBase {
 public:
  explicit ImageSizeOverBudgetRule(int budget) : RuleBase(Meta()), budget_(budget) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    const dockerfile::Stage* final_stage = doc.final_stage();
    if (!final_stage) return;
    const std::optional<df::BaseImageSize> size =
        df::EstimateBaseImage(dockerfile::RootBase(doc, *final_stage));
    if (!size || size->mb <= budget_) return;
    emit.Report(*this, doc.instructions[final_stage->from].span,
                "the final stage's base " + size->image + " is about " + df::FormatMb(size->mb) +
                    " before any layer is added, over the " + df::FormatMb(budget_) +
                    " image budget" + df::SmallerAdvice(*size));
  }

 private:
  int budget_;
};

}  // namespace

Status MakeDF001(const Config& config, std::unique_ptr<Rule>* out) {
  int budget = 0;
  if (Status s = df::ReadBudget(config, "DF001", "budget-mb", df::kDefaultImageBudget, &budget);
      !s.ok())
    return s;
  *out = std::make_unique<ImageSizeOverBudgetRule>(budget);
  return Status::Ok();
}

}  // namespace k8slint::rules

// MS002 copy-from-unknown-stage and MS003 copy-from-self: where `COPY --from=` points.
// One file because both classify the same reference.
#include <algorithm>
#include <cctype>
#include <memory>

#include "linter/core/ascii.h"
#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"

namespace k8slint::rules {
namespace {

enum class Target { kEarlierStage, kImage, kSelf, kLaterStage, kUnknown };


// Classifies `--from=<ref>` of an instruction in stage `current`.
Target Classify(const dockerfile::Document& doc, const std::string& ref, int current) {
  const std::string lower = AsciiLower(ref);
  const bool numeric = !lower.empty() && lower.size() < 6 &&
                       std::all_of(lower.begin(), lower.end(), ::isdigit);
  for (const dockerfile::Stage& s : doc.stages) {
    const bool named = (!s.alias.empty() && s.alias == lower) || (numeric && std::stoi(lower) == s.index);
    if (!named) continue;
    if (s.index < current) return Target::kEarlierStage;
    return s.index == current ? Target::kSelf : Target::kLaterStage;
  }
  if (numeric) return Target::kUnknown;
  // An image reference: hadolint also accepts anything with ':' (tag) or '/' (path).
  if (ref.find_first_of(":/@.$") != std::string::npos) return Target::kImage;
  return Target::kUnknown;
}

template <Target kWanted>
class CopyFromRule : public RuleBase {
 public:
  explicit CopyFromRule(RuleMeta meta) : RuleBase(std::move(meta)) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!ins.Is("COPY") && !ins.Is("ADD")) continue;
      const dockerfile::Flag* from = ins.FindFlag("from");
      if (!from || ins.stage < 0) continue;
      const Target t = Classify(doc, from->value, ins.stage);
      if constexpr (kWanted == Target::kSelf) {
        if (t == Target::kSelf)
          emit.Report(*this, from->span, "COPY --from=" + from->value +
                                             " names the stage it is in; copy from an earlier stage");
      } else {
        if (t == Target::kLaterStage)
          emit.Report(*this, from->span, "COPY --from=" + from->value +
                                             " names a later stage; stages can only copy from stages "
                                             "defined above them");
        if (t == Target::kUnknown)
          emit.Report(*this, from->span, "COPY --from=" + from->value +
                                             " names no stage of this Dockerfile (stage aliases are "
                                             "case-insensitive); Docker will try to pull an image "
                                             "called '" + from->value + "'");
      }
    }
  }
};

}  // namespace

Status MakeMS002(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<CopyFromRule<Target::kUnknown>>(RuleMeta{
      .id = "MS002",
      .name = "copy-from-unknown-stage",
      .level = Level::kError,
      .aliases = {"hadolint:DL3022"},
      .kinds = {InputKind::kDockerfile},
      .summary = "COPY --from names a stage that does not exist above it",
      .details = "Fires on `COPY --from=<name>` (and ADD) when <name> is neither the alias or "
                 "index of an earlier stage nor an image reference (anything with ':', '/', '@', "
                 "'.' or a variable), and when it names a stage defined later in the file.",
      .rationale = "A typo in a stage alias is not an error to Docker: it silently treats the "
                   "name as an image to pull from Docker Hub, which fails late or, worse, pulls "
                   "someone else's image.",
      .bad_example = "FROM golang:1.22 AS build\nRUN go build -o /out/app .\n"
                     "FROM debian:12-slim\nCOPY --from=builder /out/app /app\n",
      .good_example = "FROM golang:1.22 AS build\nRUN go build -o /out/app .\n"
                      "FROM debian:12-slim\nCOPY --from=build /out/app /app\n",
      .fix = "Use the alias of an earlier stage (`FROM ... AS build` then `COPY --from=build`), "
             "or a full image reference with a tag.",
      .example_path = "Dockerfile",
      .tags = {"correctness"},
  });
  return Status::Ok();
}

Status MakeMS003(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<CopyFromRule<Target::kSelf>>(RuleMeta{
      .id = "MS003",
      .name = "copy-from-self",
      .level = Level::kError,
      .aliases = {"hadolint:DL3023"},
      .kinds = {InputKind::kDockerfile},
      .summary = "COPY --from names the stage it is in",
      .details = "Fires on `COPY --from=<name>` when <name> is the alias or index of the stage "
                 "that contains the instruction.",
      .rationale = "A stage cannot copy from itself: the build fails with a circular dependency, "
                   "usually after a stage was renamed or split.",
      .bad_example = "FROM node:20 AS web\nCOPY --from=web /app/dist /srv\n",
      .good_example = "FROM node:20 AS build\nRUN npm ci\nFROM node:20-slim AS web\n"
                      "COPY --from=build /app/dist /srv\n",
      .fix = "Point --from at the earlier stage that produces the files.",
      .example_path = "Dockerfile",
      .tags = {"correctness"},
  });
  return Status::Ok();
}

}  // namespace k8slint::rules

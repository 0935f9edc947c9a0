// MS006 sdk-final-base: the final stage runs on a full SDK image.
#include <array>
#include <memory>

#include "linter/core/excerpt.h"
#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"

namespace k8slint::rules {
namespace {

struct SdkImage {
  std::string_view repository;  // last path segment, or full for mcr images
  std::string_view runtime;     // what to use instead
  bool slim_tags_ok;            // -slim / -alpine / -distroless variants are runtimes
};

constexpr std::array<SdkImage, 10> kSdks = {{
    {"golang", "gcr.io/distroless/static-debian12:nonroot (or alpine)", false},
    {"maven", "eclipse-temurin:21-jre", false},
    {"gradle", "eclipse-temurin:21-jre", false},
    {"rust", "gcr.io/distroless/cc-debian12:nonroot (or debian:12-slim)", false},
    {"gcc", "debian:12-slim", false},
    {"buildpack-deps", "debian:12-slim", false},
    {"mcr.microsoft.com/dotnet/sdk", "mcr.microsoft.com/dotnet/aspnet (or runtime)", false},
    {"node", "node:<version>-slim or node:<version>-alpine", true},
    {"python", "python:<version>-slim", true},
    {"openjdk", "eclipse-temurin:<version>-jre", true},
}};

const SdkImage* MatchSdk(const ImageRef& image) {
  const std::string full = image.full_repository();
  for (const SdkImage& sdk : kSdks) {
    const bool match = sdk.repository.find('/') != std::string_view::npos
                           ? full == sdk.repository
                           : (image.name() == sdk.repository &&
                              (image.registry.empty() || image.registry == "docker.io"));
    if (!match) continue;
    if (sdk.slim_tags_ok) {
      for (std::string_view v : {"slim", "alpine", "distroless", "jre"})
        if (image.tag.find(v) != std::string::npos) return nullptr;
    }
    return &sdk;
  }
  return nullptr;
}

class SdkFinalBaseRule : public RuleBase {
 public:
  using RuleBase::RuleBase;
  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    const dockerfile::Stage* s = doc.final_stage();
    if (!s || s->base_stage >= 0) return;
    const SdkImage* sdk = MatchSdk(s->base);
    if (!sdk) return;
    emit.Report(*this, doc.instructions[s->from].args_span,
                "final stage runs on the full build image '" + Excerpt(s->base.text) +
                    "'; ship on a runtime image such as " + std::string(sdk->runtime) +
                    " and build in an earlier stage");
  }
};

}  // namespace

Status MakeMS006(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<SdkFinalBaseRule>(RuleMeta{
      .id = "MS006",
      .name = "sdk-final-base",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {InputKind::kDockerfile},
      .summary =
          "The final stage is based on a full SDK or build image although a runtime image exists",
      .details = "Fires on the FROM of the final stage when its image is a build toolchain: "
                 "golang, maven, gradle, rust, gcc, buildpack-deps, mcr.microsoft.com/dotnet/sdk, "
                 "and node, python or openjdk without a slim, alpine, distroless or jre tag. A "
                 "final stage built FROM an earlier stage is judged by that stage's own rules.",
      .rationale = "SDK images are several times larger than their runtime counterparts and "
                   "carry compilers, package managers and shells the app does not need at run "
                   "time: slower rollouts and a larger attack surface.",
      .bad_example = "FROM golang:1.22 AS build\nRUN go build -o /out/api .\n"
                     "FROM golang:1.22\nCOPY --from=build /out/api /api\n",
      .good_example =
          "FROM golang:1.22 AS build\nRUN go build -o /out/api .\n"
          "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/api /api\n",
      .fix = "Keep the SDK image for the build stage and start the final stage from the runtime "
             "image named in the message.",
      .example_path = "Dockerfile",
      .tags = {"size", "security"},
  });
  return Status::Ok();
}

}  // namespace k8slint::rules

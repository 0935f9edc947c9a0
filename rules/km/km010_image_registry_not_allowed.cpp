// KM010 image-registry-not-allowed: an image comes from a registry outside the
// `allowed-registries` policy. Silent until the policy is set.
#include <memory>

#include "linter/core/excerpt.h"
#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/image_policy.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "KM010",
      .name = "image-registry-not-allowed",
      .level = Level::kError,
      .aliases = {"hadolint:DL3026"},
      .kinds = {InputKind::kManifest, InputKind::kValues, InputKind::kDockerfile},
      .summary = "An image comes from a registry outside the allowed-registries policy",
      .details = "When `allowed-registries` is set (top level of .k8slint.yaml, or this rule's "
                 "parameter), fires on every container image of a manifest, every `image` of a "
                 "values file (`image.registry` plus `image.repository`) and every Dockerfile "
                 "`FROM` image (not stage names, not `scratch`) whose registry and repository "
                 "match no entry. An entry is a registry host (`ghcr.io`, `*.azurecr.io`) with "
                 "an optional repository prefix (`ghcr.io/acme`). Images without a registry are "
                 "Docker Hub (`docker.io`; official images are `docker.io/library/...`). Images "
                 "still holding a template or variable (`{{`, `$`) are skipped. With no policy "
                 "the rule reports nothing.",
      .rationale = "Pulling from an arbitrary registry bypasses the scanning, signing and "
                   "availability guarantees a team gets from its own registry or a vetted "
                   "mirror; a typo-squatted Docker Hub image runs with the pod's credentials.",
      .bad_example = "# .k8slint.yaml: allowed-registries: [ghcr.io/acme]\napiVersion: v1\n"
                     "kind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: nginx:1.27.2\n",
      .good_example = "# .k8slint.yaml: allowed-registries: [ghcr.io/acme]\napiVersion: v1\n"
                      "kind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                      "  - name: web\n    image: ghcr.io/acme/nginx:1.27.2\n",
      .fix = "Pull the image through an allowed registry (mirror it there), or add its "
             "registry to allowed-registries if it is trusted.",
      .tags = {"security", "kubernetes"},
      .security_severity = "5.0",
      .params = {{"allowed-registries", "",
                  "registries images may come from, comma-separated or a YAML list; empty allows "
                  "any"}},
      .kubernetes = true,
  };
}

bool TemplatedImage(std::string_view image) {
  return image.find("{{") != std::string_view::npos || image.find('$') != std::string_view::npos;
}

class ImageRegistryNotAllowedRule : public RuleBase {
 public:
  explicit ImageRegistryNotAllowedRule(ImagePolicy policy)
      : RuleBase(Meta()), policy_(std::move(policy)) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    if (policy_.empty()) return;
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      if (!c.image.IsScalar() || c.image.scalar().empty() || TemplatedImage(c.image.scalar()))
        return;
      if (policy_.Allows(c.image_ref)) return;
      yaml::ReportAt(emit, *this, *pod.owner, c.image.span(),
                     "image '" + Excerpt(c.image.scalar()) + "' of " +
                         yaml::DescribeContainer(pod, c) + Verdict(c.image_ref));
    });
    for (const yaml::Values& v : file.value_scopes()) {
      const yaml::Node repo = v.image_repository;
      if (!repo.IsScalar() || repo.scalar().empty() || TemplatedImage(repo.scalar())) continue;
      std::string image(repo.scalar());
      if (const yaml::Node registry = v.image.Get("registry");
          registry.IsScalar() && !registry.scalar().empty()) {
        if (TemplatedImage(registry.scalar())) continue;
        image = std::string(registry.scalar()) + "/" + image;
      }
      const ImageRef ref = ImageRef::Parse(image);
      if (!policy_.Allows(ref))
        emit.Report(*this, repo.span(), v.prefix + "image '" + Excerpt(image) + "'" + Verdict(ref));
    }
  }

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    if (policy_.empty()) return;
    for (const dockerfile::Stage& stage : doc.stages) {
      const ImageRef& base = stage.base;
      if (stage.base_stage >= 0 || base.text.empty() || TemplatedImage(base.text)) continue;
      if (base.repository == "scratch" && base.registry.empty()) continue;
      if (policy_.Allows(base)) continue;
      emit.Report(*this, doc.instructions[stage.from].args_span,
                  "FROM image '" + Excerpt(base.text) + "'" + Verdict(base));
    }
  }

 private:
  std::string Verdict(const ImageRef& ref) const {
    return " comes from " + ImagePolicy::Canonical(ref) + ", outside allowed-registries (" +
           policy_.text() + ")";
  }

  ImagePolicy policy_;
};

}  // namespace

Status MakeKM010(const Config& config, std::unique_ptr<Rule>* out) {
  ImagePolicy policy;
  if (Status s = ImagePolicy::Parse(config.Param("KM010", "allowed-registries", ""), &policy);
      !s.ok())
    return Status::Config("KM010: " + s.message());
  *out = std::make_unique<ImageRegistryNotAllowedRule>(std::move(policy));
  return Status::Ok();
}

}  // namespace k8slint::rules

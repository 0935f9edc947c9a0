// KM051 moving-image-tag: an image tag is a name that moves (`stable`, `dev`, `main`)
// rather than a version, a commit or a digest.
#include <memory>
#include <string>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"
#include "rules/km/image_tag_kind.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "KM051",
      .name = "moving-image-tag",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {InputKind::kManifest, InputKind::kValues},
      .summary = "An image tag is a moving name such as dev, stable or main",
      .details =
          "Fires at the image of a container, init container or ephemeral container, and at "
          "`image.tag` of a Helm values scope, when the tag holds no digit: `dev`, `stable`, "
          "`main`, `edge`, `nightly`, `mainline`, `alpine`, `bookworm`. Registries move such "
          "names to each new build or release. A tag with a digit is taken as a version and "
          "stays clean (`v1.2`, `1.2.3-alpine`, `2024.05.01`, `3-slim`), as are CI commit "
          "tags (`sha-abc1234`, `git-abc1234`, a bare 7-64 character hex id: they name one "
          "build and are never pushed again), digests (`@sha256:...`, also a tag that holds "
          "`sha256:`) and template expressions (`{{ .Values.image.tag }}`, `${TAG}`). "
          "Untagged images and `latest` are KM003's and KM004's cases (and follow "
          "`allow-latest`).",
      .rationale = "A moving name deploys whatever was pushed last: two pods of one "
                   "Deployment can run different code, a rollback does not roll back, and "
                   "nodes with IfNotPresent keep a stale copy. The deployment plan pins every "
                   "image to a semantic version or a digest.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: ghcr.io/acme/web:stable\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                      "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n",
      .fix = "Pin the release the moving name points to today (`nginx:1.27.2-alpine` for "
             "`nginx:alpine`), or a digest, and update it deliberately.",
      .example_path = "pod.yaml",
      .tags = {"reliability", "kubernetes", "helm"},
      .kubernetes = true,
  };
}

class MovingImageTagRule : public RuleBase {
 public:
  MovingImageTagRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    for (const yaml::Values& v : file.value_scopes()) {
      const yaml::Node& tag = v.image_tag;
      if (!tag.IsScalar() || tag.templated() || !IsMovingTag(tag.scalar())) continue;
      emit.Report(*this, tag.span(),
                  v.prefix + "image.tag '" + std::string(tag.scalar()) +
                      "' is a moving name; pin a version or a digest");
    }
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      if (!c.image.IsScalar() || c.image.templated() || !c.image_ref.digest.empty()) return;
      if (!IsMovingTag(c.image_ref.tag)) return;
      yaml::ReportAt(emit, *this, *pod.owner, c.image.span(),
                     "image '" + std::string(c.image.scalar()) + "' of " +
                         yaml::DescribeContainer(pod, c) + " uses the moving tag '" +
                         c.image_ref.tag + "'; pin a version or a digest");
    });
  }
};

}  // namespace

Status MakeKM051(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<MovingImageTagRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules

// KM003 latest-image-tag: a container image is untagged or tagged latest.
#include <memory>

#include "linter/core/excerpt.h"
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
      .id = "KM003",
      .name = "latest-image-tag",
      .level = Level::kWarning,
      .aliases = {"kube-linter:latest-tag", "kube-score:container-image-tag"},
      .kinds = {InputKind::kManifest},
      .summary = "A container image has no tag or the tag latest",
      .details = "Fires on the image of any container, init container or ephemeral container "
                 "whose reference has no tag or the tag `latest`, unless it is pinned by digest "
                 "(`@sha256:...`). An image holding a template expression (`{{ .Image }}`, "
                 "`${IMAGE}`) is not judged: its tag is known only once it is rendered. With "
                 "`allow-latest: true` (a local Minikube or kind setup that builds `app:latest` "
                 "into the node) an explicit `latest` is accepted; an untagged image still "
                 "fires, since leaving the tag out is more often an oversight than a choice. "
                 "KM004 follows the same setting for `image.tag: latest` in values files. "
                 "Other names that move (`dev`, `stable`) are KM051's.",
      .rationale = "`latest` (and no tag, which means latest) changes under you: two pods of one "
                   "Deployment can run different code, a rollback does not roll back, and "
                   "IfNotPresent nodes keep stale images.",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: nginx\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                      "  - name: web\n    image: nginx:1.27.2\n",
      .fix = "Pin a version tag (or a digest) and update it deliberately.",
      .example_path = "pod.yaml",
      .tags = {"reliability", "kubernetes"},
      .params = {{"allow-latest", "false",
                  "true: accept an explicit `latest` tag (local Minikube work); untagged "
                  "images still fire"}},
      .kubernetes = true,
  };
}

class LatestImageTagRule : public RuleBase {
 public:
  explicit LatestImageTagRule(bool allow_latest) : RuleBase(Meta()), allow_latest_(allow_latest) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      if (!c.image.IsScalar() || c.image.scalar().empty() || !c.image_ref.digest.empty()) return;
      if (c.image.templated()) return;  // `{{ .Values.image }}`: the tag comes with the value
      const std::string& tag = c.image_ref.tag;
      if (!tag.empty() && (tag != "latest" || allow_latest_)) return;
      yaml::ReportAt(emit, *this, *pod.owner, c.image.span(),
                     "image '" + Excerpt(c.image.scalar()) + "' of " +
                         yaml::DescribeContainer(pod, c) +
                         (tag.empty() ? " has no tag (it means latest)" : " uses the latest tag") +
                         "; pin a version");
    });
  }

 private:
  bool allow_latest_;
};

}  // namespace

Status MakeKM003(const Config& config, std::unique_ptr<Rule>* out) {
  bool allow_latest = false;
  if (Status s = ReadAllowLatest(config, &allow_latest); !s.ok()) return s;
  *out = std::make_unique<LatestImageTagRule>(allow_latest);
  return Status::Ok();
}

}  // namespace k8slint::rules

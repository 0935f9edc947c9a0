// KM040 image-pull-policy-not-always: a container may start from a cached image.
#include <memory>
#include <string>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "KM040",
      .name = "image-pull-policy-not-always",
      .level = Level::kWarning,
      .aliases = {"kube-score:container-image-pull-policy"},
      .kinds = {InputKind::kManifest},
      .summary = "A container's imagePullPolicy is not Always",
      .details =
          "Fires at an imagePullPolicy of IfNotPresent or Never, and at the image of a "
          "container that sets none while its image has a tag other than latest (Kubernetes "
          "then defaults to IfNotPresent; untagged and latest images default to Always). "
          "Images pinned by digest are never reported: a digest names one image, so a cached "
          "copy is the right one. Images and policies written as template expressions are "
          "not judged. Off by default (kube-score checks it by default): images built into "
          "Minikube's or kind's node must not be pulled, and many clusters pull only "
          "immutable tags.",
      .rationale = "With IfNotPresent a node that already has the tag runs its cached copy: when a "
                   "tag is pushed again, pods on different nodes run different code. Always makes "
                   "the kubelet check the registry at every start (and, with it, that the pod may "
                   "still read a private image).",
      .bad_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                     "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n"
                     "    imagePullPolicy: IfNotPresent\n",
      .good_example = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                      "  - name: web\n    image: ghcr.io/acme/web:1.4.2\n"
                      "    imagePullPolicy: Always\n",
      .fix = "Set `imagePullPolicy: Always`, or pin the image by digest.",
      .example_path = "pod.yaml",
      .tags = {"reliability", "kubernetes"},
      .opt_in = true,
      .kubernetes = true,
  };
}

class ImagePullPolicyRule : public RuleBase {
 public:
  ImagePullPolicyRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      if (!c.image.IsScalar() || c.image.scalar().empty() || c.image.templated()) return;
      if (!c.image_ref.digest.empty()) return;
      const yaml::Node policy = c.node.Get("imagePullPolicy");
      const std::string who = yaml::DescribeContainer(pod, c);
      if (policy.HasValue()) {
        if (!policy.IsScalar() || policy.templated() || policy.scalar() == "Always") return;
        yaml::ReportAt(
            emit, *this, *pod.owner, policy.span(),
            "imagePullPolicy " + std::string(policy.scalar()) + " of " + who +
                (policy.scalar() == "Never" ? " runs whatever image the node already has"
                                            : " runs a cached image when the node has one") +
                "; set Always or pin the image by digest");
        return;
      }
      const std::string& tag = c.image_ref.tag;
      if (tag.empty() || tag == "latest") return;  // Kubernetes defaults these to Always
      yaml::ReportAt(emit, *this, *pod.owner, c.image.span(),
                     who + " sets no imagePullPolicy, so Kubernetes uses IfNotPresent for tag '" +
                         tag + "'; set Always or pin the image by digest");
    });
  }
};

}  // namespace

Status MakeKM040(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ImagePullPolicyRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules

// NR040 low-user-or-group-id: runAsUser or runAsGroup below 10000.
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <utility>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

constexpr int64_t kLowestSafeId = 10000;
constexpr char kFix[] = "; use 10000 or more, e.g. 10001";
constexpr char kWhy[] =
    ", among the IDs the node's own accounts use; use 10000 or more, e.g. 10001";

RuleMeta Meta() {
  return RuleMeta{
      .id = "NR040",
      .name = "low-user-or-group-id",
      .level = Level::kNote,
      .aliases = {"kube-score:container-security-context-user-group-id"},
      .kinds = {InputKind::kManifest, InputKind::kValues},
      .summary = "A container runs with a user or group ID below 10000",
      .details = "Reads runAsUser and runAsGroup as Kubernetes applies them (the container's "
                 "securityContext, else the pod's) for every container and init container, and "
                 "fires at a runAsUser or runAsGroup from 1 to 9999. A pod-level "
                 "value is reported once, however many containers inherit it; in a chart's values "
                 "files, podSecurityContext and securityContext (also per component) are read. "
                 "runAsUser: 0 is "
                 "NR011's and runAsGroup: 0 in a manifest NR021's (in values files, where NR021 "
                 "does not look, this rule reports it). With `require-ids: true` a container whose "
                 "runAsUser or runAsGroup is "
                 "not set at all is reported too, as kube-score does; by default that is left to "
                 "NR010 and the image's USER. A note: the 10000 boundary is a hardening policy.",
      .rationale =
          "Low IDs are the ones the node's own accounts and system services use. A process "
          "that escapes its container keeps its IDs, and with a low one it acts as a real "
          "user of the host, owning its files. IDs of 10000 and above stay clear of them.",
      .bad_example = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
                     "  template:\n    spec:\n      securityContext:\n        runAsNonRoot: true\n"
                     "        runAsUser: 1000\n        runAsGroup: 1000\n      containers:\n"
                     "      - name: web\n        image: ghcr.io/acme/web:1.4.2\n",
      .good_example = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
                      "  template:\n    spec:\n      securityContext:\n        runAsNonRoot: true\n"
                      "        runAsUser: 10001\n        runAsGroup: 10001\n      containers:\n"
                      "      - name: web\n        image: ghcr.io/acme/web:1.4.2\n",
      .fix = "Use IDs of 10000 or more (10001 is common) for runAsUser and runAsGroup, and "
             "create the image's user with the same UID (`useradd -u 10001`).",
      .example_path = "deploy.yaml",
      .tags = {"security", "kubernetes"},
      .security_severity = "3.0",
      .params = {{"require-ids", "false",
                  "true: also report containers whose runAsUser or runAsGroup is not set "
                  "(kube-score's reading)"}},
      .kubernetes = true,
  };
}

class LowUserOrGroupIdRule : public RuleBase {
 public:
  explicit LowUserOrGroupIdRule(bool require_ids) : RuleBase(Meta()), require_ids_(require_ids) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    // A chart's values: the IDs the templates copy into every pod.
    for (const yaml::Values& v : file.value_scopes())
      for (const auto& [ctx, key] : {std::pair{v.pod_security_context, "podSecurityContext"},
                                     std::pair{v.security_context, "securityContext"}})
        for (const char* field : {"runAsUser", "runAsGroup"}) {
          const yaml::Node n = ctx.Get(field);
          const auto id = n.AsInt();
          const bool user = field[5] == 'U';
          if (!id || *id < (user ? 1 : 0) || *id >= kLowestSafeId) continue;
          emit.Report(*this, n.span(),
                      v.prefix + key + "." + field + " " + std::to_string(*id) +
                          (*id == 0 ? " is the root group" + std::string(kFix)
                                    : " is below 10000" + std::string(kWhy)));
        }
    std::set<yaml::NodeId> reported;
    yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
      if (c.role == yaml::ContainerRole::kEphemeral) return;  // debugging sessions
      const yaml::Node user = yaml::EffectiveSecurityField(pod, c, "runAsUser");
      const yaml::Node group = yaml::EffectiveSecurityField(pod, c, "runAsGroup");
      const std::string who = yaml::DescribeContainer(pod, c);
      // Root (uid 0) is NR011's finding and the root group NR021's.
      if (const auto uid = user.AsInt();
          uid && *uid > 0 && *uid < kLowestSafeId && reported.insert(user.id()).second)
        Report(emit, *pod.owner, user,
               "runAsUser " + std::to_string(*uid) + " of " + who + " is below 10000" + kWhy);
      if (const auto gid = group.AsInt();
          gid && *gid > 0 && *gid < kLowestSafeId && reported.insert(group.id()).second)
        Report(emit, *pod.owner, group,
               "runAsGroup " + std::to_string(*gid) + " of " + who + " is below 10000" + kWhy);
      if (!require_ids_ || pod.partial) return;
      if (yaml::TemplatedSection(c, "securityContext") ||
          yaml::TemplatedSection(pod, "securityContext"))
        return;
      const char* unset = !user.HasValue() && !group.HasValue() ? "runAsUser and runAsGroup"
                          : !user.HasValue()                    ? "runAsUser"
                          : !group.HasValue()                   ? "runAsGroup"
                                                                : nullptr;
      if (unset == nullptr) return;
      yaml::ReportAt(emit, *this, *pod.owner, c.where(),
                     who + " sets no " + std::string(unset) +
                         ", so the image decides; set both to 10000 or more");
    });
  }

 private:
  void Report(Emitter& emit, const yaml::Object& owner, const yaml::Node& at,
              std::string message) const {
    yaml::ReportAt(emit, *this, owner, at.span(), std::move(message));
  }
  bool require_ids_;
};

}  // namespace

Status MakeNR040(const Config& config, std::unique_ptr<Rule>* out) {
  const std::string v = config.Param("NR040", "require-ids", "false");
  if (v != "true" && v != "false")
    return Status::Config("NR040: require-ids must be true or false, not '" + v + "'");
  *out = std::make_unique<LowUserOrGroupIdRule>(v == "true");
  return Status::Ok();
}

}  // namespace k8slint::rules

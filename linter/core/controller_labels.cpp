#include "linter/core/controller_labels.h"

#include <algorithm>
#include <array>

namespace k8slint {
namespace {

struct ControllerLabel {
  std::string_view key;
  std::string_view kinds[2];  // the workload kinds whose controllers add it
};

// From the controllers' sources: the StatefulSet controller (pod-name, pod-index,
// controller-revision-hash), the DaemonSet controller (controller-revision-hash), the
// Deployment controller (pod-template-hash on its ReplicaSets' pods) and the Job
// controller (job-name, controller-uid, in both spellings); OpenShift's DeploymentConfig
// controller (deploymentconfig: <name>) and Argo Rollouts (rollouts-pod-template-hash).
constexpr std::array<ControllerLabel, 10> kLabels = {{
    {"statefulset.kubernetes.io/pod-name", {"StatefulSet", ""}},
    {"apps.kubernetes.io/pod-index", {"StatefulSet", ""}},
    {"controller-revision-hash", {"StatefulSet", "DaemonSet"}},
    {"pod-template-hash", {"Deployment", ""}},
    {"batch.kubernetes.io/job-name", {"Job", "CronJob"}},
    {"job-name", {"Job", "CronJob"}},
    {"batch.kubernetes.io/controller-uid", {"Job", "CronJob"}},
    {"controller-uid", {"Job", "CronJob"}},
    {"deploymentconfig", {"DeploymentConfig", ""}},
    {"rollouts-pod-template-hash", {"Rollout", ""}},
}};

const ControllerLabel* Find(std::string_view key) {
  for (const ControllerLabel& l : kLabels)
    if (l.key == key) return &l;
  return nullptr;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool IsControllerLabel(std::string_view key) { return Find(key) != nullptr; }

bool ControllerLabelMatches(std::string_view key, std::string_view value, std::string_view kind,
                            std::string_view name) {
  const ControllerLabel* l = Find(key);
  if (!l || kind.empty() || (l->kinds[0] != kind && l->kinds[1] != kind)) return false;
  if (key == "statefulset.kubernetes.io/pod-name")
    return value.size() > name.size() + 1 && value.starts_with(name) && value[name.size()] == '-' &&
           AllDigits(value.substr(name.size() + 1));
  if (key == "apps.kubernetes.io/pod-index") return AllDigits(value);
  if (key == "deploymentconfig") return value == name;
  // A Job's pods carry its own name; a CronJob's Jobs are named `<cronjob>-<schedule time>`.
  if (key.ends_with("job-name"))
    return kind == "Job" ? value == name : value.starts_with(name) && value.size() > name.size();
  return true;  // hashes and uids are generated: any value can be the pod's
}

}  // namespace k8slint

// Labels that Kubernetes controllers add to the pods they create, which therefore never
// appear in a pod template yet are legitimate Service selector labels (a headless
// Service per StatefulSet replica selects `statefulset.kubernetes.io/pod-name: db-0`).
// See docs/rules-pt.md.
#pragma once

#include <string_view>

namespace k8slint {

// `key` is a label some controller adds to its pods.
bool IsControllerLabel(std::string_view key);

// A pod of the workload `kind`/`name` gets the controller label `key` with `value`:
// the label belongs to that kind's controller and, where the value is derived from the
// workload's name (`<statefulset>-<ordinal>`, a Job's name), the value fits it.
// REQUIRES: IsControllerLabel(key).
bool ControllerLabelMatches(std::string_view key, std::string_view value, std::string_view kind,
                            std::string_view name);

}  // namespace k8slint

// What the hostPath rules share (NR022 docker-socket-mount, NR023 sensitive-host-mount,
// NR024 writable-host-mount): each hostPath volume a container mounts, with the host path
// normalised, visited once per mounting container as kube-linter counts them.
#pragma once

#include <functional>
#include <string>

#include "linter/models/yaml/model.h"

namespace k8slint::rules {

struct HostMount {
  const yaml::PodSpec* pod;
  const yaml::Container* container;
  const yaml::Volume* volume;
  const yaml::VolumeMount* mount;
  std::string path;  // hostPath.path without trailing or doubled slashes ("/" stays "/")
};

// Calls fn for every volumeMount of a container or init container that mounts a
// hostPath volume with a literal path. Ephemeral containers cannot mount new volumes
// and are skipped.
void ForEachHostMount(const yaml::File& file, const std::function<void(const HostMount&)>& fn);

}  // namespace k8slint::rules

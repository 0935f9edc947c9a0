#include "rules/nr/host_mount_checks.h"

namespace k8slint::rules {
namespace {

std::string Normalise(std::string_view path) {
  std::string out;
  for (char ch : path)
    if (ch != '/' || out.empty() || out.back() != '/') out += ch;
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out;
}

}  // namespace

void ForEachHostMount(const yaml::File& file, const std::function<void(const HostMount&)>& fn) {
  for (const yaml::PodSpec& pod : file.pods()) {
    for (const yaml::Volume& v : pod.volumes) {
      if (!v.host_path.IsScalar() || !v.name.IsScalar()) continue;
      const std::string path = Normalise(v.host_path.scalar());
      for (const yaml::Container& c : pod.containers) {
        if (c.role == yaml::ContainerRole::kEphemeral) continue;
        for (const yaml::VolumeMount& m : c.volume_mounts)
          if (m.name.scalar() == v.name.scalar()) fn({&pod, &c, &v, &m, path});
      }
    }
  }
}

}  // namespace k8slint::rules

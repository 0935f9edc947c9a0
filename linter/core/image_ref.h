// ImageRef: an image reference split the way Docker reads it. Shared by the Dockerfile
// model (FROM), the YAML model (container images) and the image policy.
#pragma once

#include <string>
#include <string_view>

namespace k8slint {

struct ImageRef {
  std::string text;        // as written after expansion
  std::string registry;    // "" for Docker Hub
  std::string repository;  // "python", "library/python", "bitnami/nginx"
  std::string tag;         // "" when absent
  std::string digest;      // "sha256:..." or ""
  // Last path segment of the repository: "python" for "docker.io/library/python".
  std::string_view name() const;
  // "registry/repository", or the repository alone on Docker Hub: the image without
  // its tag or digest, as image policies and project linking compare it.
  std::string full_repository() const { return JoinRepository(registry, repository); }
  static std::string JoinRepository(std::string_view registry, std::string_view repository) {
    return registry.empty() ? std::string(repository)
                            : std::string(registry) + "/" + std::string(repository);
  }
  static ImageRef Parse(std::string_view text);
};

}  // namespace k8slint

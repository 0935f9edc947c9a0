#include "linter/core/image_policy.h"

#include "linter/core/ascii.h"

#include <fnmatch.h>

#include <algorithm>
#include <cctype>

namespace k8slint {
namespace {

std::string DockerHub(std::string host) {
  if (host.empty() || host == "index.docker.io" || host == "registry-1.docker.io" ||
      host == "registry.hub.docker.com")
    return "docker.io";
  return host;
}

// A host as Docker recognises one: it has a '.' or a ':' (port), or is localhost.
bool LooksLikeHost(std::string_view host) {
  return host.find_first_of(".:*") != std::string_view::npos || host == "localhost";
}

}  // namespace

Status ImagePolicy::Parse(std::string_view joined, ImagePolicy* out) {
  *out = ImagePolicy();
  out->text_ = std::string(joined);
  size_t start = 0;
  while (start <= joined.size()) {
    size_t comma = joined.find(',', start);
    if (comma == std::string_view::npos) comma = joined.size();
    std::string_view item = joined.substr(start, comma - start);
    start = comma + 1;
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (item.empty()) continue;
    while (item.ends_with('/')) item.remove_suffix(1);
    const size_t slash = item.find('/');
    const std::string_view host = item.substr(0, slash);
    const std::string_view prefix = slash == std::string_view::npos ? "" : item.substr(slash + 1);
    const bool bad = item.find("://") != std::string_view::npos ||
                     item.find_first_of(" \t@") != std::string_view::npos || !LooksLikeHost(host) ||
                     prefix.find(':') != std::string_view::npos || prefix.starts_with('/') ||
                     prefix.find("//") != std::string_view::npos;
    if (bad)
      return Status::Config("allowed-registries entries are registry hosts with an optional "
                            "repository prefix (ghcr.io/acme, docker.io/library), not '" +
                            std::string(item) + "'");
    out->entries_.push_back({DockerHub(AsciiLower(host)), std::string(prefix)});
  }
  return Status::Ok();
}

std::string ImagePolicy::Canonical(const ImageRef& image) {
  const std::string host = DockerHub(AsciiLower(image.registry));
  std::string repo = image.repository;
  if (host == "docker.io" && repo.find('/') == std::string::npos) repo = "library/" + repo;
  return host + "/" + repo;
}

bool ImagePolicy::Allows(const ImageRef& image) const {
  if (entries_.empty()) return true;
  const std::string canonical = Canonical(image);
  const size_t slash = canonical.find('/');
  const std::string host = canonical.substr(0, slash);
  const std::string repo = canonical.substr(slash + 1);
  for (const Entry& e : entries_) {
    if (fnmatch(e.host.c_str(), host.c_str(), 0) != 0) continue;
    if (e.prefix.empty() || repo == e.prefix || repo.starts_with(e.prefix + "/")) return true;
  }
  return false;
}

}  // namespace k8slint

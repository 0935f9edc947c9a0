// ImagePolicy: the `allowed-registries` setting, deciding whether an image reference
// comes from an allowed registry. Docker Hub spellings (no registry, index.docker.io,
// registry-1.docker.io, registry.hub.docker.com) are all `docker.io`, and its official
// images live under `docker.io/library/`, as Docker resolves them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "linter/core/image_ref.h"
#include "linter/core/status.h"

namespace k8slint {

class ImagePolicy {
 public:
  // `joined`: comma-separated entries, each a registry host (`ghcr.io`, `localhost:5000`,
  // `*.azurecr.io`) with an optional repository prefix (`ghcr.io/acme`). Empty: allows
  // everything. A malformed entry is a config error.
  static Status Parse(std::string_view joined, ImagePolicy* out);

  bool empty() const { return entries_.empty(); }
  bool Allows(const ImageRef& image) const;
  // "docker.io/library/nginx": the registry and repository Docker would pull.
  static std::string Canonical(const ImageRef& image);
  // The entries as written, comma-separated, for messages.
  const std::string& text() const { return text_; }

 private:
  struct Entry {
    std::string host;    // lower case; may hold '*'
    std::string prefix;  // repository prefix, "" for the whole registry
  };
  std::vector<Entry> entries_;
  std::string text_;
};

}  // namespace k8slint

#include "rules/km/image_tag_kind.h"

#include <algorithm>
#include <string>

namespace k8slint::rules {
namespace {

bool IsHex(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  });
}

}  // namespace

bool IsDigestTag(std::string_view tag) { return tag.find("sha256:") != std::string_view::npos; }

bool IsCommitTag(std::string_view tag) {
  for (std::string_view prefix : {"sha-", "git-", "commit-"})
    if (tag.substr(0, prefix.size()) == prefix) return IsHex(tag.substr(prefix.size()));
  return tag.size() >= 7 && tag.size() <= 64 && IsHex(tag);
}

bool IsMovingTag(std::string_view tag) {
  if (tag.empty() || tag == "latest" || IsDigestTag(tag) || IsCommitTag(tag)) return false;
  return std::none_of(tag.begin(), tag.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Status ReadAllowLatest(const Config& config, bool* out) {
  const std::string v = config.Param("KM003", "allow-latest", "false");
  if (v != "true" && v != "false")
    return Status::Config("KM003: allow-latest must be true or false, not '" + v + "'");
  *out = v == "true";
  return Status::Ok();
}

}  // namespace k8slint::rules

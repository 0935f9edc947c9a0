#include "linter/models/yaml/object_shape.h"

#include <array>
#include <string>

namespace k8slint::yaml {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool IsValuesStem(std::string_view stem) {
  return stem == "values" || stem.starts_with("values-") || stem.starts_with("values_") ||
         stem.starts_with("values.") || stem.ends_with("-values") || stem.ends_with("_values") ||
         stem.ends_with(".values");
}

// `v1`, `v2beta1`, `v1alpha3`.
bool IsVersion(std::string_view v) {
  if (v.size() < 2 || v[0] != 'v' || v[1] < '1' || v[1] > '9') return false;
  size_t i = 1;
  while (i < v.size() && v[i] >= '0' && v[i] <= '9') ++i;
  if (i == v.size()) return true;
  std::string_view rest = v.substr(i);
  if (rest.starts_with("alpha")) {
    rest.remove_prefix(5);
  } else if (rest.starts_with("beta")) {
    rest.remove_prefix(4);
  } else {
    return false;
  }
  if (rest.empty()) return false;
  for (char c : rest)
    if (c < '0' || c > '9') return false;
  return true;
}

// `v1`, `apps/v1`, `networking.k8s.io/v1`: a DNS-like group, a slash, a version.
bool IsApiVersion(const Node& n) {
  if (!n.IsScalar() || n.templated()) return n.templated();
  const std::string_view v = n.scalar();
  const size_t slash = v.find('/');
  if (slash == std::string_view::npos) return IsVersion(v);
  const std::string_view group = v.substr(0, slash);
  if (group.empty()) return false;
  for (char c : group)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-')) return false;
  return IsVersion(v.substr(slash + 1));
}

}  // namespace

bool OtherToolByPath(std::string_view path) {
  const std::string p = Lower(path);
  if (p.find(".github/workflows/") != std::string::npos) return true;
  const size_t slash = p.find_last_of('/');
  const std::string base = slash == std::string::npos ? p : p.substr(slash + 1);
  const size_t dot = base.find_last_of('.');
  const std::string stem = base.substr(0, dot);
  const std::string ext = dot == std::string::npos ? "" : base.substr(dot);
  if (ext != ".yaml" && ext != ".yml") return false;
  if (stem == "kustomization") return true;
  if (stem.starts_with("docker-compose") || stem == "compose" || stem.starts_with("compose."))
    return true;
  return IsValuesStem(stem);
}

bool LooksLikeObject(const Node& root) {
  if (!root.IsMap()) return false;
  if (const Node kind = root.Get("kind"); kind.IsScalar() && !kind.scalar().empty()) return true;
  if (!IsApiVersion(root.Get("apiVersion"))) return false;
  static constexpr std::array<std::string_view, 8> kSections = {
      "metadata", "spec", "data", "stringData", "rules", "subjects", "roleRef", "items"};
  for (std::string_view s : kSections)
    if (root.Get(s).HasValue()) return true;
  return false;
}

}  // namespace k8slint::yaml

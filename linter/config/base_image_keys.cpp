// The `base-image-users` key: base images the built-in table (docs/base-images.md) does
// not know, or knows differently, and the user each runs as.
#include <cctype>

#include "linter/config/keys.h"

namespace k8slint {
namespace {

bool ValidPattern(std::string_view p) {
  if (p.empty()) return false;
  for (const char c : p)
    if (!std::isalnum(static_cast<unsigned char>(c)) &&
        std::string_view("./:-_*@").find(c) == std::string_view::npos)
      return false;
  return true;
}

bool ValidUser(std::string_view u) {
  if (u.empty()) return false;
  for (const char c : u)
    if (std::isspace(static_cast<unsigned char>(c)) || c == '$') return false;
  return true;
}

}  // namespace

bool ReadBaseImageUsers(ConfigReader& r, const yaml::Node& v) {
  if (!v.IsMap())
    return r.Fail(v, "'base-image-users' must be a map of image pattern -> user, not " +
                         std::string(v.TypeName()));
  for (size_t i = 0; i < v.size(); ++i) {
    std::string pattern, user;
    if (!r.Scalar(v.KeyAt(i), "base-image-users", &pattern)) return false;
    if (!r.Scalar(v.ValueAt(i), "base-image-users: " + pattern, &user)) return false;
    if (!ValidPattern(pattern))
      return r.Fail(v.KeyAt(i),
                    "'base-image-users' keys are image patterns such as ghcr.io/acme/base or "
                    "registry.example.com/hardened/*:*-nonroot, not '" +
                        pattern + "'");
    if (!ValidUser(user))
      return r.Fail(v.ValueAt(i), "the user of base image '" + pattern +
                                      "' must be a user name or uid (root, 10001, app, "
                                      "ContainerUser), not '" +
                                      user + "'");
    r.config().base_image_users.emplace_back(pattern, user);
  }
  return true;
}

void PrintBaseImageUsers(const Config& c, const Registry&, std::ostream& out) {
  if (c.base_image_users.empty()) {
    out << "base-image-users: {}\n";
    return;
  }
  out << "base-image-users:\n";
  for (const auto& [pattern, user] : c.base_image_users)
    out << "  " << YamlScalar(pattern) << ": " << YamlScalar(user) << "\n";
}

}  // namespace k8slint

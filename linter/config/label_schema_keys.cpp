// The `label-schema` and `strict-labels` keys: hadolint's label schema (DL3049-DL3058),
// read by the DF071-DF074 rules. Kept in `settings` as "label=type,label=type" so the
// rules read it like any other shared setting.
#include <string_view>

#include "linter/config/keys.h"

namespace k8slint {
namespace {

bool KnownType(std::string_view t) {
  for (std::string_view k : {"text", "url", "semver", "hash", "rfc3339", "spdx", "email"})
    if (t == k) return true;
  return false;
}

}  // namespace

bool ReadLabelSchema(ConfigReader& r, const yaml::Node& v) {
  if (!v.IsMap())
    return r.Fail(
        v, "'label-schema' must be a map of label -> type, not " + std::string(v.TypeName()));
  std::string joined;
  for (size_t i = 0; i < v.size(); ++i) {
    std::string label, type;
    if (!r.Scalar(v.KeyAt(i), "label-schema", &label)) return false;
    if (!r.Scalar(v.ValueAt(i), "label-schema: " + label, &type)) return false;
    if (label.empty() || label.find_first_of(",= \t") != std::string::npos)
      return r.Fail(v.KeyAt(i), "'label-schema' keys are label keys such as "
                                "org.opencontainers.image.source, not '" +
                                    label + "'");
    if (!KnownType(type))
      return r.Fail(v.ValueAt(i), "the type of label '" + label +
                                      "' must be text, url, semver, hash, rfc3339, spdx or "
                                      "email, not '" +
                                      type + "'");
    joined += (joined.empty() ? "" : ",") + label + "=" + type;
  }
  r.config().settings["label-schema"] = joined;
  return true;
}

void PrintLabelSchema(const Config& c, const Registry&, std::ostream& out) {
  const std::vector<std::string> rows = SplitCommaList(c.Param("", "label-schema", ""));
  if (rows.empty()) {
    out << "label-schema: {}\n";
    return;
  }
  out << "label-schema:\n";
  for (const std::string& row : rows) {
    const size_t eq = row.rfind('=');
    out << "  " << YamlScalar(row.substr(0, eq)) << ": " << row.substr(eq + 1) << "\n";
  }
}

bool ReadStrictLabels(ConfigReader& r, const yaml::Node& v) {
  const std::optional<bool> b = v.AsBool();
  if (!b)
    return r.Fail(
        v, "'strict-labels' must be true or false, not " +
               (v.IsScalar() ? "'" + std::string(v.scalar()) + "'" : std::string(v.TypeName())));
  r.config().settings["strict-labels"] = *b ? "true" : "false";
  return true;
}

void PrintStrictLabels(const Config& c, const Registry&, std::ostream& out) {
  out << "strict-labels: " << (c.Param("", "strict-labels", "false") == "true" ? "true" : "false")
      << "\n";
}

}  // namespace k8slint

// KM007 chart-version-not-semver: Chart.yaml version is missing or not a SemVer 2 version.
#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/km/chart_check.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "KM007",
      .name = "chart-version-not-semver",
      .level = Level::kError,
      .kinds = {InputKind::kChart},
      .summary = "Chart.yaml version is missing or not a SemVer 2 version",
      .details = "Fires when Chart.yaml has no version, or one that is not MAJOR.MINOR.PATCH "
                 "with an optional -prerelease and +build (no leading zeros). Note that "
                 "`version: 1.0` unquoted is read as 1.0, which is not SemVer.",
      .rationale = "Helm orders releases and resolves dependency ranges by the chart "
                   "version; helm lint and helm package reject non-SemVer versions.",
      .bad_example = "apiVersion: v2\nname: web\nversion: 1.0\nappVersion: \"1.4.2\"\n",
      .good_example = "apiVersion: v2\nname: web\nversion: 1.0.0\nappVersion: \"1.4.2\"\n",
      .fix = "Use a full SemVer version such as 0.1.0 and bump it on every chart change.",
      .example_path = "Chart.yaml",
      .tags = {"correctness", "helm"},
      .kubernetes = true,
  };
}

bool IsNumericIdentifier(std::string_view s) {
  if (s.empty() || (s.size() > 1 && s[0] == '0')) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// SemVer 2: MAJOR.MINOR.PATCH, optional -prerelease and +build of [0-9A-Za-z-.].
bool IsSemver(std::string_view v) {
  const size_t meta = std::min(v.find_first_of("-+"), v.size());
  std::string_view core = v.substr(0, meta);
  for (int part = 0; part < 3; ++part) {
    const size_t dot = part < 2 ? core.find('.') : core.size();
    if (dot == std::string_view::npos || !IsNumericIdentifier(core.substr(0, dot))) return false;
    core = part < 2 ? core.substr(dot + 1) : std::string_view();
  }
  const std::string_view suffix = v.substr(meta);
  for (char c : suffix)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '+'))
      return false;
  return suffix.size() != 1;
}

std::optional<ChartVerdict> VersionVerdict(const yaml::Chart& c) {
  if (!c.version.HasValue()) return ChartVerdict{{}, "Chart.yaml has no version"};
  if (IsSemver(c.version.scalar())) return std::nullopt;
  return ChartVerdict{c.version, "chart version '" + std::string(c.version.scalar()) +
                                     "' is not a SemVer 2 version (MAJOR.MINOR.PATCH)"};
}

}  // namespace

Status MakeKM007(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ChartRule>(Meta(), VersionVerdict);
  return Status::Ok();
}

}  // namespace k8slint::rules

// KM005-KM008: Chart.yaml fields that `helm lint` checks. One file: each rule is a
// small predicate over yaml::Chart, and they share their reporting.
#include <functional>
#include <memory>
#include <optional>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/model.h"

namespace k8slint::rules {
namespace {

struct Verdict {
  yaml::Node at;  // absent: the top of Chart.yaml
  std::string message;
};
using Check = std::function<std::optional<Verdict>(const yaml::Chart&)>;

class ChartRule : public RuleBase {
 public:
  ChartRule(RuleMeta meta, Check check) : RuleBase(std::move(meta)), check_(std::move(check)) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    const yaml::Chart* chart = file.chart();
    if (!chart) return;
    std::optional<Verdict> v = check_(*chart);
    if (!v) return;
    const Span at = v->at.valid() ? v->at.span() : Span::At(chart->root.position());
    emit.Report(*this, at, std::move(v->message));
  }

 private:
  Check check_;
};

bool IsNumber(std::string_view s) {
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
    if (dot == std::string_view::npos || !IsNumber(core.substr(0, dot))) return false;
    core = part < 2 ? core.substr(dot + 1) : std::string_view();
  }
  const std::string_view suffix = v.substr(meta);
  for (char c : suffix)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '+')) return false;
  return suffix.size() != 1;
}

RuleMeta ChartMeta(RuleMeta m) {
  m.kinds = {InputKind::kChart};
  m.example_path = "Chart.yaml";
  m.tags = {"correctness", "helm"};
  return m;
}

}  // namespace

Status MakeKM005(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ChartRule>(
      ChartMeta(RuleMeta{
          .id = "KM005",
          .name = "chart-api-version-not-v2",
          .level = Level::kError,
          .summary = "Chart.yaml apiVersion is missing or not v2",
          .details = "Fires when Chart.yaml has no apiVersion (helm lint: \"apiVersion is "
                     "required\") or one other than v2, the only version Helm 3 charts use.",
          .rationale = "apiVersion v1 charts are Helm 2 charts: Helm 3 reads them in a "
                       "compatibility mode where dependencies live in requirements.yaml and "
                       "`type` is ignored.",
          .bad_example = "apiVersion: v1\nname: web\nversion: 0.1.0\nappVersion: \"1.4.2\"\n",
          .good_example = "apiVersion: v2\nname: web\nversion: 0.1.0\nappVersion: \"1.4.2\"\n",
          .fix = "Set `apiVersion: v2` (and move requirements.yaml dependencies into Chart.yaml).",
      }),
      [](const yaml::Chart& c) -> std::optional<Verdict> {
        if (!c.api_version.HasValue()) return Verdict{{}, "Chart.yaml has no apiVersion; use v2"};
        if (c.api_version.scalar() == "v2") return std::nullopt;
        return Verdict{c.api_version, "Chart.yaml apiVersion is '" +
                                          std::string(c.api_version.scalar()) + "', not v2"};
      });
  return Status::Ok();
}

Status MakeKM006(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ChartRule>(
      ChartMeta(RuleMeta{
          .id = "KM006",
          .name = "invalid-chart-name",
          .level = Level::kError,
          .summary = "Chart.yaml name is missing or has characters Helm rejects",
          .details = "Fires when Chart.yaml has no name or an empty one (helm lint: \"name is "
                     "required\"), or a name with characters other than letters, digits, '-', "
                     "'_' and '.'.",
          .rationale = "helm package and helm install refuse a chart without a valid name.",
          .bad_example = "apiVersion: v2\nversion: 0.1.0\nappVersion: \"1.4.2\"\n",
          .good_example = "apiVersion: v2\nname: web\nversion: 0.1.0\nappVersion: \"1.4.2\"\n",
          .fix = "Set `name:` to the chart's folder name (lowercase letters, digits and dashes).",
      }),
      [](const yaml::Chart& c) -> std::optional<Verdict> {
        const std::string_view name = c.name.scalar();
        if (name.empty()) return Verdict{c.name, "Chart.yaml has no name"};
        for (char ch : name)
          if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_' || ch == '.'))
            return Verdict{c.name, "chart name '" + std::string(name) + "' has invalid characters"};
        return std::nullopt;
      });
  return Status::Ok();
}

Status MakeKM007(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ChartRule>(
      ChartMeta(RuleMeta{
          .id = "KM007",
          .name = "chart-version-not-semver",
          .level = Level::kError,
          .summary = "Chart.yaml version is missing or not a SemVer 2 version",
          .details = "Fires when Chart.yaml has no version, or one that is not MAJOR.MINOR.PATCH "
                     "with an optional -prerelease and +build (no leading zeros). Note that "
                     "`version: 1.0` unquoted is read as 1.0, which is not SemVer.",
          .rationale = "Helm orders releases and resolves dependency ranges by the chart "
                       "version; helm lint and helm package reject non-SemVer versions.",
          .bad_example = "apiVersion: v2\nname: web\nversion: 1.0\nappVersion: \"1.4.2\"\n",
          .good_example = "apiVersion: v2\nname: web\nversion: 1.0.0\nappVersion: \"1.4.2\"\n",
          .fix = "Use a full SemVer version such as 0.1.0 and bump it on every chart change.",
      }),
      [](const yaml::Chart& c) -> std::optional<Verdict> {
        if (!c.version.HasValue()) return Verdict{{}, "Chart.yaml has no version"};
        if (IsSemver(c.version.scalar())) return std::nullopt;
        return Verdict{c.version, "chart version '" + std::string(c.version.scalar()) +
                                      "' is not a SemVer 2 version (MAJOR.MINOR.PATCH)"};
      });
  return Status::Ok();
}

Status MakeKM008(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ChartRule>(
      ChartMeta(RuleMeta{
          .id = "KM008",
          .name = "missing-chart-app-version",
          .level = Level::kNote,
          .summary = "Chart.yaml of an application chart has no appVersion",
          .details = "Fires when an application chart (type application or unset) has no "
                     "appVersion or an empty one. Library charts are exempt.",
          .rationale = "appVersion tells users which version of the application a chart "
                       "release deploys (`helm list` shows it), and the `helm create` templates "
                       "use it as the default image tag.",
          .bad_example = "apiVersion: v2\nname: web\nversion: 0.1.0\n",
          .good_example = "apiVersion: v2\nname: web\nversion: 0.1.0\nappVersion: \"1.4.2\"\n",
          .fix = "Add `appVersion: \"<application version>\"` (quoted, so 1.10 stays 1.10).",
      }),
      [](const yaml::Chart& c) -> std::optional<Verdict> {
        if (c.type.scalar() == "library" || !c.app_version.scalar().empty()) return std::nullopt;
        return Verdict{c.app_version, "Chart.yaml has no appVersion"};
      });
  return Status::Ok();
}

}  // namespace k8slint::rules

// AnalyzeYaml: manifests, Helm values and Chart.yaml. Parses once into yaml::File,
// reports syntax errors as K8L001, turns suppression annotations into line ranges,
// then runs every rule's CheckYaml.
#include "linter/analyze.h"
#include "linter/ps/sources.h"
#include "linter/yaml/model.h"

namespace k8slint {
namespace {

// Annotations on an object that silence rules for the object's lines:
//   ignore-check.kube-linter.io/<check>   kube-linter's, through aliases
//   kube-linter.io/ignore-all             every Kubernetes rule
//   ignore-check.k8slint.io/<rule>        k8slint's, by id, name or alias
//   k8slint.io/ignore-all                 every Kubernetes rule
//   kube-score/ignore: a,b                kube-score's, through aliases
void SuppressByAnnotations(const yaml::Object& o, Emitter& emit) {
  static const std::vector<std::string> kAllKubernetes = {"NR", "PR", "RS", "PT", "KM", "SE"};
  const yaml::Node& a = o.annotations;
  SuppressionRange range;
  range.first_line = o.first_line;
  range.last_line = o.last_line;
  for (size_t i = 0; i < a.size(); ++i) {
    const std::string_view key = a.KeyAt(i).scalar();
    constexpr std::string_view kKubeLinter = "ignore-check.kube-linter.io/";
    constexpr std::string_view kOwn = "ignore-check.k8slint.io/";
    if (key.starts_with(kKubeLinter)) {
      range.rules.push_back("kube-linter:" + std::string(key.substr(kKubeLinter.size())));
    } else if (key.starts_with(kOwn)) {
      range.rules.emplace_back(key.substr(kOwn.size()));
    } else if (key == "kube-linter.io/ignore-all" || key == "k8slint.io/ignore-all") {
      range.rules.insert(range.rules.end(), kAllKubernetes.begin(), kAllKubernetes.end());
    } else if (key == "kube-score/ignore") {
      std::string_view list = a.ValueAt(i).scalar();
      while (!list.empty()) {
        const size_t comma = std::min(list.find(','), list.size());
        std::string_view item = list.substr(0, comma);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
        if (!item.empty()) range.rules.push_back("kube-score:" + std::string(item));
        list.remove_prefix(std::min(comma + 1, list.size()));
      }
    }
  }
  if (!range.rules.empty()) emit.Suppress(std::move(range));
}

}  // namespace

void AnalyzeYaml(const AnalysisContext& ctx) {
  std::vector<yaml::ParseError> errors;
  std::unique_ptr<yaml::File> file = yaml::Parse(ctx.source, &errors);
  for (yaml::ParseError& e : errors) ctx.ParseError(e.span, std::move(e.message));
  for (const yaml::Object& o : file->objects()) SuppressByAnnotations(o, ctx.emit);
  for (const Rule* r : ctx.rules) r->CheckYaml(*file, ctx.emit);
  ps::AnalyzeWorkflowPowerShell(ctx);
}

}  // namespace k8slint

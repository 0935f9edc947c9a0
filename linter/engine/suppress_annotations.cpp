#include "linter/core/text.h"
#include "linter/engine/suppress_annotations.h"

#include <cstdint>
#include <tuple>

#include "linter/core/registry.h"
#include "rules/k8l/k8l007_invalid_suppression.h"

namespace k8slint {
namespace {

constexpr std::string_view kKubeLinter = "ignore-check.kube-linter.io/";
constexpr std::string_view kOwnCheck = "ignore-check.k8slint.io/";
constexpr std::string_view kOwnContainer = "container.k8slint.io/";

// A block map's lines (a container, a pod template): from its first key to the last
// line indented at least as deep, so block scalars and nested lists belong to it and the
// next `- name:` or `strategy:` does not.
std::pair<uint32_t, uint32_t> MapLines(const SourceFile& src, const yaml::Node& map) {
  const Position start = map.position();
  uint32_t last = start.line;
  for (uint32_t n = start.line + 1; n <= src.line_count(); ++n) {
    const std::string_view line = src.Line(n);
    const std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    const size_t indent = line.find_first_not_of(' ');
    if (indent + 1 < start.column) break;
    last = n;
  }
  return {start.line, last};
}

// The pod template's map (absent for a Pod, whose own metadata is the pod's).
yaml::Node PodTemplate(const yaml::Object& o) {
  if (o.Is("Pod")) return {};
  if (o.Is("CronJob")) return o.node.At({"spec", "jobTemplate", "spec", "template"});
  return o.node.At({"spec", "template"});
}

void Invalid(const AnalysisContext& ctx, Span at, const std::string& message) {
  rules::ReportInvalidSuppression(ctx.registry, ctx.emit, at, message);
}

// `container.k8slint.io/<name>: RULES [until=...] [-- reason]` silences RULES on
// that container's lines only. The key follows the shape of Kubernetes' own
// per-container annotations (container.apparmor.security.beta.kubernetes.io/<name>).
void SuppressContainers(const yaml::Object& o, const yaml::Node& annotations,
                        const AnalysisContext& ctx) {
  for (size_t i = 0; i < annotations.size(); ++i) {
    const std::string_view key = annotations.KeyAt(i).scalar();
    if (!key.starts_with(kOwnContainer)) continue;
    const std::string_view name = key.substr(kOwnContainer.size());
    const Span at = annotations.KeyAt(i).span();
    const yaml::Container* found = nullptr;
    if (o.pod)
      for (const yaml::Container& c : o.pod->containers)
        if (c.name_text() == name) found = &c;
    if (!found) {
      Invalid(ctx, at,
              o.pod ? "no container named '" + std::string(name) + "' in " + o.Describe() +
                          "; the annotation silences nothing"
                    : std::string(key) + " is only meaningful on a workload with containers");
      continue;
    }
    SuppressionRange range;
    std::tie(range.first_line, range.last_line) = MapLines(ctx.source, found->node);
    range.own = true;
    range.text = std::string(annotations.ValueAt(i).scalar());
    range.at = at;
    ctx.emit.Suppress(std::move(range));
  }
}

// Annotations that silence rules for lines [first, last] of the object:
//   ignore-check.kube-linter.io/<check>   kube-linter's, through aliases
//   kube-linter.io/ignore-all             every Kubernetes rule
//   ignore-check.k8slint.io/<rule>        k8slint's; the value may hold until= and a reason
//   k8slint.io/ignore-all                 every Kubernetes rule
//   kube-score/ignore: a,b                kube-score's, through aliases
void SuppressLines(const yaml::Node& a, uint32_t first, uint32_t last, const AnalysisContext& ctx) {
  SuppressionRange peers;
  peers.first_line = first;
  peers.last_line = last;
  for (size_t i = 0; i < a.size(); ++i) {
    const std::string_view key = a.KeyAt(i).scalar();
    if (key.starts_with(kKubeLinter)) {
      peers.rules.push_back("kube-linter:" + std::string(key.substr(kKubeLinter.size())));
    } else if (key.starts_with(kOwnCheck)) {
      SuppressionRange own;
      own.first_line = first;
      own.last_line = last;
      own.own = true;
      own.text =
          std::string(key.substr(kOwnCheck.size())) + " " + std::string(a.ValueAt(i).scalar());
      own.at = a.KeyAt(i).span();
      ctx.emit.Suppress(std::move(own));
    } else if (key == "kube-linter.io/ignore-all" || key == "k8slint.io/ignore-all") {
      for (const auto& r : ctx.registry.rules())
        if (r->meta().kubernetes) peers.rules.emplace_back(r->meta().id);
    } else if (key == "kube-score/ignore") {
      std::string_view list = a.ValueAt(i).scalar();
      while (!list.empty()) {
        const size_t comma = std::min(list.find(','), list.size());
        const std::string_view item = Trim(list.substr(0, comma));
        if (!item.empty()) peers.rules.push_back("kube-score:" + std::string(item));
        list.remove_prefix(std::min(comma + 1, list.size()));
      }
    }
  }
  if (!peers.rules.empty()) ctx.emit.Suppress(std::move(peers));
}

// The object's annotations cover the whole object. The pod template's annotations cover
// the pod template, so its containers and pod spec: kube-score reads both places, and
// charts can only annotate the template when the workload's own metadata is not
// templated from values (`podAnnotations`).
void SuppressObject(const yaml::Object& o, const AnalysisContext& ctx) {
  SuppressLines(o.annotations, o.first_line, o.last_line, ctx);
  SuppressContainers(o, o.annotations, ctx);
  const yaml::Node pod = PodTemplate(o);
  const yaml::Node t = pod.At({"metadata", "annotations"});
  if (!t.IsMap()) return;
  const auto [first, last] = MapLines(ctx.source, pod);
  SuppressLines(t, first, last, ctx);
  SuppressContainers(o, t, ctx);
}

}  // namespace

void SuppressByAnnotations(const yaml::File& file, const AnalysisContext& ctx) {
  for (const yaml::Object& o : file.objects()) SuppressObject(o, ctx);
}

}  // namespace k8slint

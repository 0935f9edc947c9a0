#include "linter/core/text.h"
#include "linter/engine/suppress_annotations.h"

#include <tuple>

#include "linter/core/registry.h"
#include "rules/k8l/k8l007_invalid_suppression.h"

namespace k8slint {
namespace {

constexpr std::string_view kKubeLinter = "ignore-check.kube-linter.io/";
constexpr std::string_view kOwnCheck = "ignore-check.k8slint.io/";
constexpr std::string_view kOwnContainer = "container.k8slint.io/";

// The container's lines: from its first key to the last line indented at least as
// deep, so block scalars and nested lists belong to it and the next `- name:` does not.
std::pair<uint32_t, uint32_t> ContainerLines(const SourceFile& src, const yaml::Container& c) {
  const Position start = c.node.position();
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

yaml::Node TemplateAnnotations(const yaml::Object& o) {
  if (o.Is("Pod")) return {};
  if (o.Is("CronJob"))
    return o.node.At({"spec", "jobTemplate", "spec", "template", "metadata", "annotations"});
  return o.node.At({"spec", "template", "metadata", "annotations"});
}

void Invalid(const AnalysisContext& ctx, Span at, std::string message) {
  rules::ReportInvalidSuppression(ctx.registry, ctx.emit, at, std::move(message));
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
    std::tie(range.first_line, range.last_line) = ContainerLines(ctx.source, *found);
    range.own = true;
    range.text = std::string(annotations.ValueAt(i).scalar());
    range.at = at;
    ctx.emit.Suppress(std::move(range));
  }
}

// Annotations on an object that silence rules for the object's lines:
//   ignore-check.kube-linter.io/<check>   kube-linter's, through aliases
//   kube-linter.io/ignore-all             every Kubernetes rule
//   ignore-check.k8slint.io/<rule>        k8slint's; the value may hold until= and a reason
//   k8slint.io/ignore-all                 every Kubernetes rule
//   kube-score/ignore: a,b                kube-score's, through aliases
void SuppressObject(const yaml::Object& o, const AnalysisContext& ctx) {
  const yaml::Node& a = o.annotations;
  SuppressionRange peers;
  peers.first_line = o.first_line;
  peers.last_line = o.last_line;
  for (size_t i = 0; i < a.size(); ++i) {
    const std::string_view key = a.KeyAt(i).scalar();
    if (key.starts_with(kKubeLinter)) {
      peers.rules.push_back("kube-linter:" + std::string(key.substr(kKubeLinter.size())));
    } else if (key.starts_with(kOwnCheck)) {
      SuppressionRange own;
      own.first_line = o.first_line;
      own.last_line = o.last_line;
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
  SuppressContainers(o, a, ctx);
  if (const yaml::Node t = TemplateAnnotations(o); t.IsMap()) SuppressContainers(o, t, ctx);
}

}  // namespace

void SuppressByAnnotations(const yaml::File& file, const AnalysisContext& ctx) {
  for (const yaml::Object& o : file.objects()) SuppressObject(o, ctx);
}

}  // namespace k8slint

// Chart templates: Go template text, read for two facts the values rules need, without
// rendering: which values a containerPort is rendered from, and which image tags fall
// back to .Chart.AppVersion. Actions are read one `{{ ... }}` at a time.
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>

#include "linter/project/collect.h"
#include "linter/project/link.h"

namespace k8slint::project {
namespace {

bool IsPathChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.';
}

// Every `.Values.a.b` path of an action ("a.b"), `$.Values.` included.
template <typename Fn>
void ForEachValuesPath(std::string_view action, Fn&& fn) {
  constexpr std::string_view kValues = ".Values.";
  for (size_t at = action.find(kValues); at != std::string_view::npos;
       at = action.find(kValues, at + 1)) {
    size_t end = at + kValues.size();
    while (end < action.size() && IsPathChar(action[end])) ++end;
    std::string_view path = action.substr(at + kValues.size(), end - at - kValues.size());
    while (!path.empty() && path.back() == '.') path.remove_suffix(1);
    if (!path.empty()) fn(path);
  }
}

// The folder holding the nearest `templates` folder above `path`, or "".
std::string ChartFolderOf(std::string_view path) {
  for (size_t slash = path.rfind('/'); slash != std::string_view::npos && slash > 0;
       slash = path.rfind('/', slash - 1)) {
    const size_t start = path.rfind('/', slash - 1);
    const size_t begin = start == std::string_view::npos ? 0 : start + 1;
    if (path.substr(begin, slash - begin) == "templates")
      return FolderOf(std::string(path.substr(0, slash)));
  }
  return "";
}

}  // namespace

void CollectChartTemplate(std::string_view path, std::string_view text, FileFacts* facts) {
  std::string chart = ChartFolderOf(path);
  if (chart.empty()) return;
  auto out = std::make_unique<ChartTemplateFacts>();
  out->chart_folder = std::move(chart);
  constexpr std::string_view kImageTag = "image.tag";
  for (size_t open = text.find("{{"); open != std::string_view::npos;) {
    const size_t close = text.find("}}", open + 2);
    if (close == std::string_view::npos) break;
    const std::string_view action = text.substr(open + 2, close - open - 2);
    if (action.find(".Chart.AppVersion") != std::string_view::npos)
      ForEachValuesPath(action, [&](std::string_view p) {
        if (p == kImageTag || p.ends_with("." + std::string(kImageTag)))
          out->app_version_tags.emplace_back(p.substr(0, p.size() - kImageTag.size()));
      });
    open = text.find("{{", close + 2);
  }
  constexpr std::string_view kContainerPort = "containerPort:";
  for (size_t at = text.find(kContainerPort); at != std::string_view::npos;
       at = text.find(kContainerPort, at + 1)) {
    const size_t eol = std::min(text.find('\n', at), text.size());
    const std::string_view value =
        text.substr(at + kContainerPort.size(), eol - at - kContainerPort.size());
    bool any = false;
    ForEachValuesPath(value, [&](std::string_view p) {
      out->container_port_values.emplace_back(p);
      any = true;
    });
    if (!any && value.find_first_of("0123456789") != std::string_view::npos)
      out->container_port_values.emplace_back();
  }
  facts->chart_template = std::move(out);  // even empty: the chart's templates were seen
}

}  // namespace k8slint::project

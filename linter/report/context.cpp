#include "linter/core/printable.h"
#include "linter/report/report.h"

namespace k8slint::report {

std::string ReportContext::Text(std::string_view s, bool workflow) const {
  return Printable(redactor ? redactor->Apply(s) : std::string(s), {.workflow = workflow});
}

std::string ReportContext::Path(const std::string& path, bool workflow) const {
  return Printable(redactor ? redactor->Apply(path) : path, {.path = true, .workflow = workflow});
}

std::string ReportContext::Uri(const std::string& path, bool workflow) const {
  return Path(uri(path), workflow);
}

}  // namespace k8slint::report

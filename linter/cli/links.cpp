#include "linter/cli/links.h"
#include "linter/cli/output.h"

#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "linter/cli/inputs.h"
#include "linter/engine/engine.h"
#include "linter/project/link.h"
#include "linter/project/project.h"
#include "linter/core/redact.h"
#include "linter/core/registry.h"
#include "rules/k8l/k8l001_parse_error.h"

namespace k8slint::cli {
namespace {

using project::Project;

void PrintDockerfiles(const Project& p, std::ostream& out) {
  // Dockerfile file index -> lines naming what references it.
  std::map<int, std::vector<std::string>> users;
  for (const project::FileFacts& f : p.files())
    for (const project::ValuesScope& v : f.values)
      if (v.dockerfile >= 0)
        users[v.dockerfile].push_back(p.Where(v.repository_at) + " values " +
                                      (v.component.empty() ? "image" : v.component + ".image") +
                                      " " + v.repository + " (by " + v.via + ")");
  p.ForEachContainer([&](const project::FileFacts&, const project::Workload& w,
                         const project::ContainerFact& c) {
    if (c.dockerfile >= 0)
      users[c.dockerfile].push_back(p.Where(c.image_at) + " " + w.Describe() + " container '" +
                                    c.name + "' " + c.image + " (by " + c.via + ")" +
                                    (c.by_structure ? " [structure only: the name differs]" : ""));
  });
  out << "Dockerfiles:\n";
  bool any = false;
  for (const project::FileFacts& f : p.files()) {
    if (!f.dockerfile) continue;
    any = true;
    out << "  " << f.path;
    for (const project::BuildName& b : p.BuiltAs(static_cast<int>(f.index)))
      out << "  [built as " << b.repository << " at " << p.Where(b.at) << "]";
    out << "\n";
    auto it = users.find(static_cast<int>(f.index));
    if (it == users.end()) out << "    (no workload or values file references its image)\n";
    else
      for (const std::string& line : it->second) out << "    <- " << line << "\n";
  }
  if (!any) out << "  (none)\n";
}

void PrintCharts(const Project& p, std::ostream& out) {
  std::map<std::string, std::set<std::string>> rendered;  // chart name -> rendered files
  for (const project::FileFacts& f : p.files())
    for (const project::Workload& w : f.workloads())
      if (!w.source_template.empty()) rendered[w.chart()].insert(f.path);
  std::map<std::string, std::vector<std::string>> values_by_folder;
  for (const project::FileFacts& v : p.files())
    if (!v.values.empty()) values_by_folder[project::FolderOf(v.path)].push_back(v.path);
  out << "Charts:\n";
  bool any = false;
  for (const project::FileFacts& f : p.files()) {
    if (!f.chart) continue;
    any = true;
    out << "  " << f.path << " (" << f.chart->name << ")\n";
    for (const std::string& v : values_by_folder[project::FolderOf(f.path)])
      out << "    values: " << v << "\n";
    if (auto it = rendered.find(f.chart->name); it != rendered.end()) {
      for (const std::string& r : it->second) out << "    rendered: " << r << "\n";
      rendered.erase(it);
    }
  }
  if (!any) out << "  (none)\n";
  for (const auto& [chart, files] : rendered)
    for (const std::string& r : files)
      out << "  not linked: " << r << " was rendered from chart '" << chart
          << "', whose Chart.yaml is not among the inputs\n";
}

}  // namespace

int LinksCommand(const std::vector<std::string>& paths_in, const ConfigFlags& flags, int jobs) {
  Config config;
  if (Status s = EffectiveConfig(flags, &config); !s.ok()) {
    Error(s.message());
    return 2;
  }
  // Parse only; no findings are shown.
  config.only = std::vector<std::string>{std::string(rules::kParseError)};
  RunInputs run;
  if (!PrepareInputs(config, paths_in, std::nullopt, &run)) return 2;
  Engine engine(*run.registry, config, run.git.get());
  const std::unique_ptr<Project> p = engine.BuildProject(run.disk, run.inputs, JobsOrCores(jobs));
  std::ostringstream out;
  PrintDockerfiles(*p, out);
  PrintCharts(*p, out);
  out << "Not linked to a Dockerfile of the inputs:\n";
  if (p->unlinked().empty()) out << "  (none)\n";
  for (const project::UnlinkedImage& u : p->unlinked())
    out << "  " << p->Where(u.at) << " " << u.image << ": " << u.reason << "\n";
  // Paths, image references and names come from the inputs: each line is redacted and
  // escaped, as findings are. A secret recognised only beside its key (a UUID under
  // HEROKU_API_KEY) is masked wherever else it shows (an image name): the SE rules run
  // once to learn the inputs' secrets.
  Config secrets_config = config;
  secrets_config.only = std::vector<std::string>{"SE"};
  RunInputs secrets_run;
  std::vector<std::string> known;
  Redactor redactor(&engine.finder(), config.redact);
  if (PrepareInputs(secrets_config, paths_in, std::nullopt, &secrets_run)) {
    Engine secrets_engine(*secrets_run.registry, secrets_config, secrets_run.git.get());
    (void)secrets_engine.Lint(secrets_run.disk, secrets_run.inputs, JobsOrCores(jobs), &known);
  }
  for (const std::string& k : known) redactor.AddKnown(k);
  std::string line;
  for (std::istringstream lines(out.str()); std::getline(lines, line);)
    std::cout << Clean(redactor.Apply(line)) << "\n";
  return 0;
}

}  // namespace k8slint::cli

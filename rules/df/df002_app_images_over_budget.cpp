// DF002 app-images-over-budget: the base images of the Dockerfiles one chart or one
// compose file deploys add up to more than the app budget.
#include <cstdint>
#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "linter/project/link.h"
#include "linter/project/project_rule.h"
#include "rules/df/base_image_sizes.h"
#include "rules/df/size_budget.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF002",
      .name = "app-images-over-budget",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {},
      .summary = "The images one chart or compose file deploys start from more base image than "
                 "the app size budget",
      .details =
          "Adds up the final-stage base images (table of docs/image-size.md) of the Dockerfiles "
          "the project model links to one Helm chart (its values files' images and the "
          "workloads of its rendered templates) or to one compose file (its services' `build`), "
          "each Dockerfile once, and fires when the sum is over `budget-mb` (default 500 MB) by "
          "more than the table's 15% margin (85% of the sum is over it). "
          "Needs at least two linked Dockerfiles (one image over budget is DF001's finding). "
          "Bases the table does not know count as zero, so the sum is a lower bound, as is "
          "each figure: the layers the Dockerfiles add come on top. The finding is on the "
          "chart's Chart.yaml `name`, a rendered workload's image, or the compose service's "
          "`build`, and names every image with its estimate.",
      .rationale = "A node pulls all of an app's images before the app runs: a cluster whose "
                   "plan allows 500 MB per app cannot take three services on full language "
                   "images, whatever each one weighs alone.",
      .bad_example = "",
      .good_example = "",
      .fix = "Move the largest images to slim, alpine, distroless or chiseled bases (see each "
             "Dockerfile's DF001 advice), or raise `budget-mb` if the deployment allows it.",
      .example_path = "",
      .tags = {"size"},
      .params = {{"budget-mb", df::kDefaultAppBudget,
                  "the app size budget in MB: the sum over the images of one chart or compose "
                  "file"}},
  };
}

struct App {
  std::string what;  // "chart 'todo'", "compose file deploy/compose.yaml"
  project::Loc at;
  std::set<int> dockerfiles;
};

class AppImagesOverBudgetRule : public project::ProjectRule {
 public:
  explicit AppImagesOverBudgetRule(int budget) : ProjectRule(Meta()), budget_(budget) {}

  void CheckProject(const project::Project& p, Emitter& emit) const override {
    std::map<std::string, App> apps;  // ordered: findings come out in a stable order
    std::unordered_map<std::string, int> dockerfile_at;
    for (const project::FileFacts& f : p.files())
      if (f.dockerfile) dockerfile_at[Normal(f.path)] = static_cast<int>(f.index);
    for (const project::FileFacts& f : p.files()) {
      // Values files: the chart beside them.
      for (const project::ValuesScope& v : f.values) {
        const project::ChartFact* chart = p.ChartOfValues(f.index);
        if (!chart || chart->name.empty() || !p.ImageOf(v)) continue;
        App& app = apps["chart:" + chart->name];
        if (app.what.empty()) app = {"chart '" + chart->name + "'", chart->name_at, {}};
        app.dockerfiles.insert(v.dockerfile);
      }
      // Rendered templates: the chart of `# Source:`.
      for (const project::Workload& w : f.workloads()) {
        if (w.chart().empty()) continue;
        for (const project::ContainerFact& c : w.containers) {
          if (!p.ImageOf(c)) continue;
          App& app = apps["chart:" + w.chart()];
          if (app.what.empty()) app = {"chart '" + w.chart() + "'", c.image_at, {}};
          app.dockerfiles.insert(c.dockerfile);
        }
      }
      for (const project::ComposeBuild& b : f.compose_builds()) {
        const auto it = dockerfile_at.find(Normal(b.dockerfile));
        if (it == dockerfile_at.end()) continue;
        App& app = apps["compose:" + f.path];
        if (app.what.empty()) app = {"compose file " + f.path, b.at, {}};
        app.dockerfiles.insert(it->second);
      }
    }
    for (const auto& [key, app] : apps) Judge(p, emit, key, app);
  }

 private:
  static std::string Normal(const std::string& path) {
    return std::filesystem::path(path).lexically_normal().generic_string();
  }

  static std::string Relative(const std::string& path, const std::string& base) {
    const std::string rel = std::filesystem::path(path).lexically_relative(base).generic_string();
    return rel.empty() || rel.starts_with("..") ? path : rel;
  }

  void Judge(const project::Project& p, Emitter& emit, const std::string& key,
             const App& app) const {
    if (app.dockerfiles.size() < 2) return;
    struct Part {
      int mb;
      std::string text;
      project::Loc from;
    };
    std::vector<Part> parts;
    int total = 0;
    // Paths are shown from the Dockerfiles' common folder: `web/Dockerfile`.
    std::string common;
    for (int file : app.dockerfiles) {
      const std::string folder = project::FolderOf(p.file(static_cast<uint32_t>(file)).path);
      if (common.empty()) common = folder;
      while (!(folder == common || folder.starts_with(common + "/")) && common != "." &&
             !common.empty())
        common = project::FolderOf(common) == common ? "." : project::FolderOf(common);
    }
    for (int file : app.dockerfiles) {
      const project::DockerfileFacts* d = p.DockerfileAt(file);
      if (!d) continue;
      const std::optional<df::BaseImageSize> size =
          df::EstimateBaseImage(ImageRef::Parse(d->root_base));
      if (!size) continue;
      total += size->mb;
      parts.push_back({size->mb,
                       Relative(p.file(static_cast<uint32_t>(file)).path, common) + " " +
                           size->image + " " + df::FormatMb(size->mb),
                       d->from});
    }
    if (!df::OverBudget(total, budget_) || parts.empty()) return;
    std::stable_sort(parts.begin(), parts.end(),
                     [](const Part& a, const Part& b) { return a.mb > b.mb; });
    std::string list;
    for (const Part& part : parts) list += (list.empty() ? "" : ", ") + part.text;
    project::ReportPair(p, emit, *this, app.at,
                        "the images of " + app.what + " start from about " + df::FormatMb(total) +
                            " of base images, over the " + df::FormatMb(budget_) +
                            " app budget: " + list,
                        {parts.front().from, "largest base"}, "app|" + key);
  }

  int budget_;
};

}  // namespace

Status MakeDF002(const Config& config, std::unique_ptr<Rule>* out) {
  int budget = 0;
  if (Status s = df::ReadBudget(config, "DF002", "budget-mb", df::kDefaultAppBudget, &budget);
      !s.ok())
    return s;
  *out = std::make_unique<AppImagesOverBudgetRule>(budget);
  return Status::Ok();
}

}  // namespace k8slint::rules

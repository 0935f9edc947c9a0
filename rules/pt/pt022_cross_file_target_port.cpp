// PT022 cross-file-target-port: a Service's targetPort matches no port of the workloads
// it selects in other files (PT001 checks a Service against workloads of its own file).
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "linter/project/project_rule.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PT022",
      .name = "cross-file-target-port",
      .level = Level::kError,
      .aliases = {},
      .kinds = {},
      .summary = "A Service targetPort matches no port of the workloads it selects in other files",
      .details = "For each Service whose selector selects workloads only in other files of the "
                 "inputs (same namespace, or none written), checks each port's targetPort (or "
                 "port, when targetPort is omitted): a name must be the name of a container port "
                 "of a selected workload, a number one of their containerPorts unless the "
                 "containers declare no ports. Services that select a workload of their own "
                 "file are PT001's case.",
      .rationale = "Splitting a Service and its Deployment into two files (service.yaml, "
                   "deployment.yaml) is common, and a targetPort name or number that no "
                   "container defines leaves the Service without endpoints: requests fail while "
                   "every pod looks healthy.",
      .bad_example =
          "# service.yaml\n  selector: {app: web}\n  ports: [{port: 80, targetPort: http}]\n"
          "# deployment.yaml\n        ports: [{name: web, containerPort: 8080}]\n",
      .good_example =
          "# service.yaml\n  selector: {app: web}\n  ports: [{port: 80, targetPort: http}]\n"
          "# deployment.yaml\n        ports: [{name: http, containerPort: 8080}]\n",
      .fix = "Use the name or containerPort of the container port the application listens on.",
      .example_path = "",
      .tags = {"correctness", "kubernetes", "cross-file"},
      .kubernetes = true,
  };
}

class CrossFileTargetPortRule : public project::ProjectRule {
 public:
  CrossFileTargetPortRule() : ProjectRule(Meta()) {}

  void CheckProject(const project::Project& p, Emitter& emit) const override {
    for (const project::FileFacts& f : p.files()) {
      for (const project::ServiceFact& s : f.services()) {
        const std::vector<project::WorkloadRef> selected = p.Selected(s);
        if (selected.empty()) continue;
        bool same_file = false;
        std::vector<project::PortFact> ports;
        for (const project::WorkloadRef& r : selected) {
          same_file = same_file || r.file == f.index;
          for (const project::ContainerFact& c : p.workload(r).containers)
            if (!c.init) ports.insert(ports.end(), c.ports.begin(), c.ports.end());
        }
        if (same_file) continue;
        const project::Workload& first = p.workload(selected.front());
        for (const project::ServicePortFact& sp : s.ports) {
          const project::PortFact& target = sp.has_target ? sp.target : sp.port;
          if (Matches(target, ports)) continue;
          const std::string value =
              target.number ? std::to_string(target.number) : "'" + target.name + "'";
          const project::Side other =
              ports.empty()
                  ? project::Side{first.at, first.Describe()}
                  : project::Side{ports.front().at, "containerPort " + project::PortList(ports)};
          project::ReportPair(
              p, emit, *this, target.at,
              "Service/" + s.name + " targets port " + value + ", which no container of " +
                  first.Describe() +
                  (selected.size() > 1 ? " (or the other selected workloads)" : "") + " declares",
              other, "Service/" + s.name + " " + value);
        }
      }
    }
  }

 private:
  static bool Matches(const project::PortFact& target,
                      const std::vector<project::PortFact>& ports) {
    for (const project::PortFact& p : ports)
      if (target.number ? p.number == target.number : p.name == target.name) return true;
    return target.number && ports.empty();  // undeclared numbers still reach the process
  }
};

}  // namespace

Status MakePT022(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<CrossFileTargetPortRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules

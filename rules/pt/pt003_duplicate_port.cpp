// PT003 duplicate-port: the same port number or name twice in one pod or Service.
#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PT003",
      .name = "duplicate-port",
      .level = Level::kError,
      .aliases = {"kube-score:container-ports-check"},
      .kinds = {InputKind::kManifest},
      .summary = "A port number or port name is declared twice in one pod or Service",
      .details = "Within a pod (its containers and init containers together): the same "
                 "containerPort with the same protocol, or the same port name. Within a Service: "
                 "the same port with the same protocol, or the same port name. Fires on the "
                 "second occurrence.",
      .rationale = "The API server rejects duplicate Service ports and port names; duplicate "
                   "container ports make named-port lookups ambiguous and usually mean two "
                   "containers fight over one socket.",
      .bad_example = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                     "  selector: {app: web}\n  ports:\n  - {name: http, port: 80}\n"
                     "  - {name: http, port: 8080}\n",
      .good_example = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                      "  selector: {app: web}\n  ports:\n  - {name: http, port: 80}\n"
                      "  - {name: admin, port: 8080}\n",
      .fix = "Remove the duplicate or give it its own number and name.",
      .example_path = "service.yaml",
      .tags = {"correctness", "kubernetes"},
      .kubernetes = true,
  };
}

// Remembers the first occurrence of each key and reports later ones.
class Seen {
 public:
  bool First(const std::string& key, const yaml::Node& n, uint32_t* first_line) {
    auto [it, inserted] = seen_.emplace(key, n.position().line);
    *first_line = it->second;
    return inserted;
  }

 private:
  std::map<std::string, uint32_t> seen_;
};

class DuplicatePortRule : public RuleBase {
 public:
  DuplicatePortRule() : RuleBase(Meta()) {}

  void CheckYaml(const yaml::File& file, Emitter& emit) const override {
    for (const yaml::PodSpec& pod : file.pods()) {
      Seen seen;
      for (const yaml::Container& c : pod.containers) {
        if (c.role == yaml::ContainerRole::kEphemeral) continue;
        for (const yaml::ContainerPort& p : c.ports) {
          if (p.container_port)
            Check(emit, *pod.owner, seen, "#" + std::to_string(p.number) + "/" + p.protocol,
                  p.container_port, "containerPort " + std::to_string(p.number) + "/" + p.protocol);
          if (p.name)
            Check(emit, *pod.owner, seen, "n" + std::string(p.name.scalar()), p.name,
                  "port name '" + std::string(p.name.scalar()) + "'");
        }
      }
    }
    for (const yaml::Service& s : file.services()) {
      Seen seen;
      for (const yaml::ServicePort& p : s.ports) {
        if (p.port)
          Check(emit, *s.owner, seen, "#" + std::string(p.port.scalar()) + "/" + p.protocol, p.port,
                "port " + std::string(p.port.scalar()) + "/" + p.protocol);
        if (p.name)
          Check(emit, *s.owner, seen, "n" + std::string(p.name.scalar()), p.name,
                "port name '" + std::string(p.name.scalar()) + "'");
      }
    }
  }

 private:
  void Check(Emitter& emit, const yaml::Object& owner, Seen& seen, const std::string& key,
             const yaml::Node& n, const std::string& what) const {
    uint32_t first = 0;
    if (seen.First(key, n, &first)) return;
    yaml::ReportAt(emit, *this, owner, n.span(),
                   owner.Describe() + " declares " + what + " twice (first at line " +
                       std::to_string(first) + ")");
  }
};

}  // namespace

Status MakePT003(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<DuplicatePortRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules

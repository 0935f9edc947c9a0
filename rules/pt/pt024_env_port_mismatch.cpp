// PT024 env-port-mismatch: the port the app is told to listen on through its environment
// (PORT=... in the container env, a ConfigMap, the Dockerfile ENV or a .env beside the
// Dockerfile) is none of the container's ports.
#include <cstdint>
#include <memory>
#include <unordered_map>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "linter/project/link.h"
#include "linter/project/project_rule.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PT024",
      .name = "env-port-mismatch",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = {},
      .summary = "The port a container's environment tells the app to use is not a containerPort",
      .details = "Finds the value the application reads from PORT (or APP_PORT, HTTP_PORT, "
                 "SERVER_PORT, LISTEN_PORT, WEB_PORT), in the order it takes effect: the "
                 "container's env (a literal, or a configMapKeyRef), a ConfigMap the container "
                 "loads with envFrom, the ENV of its image's Dockerfile, then a .env or "
                 ".env.example beside that Dockerfile. Fires when the container declares ports "
                 "and the value is none of them.",
      .rationale = "Frameworks such as Next.js, Express and many Go and Python servers listen on "
                   "$PORT. When PORT says 8080 and containerPort says 3000, probes and the "
                   "Service go to a closed port.",
      .bad_example = "# configmap.yaml\ndata:\n  PORT: \"8080\"\n# deployment.yaml\n"
                     "        envFrom: [{configMapRef: {name: web-config}}]\n"
                     "        ports: [{containerPort: 3000}]\n",
      .good_example = "# configmap.yaml\ndata:\n  PORT: \"3000\"\n# deployment.yaml\n"
                      "        envFrom: [{configMapRef: {name: web-config}}]\n"
                      "        ports: [{containerPort: 3000}]\n",
      .fix = "Give PORT and containerPort the same value (one of them usually comes from the "
             "other's template value).",
      .example_path = "",
      .tags = {"correctness", "kubernetes", "cross-file"},
      .kubernetes = true,
  };
}

struct Setting {
  int64_t value = 0;
  project::Side where;
};

class EnvPortMismatchRule : public project::ProjectRule {
 public:
  EnvPortMismatchRule() : ProjectRule(Meta()) {}

  void CheckProject(const project::Project& p, Emitter& emit) const override {
    std::unordered_map<std::string, const project::EnvKey*> env_files;  // folder -> PORT entry
    for (const project::FileFacts& f : p.files())
      for (const project::EnvKey& k : f.env_keys)
        if (k.port_value) env_files.emplace(project::FolderOf(f.path), &k);
    p.ForEachContainer([&](const project::FileFacts&, const project::Workload& w,
                           const project::ContainerFact& c) {
      if (c.init || c.ports.empty()) return;
      const std::optional<Setting> s = Effective(p, w, c, env_files);
      if (!s) return;
      for (const project::PortFact& port : c.ports)
        if (port.number == s->value) return;
      project::ReportPair(
          p, emit, *this, c.ports.front().at,
          "containerPort " + project::PortList(c.ports) + " of " + project::Describe(w, c) +
              " differs from the port its environment sets",
          s->where,
          w.Describe() + "/" + c.name + " " + project::PortList(c.ports) + " vs " + s->where.what);
    });
  }

 private:
  static std::optional<Setting> Effective(
      const project::Project& p, const project::Workload& w, const project::ContainerFact& c,
      const std::unordered_map<std::string, const project::EnvKey*>& env_files) {
    for (const project::EnvRef& e : c.env) {
      if (!project::IsPortSetting(e.name)) continue;
      if (e.has_port_value)
        return Setting{e.port_value, {e.at, e.name + "=" + std::to_string(e.port_value)}};
      if (e.has_ref && !e.secret)
        for (const project::ConfigObject* o : p.FindConfig(false, e.object, w.ns))
          for (const project::PortSetting& s : o->ports)
            if (s.key == e.key) return FromSetting(s, "ConfigMap/" + o->name + " ");
      return std::nullopt;  // set from somewhere we cannot read
    }
    for (const project::EnvRef& e : c.env_from) {
      if (e.secret) continue;
      for (const project::ConfigObject* o : p.FindConfig(false, e.object, w.ns))
        for (const project::PortSetting& s : o->ports)
          if (project::IsPortSetting(e.name + s.key.str()))
            return FromSetting(s, "ConfigMap/" + o->name + " ");
    }
    const project::DockerfileFacts* d = p.ImageOf(c);
    if (!d) return std::nullopt;
    if (!d->env_ports.empty()) return FromSetting(d->env_ports.back(), "ENV ");
    if (auto it = env_files.find(project::FolderOf(p.PathOf(d->from))); it != env_files.end())
      return Setting{
          *it->second->port_value,
          {it->second->at, it->second->key + "=" + std::to_string(*it->second->port_value)}};
    return std::nullopt;
  }

  static Setting FromSetting(const project::PortSetting& s, const std::string& prefix) {
    return {s.value, {s.at, prefix + s.key + "=" + std::to_string(s.value)}};
  }
};

}  // namespace

Status MakePT024(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<EnvPortMismatchRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules

// KM021 unused-env-example-key: a key of .env.example that no workload below its folder
// receives.
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "linter/project/link.h"
#include "linter/project/project_rule.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "KM021",
      .name = "unused-env-example-key",
      .level = Level::kNote,
      .aliases = {},
      .kinds = {},
      .summary = "A key of .env.example is never given to the workloads deployed from its folder",
      .details =
          "For each template env file (.env.example, .env.sample, .env.template, ...), "
          "takes the workloads of manifests in its folder or below. A key is received when "
          "a container has an env var of that name, or loads a ConfigMap or Secret that "
          "has it through envFrom (prefix included), or a ConfigMap or Secret in that "
          "folder defines it (it may be mounted as a file). Fires when some key no container "
          "receives, once per file: at its first such key, naming the others (which are "
          "also related locations). Silent when no workload is found, or when a container loads an "
          "object through envFrom whose keys are unknown (not in the inputs), and on runs "
          "that only name files (pre-commit).",
      .rationale = ".env.example is the list of settings the application reads. A setting the "
                   "cluster never passes makes the app fall back to a default, or fail at the "
                   "first request that needs it (an API key, a service URL), long after the "
                   "deployment looked healthy.",
      .bad_example = "# .env.example\nDATABASE_URL=\nOPENAI_API_KEY=\n"
                     "# deploy/app.yaml: env has DATABASE_URL only\n",
      .good_example = "# .env.example\nDATABASE_URL=\nOPENAI_API_KEY=\n"
                      "# deploy/app.yaml: env has DATABASE_URL and OPENAI_API_KEY (secretKeyRef)\n",
      .fix = "Pass the setting to the container (env, or a ConfigMap/Secret loaded with envFrom), "
             "or remove it from .env.example when the application no longer reads it.",
      .example_path = "",
      .tags = {"reliability", "kubernetes", "env", "cross-file"},
      .kubernetes = true,
  };
}

class UnusedEnvExampleKeyRule : public project::ProjectRule {
 public:
  UnusedEnvExampleKeyRule() : ProjectRule(Meta()) {}

  void CheckProject(const project::Project& p, Emitter& emit) const override {
    if (!p.walked()) return;
    std::unordered_set<std::string> wanted;  // folders of template env files
    for (const project::FileFacts& f : p.files())
      if (f.env_template && !f.env_keys.empty()) wanted.insert(project::FolderOf(f.path));
    if (wanted.empty()) return;
    // Per folder: the names its workloads receive; a folder whose names cannot all be
    // known (envFrom of an object not in the inputs) maps to `unknown`.
    struct Received {
      std::unordered_set<std::string> names;
      bool unknown = false;
      bool any = false;
    };
    std::unordered_map<std::string, Received> by_folder;
    p.ForEachContainer([&](const project::FileFacts& f, const project::Workload& w,
                           const project::ContainerFact& c) {
      std::vector<std::string> names;
      bool unknown = false;
      for (const project::EnvRef& e : c.env) names.push_back(e.name);
      for (const project::EnvRef& e : c.env_from) {
        const auto objects = p.FindConfig(e.secret, e.object, w.ns);
        unknown = unknown || objects.empty();
        for (const project::ConfigObject* o : objects)
          for (const std::string& k : o->keys) names.push_back(e.name + k);
      }
      // Walk up: a .env.example applies to every manifest below its folder.
      for (std::string folder = project::FolderOf(f.path);; folder = project::FolderOf(folder)) {
        if (wanted.contains(folder)) {
          Received& r = by_folder[folder];
          r.any = true;
          r.unknown = r.unknown || unknown;
          r.names.insert(names.begin(), names.end());
        }
        if (folder == "." || folder == "/") break;
      }
    });
    for (const project::FileFacts& f : p.files())
      for (const project::ConfigObject& o : f.config_objects())
        for (std::string folder = project::FolderOf(f.path);; folder = project::FolderOf(folder)) {
          if (wanted.contains(folder)) by_folder[folder].names.insert(o.keys.begin(), o.keys.end());
          if (folder == "." || folder == "/") break;
        }
    for (const project::FileFacts& f : p.files()) {
      if (!f.env_template) continue;
      auto it = by_folder.find(project::FolderOf(f.path));
      if (it == by_folder.end() || !it->second.any || it->second.unknown) continue;
      std::vector<const project::EnvKey*> unused;
      for (const project::EnvKey& k : f.env_keys)
        if (!it->second.names.contains(k.key)) unused.push_back(&k);
      if (!unused.empty()) Report(p, emit, f, unused);
    }
  }

 private:
  // One finding per file, at its first unused key, so a template of local-only settings
  // gives one note rather than one per line; the other keys are related locations.
  void Report(const project::Project& p, Emitter& emit, const project::FileFacts& f,
              const std::vector<const project::EnvKey*>& unused) const {
    const std::string file = f.path.substr(f.path.rfind('/') + 1);
    std::string message, key;
    if (unused.size() == 1) {
      message = unused[0]->key + " is listed in " + file +
                " but no workload deployed from this folder receives it";
    } else {
      constexpr size_t kNamed = 5;
      std::string names;
      for (size_t i = 0; i < unused.size() && i < kNamed; ++i)
        names += (i ? ", " : "") + unused[i]->key;
      if (unused.size() > kNamed)
        names += " and " + std::to_string(unused.size() - kNamed) + " more";
      message = std::to_string(unused.size()) + " keys listed in " + file +
                " reach no workload deployed from this folder: " + names;
    }
    EmitExtras extras;
    extras.path = p.PathOf(unused[0]->at);
    extras.related.reserve(unused.size() - 1);  // kept through the project phase
    for (size_t i = 0; i < unused.size(); ++i) {
      key += unused[i]->key + ",";
      if (i > 0)
        extras.related.push_back({p.PathOf(unused[i]->at), unused[i]->at.span,
                                  unused[i]->key + " is not received either"});
    }
    extras.fingerprint_key = std::move(key);
    emit.Report(*this, unused[0]->at.span, std::move(message), std::move(extras));
  }
};

}  // namespace

Status MakeKM021(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<UnusedEnvExampleKeyRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules

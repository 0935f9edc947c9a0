// Rule: metadata plus a check over one of k8slint's document models.
// Rules are built once per run from the configuration, are immutable afterwards and
// are shared by all worker threads, so every Check* method must be thread-safe.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "linter/core/kind.h"
#include "linter/core/level.h"
#include "linter/core/model_fwd.h"
#include "linter/core/position.h"

namespace k8slint {

class SourceFile;
class FileContext;
class Emitter;
namespace project {
class Project;
}

struct RuleParam {
  std::string_view name;
  std::string_view default_value;
  std::string_view description;
};

// Everything users read about a rule. Docs, `explain` and SARIF are generated from it.
struct RuleMeta {
  std::string_view id;    // <FAMILY><3 digits>, permanent
  std::string_view name;  // kebab-case, names the bad pattern
  Level level = Level::kWarning;
  std::vector<std::string_view> aliases;  // "hadolint:DL3002", "kube-linter:run-as-non-root"
  std::vector<InputKind> kinds;           // what it reads; empty = several files at once
  std::string_view summary;               // one line, ends without a period
  std::string_view details;               // what it checks, precisely
  std::string_view rationale;             // why it matters
  std::string_view bad_example;
  std::string_view good_example;
  std::string_view fix;
  // File name the examples are linted as ("Dockerfile", "deploy.yaml"); empty when an
  // example needs several files and cannot be checked on its own.
  std::string_view example_path;
  std::vector<std::string_view> tags;  // "security", "reliability", ...
  std::string_view security_severity;  // SARIF 0.0-10.0 as text; empty if not security
  std::vector<RuleParam> params;
  std::string_view status = "stable";  // stable, preview, deprecated, removed
  std::string_view since = "0.1.0";
  // Off unless enabled by name (like ruff's RUF100): checks about the run's own
  // hygiene that not every team wants.
  bool opt_in = false;
  // A Kubernetes rule (the NR, PR, RS, PT, KM and SE families): a `k8slint.io/ignore-all`
  // or `kube-linter.io/ignore-all` annotation silences it on the object's lines.
  bool kubernetes = false;
  // Checks PowerShell embedded in other files (markdown fences, Dockerfile RUN under a
  // PowerShell SHELL, workflow steps): the engine cuts those scripts out and lexes them
  // only when an enabled rule sets this.
  bool reads_embedded_powershell = false;
  // Reads YAML documents of every kind (File::objects() or problems() unfiltered, parse
  // errors), not only the views of pods, Services, Ingresses, values and Chart.yaml.
  // While no enabled rule sets it, documents of kinds that no view reads
  // (yaml::kKindsNoViewReads: CustomResourceDefinitions) are not parsed into the tree;
  // the secrets scan still reads their bytes.
  bool reads_every_yaml_document = false;
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleMeta& meta() const = 0;

  // One hook per document model; the engine calls the hook matching each input.
  // Every file, of any kind: the file's bytes and its models, built on first use.
  virtual void CheckSource(const FileContext&, Emitter&) const {}
  virtual void CheckDockerfile(const dockerfile::Document&, Emitter&) const {}
  virtual void CheckYaml(const yaml::File&, Emitter&) const {}
  virtual void CheckEnv(const env::File&, Emitter&) const {}
  virtual void CheckPowerShell(const ps::Script&, Emitter&) const {}
  // After every file is analysed: rules that compare files.
  virtual void CheckProject(const project::Project&, Emitter&) const {}
  // True for rules that override CheckProject: the engine collects project facts only
  // when an enabled rule needs them (linter/project/project_rule.h sets it).
  virtual bool checks_project() const { return false; }
  // Whether the rule reads the document model of files of `kind` (a Check* hook other
  // than CheckSource). When no enabled rule does, the engine does not parse those files:
  // a secrets-only run costs little more than reading the bytes. Conservative default.
  virtual bool ReadsModelOf(InputKind) const { return true; }

  // A prepare step over every Dockerfile of the run, before the per-file phase, for work
  // that costs far less done once for all files than once per file (DF070 starts a few
  // shellcheck processes over the run's distinct RUN scripts instead of one per file).
  // Findings are still reported by CheckDockerfile, which must give the same findings
  // whether or not the step ran: stdin, LintSources and a file changed between the two
  // reads are linted without it. The engine calls PrepareDockerfiles only on enabled rules
  // whose prepares_dockerfiles() is true, once per Engine::Run, from one thread, before any
  // worker starts; `each_dockerfile(visit)` reads and parses the run's Dockerfiles one at a
  // time (stdin and unreadable files left out), calls `visit` on each and frees it, so a
  // rule that does not call it costs nothing. What the step keeps is read by the workers
  // afterwards without locks, and must be replaced, not added to, at the next call (an
  // Engine may Run more than once; the rule is shared by every Engine of the registry).
  using DockerfileVisitor = std::function<void(const dockerfile::Document&)>;
  virtual bool prepares_dockerfiles() const { return false; }
  virtual void PrepareDockerfiles(
      const std::function<void(const DockerfileVisitor&)>& /*each_dockerfile*/,
      int /*jobs*/) const {}
};

}  // namespace k8slint

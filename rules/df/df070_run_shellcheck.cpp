// DF070 run-shellcheck: ShellCheck's findings on the script of each RUN, as hadolint
// reports them. The run's distinct scripts go to a few shellcheck processes before the
// per-file phase (PrepareDockerfiles, rules/df/shellcheck_cache.h); findings are still
// reported per file, so fingerprints, caps and suppressions are those of one process per
// Dockerfile. Without shellcheck on PATH, one note for the whole run.
#include <cstdint>
#include <atomic>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/source.h"
#include "linter/core/status.h"
#include "linter/core/text.h"
#include "linter/models/dockerfile/model.h"
#include "linter/project/project_rule.h"
#include "rules/df/run_script.h"
#include "rules/df/shellcheck_cache.h"
#include "rules/df/shellcheck_runner.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF070",
      .name = "run-shellcheck",
      .level = Level::kError,
      // hadolint reports ShellCheck's codes under their own names; these are the ones its
      // README lists and the ones RUN scripts meet most. Naming one in a suppression
      // (`# hadolint ignore=SC2086`) silences this rule on that instruction.
      .aliases = {"hadolint:SC1000", "hadolint:SC1001", "hadolint:SC1007", "hadolint:SC1010",
                  "hadolint:SC1018", "hadolint:SC1035", "hadolint:SC1045", "hadolint:SC1065",
                  "hadolint:SC1066", "hadolint:SC1068", "hadolint:SC1077", "hadolint:SC1078",
                  "hadolint:SC1079", "hadolint:SC1081", "hadolint:SC1083", "hadolint:SC1086",
                  "hadolint:SC1087", "hadolint:SC1091", "hadolint:SC1095", "hadolint:SC1097",
                  "hadolint:SC1098", "hadolint:SC1099", "hadolint:SC2002", "hadolint:SC2015",
                  "hadolint:SC2026", "hadolint:SC2028", "hadolint:SC2035", "hadolint:SC2039",
                  "hadolint:SC2046", "hadolint:SC2086", "hadolint:SC2140", "hadolint:SC2154",
                  "hadolint:SC2155", "hadolint:SC2164"},
      .kinds = {InputKind::kDockerfile},
      .summary = "ShellCheck finds a problem in the script of a RUN",
      .details =
          "When `shellcheck` is on PATH, the script of every shell-form RUN under a POSIX shell "
          "(the default `/bin/sh -c`, or a SHELL of sh, bash, dash, ash or ksh), and of every "
          "`RUN <<EOF` heredoc script, is checked by ShellCheck, each RUN as its own script (so, "
          "as in hadolint, a variable set in one RUN is not known in the next). Before the files "
          "are linted, the distinct scripts of every Dockerfile of the run (a script repeated "
          "in many Dockerfiles is checked once) go to one shellcheck process per 1000 of them, "
          "spread over the `-j` workers; a script's findings are still reported in its file, "
          "as one shellcheck per Dockerfile would give them. A Dockerfile on standard input "
          "gets a shellcheck process of its own. The first 500 RUNs of a file are checked, and a "
          "RUN script over 16 KiB is not checked but gets a note saying so (ShellCheck's time "
          "and memory grow faster than the script). Findings are reported at their line and "
          "column in the Dockerfile, with the SC code first in the message; ShellCheck errors "
          "are errors, its "
          "warnings warnings, and its info and style findings notes. Variables defined by ARG "
          "or ENV do not count as unassigned (SC2154). Scripts under PowerShell, cmd or zsh are "
          "not checked, nor RUNs that mix a command with a heredoc. Without shellcheck on "
          "PATH, the run gets one note saying the RUN scripts were not checked. A suppression "
          "naming any SC code listed under aliases (`# hadolint ignore=SC2086`) silences the "
          "whole rule on that instruction; `--disable` with an SC code turns the rule off. "
          "The `ignore-codes` parameter drops single ShellCheck codes everywhere, as hadolint's "
          "`ignored: [SC2086]` does (`k8slint config --import .hadolint.yaml` writes it).",
      .rationale = "A RUN script is a shell script that runs once, at build time, where nobody "
                   "sees it fail quietly: an unquoted variable that splits, a `cd` that fails "
                   "and lets the next command run in the wrong folder, a bash-ism under /bin/sh.",
      .bad_example = "FROM debian:12-slim\nARG VERSION=1.2.3\nRUN mkdir /opt/app && cd /opt/app "
                     "&& echo $foo > version.txt\n",
      .good_example = "FROM debian:12-slim\nARG VERSION=1.2.3\nWORKDIR /opt/app\n"
                      "RUN echo \"$VERSION\" > version.txt\n",
      .fix = "Follow ShellCheck's advice (its wiki page is https://www.shellcheck.net/wiki/SCxxxx "
             "for each code); install the `shellcheck` package to run the check.",
      .example_path = "Dockerfile",
      .tags = {"correctness"},
      .params = {{"ignore-codes", "",
                  "ShellCheck codes not reported (SC2086, ...), comma-separated or a YAML list"}},
  };
}

// The ShellCheck dialect of a RUN's shell, or "" when ShellCheck cannot read it.
std::string Dialect(const dockerfile::Instruction& run) {
  if (!run.shell || run.shell->empty()) return "sh";
  std::string name = run.shell->front();
  if (const size_t slash = name.find_last_of('/'); slash != std::string::npos)
    name = name.substr(slash + 1);
  if (name == "sh" || name == "dash" || name == "ash") return "sh";
  if (name == "bash" || name == "ksh") return name;
  return "";
}

// A RUN script ShellCheck reads, or one too large to check.
struct Script {
  const dockerfile::Instruction* run = nullptr;
  std::string dialect;
  df::RunScript script;
  bool oversized = false;
};

class RunShellCheckRule : public project::ProjectRule {
 public:
  explicit RunShellCheckRule(std::set<std::string> ignored)
      : ProjectRule(Meta()), ignored_(std::move(ignored)) {}

  bool prepares_dockerfiles() const override { return true; }

  // ShellCheck over the distinct scripts of every Dockerfile of the run, in a few
  // processes; CheckDockerfile takes each script's findings from here.
  void PrepareDockerfiles(const std::function<void(const DockerfileVisitor&)>& each_dockerfile,
                          int jobs) const override {
    auto cache = std::make_unique<df::ShellCheckCache>();
    if (df::ShellCheckOnPath()) {
      each_dockerfile([&](const dockerfile::Document& doc) {
        for (const Script& s : ScriptsOf(doc))
          if (!s.oversized) cache->Add(s.dialect, s.script.text);
      });
      cache->Check(jobs);
    }
    // Replaced, not added to: the previous run's scripts would only cost memory.
    cache_ = std::move(cache);
  }

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    if (!df::ShellCheckOnPath()) {
      for (const dockerfile::Instruction& ins : doc.instructions)
        if (Checked(ins)) {
          missing_.store(true, std::memory_order_relaxed);
          return;
        }
      return;
    }
    std::vector<Script> scripts = ScriptsOf(doc);
    for (const Script& s : scripts) {
      if (!s.oversized) continue;
      EmitExtras extras;
      extras.max_level = Level::kNote;
      emit.Report(*this, s.run->span,
                  "RUN script of " + std::to_string(s.script.text.size() / 1024) +
                      " KiB not checked by ShellCheck (limit " +
                      std::to_string(kMaxScriptBytes / 1024) +
                      " KiB); split it into smaller RUNs or a COPYed script",
                  std::move(extras));
    }
    std::erase_if(scripts, [](const Script& s) { return s.oversized; });
    if (scripts.empty()) return;
    // Scripts the prepare step did not see (standard input, a file changed since, a run
    // without it): one process for the file, each distinct script once.
    df::ShellCheckCache here;
    const df::ShellCheckCache* prepared = cache_.get();
    std::vector<const std::vector<df::ShellCheckFinding>*> found;
    bool missed = false;
    for (const Script& s : scripts) {
      found.push_back(prepared ? prepared->Find(s.dialect, s.script.text) : nullptr);
      if (found.back()) continue;
      here.Add(s.dialect, s.script.text);
      missed = true;
    }
    if (missed) here.Check(1);
    for (size_t i = 0; i < scripts.size(); ++i) {
      if (!found[i]) found[i] = here.Find(scripts[i].dialect, scripts[i].script.text);
      if (!found[i]) return;  // shellcheck failed: as when one process checked the whole file
    }
    std::set<std::string> defined;  // ARG and ENV names: set by Docker, not unassigned
    for (const dockerfile::Instruction& ins : doc.instructions)
      if (ins.Is("ARG") || ins.Is("ENV"))
        for (const dockerfile::KeyValue& kv : ins.pairs) defined.insert(kv.key);
    for (size_t i = 0; i < scripts.size(); ++i) {
      const df::RunScript& s = scripts[i].script;
      for (const df::ShellCheckFinding& f : *found[i]) {
        if (f.line == 0 || f.line > s.lines.size() || ignored_.count(f.code)) continue;
        if (f.code == "SC2154" && defined.count(f.message.substr(0, f.message.find(' ')))) continue;
        const uint32_t line = s.lines[f.line - 1];
        const Position at{line, f.column};  // ShellCheck counts characters, a tab as one
        EmitExtras extras;
        if (f.level == "warning") extras.max_level = Level::kWarning;
        else if (f.level != "error") extras.max_level = Level::kNote;
        emit.Report(*this, Span::At(at), f.code + ": " + f.message, std::move(extras));
      }
    }
  }

  // The note for a run without shellcheck, once, at the first Dockerfile.
  void CheckProject(const project::Project& p, Emitter& emit) const override {
    if (!missing_.load(std::memory_order_relaxed)) return;
    for (const project::FileFacts& f : p.files()) {
      if (!f.dockerfile) continue;
      EmitExtras extras;
      extras.path = f.path;
      extras.max_level = Level::kNote;
      emit.Report(*this, Span::At(1, 1),
                  "RUN scripts were not checked: shellcheck is not on PATH (install the "
                  "`shellcheck` package, or disable DF070)",
                  std::move(extras));
      return;
    }
  }

 private:
  static constexpr size_t kMaxScripts = 500;
  static constexpr size_t kMaxScriptBytes = 16 * 1024;
  // Whether ShellCheck reads the script of `ins`: a shell-form RUN under a POSIX shell.
  static bool Checked(const dockerfile::Instruction& ins) {
    return ins.Is("RUN") && !ins.exec_form && !ins.IsPowerShell() && !Dialect(ins).empty();
  }

  // The scripts ShellCheck reads, in file order: the first kMaxScripts of them, and
  // before and among them those over kMaxScriptBytes, marked oversized.
  static std::vector<Script> ScriptsOf(const dockerfile::Document& doc) {
    std::vector<Script> out;
    size_t checked = 0;
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!Checked(ins)) continue;
      // A file and an argument per RUN: a generated Dockerfile of thousands of RUNs
      // would cost thousands of files and outgrow the argument list.
      if (checked == kMaxScripts) break;
      Script s{&ins, Dialect(ins), {}, false};
      if (!df::ScriptOf(doc, ins, &s.script)) continue;
      // ShellCheck's time and memory grow faster than the script: a 40 KB chain of
      // `&&` commands takes it 14 s and 750 MB, 80 KB 49 s and 2.9 GB.
      s.oversized = s.script.text.size() > kMaxScriptBytes;
      if (!s.oversized) ++checked;
      out.push_back(std::move(s));
    }
    return out;
  }

  const std::set<std::string> ignored_;  // ShellCheck codes, e.g. "SC2086"
  // The run's findings by script, made by PrepareDockerfiles before the workers start
  // and only read by them; replaced at each run's prepare step.
  mutable std::unique_ptr<const df::ShellCheckCache> cache_;
  // Set by any worker that met a RUN script while shellcheck was missing; read in the
  // project phase, after every file.
  mutable std::atomic<bool> missing_{false};
};

}  // namespace

Status MakeDF070(const Config& config, std::unique_ptr<Rule>* out) {
  std::set<std::string> ignored;
  const std::string joined = config.Param("DF070", "ignore-codes", "");
  for (size_t start = 0; start < joined.size();) {
    size_t end = joined.find(',', start);
    if (end == std::string::npos) end = joined.size();
    std::string code(Trim(std::string_view(joined).substr(start, end - start), " "));
    start = end + 1;
    if (code.empty()) continue;
    bool valid = code.size() == 6 && code.compare(0, 2, "SC") == 0;
    for (size_t i = 2; valid && i < code.size(); ++i) valid = code[i] >= '0' && code[i] <= '9';
    if (!valid)
      return Status::Config("DF070: ignore-codes must be ShellCheck codes such as SC2086, not '" +
                            code + "'");
    ignored.insert(std::move(code));
  }
  *out = std::make_unique<RunShellCheckRule>(std::move(ignored));
  return Status::Ok();
}

}  // namespace k8slint::rules

#include "linter/cli/lint_run.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "linter/cli/app.h"
#include "linter/cli/inputs.h"
#include "linter/cli/output.h"
#include "linter/cli/stdin_input.h"
#include "linter/core/iso_date.h"
#include "linter/engine/baseline.h"
#include "linter/engine/engine.h"
#include "linter/report/report.h"
#include "rules/k8l/k8l006_unused_suppression.h"

namespace k8slint::cli {
namespace {

namespace fs = std::filesystem;

bool end_process_after_lint = false;  // EndProcessAfterLint (app.h)

// URIs relative to the git work tree (or the current folder outside a repository).
std::function<std::string(const std::string&)> UriMapper(const std::string& base) {
  return [base](const std::string& path) -> std::string {
    if (path == "-") return "stdin";
    std::error_code ec;
    const fs::path abs = fs::absolute(path, ec).lexically_normal();
    const fs::path rel = abs.lexically_relative(base);
    if (!rel.empty() && rel.native().rfind("..", 0) != 0) return rel.generic_string();
    return "file://" + abs.generic_string();
  };
}

// --color: `always` and `never` as said; `auto` colours a terminal unless NO_COLOR is
// set to something (no-color.org: an empty NO_COLOR does nothing, and a flag beats it).
bool UseColor(const LintOptions& opt) {
  if (opt.format != "text" || opt.color == "never") return false;
  if (opt.color == "always") return true;
  const char* no_color = std::getenv("NO_COLOR");
  return opt.output.empty() && ::isatty(STDOUT_FILENO) && !(no_color && *no_color);
}

// --tracked-only: keeps the files (and notices) git has in its index, committed or
// staged, so scratch files a hook run finds in the work tree are not linted.
bool KeepTracked(RunInputs* run) {
  if (!run->git || !run->git->primary()) {
    Error("--tracked-only lints the files git tracks, but the first path is in no git work tree");
    return false;
  }
  const GitRepos& git = *run->git;
  std::erase_if(run->inputs.files,
                [&](const InputFile& f) { return git.StatusOf(f.path) != VcsStatus::kTracked; });
  std::erase_if(run->inputs.notices, [&](const DiscoveryNotice& n) {
    return git.StatusOf(n.path) != VcsStatus::kTracked;
  });
  return true;
}

}  // namespace

const std::vector<std::string>& ReportFormats() {
  static const std::vector<std::string> formats = {"text",  "json",       "sarif",  "github",
                                                   "junit", "checkstyle", "gitlab", "rdjson"};
  return formats;
}

ConfigFlags Flags(const LintOptions& opt) {
  ConfigFlags f;
  f.config_file = opt.config_file;
  f.enable = opt.enable;
  f.disable = opt.disable;
  f.fail_on = opt.fail_on;
  f.powershell_target = opt.powershell_target;
  f.shell_fences = opt.shell_fences;
  f.max_file_size = opt.max_file_size;
  f.no_redact = opt.no_redact;
  return f;
}

int Lint(const LintOptions& opt, LintExtension* extension) {
  if (opt.statistics && opt.format != "text" && opt.format != "json") {
    Error("--statistics prints a table (text) or JSON, not " + opt.format);
    return 2;
  }
  Config config;
  if (Status s = EffectiveConfig(Flags(opt), &config); !s.ok()) {
    Error(s.message());
    return 2;
  }
  if (opt.report_unused_ignores) config.enable.emplace_back(rules::kUnusedSuppression);
  // Expiry (`until=`) is judged against this day instead of the clock: tests and
  // reproducing a CI run.
  if (const char* today = std::getenv("K8SLINT_TODAY"); today && *today) {
    if (!ParseIsoDate(today)) {
      Error(std::string("K8SLINT_TODAY: '") + today + "' is not a date (YYYY-MM-DD)");
      return 2;
    }
    config.today = today;
  }
  Baseline baseline;
  if (!opt.baseline.empty()) {
    if (Status s = Baseline::Load(opt.baseline, &baseline); !s.ok()) {
      Error(s.message());
      return 2;
    }
  }
  std::optional<InputKind> forced;
  if (!opt.type.empty()) forced = ParseKind(opt.type);

  // Standard input: `-`, --stdin-filename, or no PATH while stdin is a pipe or file.
  std::vector<std::string> paths = opt.paths;
  std::unique_ptr<StdinInput> stdin_input;
  if (!extension) {
    const bool dash = std::erase(paths, std::string("-")) > 0;
    if (!dash && !paths.empty() && !opt.stdin_filename.empty()) {
      Error("--stdin-filename names standard input, which is read with `-` or when no PATH is "
            "given");
      return 2;
    }
    const bool implicit = !dash && paths.empty();
    if (dash || (implicit && (!opt.stdin_filename.empty() || StdinMayHoldInput()))) {
      stdin_input = std::make_unique<StdinInput>(opt.stdin_filename, forced);
      if (const int rc = stdin_input->Read(config.max_file_bytes); rc != 0) return rc;
      // A closed or empty stdin (a CI runner's, pre-commit's) is no input: lint ".".
      // With --type or --stdin-filename it was meant as the input.
      if (implicit && stdin_input->empty() && !forced && opt.stdin_filename.empty())
        stdin_input.reset();
      else if (const int rc = stdin_input->Classify(config, implicit); rc != 0) return rc;
    }
    extension = stdin_input.get();
  }

  RunInputs run;
  if (!PrepareInputs(config, paths, forced, &run, /*cwd_when_empty=*/!stdin_input)) return 2;
  if (opt.tracked_only && !KeepTracked(&run)) return 2;
  if (extension) extension->AddInputs(&run.inputs);
  Engine engine(*run.registry, config, run.git.get());
  std::vector<std::string> known_secrets;
  const FileSystem& files = extension ? extension->Files(run.disk) : run.disk;
  std::vector<Finding> findings =
      engine.Lint(files, run.inputs, JobsOrCores(opt.jobs), &known_secrets);
  if (extension) extension->MapFindings(&findings);

  std::error_code ec;
  const GitRepo* repo = run.git ? run.git->primary() : nullptr;
  const std::string base =
      repo ? fs::path(repo->workdir()).lexically_normal().string() : fs::current_path(ec).string();
  // Paths go into the baseline masked, like fingerprints, whatever --no-redact says.
  Redactor redactor(&engine.finder(), config.redact);
  for (const std::string& s : known_secrets) redactor.AddKnown(s);
  const PathMapper raw_uri = UriMapper(fs::path(base).lexically_normal().string());
  const PathMapper uri = [&](const std::string& p) { return redactor.Mask(raw_uri(p)); };
  if (!opt.write_baseline.empty()) {
    std::ofstream out(opt.write_baseline, std::ios::binary | std::ios::trunc);
    out << Baseline::Serialize(findings, uri);
    out.close();
    if (!out) {
      Error(opt.write_baseline + ": cannot write the baseline");
      return 2;
    }
    Error("wrote " + std::to_string(findings.size()) + " finding" +
          (findings.size() == 1 ? "" : "s") + " to " + opt.write_baseline);
    return 0;
  }
  size_t baseline_hidden = 0;
  if (!opt.baseline.empty()) {
    const size_t before = findings.size();
    baseline.Filter(uri, &findings);
    baseline_hidden = before - findings.size();
    if (baseline.version() < Baseline::kCurrentVersion)
      Error(opt.baseline + ": note: this baseline (version " + std::to_string(baseline.version()) +
            ") keeps fast hashes of secret values, which a word list can reverse; it still "
            "works, but regenerate it with --write-baseline " +
            opt.baseline + " and commit the new file");
  }

  std::ofstream file;
  if (!opt.output.empty()) {
    file.open(opt.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      Error(opt.output + ": cannot write the report");
      return 2;
    }
  }
  std::ostream& out = opt.output.empty() ? std::cout : file;
  report::ReportContext ctx{*run.registry, findings};
  for (const InputFile& f : run.inputs.files)
    ++(f.kind == InputKind::kText ? ctx.files_scanned : ctx.files_linted);
  ctx.baseline = !opt.baseline.empty();
  ctx.baseline_hidden = baseline_hidden;
  ctx.color = UseColor(opt);
  ctx.read = [&](const std::string& path, std::string* text) {
    if (extension && extension->ReadReported(path, text)) return true;
    return files.ReadFile(path, config.max_file_bytes, text).ok();
  };
  ctx.uri = raw_uri;
  ctx.redactor = &redactor;
  std::string root = fs::path(base).generic_string();
  if (root.empty() || root.back() != '/') root += '/';
  ctx.root_uri = "file://" + root;
  report::SarifTrim trim;
  report::SarifLimits limits;
  // Tests reach the size limit with a small log (tests/cli/sarif_limits.sh).
  if (const char* max = std::getenv("K8SLINT_SARIF_MAX_BYTES"); max && *max)
    limits.max_gzip_bytes = std::strtoull(max, nullptr, 10);
  if (opt.statistics) report::WriteStatistics(out, ctx, opt.format == "json");
  else if (opt.format == "sarif") trim = report::WriteSarif(out, ctx, limits);
  else if (opt.format == "json") report::WriteJson(out, ctx);
  else if (opt.format == "github") report::WriteGithub(out, ctx);
  else if (opt.format == "junit") report::WriteJunit(out, ctx);
  else if (opt.format == "checkstyle") report::WriteCheckstyle(out, ctx);
  else if (opt.format == "gitlab") report::WriteGitlab(out, ctx);
  else if (opt.format == "rdjson") report::WriteRdjson(out, ctx);
  else report::WriteText(out, ctx);
  out.flush();
  if (!out) {
    Error("cannot write the report");
    return 2;
  }
  if (!trim.empty()) Error(trim.Describe(findings.size(), limits));
  // The report went to a file: a person at a terminal still sees how the run went.
  if (!opt.output.empty() && !opt.statistics && ::isatty(STDERR_FILENO))
    Error(report::SummaryLine(ctx) + "; report in " + opt.output);

  int code = 0;
  if (config.fail_on != "never") {
    const Level threshold = *ParseLevel(config.fail_on);
    code = std::any_of(findings.begin(), findings.end(),
                       [&](const Finding& f) { return f.level >= threshold; });
  }
  if (end_process_after_lint) {
    // Everything written is flushed (the report file above); nothing else is pending.
    std::cout.flush();
    std::fflush(nullptr);
    std::_Exit(code);
  }
  return code;
}

void EndProcessAfterLint() { end_process_after_lint = true; }

}  // namespace k8slint::cli

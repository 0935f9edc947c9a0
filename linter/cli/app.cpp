#include "linter/cli/app.h"
#include "linter/cli/output.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "linter/engine/baseline.h"
#include "linter/cli/chart.h"
#include "linter/cli/commands.h"
#include "linter/cli/config_command.h"
#include "linter/cli/inputs.h"
#include "linter/cli/links.h"
#include "linter/engine/discovery.h"
#include "linter/engine/engine.h"
#include "linter/vcs/git.h"
#include "linter/core/iso_date.h"
#include "linter/report/report.h"
#include "rules/k8l/k8l006_unused_suppression.h"

namespace k8slint::cli {
namespace {

namespace fs = std::filesystem;

struct Options {
  std::vector<std::string> paths;
  std::string config_file;
  std::string format = "text";
  std::string output;
  std::string type;
  std::vector<std::string> enable, disable;
  std::string fail_on;  // "" = the config file's, else warning
  bool no_redact = false;
  int jobs = 0;
  uint64_t max_file_size = 0;  // 0 = the config file's, else 64 MiB
  std::string powershell_target;
  std::string shell_fences;
  bool report_unused_ignores = false;
  bool statistics = false;
  std::string baseline;
  std::string write_baseline;
};

// The flags that override the config file (see docs/configuration.md).
ConfigFlags Flags(const Options& opt) {
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

// `extension` (may be null) adds inputs and remaps findings (k8slint chart).
int Lint(const Options& opt, LintExtension* extension = nullptr) {
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

  RunInputs run;
  if (!PrepareInputs(config, opt.paths, forced, &run)) return 2;
  if (extension) extension->AddInputs(&run.inputs);
  Engine engine(*run.registry, config, run.git.get());
  std::vector<std::string> known_secrets;
  std::vector<Finding> findings = engine.Lint(extension ? extension->Files(run.disk) : run.disk,
                                              run.inputs, JobsOrCores(opt.jobs), &known_secrets);
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
  if (!opt.baseline.empty()) {
    baseline.Filter(uri, &findings);
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
  report::ReportContext ctx{*run.registry, findings, run.inputs.files.size()};
  ctx.color = opt.output.empty() && opt.format == "text" && ::isatty(STDOUT_FILENO) &&
              std::getenv("NO_COLOR") == nullptr;
  ctx.uri = raw_uri;
  ctx.redactor = &redactor;
  std::string root = fs::path(base).generic_string();
  if (root.empty() || root.back() != '/') root += '/';
  ctx.root_uri = "file://" + root;
  if (opt.statistics) report::WriteStatistics(out, ctx, opt.format == "json");
  else if (opt.format == "sarif") report::WriteSarif(out, ctx);
  else if (opt.format == "json") report::WriteJson(out, ctx);
  else if (opt.format == "github") report::WriteGithub(out, ctx);
  else report::WriteText(out, ctx);
  out.flush();
  if (!out) {
    Error("cannot write the report");
    return 2;
  }

  if (config.fail_on == "never") return 0;
  const Level threshold = *ParseLevel(config.fail_on);
  for (const Finding& f : findings)
    if (f.level >= threshold) return 1;
  return 0;
}

}  // namespace

int Run(int argc, char** argv) {
  CLI::App app{"k8slint: static validation and policy linter for Dockerfiles, Helm charts, "
               "Kubernetes manifests, .env files and PowerShell commands",
               "k8slint"};
  app.set_version_flag("-V,--version", std::string("k8slint ") + K8SLINT_VERSION);
  Options opt;
  app.add_option("paths", opt.paths, "Files and folders to lint (default \".\"; \"-\" is stdin)");
  app.add_option("-c,--config", opt.config_file,
                 "Config file (default: the nearest .k8slint.yaml upward from the working "
                 "directory, up to the git work tree root)");
  app.add_option("-f,--format", opt.format, "Report format")
      ->check(CLI::IsMember({"text", "sarif", "json", "github"}));
  app.add_option("-o,--output", opt.output, "Write the report to FILE instead of stdout");
  app.add_option("-t,--type", opt.type, "Force the input kind (required for stdin)")
      ->check(CLI::IsMember(
          {"dockerfile", "manifest", "values", "chart", "env", "powershell", "markdown"}));
  // One value per occurrence, so `--disable NR001 -` keeps "-" as the stdin path.
  app.add_option("--enable", opt.enable,
                 "Enable rules (id, name, alias or family), comma-separated")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--disable", opt.disable,
                 "Disable rules (id, name, alias or family), comma-separated")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--fail-on", opt.fail_on, "Exit 1 when a finding is at or above this level")
      ->check(CLI::IsMember({"error", "warning", "note", "never"}));
  app.add_flag("--no-redact", opt.no_redact,
               "Show secret values in reports (local debugging only)");
  app.add_option("-j,--jobs", opt.jobs, "Parallel workers (default: all cores)")
      ->check(CLI::PositiveNumber);
  app.add_option("--max-file-size", opt.max_file_size, "Skip files larger than BYTES, with a note")
      ->check(CLI::PositiveNumber);

  app.add_option("--powershell-target", opt.powershell_target,
                 "PowerShell edition the PS rules check for: 5.1 (default) or 7");
  app.add_flag("--statistics", opt.statistics,
               "Print how many findings each rule made instead of the findings");
  app.add_flag("--report-unused-ignores", opt.report_unused_ignores,
               "Report suppressions that silenced nothing (rule " +
                   std::string(rules::kUnusedSuppression) + ")");
  app.add_option("--baseline", opt.baseline,
                 "Report only findings not recorded in this baseline FILE");
  app.add_option("--write-baseline", opt.write_baseline,
                 "Record every current finding in FILE (fingerprints only) and exit 0");
  app.add_option("--shell-fences", opt.shell_fences,
                 "Also check these markdown fence languages as PowerShell (e.g. bash,sh,console)");

  RulesOptions rules_opt;
  CLI::App* rules = app.add_subcommand("rules", "List every rule (id, name, level, aliases)");
  rules->add_option("-f,--format", rules_opt.format, "text, json or markdown")
      ->check(CLI::IsMember({"text", "json", "markdown"}));
  rules->add_option("-o,--output", rules_opt.output,
                    "markdown: folder for one page per rule plus README.md");
  rules->add_option(
      "--index", rules_opt.index,
      "markdown with --output: also write the docs home page (guides, rules table) to FILE");
  ConfigCommandOptions config_opt;
  CLI::App* config_cmd = app.add_subcommand(
      "config", "Show the effective configuration (defaults, config file, flags) as YAML");
  config_cmd->fallthrough();  // `k8slint config --print -c FILE --disable X`
  config_cmd->add_flag("--print", config_opt.print,
                       "Print the effective configuration (the default)");
  config_cmd->add_flag("--docs", config_opt.docs, "Print the config key reference (markdown)");
  config_cmd->add_option("--docs-output", config_opt.output,
                         "With --docs: replace the generated section of this markdown file");
  ChartOptions chart_opt;
  CLI::App* chart = AddChartCommand(app, &chart_opt);
  std::vector<std::string> links_paths;
  CLI::App* links = app.add_subcommand(
      "links", "Show how images, Dockerfiles, charts, values and manifests were linked");
  links->fallthrough();  // `k8slint links -c FILE DIR`
  links->add_option("paths", links_paths, "Files and folders (default \".\")");
  std::string explain_rule;
  CLI::App* explain = app.add_subcommand("explain", "Show a rule's full documentation");
  explain->add_option("rule", explain_rule, "Rule id, name or alias")->required();

  for (int i = 1; i < argc; ++i)
    if (std::string_view(argv[i]) == "--no-redact") SetRedact(false);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 quotes the bad argument, which may be a secret or hold control characters.
    std::ostringstream out, err;
    const int code = app.exit(e, out, err);
    std::string line;
    for (std::istringstream lines(out.str()); std::getline(lines, line);)
      std::cout << (code == 0 ? line : Clean(line)) << "\n";
    for (std::istringstream lines(err.str()); std::getline(lines, line);)
      std::cerr << Clean(line) << "\n";
    return code == 0 ? 0 : 2;
  }
  if (rules->parsed()) return ListRules(rules_opt);
  if (links->parsed()) return LinksCommand(links_paths, Flags(opt), opt.jobs);
  if (explain->parsed()) return ExplainRule(explain_rule);
  if (config_cmd->parsed()) return ConfigCommand(config_opt, Flags(opt));
  if (chart->parsed()) {
    if (!opt.paths.empty()) {
      Error("chart takes one chart folder");
      return 2;
    }
    ChartRun run(chart_opt);
    if (const int rc = run.Render(); rc != 0) return rc;
    opt.paths = {run.chart()};
    return Lint(opt, &run);
  }
  return Lint(opt);
}

}  // namespace k8slint::cli

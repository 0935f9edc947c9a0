#include "linter/cli/app.h"
#include "linter/cli/output.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <iostream>
#include <sstream>

#include "linter/cli/chart.h"
#include "linter/cli/commands.h"
#include "linter/cli/config_command.h"
#include "linter/cli/links.h"
#include "linter/cli/lint_run.h"
#include "rules/k8l/k8l006_unused_suppression.h"

namespace k8slint::cli {
namespace {

constexpr const char* kExitCodes =
    "Exit codes:\n"
    "  0  no finding at or above --fail-on\n"
    "  1  findings at or above --fail-on\n"
    "  2  usage, configuration or I/O error (the message says which file and why)\n"
    "\n"
    "Docs: docs/cli.md (https://github.com/k8slint/k8slint/blob/main/docs/cli.md)";

// A subcommand's name given last, while a file or folder of that name exists here:
// `k8slint chart` beside chart/ lints the folder (docs/cli.md#subcommands-and-folders).
// `how` says how to run the subcommand instead.
bool PathNotSubcommand(int argc, char** argv, const CLI::App* sub, const std::string& how) {
  if (!sub->parsed() || argc < 2 || sub->get_name() != argv[argc - 1]) return false;
  std::error_code ec;
  if (!std::filesystem::exists(sub->get_name(), ec)) return false;
  Error("note: linting `" + sub->get_name() + "`, a " +
        (std::filesystem::is_directory(sub->get_name(), ec) ? "folder" : "file") +
        " here; for the " + sub->get_name() + " command, run `" + how + "`");
  return true;
}

// The subcommands, and whether the command line may use one: it names one (as any
// argument, so also as an option's value: `-c lint` still builds them) or asks for help,
// which lists them. Otherwise CLI11 never looks at them, and building their option tables
// costs about 0.25 M instructions (a third of `k8slint --version`).
constexpr std::string_view kSubcommands[] = {"lint",  "rules", "config",
                                             "chart", "links", "explain"};

bool IsSubcommand(std::string_view arg) {
  return std::find(std::begin(kSubcommands), std::end(kSubcommands), arg) != std::end(kSubcommands);
}

bool MayUseSubcommand(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (IsSubcommand(arg)) return true;
    // --help, and -h alone or among other short flags (`-Vh`).
    if (arg.starts_with("--h") ||
        (arg.starts_with("-") && !arg.starts_with("--") && arg.find('h') != std::string_view::npos))
      return true;
  }
  return false;
}

// Whether every argument is a path: not empty, no option (nothing starts with `-`, so
// also no `-` for stdin) and no subcommand name. CLI11 would put them all in `paths` and
// leave every option at its default, which is what the pre-commit hooks run (`k8slint
// FILE...`): such a command line skips building and parsing CLI11's option tables, about a
// fifth of a one-file run. tests/cli/subcommands.sh compares it with `k8slint lint FILE...`.
bool OnlyPaths(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.empty() || arg.front() == '-' || IsSubcommand(arg)) return false;
  }
  return true;
}

}  // namespace

int Run(int argc, char** argv) {
  if (OnlyPaths(argc, argv)) {
    LintOptions opt;
    opt.paths.assign(argv + 1, argv + argc);
    return Lint(opt);
  }
  CLI::App app{"k8slint: static validation and policy linter for Dockerfiles, Helm charts, "
               "Kubernetes manifests, .env files and PowerShell commands",
               "k8slint"};
  app.set_version_flag("-V,--version", std::string("k8slint ") + K8SLINT_VERSION);
  app.footer(kExitCodes);
  LintOptions opt;
  app.add_option("paths", opt.paths,
                 "Files and folders to lint (default \".\", or stdin when it is piped; \"-\" "
                 "is stdin)");
  app.add_option("-c,--config", opt.config_file,
                 "Config file (default: the nearest .k8slint.yaml or .k8slint.yml upward from "
                 "the working directory, up to the git work tree root)");
  app.add_option("-f,--format", opt.format,
                 "Report format (docs/output.md): github = workflow annotations, gitlab = GitLab "
                 "Code Quality, rdjson = reviewdog")
      ->check(CLI::IsMember(ReportFormats()))
      ->capture_default_str();
  app.add_option("-o,--output", opt.output, "Write the report to FILE instead of stdout");
  app.add_option("--stdin-filename", opt.stdin_filename,
                 "The path stdin is reported as (and its kind told by), e.g. deploy/app.yaml "
                 "(default: -)");
  app.add_option("-t,--type", opt.type,
                 "Force the input kind (stdin: otherwise told by --stdin-filename or the content)")
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
  app.add_option("--fail-on", opt.fail_on,
                 "Exit 1 when a finding is at or above this level (default: the config file's, "
                 "else warning)")
      ->check(CLI::IsMember({"error", "warning", "note", "never"}));
  app.add_flag("--no-redact", opt.no_redact,
               "Show secret values in reports (local debugging only)");
  app.add_option("--color", opt.color,
                 "Colour the text report: auto = on a terminal unless NO_COLOR is set and not "
                 "empty")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  app.add_option("-j,--jobs", opt.jobs, "Parallel workers (default: all cores)")
      ->check(CLI::PositiveNumber);
  app.add_option("--max-file-size", opt.max_file_size,
                 "Skip files larger than BYTES, with a note (default: the config file's, else "
                 "64 MiB)")
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
  app.add_flag("--tracked-only", opt.tracked_only,
               "Lint only files git tracks (committed or staged), not untracked ones");
  app.add_option("--shell-fences", opt.shell_fences,
                 "Also check these markdown fence languages as PowerShell (e.g. bash,sh,console)");

  std::vector<std::string> lint_paths, links_paths;
  RulesOptions rules_opt;
  ConfigCommandOptions config_opt;
  ChartOptions chart_opt;
  std::string explain_rule;
  CLI::App *lint = nullptr, *rules = nullptr, *config_cmd = nullptr, *chart = nullptr,
           *links = nullptr, *explain = nullptr;
  if (MayUseSubcommand(argc, argv)) {
    lint = app.add_subcommand("lint", "Lint files and folders: the explicit form of the "
                                      "default command (k8slint lint chart/)");
    lint->fallthrough();  // every lint option, before or after `lint`
    lint->add_option("paths", lint_paths, "Files and folders (default \".\", or stdin)");
    rules = app.add_subcommand("rules", "List every rule (id, name, level, aliases)");
    rules->add_option("-f,--format", rules_opt.format, "text, json or markdown")
        ->check(CLI::IsMember({"text", "json", "markdown"}));
    rules->add_option("-o,--output", rules_opt.output,
                      "markdown: folder for one page per rule plus README.md");
    rules->add_option(
        "--index", rules_opt.index,
        "markdown with --output: also write the docs home page (guides, rules table) to FILE");
    config_cmd = app.add_subcommand(
        "config",
        "Show the effective configuration (defaults, config file, flags) as YAML, or import a "
        "peer tool's configuration");
    config_cmd->fallthrough();  // `k8slint config --print -c FILE --disable X`
    config_cmd->add_flag("--print", config_opt.print,
                         "Print the effective configuration (the default)");
    config_cmd->add_flag("--docs", config_opt.docs, "Print the config key reference (markdown)");
    config_cmd->add_option("--docs-output", config_opt.output,
                           "With --docs: replace the generated section of this markdown file");
    config_cmd->add_option("--import", config_opt.import_file,
                           "Print the .k8slint.yaml equivalent of a peer's FILE: .hadolint.yaml, "
                           ".kube-linter.yaml or .gitleaks.toml (docs/configuration.md)");
    chart = AddChartCommand(app, &chart_opt);
    links = app.add_subcommand(
        "links", "Show how images, Dockerfiles, charts, values and manifests were linked");
    links->fallthrough();  // `k8slint links -c FILE DIR`
    links->add_option("paths", links_paths, "Files and folders (default \".\")");
    explain = app.add_subcommand("explain", "Show a rule's full documentation");
    explain->add_option("rule", explain_rule, "Rule id, name or alias");
  }

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
  if (lint == nullptr) return Lint(opt);  // no subcommand was built, so none was parsed
  if (lint->parsed()) {
    opt.paths.insert(opt.paths.end(), lint_paths.begin(), lint_paths.end());
    return Lint(opt);
  }
  const std::pair<const CLI::App*, std::string> shadowing[] = {
      {chart, "k8slint chart ./chart"},
      {config_cmd, "k8slint config --print"},
      {rules, "k8slint rules --format text"},
      {links, "k8slint links ."},
      {explain, "k8slint explain RULE"}};
  for (const auto& [sub, how] : shadowing) {
    if (PathNotSubcommand(argc, argv, sub, how)) {
      opt.paths.push_back(sub->get_name());
      return Lint(opt);
    }
  }
  if (rules->parsed()) return ListRules(rules_opt);
  if (links->parsed()) return LinksCommand(links_paths, Flags(opt), opt.jobs);
  if (explain->parsed()) {
    if (explain_rule.empty()) {
      Error("explain needs a rule: k8slint explain RULE (id, name or alias)");
      return 2;
    }
    return ExplainRule(explain_rule);
  }
  if (config_cmd->parsed()) return ConfigCommand(config_opt, Flags(opt));
  if (chart->parsed()) {
    if (chart_opt.path.empty()) {
      Error("chart needs a chart folder: k8slint chart PATH (renders it with helm); "
            "k8slint lint PATH lints its files without rendering");
      return 2;
    }
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

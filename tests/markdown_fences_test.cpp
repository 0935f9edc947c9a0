// Markdown fence extraction (cmark) and the PowerShell sources cut from markdown,
// Dockerfiles and GitHub workflows, with positions in the containing file.
#include <boost/test/unit_test.hpp>

#include "linter/models/dockerfile/model.h"
#include "linter/models/markdown/fences.h"
#include "linter/engine/file_models.h"
#include "linter/engine/ps_sources.h"
#include "linter/models/ps/script.h"
#include "linter/models/secrets/scanner.h"
#include "linter/models/yaml/model.h"
#include "tests/test_support.h"

namespace k8slint::testing {
namespace {

using V = std::vector<std::string>;

Config Settings(std::map<std::string, std::string> settings) {
  Config c;
  c.settings = std::move(settings);
  return c;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(markdown_fences)

BOOST_AUTO_TEST_CASE(fences_in_lists_quotes_tildes_and_indents) {
  SourceFile f("README.md", InputKind::kMarkdown,
               "# Guide\n\n1. Build:\n\n   ```PowerShell title=\"x\"\n   docker build .\n   ```\n\n"
               "> ~~~pwsh\n> export A=1\n> ~~~\n\n  ```{.ps1}\n\tminikube start\n  ```\n\n    "
               "indented code\n");
  const auto fences = markdown::ExtractFences(f);
  BOOST_REQUIRE(fences.size() == 3u);
  BOOST_TEST(fences[0].language == "powershell");
  BOOST_TEST(fences[1].language == "pwsh");
  BOOST_TEST(fences[2].language == "ps1");
  BOOST_TEST(f.PositionAt(fences[0].lines[0].file_offset).column == 4u);
  BOOST_TEST(f.PositionAt(fences[1].lines[0].file_offset).column == 3u);
  BOOST_TEST(fences[1].lines[0].text == "export A=1");
  BOOST_TEST(f.PositionAt(fences[2].lines[0].file_offset).column == 2u);  // after the tab
  for (const auto& fence : fences) BOOST_TEST(fence.closed);
}

BOOST_AUTO_TEST_CASE(findings_point_into_the_markdown_file) {
  const auto found = Summaries(LintText(
      "README.md",
      "Intro\n\n- Step one:\n\n  ```powershell\n  minikube start && kubectl get nodes\n  ```\n",
      {"PS003"}));
  BOOST_TEST(found == (V{"6:18 PS003"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(unterminated_fence_is_a_note) {
  const auto found = Summaries(
      LintText("README.md", "## Deploy\n\n```ps\nexport A=1\n\n## Next\n", {"PS001", "PS018"}));
  BOOST_TEST(found == (V{"3:1 PS018", "4:1 PS001"}), boost::test_tools::per_element());
  BOOST_TEST(LintText("README.md", "```powershell", {"PS018"}).size() == 1u);
}

BOOST_AUTO_TEST_CASE(shell_fences_setting_and_prompts) {
  const std::string md = "```bash\nexport KUBECONFIG=~/.kube/config\n```\n\n```console\n$ export "
                         "A=1\nexport B=2\n```\n"
                         "\n```powershell\nPS C:\\app> export C=3\nexport D=4\n```\n";
  BOOST_TEST(Summaries(LintText("README.md", md, {"PS001"})) == (V{"11:12 PS001"}),
             boost::test_tools::per_element());
  const auto all = Summaries(LintText("README.md", md, {"PS001"}, std::nullopt,
                                      Settings({{"shell-fences", "bash, console"}})));
  BOOST_TEST(all == (V{"2:1 PS001", "6:3 PS001", "11:12 PS001"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(dockerfile_runs_under_a_powershell_shell) {
  const std::string df = "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                         "SHELL [\"powershell\", \"-Command\"]\nRUN Invoke-WebRequest "
                         "https://get.helm.sh/x.zip -OutFile x.zip; `\n"
                         "    rm -rf C:\\tmp && echo ok\nRUN [\"cmd\", \"/c\", \"rm -rf x\"]\n";
  BOOST_TEST(
      Summaries(LintText("Dockerfile", df, {"PS003", "PS014"})) == (V{"5:8 PS014", "5:19 PS003"}),
      boost::test_tools::per_element());
  // pwsh means PowerShell 7: && is fine; a Linux base image has rm.
  const std::string pwsh = "FROM mcr.microsoft.com/powershell:lts-ubuntu-22.04\nSHELL [\"pwsh\", "
                           "\"-c\"]\nRUN rm -rf /tmp/x && echo ok\n";
  BOOST_TEST(LintText("Dockerfile", pwsh, {"PS003", "PS014"}).empty());
}

BOOST_AUTO_TEST_CASE(workflow_pwsh_steps) {
  const std::string wf =
      "name: deploy\non: push\njobs:\n  win:\n    runs-on: windows-latest\n    steps:\n"
      "      - run: |\n          minikube start\n          export TAG=1\n"
      "      - shell: bash\n        run: export OK=1\n"
      "      - shell: powershell\n        run: kubectl get pods && echo ok\n";
  SourceFile f(".github/workflows/deploy.yml", InputKind::kManifest, wf);
  std::vector<yaml::ParseError> errors;
  const std::unique_ptr<yaml::File> model = yaml::Parse(f, &errors);
  const std::vector<ps::Script> scripts = ps::WorkflowScripts(*model);
  BOOST_REQUIRE(scripts.size() == 2u);
  BOOST_TEST((scripts[0].host().edition == ps::Edition::kPowerShell7));
  BOOST_TEST((scripts[1].host().edition == ps::Edition::kWindowsPowerShell51));
  const ps::Token& exp = scripts[0].tokens()[3];  // minikube, start, newline, export
  BOOST_TEST(scripts[0].Text(exp) == "export");
  BOOST_TEST(scripts[0].PositionAt(exp.begin).line == 9u);
  BOOST_TEST(scripts[0].PositionAt(exp.begin).column == 11u);
  const ps::Script& v51 = scripts[1];
  BOOST_TEST(v51.PositionAt(v51.tokens()[3].begin).line == 13u);
  BOOST_TEST(v51.PositionAt(v51.tokens()[3].begin).column == 31u);
  // A workflow that does not parse has no steps to check (K8L001 reports it).
  SourceFile broken(".github/workflows/x.yml", InputKind::kManifest, "jobs: [\n");
  BOOST_TEST(LintText(".github/workflows/x.yml", "jobs: [\n  - run: echo a && echo b\n", {"PS003"})
                 .empty());
  const Config config;
  const secrets::Scanner scanner({});
  BOOST_TEST(FileModels(broken, config, scanner).powershell().empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing

// The PS family as a whole: valid PowerShell stays silent (issue 5, item 4), the
// powershell-target setting, and a large markdown file.
#include <boost/test/unit_test.hpp>

#include "linter/core/registry.h"
#include "tests/test_support.h"
#include "rules/registry.h"

namespace k8slint::testing {
namespace {

std::vector<Finding> LintPs(const std::string& text, Config config = {}) {
  return LintText("deploy.ps1", text, {"PS"}, std::nullopt, std::move(config));
}

std::string DescribeAll(const std::vector<Finding>& f) {
  std::string out;
  for (const Finding& x : f)
    out += std::to_string(x.span.begin.line) + " " + std::string(x.rule->meta().id) + ": " +
           x.message + "\n";
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ps_rules)

BOOST_AUTO_TEST_CASE(valid_powershell_is_not_reported) {
  const char* lines[] = {
      "helm upgrade --install web ./chart --set image.tag=1.4.2 --set replicaCount=2",
      "kubectl get pods -o jsonpath='{.items[*].metadata.name}'",
      "kubectl get pods -A | Select-String web",
      "Write-Host \"Pods: $((kubectl get pods -o name | Measure-Object).Count)\"",
      "$values = @{ image = @{ tag = '1.4.2' }; replicaCount = 2 }",
      "$helmArgs = @('upgrade', '--install', 'web', './chart'); helm @helmArgs",
      "$params = @{ Uri = 'http://web/health'; Method = 'Get' }; Invoke-WebRequest @params",
      "icacls.exe C:\\data --% /grant Users:(OI)(CI)F && echo $HOME | grep x",
      "& minikube -p minikube docker-env --shell powershell | Invoke-Expression",
      "$env:KUBECONFIG = \"$HOME\\.kube\\config\"; kubectl config current-context",
      "docker build -t \"registry.local/web:$($env:IMAGE_TAG)\" .",
      "if ($LASTEXITCODE -ne 0) { throw \"helm failed`n\" } elseif (-not $?) { exit 1 }",
      "foreach ($ns in 'dev', 'staging') { kubectl create namespace $ns 2>$null }",
      "[Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('s3cr3t'))",
      "rm -r ./build; cp -r ./chart ./backup; mkdir -p logs; ls; cat values.yaml; echo done",
      "curl.exe -fsSL http://localhost:30080/health -o health.json",
      "$env:PATH = \"C:\\tools\\helm;$env:PATH\"",
      "kubectl logs deploy/web --tail 20 *> logs.txt; Get-Content app.yaml | kubectl apply -f -",
      "@'\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: web\n'@ | kubectl apply -f -",
      "helm install web ./chart `\n  --namespace web",
      "$Tag = git rev-parse --short HEAD; docker build -t web:$Tag .",
      "Write-Host \"Done`n`tNext: kubectl get svc\" # trailing comment with export A=1 && b",
      "cd C:\\\nGet-ChildItem -Force -Recurse -Filter *.yaml",
      // issue 12: valid PowerShell that the rules used to report
      "[CmdletBinding(SupportsShouldProcess=$true)]\nparam([Parameter(Mandatory=$true)]$Tag)",
      "$e = [System.Exception]@{Source=\"x\"}; $h = @{ Source = 'x' }; Write-Thing @h",
      "switch ($env:TARGET) { 'dev' { $c = 'kind-dev' } default { $c = 'minikube' } }",
      "function Test { param($n) kubectl get ns $n }\nTest -n todo",
      "for ($i = 0; $i -lt $a.Count; $i++) { Write-Host \"$($a[$i]): $($b[$i].Trim(\"x\"))\" }",
      "helm status web; Write-Host \"helm succeeded: $?\"",
      "if ($IsLinux) { chmod +x ./run.sh; grep -c x /proc/cpuinfo } else { Get-Item x }",
      "dir -UseTransaction -Path HKCU:\\Software",
      "kubectl logs <pod> -n <namespace>; kubectl describe pod <pod-name> > describe.txt",
      "Set-Location \\\nGet-ChildItem",
      "Write-Host \u201cIt's ready\u201d",
  };
  for (const char* line : lines) {
    BOOST_TEST_CONTEXT(line) {
      const auto found = LintPs(line);
      BOOST_TEST(found.empty(), DescribeAll(found));
    }
  }
}

BOOST_AUTO_TEST_CASE(target_7_allows_chain_operators_and_curl) {
  Config c;
  c.settings["powershell-target"] = "7";
  BOOST_TEST(LintPs("minikube start && kubectl get nodes || exit 1\ncurl -s http://x", c).empty());
  BOOST_TEST(LintPs("minikube start && kubectl get nodes").size() == 1u);
  c.settings["powershell-target"] = "6";
  std::unique_ptr<Registry> registry;
  const Status s = BuildRegistry(c, &registry);
  BOOST_TEST(!s.ok());
  BOOST_TEST(s.message().find("powershell-target") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(large_markdown_file_is_linted) {
  std::string md;
  while (md.size() < (1u << 20))
    md += "## Step\n\nSome prose with `inline code` and a [link](https://example.com).\n\n"
          "```powershell\nexport IMAGE_TAG=1.0\nminikube start && kubectl get pods | grep "
          "web\n```\n\n";
  md += "```powershell\n@\"\nunterminated here-string\n";
  Config uncapped;  // every finding, not the first 1000 per rule (K8L008)
  uncapped.max_findings_per_rule = 0;
  const auto found = LintText("guide.md", md, {"PS", "K8L001"}, std::nullopt, uncapped);
  BOOST_TEST(found.size() > 10000u);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing

// PS016 curl-flags-on-invoke-webrequest: in Windows PowerShell 5.1 `curl` and `wget`
// are aliases of Invoke-WebRequest, which rejects curl's flags.
#include <algorithm>
#include <memory>

#include "linter/core/ascii.h"
#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/ps/queries.h"
#include "rules/ps/ps_shared.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PS016",
      .name = "curl-flags-on-invoke-webrequest",
      .level = Level::kError,
      .aliases = {},
      .kinds = PsKinds(),
      .summary =
          "Curl-style flags on `curl`/`wget` go to Invoke-WebRequest in Windows PowerShell 5.1",
      .details = "On Windows PowerShell 5.1 `curl` and `wget` are aliases of Invoke-WebRequest. "
                 "Fires on `curl` with a curl-style flag (`-s`, `-fsSL`, `-o`, `-X`, any "
                 "`--long` flag; full Invoke-WebRequest parameter names such as `-Uri` or "
                 "`-OutFile` pass) when the target is 5.1, and on `wget` with any flag on 5.1. "
                 "PowerShell 7 dropped the aliases, so `curl` runs curl.exe there; `wget` stays "
                 "missing on Windows and is reported on both. `curl.exe` is never reported, nor is "
                 "a `curl` the script defines as a function or alias or calls inside a block "
                 "that never runs on Windows (`if ($IsLinux) { ... }`).",
      .rationale = "`curl -s http://localhost:30080/health` is the smoke test at the end of "
                   "most guides; on 5.1 it prompts for an -Uri or fails on `-s`, and the reader "
                   "concludes the deployment is broken.",
      .bad_example = "curl -fsSL http://localhost:30080/health\n",
      .good_example = "curl.exe -fsSL http://localhost:30080/health\nInvoke-WebRequest -Uri "
                      "http://localhost:30080/health -UseBasicParsing\n",
      .fix = "Call the real curl as `curl.exe` (shipped with Windows 10 and later), or write "
             "`Invoke-WebRequest -Uri <url> -OutFile <file> -UseBasicParsing`.",
      .example_path = "deploy.ps1",
      .tags = {"portability", "powershell"},
      .params = {{"powershell-target", "5.1",
                  "PowerShell version the commands must run on: 5.1 or 7"}},
      .reads_embedded_powershell = true,
  };
}

constexpr std::string_view kIwrParams[] = {"uri",
                                           "usebasicparsing",
                                           "websession",
                                           "sessionvariable",
                                           "credential",
                                           "usedefaultcredentials",
                                           "certificatethumbprint",
                                           "certificate",
                                           "useragent",
                                           "disablekeepalive",
                                           "timeoutsec",
                                           "headers",
                                           "maximumredirection",
                                           "method",
                                           "proxy",
                                           "proxycredential",
                                           "proxyusedefaultcredentials",
                                           "body",
                                           "contenttype",
                                           "transferencoding",
                                           "infile",
                                           "outfile",
                                           "passthru",
                                           "erroraction",
                                           "verbose"};

// A flag written for curl rather than for Invoke-WebRequest.
bool CurlStyle(std::string_view w) {
  if (w.size() < 2 || w[0] != '-') return false;
  if (w[1] == '-') return true;
  const std::string name = AsciiLower(w.substr(1));
  if (std::find(std::begin(kIwrParams), std::end(kIwrParams), name) != std::end(kIwrParams))
    return false;
  return name.size() <= 4;
}

class CurlAliasRule : public RuleBase {
 public:
  explicit CurlAliasRule(ps::Edition target) : RuleBase(Meta()), target_(target) {}

  void CheckPowerShell(const ps::Script& s, Emitter& emit) const override {
    const bool v51 = ps::EditionOf(s, target_) == ps::Edition::kWindowsPowerShell51;
    for (const ps::Command& c : s.commands()) {
      const std::string name = s.Name(c);
      if (c.in_hashtable || (name != "curl" && name != "wget")) continue;
      if (!ps::MayRunOnWindows(s, c) || !ps::IsToolCall(s, name)) continue;
      const ps::Word* flag = nullptr;
      std::string url = "<url>";
      for (size_t i = 1; i < c.words.size(); ++i) {
        const std::string_view w = s.Text(c.words[i]);
        if (!flag && (name == "curl" ? CurlStyle(w) : w.starts_with("-"))) flag = &c.words[i];
        if (w.find("://") != std::string_view::npos) url = std::string(w);
      }
      if (name == "curl" && (!v51 || !flag)) continue;
      if (name == "wget" && v51 && !flag) continue;
      const std::string args = ps::Excerpt(ps::JoinWords(s, c, 1), 60);
      const std::string message =
          name == "curl"
              ? "`curl` is Invoke-WebRequest in Windows PowerShell 5.1, which does not take `" +
                    std::string(s.Text(*flag)) + "`; write `curl.exe " + args + "`"
              : std::string(v51 ? "`wget` is Invoke-WebRequest in Windows PowerShell 5.1, which "
                                  "does not take wget's flags"
                                : "`wget` is not available on Windows") +
                    "; write `Invoke-WebRequest -Uri " + url +
                    " -OutFile <file>` or `curl.exe -fLO " + url + "`";
      emit.Report(*this, s.SpanOf(flag ? *flag : c.words.front()), message);
    }
  }

 private:
  ps::Edition target_;
};

}  // namespace

Status MakePS016(const Config& config, std::unique_ptr<Rule>* out) {
  ps::Edition target = ps::Edition::kWindowsPowerShell51;
  if (Status s = ReadPowerShellTarget(config, "PS016", &target); !s.ok()) return s;
  *out = std::make_unique<CurlAliasRule>(target);
  return Status::Ok();
}

}  // namespace k8slint::rules

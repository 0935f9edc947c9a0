// PS014 posix-flags-on-cmdlet-alias: rm, cp, mv, ls, cat and echo are cmdlet aliases on
// Windows, and their bash flags do not bind to the cmdlets' parameters.
#include <algorithm>
#include <memory>
#include <vector>

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
      .id = "PS014",
      .name = "posix-flags-on-cmdlet-alias",
      .level = Level::kError,
      .aliases = {},
      .kinds = PsKinds(),
      .summary =
          "Bash flags such as `rm -rf` or `ls -la` do not bind to the cmdlet behind the alias",
      .details = "On Windows `rm`, `cp`, `mv`, `ls`, `cat` and `echo` (and del, copy, dir, type, "
                 "...) are aliases of Remove-Item, Copy-Item, Move-Item, Get-ChildItem, "
                 "Get-Content and Write-Output. PowerShell binds `-rf` as a parameter name: it "
                 "fires when the flag is neither a parameter (or unique prefix of one) nor an "
                 "alias of one, or when it is ambiguous (`rm -f` could be -Filter or -Force, "
                 "`echo -e` -ErrorAction or -ErrorVariable), and on `ls -l`/`ls -a`, which bind "
                 "to -LiteralPath/-Attributes. `rm -r` and `cp -r` bind to -Recurse and pass. "
                 "The parameters are those of Windows PowerShell 5.1 and PowerShell 7 "
                 "(`dir -UseTransaction`, `gci -r`, `cat -Raw` pass); the FileSystem "
                 "provider's dynamic parameters only count when no static one matches.",
      .rationale = "`rm -rf ./build` is the first line of many clean-up steps; on Windows it stops "
                   "with \"A parameter cannot be found that matches parameter name 'rf'\" and "
                   "the stale files stay.",
      .bad_example = "rm -rf ./charts/web/charts\nls -la\n",
      .good_example = "Remove-Item -Recurse -Force ./charts/web/charts\nGet-ChildItem -Force\ncp "
                      "-r ./chart ./chart-backup\n",
      .fix = "Call the cmdlet with its own parameters: `Remove-Item -Recurse -Force path`, "
             "`Copy-Item -Recurse src dst`, `Get-ChildItem -Force`, `Get-Content file`.",
      .example_path = "deploy.ps1",
      .tags = {"portability", "powershell"},
      .reads_embedded_powershell = true,
  };
}

// Parameters as Windows PowerShell 5.1 and PowerShell 7 declare them (both: a script
// valid on either edition is not reported). The FileSystem provider's dynamic
// parameters only count when no static one matches the prefix, which is how `gci -r`
// binds to -Recurse rather than being ambiguous with -ReadOnly.
struct Cmdlet {
  std::vector<std::string_view> aliases;
  std::string_view name;
  std::vector<std::string_view> params;     // lower case
  std::vector<std::string_view> shortcuts;  // parameter aliases, lower case
  std::string_view fix_flags;               // what to write instead of the bash flags
  std::vector<std::string_view> dynamic;    // FileSystem provider parameters, lower case
};

const std::vector<Cmdlet>& Cmdlets() {
  static const std::vector<Cmdlet> kCmdlets = {
      {{"rm", "del", "erase", "rd", "ri", "rmdir"},
       "Remove-Item",
       {"path", "literalpath", "filter", "include", "exclude", "recurse", "force", "credential",
        "whatif", "confirm", "usetransaction"},
       {"lp", "pspath", "psp", "wi", "cf", "usetx"},
       "-Recurse -Force",
       {"stream"}},
      {{"cp", "copy", "cpi"},
       "Copy-Item",
       {"path", "literalpath", "destination", "container", "force", "filter", "include", "exclude",
        "recurse", "passthru", "credential", "fromsession", "tosession", "whatif", "confirm",
        "usetransaction"},
       {"lp", "pspath", "psp", "wi", "cf", "usetx"},
       "-Recurse -Force",
       {}},
      {{"mv", "move", "mi"},
       "Move-Item",
       {"path", "literalpath", "destination", "force", "filter", "include", "exclude", "passthru",
        "credential", "whatif", "confirm", "usetransaction"},
       {"lp", "pspath", "psp", "wi", "cf", "usetx"},
       "-Force",
       {}},
      {{"ls", "dir", "gci"},
       "Get-ChildItem",
       {"path", "literalpath", "filter", "include", "exclude", "recurse", "depth", "force", "name",
        "usetransaction"},
       {"lp", "pspath", "psp", "s", "ad", "af", "ah", "ar", "as", "d", "h", "usetx"},
       "-Force",
       {"attributes", "followsymlink", "directory", "file", "hidden", "readonly", "system"}},
      {{"cat", "gc", "type"},
       "Get-Content",
       {"path", "literalpath", "readcount", "totalcount", "tail", "filter", "include", "exclude",
        "force", "credential", "usetransaction", "asbytestream"},
       {"lp", "pspath", "psp", "first", "head", "last", "usetx"},
       "",
       {"delimiter", "wait", "raw", "encoding", "stream"}},
      {{"echo", "write"}, "Write-Output", {"inputobject", "noenumerate"}, {}, "", {}},
  };
  return kCmdlets;
}

constexpr std::string_view kCommon[] = {"verbose",
                                        "debug",
                                        "erroraction",
                                        "warningaction",
                                        "informationaction",
                                        "errorvariable",
                                        "warningvariable",
                                        "informationvariable",
                                        "outvariable",
                                        "outbuffer",
                                        "pipelinevariable",
                                        "vb",
                                        "db",
                                        "ea",
                                        "wa",
                                        "infa",
                                        "ev",
                                        "wv",
                                        "iv",
                                        "ov",
                                        "ob",
                                        "pv"};

// True when PowerShell binds `flag` (lower case, without '-') to one parameter of `c`.
bool Binds(const Cmdlet& c, std::string_view flag) {
  if (std::find(c.shortcuts.begin(), c.shortcuts.end(), flag) != c.shortcuts.end()) return true;
  size_t matches = 0;
  auto count = [&](std::string_view p) {
    if (p == flag) matches = 1000;
    else if (p.starts_with(flag)) ++matches;
  };
  for (std::string_view p : c.params) count(p);
  for (std::string_view p : kCommon) count(p);
  if (matches == 0)
    for (std::string_view p : c.dynamic) count(p);
  return matches == 1 || matches >= 1000;
}

class PosixFlagsOnAliasRule : public RuleBase {
 public:
  PosixFlagsOnAliasRule() : RuleBase(Meta()) {}

  void CheckPowerShell(const ps::Script& s, Emitter& emit) const override {
    for (const ps::Command& c : s.commands()) {
      if (c.in_hashtable || c.words.size() < 2 || !ps::MayRunOnWindows(s, c)) continue;
      const std::string name = s.Name(c);
      if (!ps::IsToolCall(s, name)) continue;
      for (const Cmdlet& cmdlet : Cmdlets()) {
        if (std::find(cmdlet.aliases.begin(), cmdlet.aliases.end(), name) == cmdlet.aliases.end())
          continue;
        std::string args;
        const ps::Word* bad = nullptr;
        for (size_t i = 1; i < c.words.size(); ++i) {
          const std::string_view w = s.Text(c.words[i]);
          const std::string flag = AsciiLower(w.size() > 1 && w[0] == '-' ? w.substr(1) : "");
          const bool number =
              !flag.empty() && flag.find_first_not_of("0123456789") == std::string::npos;
          if (flag.empty() || number) {
            args += " " + std::string(w);
          } else if (!bad && (flag.starts_with("-") || !Binds(cmdlet, flag) ||
                              (cmdlet.name == "Get-ChildItem" && (flag == "l" || flag == "a")))) {
            bad = &c.words[i];
          }
        }
        if (!bad) break;
        std::string fix = std::string(cmdlet.name) + (cmdlet.fix_flags.empty() ? "" : " ") +
                          std::string(cmdlet.fix_flags) + args;
        if (cmdlet.name == "Write-Output") {
          fix = "Write-Output " + ps::Excerpt(args.empty() ? "\"text\"" : args.substr(1), 50);
          for (size_t p; (p = fix.find("\\n")) != std::string::npos;) fix.replace(p, 2, "`n");
          for (size_t p; (p = fix.find("\\t")) != std::string::npos;) fix.replace(p, 2, "`t");
        }
        emit.Report(*this, s.SpanOf(*bad),
                    "`" + name + "` is " + std::string(cmdlet.name) +
                        " in PowerShell, which does not take `" + std::string(s.Text(*bad)) +
                        "`; write `" + ps::Excerpt(fix, 70) + "`");
        break;
      }
    }
  }
};

}  // namespace

Status MakePS014(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<PosixFlagsOnAliasRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules

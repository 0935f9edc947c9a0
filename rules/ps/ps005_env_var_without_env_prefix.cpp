// PS005 env-var-without-env-prefix: `$NAME` reads a PowerShell variable, not the
// environment variable NAME.
#include <memory>
#include <set>

#include "linter/core/ascii.h"
#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/excerpt.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/ps/queries.h"
#include "rules/ps/ps_shared.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PS005",
      .name = "env-var-without-env-prefix",
      .level = Level::kWarning,
      .aliases = {},
      .kinds = PsKinds(),
      .summary =
          "Bash-style `$NAME` reads a PowerShell variable, not the environment variable NAME",
      .details =
          "Fires on `$NAME` and `${NAME}` (also inside double-quoted strings) when NAME "
          "was set earlier in the block with `export`, a `NAME=value` prefix (not a hashtable "
          "key such as `@{Release=$release}`) or "
          "`$env:NAME =`, or when NAME is written in ALL_CAPS like an environment "
          "variable (KUBECONFIG, IMAGE_TAG). Skipped: PowerShell's automatic variables "
          "($HOME, $PWD, $PID, ...), variables the block (or another fence of the same "
          "page) assigns with `$NAME = ...`, declares in `param(...)` or as a `foreach` "
          "variable, blocks that dot-source a PowerShell script, "
          "`$env:`/`$script:` scoped names, single-quoted strings and text after `--%`.",
      .rationale = "An unset PowerShell variable expands to an empty string without an error, "
                   "so `--set image.tag=$IMAGE_TAG` deploys with an empty tag and `docker push "
                   "$REGISTRY/app` pushes to Docker Hub.",
      .bad_example = "$env:IMAGE_TAG = '1.4.2'\ndocker build -t registry.local/web:$IMAGE_TAG .\n",
      .good_example = "$env:IMAGE_TAG = '1.4.2'\n$Tag = 'latest'\ndocker build -t "
                      "registry.local/web:$env:IMAGE_TAG .\n"
                      "docker tag registry.local/web:$env:IMAGE_TAG registry.local/web:$Tag\n",
      .fix = "Read environment variables as `$env:NAME` (`${env:NAME}` next to other text), or "
             "assign the PowerShell variable first with `$NAME = ...`.",
      .example_path = "deploy.ps1",
      .tags = {"portability", "powershell"},
      .reads_embedded_powershell = true,
  };
}

// Windows spells some POSIX environment variables differently.
std::string WindowsName(const std::string& name) {
  if (name == "USER") return "USERNAME";
  if (name == "HOSTNAME") return "COMPUTERNAME";
  if (name == "TMPDIR") return "TEMP";
  return name;
}

class EnvVarWithoutPrefixRule : public RuleBase {
 public:
  EnvVarWithoutPrefixRule() : RuleBase(Meta()) {}

  void CheckPowerShell(const ps::Script& s, Emitter& emit) const override {
    const auto& toks = s.tokens();
    // Names bash-style lines set (PS001/PS002 patterns); hashtable keys are not among them.
    const std::set<std::string> env = ps::BashSetNames(s);
    // `$x = ...`, `param($x)`, `foreach ($x in ...)`, here or in another fence of the page.
    const std::set<std::string>& assigned = s.declarations().variables;
    for (const ps::Token& t : toks) {
      if (t.kind != ps::TokenKind::kVariable) continue;
      std::string_view name = s.Text(t).substr(1);
      std::string bash_default;
      if (name.starts_with("{")) {
        name = name.substr(1, name.size() >= 2 ? name.size() - 2 : 0);
        const size_t colon = name.find(':');
        if (colon != std::string_view::npos && colon + 1 < name.size() &&
            std::string_view("-=?+").find(name[colon + 1]) != std::string_view::npos) {
          bash_default = k8slint::Excerpt(name.substr(colon + 2));
          name = name.substr(0, colon);
        }
      }
      if (name.empty() || name.find(':') != std::string_view::npos || ps::IsAutomaticVariable(name))
        continue;
      const std::string lower = AsciiLower(name);
      if (assigned.contains(lower) && !env.contains(lower)) continue;
      const bool exported = env.contains(lower);
      if (!exported && !ps::IsEnvStyleName(name)) continue;
      // A dot-sourced script (`. .\env.ps1`) may set any variable.
      if (!exported && s.declarations().dot_sources) continue;
      const std::string env_name = WindowsName(k8slint::Excerpt(name));
      std::string fix = "$env:" + env_name;
      if (!bash_default.empty())
        fix = "$(if ($env:" + env_name + ") { $env:" + env_name + " } else { '" + bash_default +
              "' })";
      emit.Report(*this, s.SpanOf(t),
                  "`" + k8slint::Excerpt(s.Text(t)) + "` reads a PowerShell variable, not the " +
                      (exported ? "environment variable set earlier"
                                : "environment variable " + k8slint::Excerpt(name)) +
                      "; write `" + fix + "`");
    }
  }
};

}  // namespace

Status MakePS005(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<EnvVarWithoutPrefixRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules

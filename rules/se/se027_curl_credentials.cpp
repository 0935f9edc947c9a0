// SE027 curl-credentials: a curl command line carries a password or an Authorization
// header value in plain text.
#include <memory>
#include <vector>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "linter/models/secrets/detectors.h"
#include "rules/se/provider_rule.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "SE027",
      .name = "curl-credentials",
      .level = Level::kError,
      .aliases = {"gitleaks:curl-auth-user", "gitleaks:curl-auth-header"},
      .summary = "A curl command carries a password or an Authorization header in plain text",
      .details =
          "Matches `curl -u user:password` (also `--user`, `-U`/`--proxy-user`, option "
          "clusters such as `-su`) and `curl -H \"Authorization: Basic|Bearer|Token ...\"` or "
          "`-H \"X-...-Api-Key: ...\"` in any file: shell scripts, markdown code blocks, "
          "Dockerfile RUN, workflow `run:` steps, PowerShell `curl.exe`, options continued "
          "on the next lines with `\\` or a backtick. A Basic value is decoded and judged as "
          "`user:password`. References (`$TOKEN`, `${{ secrets.X }}`, `$(cat ...)`), "
          "placeholders (`<token>`, `changeme`, `user:pass`), ALL_CAPS names (`ACCESS_TOKEN`) "
          "and short lower-case words (`-u foo:bar`) are not reported; nor is a value another "
          "SE rule names (a `ghp_` token in the header is SE003's).",
      .rationale = "A credential on a command line is in the file, in shell history, in CI logs "
                   "that echo commands and, in a Dockerfile RUN, in the image's layer metadata.",
      .bad_example = "RUN curl -fsS -u deploy:K8sLint9Fake7Pw -o /tmp/app.tgz "
                     "https://nexus.example.com/app.tgz\n",
      .good_example = "RUN --mount=type=secret,id=nexus \\\n    curl -fsS -u \"deploy:$(cat "
                      "/run/secrets/nexus)\" -o /tmp/app.tgz https://nexus.example.com/app.tgz\n",
      .fix = "Rotate the credential, then read it at run time: `-u \"$USER:$TOKEN\"` from the "
             "environment, `--netrc-file`, `-H @header-file`, or a BuildKit secret mount in a "
             "Dockerfile.",
      .example_path = "Dockerfile",
      .security_severity = "8.0",
  };
}

// The options between `curl` and the credential: anything on the command (a `\` or
// backtick continues it on the next line) up to a `|`, `;` or `&&` that ends it.
#define K8SLINT_CURL R"((?m)\bcurl(?:\.exe)?(?:[^\n|;&]|&[^&\n]|\\\r?\n|\x60\r?\n)*?\s)"

const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "curl-auth-user",
       .label = "curl password",
       .keywords = {"curl"},
       .pattern = K8SLINT_CURL R"((?:-[sSLfkvIiN]{0,5}[uU]|--user|--proxy-user)(?:[ \t]+|=)?)"
                               R"(["']?([^\s"':]+):([^\s"']+))",
       .check = secrets::Check::kCurlUser,
       .continued_lines = true},
      {.variant = "curl-auth-header",
       .label = "curl Authorization/API-key header value",
       .keywords = {"curl"},
       .pattern = K8SLINT_CURL R"((?:-H|--header)(?:[ \t]+|=)?["']?)"
                               R"((?i:authorization[ \t]*:[ \t]*(?:(?:basic|bearer|token|)"
                               R"(api-token)[ \t]+)?|x-[a-z0-9-]*(?:api-?key|token)[ \t]*:[ \t]*))"
                               R"(([^\s"']+))",
       .check = secrets::Check::kCurlHeader,
       .continued_lines = true},
  };
  return kDetectors;
}

#undef K8SLINT_CURL

}  // namespace

Status MakeSE027(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules

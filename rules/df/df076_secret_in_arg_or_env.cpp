// DF076 secret-in-arg-or-env: an ARG or ENV whose name says it holds a secret.
#include <memory>
#include <string>
#include <string_view>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"
#include "linter/models/secrets/values.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF076",
      .name = "secret-in-arg-or-env",
      .level = Level::kWarning,
      .aliases = {"hadolint:DL3064"},
      .kinds = {InputKind::kDockerfile},
      .summary = "An ARG or ENV is named for a secret",
      .details =
          "Fires on `ARG NAME` (with or without a default) and on `ENV NAME=value` when NAME "
          "says it holds a secret: password, passwd, secret, token, credentials, auth, "
          "passphrase, or an api, access, private or client key (split on `_`, `-`, `.` and "
          "camelCase, the names SE022 reads). Names that point at a secret rather than hold "
          "it are not reported: `*_FILE`, `*_PATH`, `*_DIR`, `*_URL`, `*_USER`, `*_NAME`, "
          "public keys. An ENV whose value is empty or a file path (`/run/secrets/db`, "
          "`./key.pem`, `C:\\secrets\\db`) is not reported either. An ENV whose value "
          "itself looks like a real secret is left to the SE rules, so the line gets one "
          "finding.",
      .rationale = "Build arguments and ENV values are stored in the image: `docker history` "
                   "shows the RUN lines with the build arguments they used, and `docker "
                   "inspect` shows every ENV, to anyone who can pull the image. A build-time "
                   "secret belongs in a secret mount, which never reaches a layer; a runtime "
                   "secret belongs in a Kubernetes Secret.",
      .bad_example = "FROM node:20-alpine\nARG NPM_TOKEN\nRUN echo \"//registry.npmjs.org/"
                     ":_authToken=${NPM_TOKEN}\" > .npmrc && npm ci && rm .npmrc\n",
      .good_example = "FROM node:20-alpine\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN "
                      "\\\n    npm ci\n",
      .fix = "Pass build secrets with `RUN --mount=type=secret,id=NAME` (`docker build "
             "--secret id=NAME,env=NAME`); set runtime secrets from a Kubernetes Secret "
             "(`valueFrom.secretKeyRef`) or point at a mounted file with `NAME_FILE`.",
      .example_path = "Dockerfile",
      .tags = {"security", "secrets"},
  };
}

// A value that names where the secret lives, not the secret.
bool IsPathValue(std::string_view v) {
  if (v.empty()) return false;
  if (v.front() == '/' || v.starts_with("./") || v.starts_with("../") || v.starts_with("~/"))
    return true;
  return v.size() >= 3 && ((v[0] >= 'A' && v[0] <= 'Z') || (v[0] >= 'a' && v[0] <= 'z')) &&
         v[1] == ':' && (v[2] == '\\' || v[2] == '/');
}

class SecretInArgOrEnvRule : public RuleBase {
 public:
  SecretInArgOrEnvRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Instruction& ins : doc.instructions) {
      const bool arg = ins.Is("ARG");
      if (!arg && !ins.Is("ENV")) continue;
      for (const dockerfile::KeyValue& kv : ins.pairs) {
        if (!secrets::IsSecretKeyName(kv.key)) continue;
        if (kv.has_value && IsPathValue(kv.value)) continue;
        if (!arg && kv.value.empty()) continue;
        if (kv.has_value && secrets::IsSecretValueFor(kv.key, kv.value)) continue;
        emit.Report(*this, kv.key_span,
                    arg ? "build argument '" + kv.key +
                              "' is named for a secret: its value stays in the image history; "
                              "use a secret mount (RUN --mount=type=secret)"
                        : "ENV '" + kv.key +
                              "' is named for a secret: every ENV is readable in the image; "
                              "set it at run time from a Kubernetes Secret");
      }
    }
  }
};

}  // namespace

Status MakeDF076(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<SecretInArgOrEnvRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules

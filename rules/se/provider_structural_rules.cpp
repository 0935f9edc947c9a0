// Provider-independent shapes: JWTs, private key blocks, passwords inside URLs.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/status.h"
#include "rules/se/provider_rule.h"

namespace k8slint::rules {

Status MakeSE017(const Config& c, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(c, {
      .id = "SE017",
      .name = "jwt",
      .level = Level::kWarning,
      .aliases = {"gitleaks:jwt"},
      .summary = "A JSON Web Token is committed in plain text",
      .details = "Matches three base64url segments starting `eyJ...` `.eyJ...` `.` whose "
                 "first segment decodes to a JSON header with `alg` or `typ`. Kubernetes "
                 "service-account tokens, OIDC id tokens and many API keys are JWTs; an "
                 "unexpired one is a bearer credential.",
      .bad_example = "API_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJrOHNsaW50LWZha2UiLCJpYXQiOjB9."
                     "K8sLintFakeSignatureXyZ0123456789abcdEFG\n",
      .good_example = "API_TOKEN=\n",
  }, "7.0");
  return Status::Ok();
}

Status MakeSE018(const Config& c, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(c, {
      .id = "SE018",
      .name = "private-key",
      .level = Level::kError,
      .aliases = {"gitleaks:private-key", "secretlint:@secretlint/secretlint-rule-privatekey"},
      .summary = "A private key block is committed in plain text",
      .details = "Matches a `-----BEGIN ... PRIVATE KEY-----` line (PEM: RSA, EC, DSA, "
                 "PKCS#8, encrypted; OpenSSH; PGP `PRIVATE KEY BLOCK`) followed, within 64 KiB, "
                 "by its `-----END` line with at least 64 base64 characters between them, in "
                 "YAML block scalars, markdown and any other file. Headers without a body (docs "
                 "that show the format) are not reported.",
      .bad_example = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: tls\ndata:\n  tls.key: |\n"
                     "    -----BEGIN RSA PRIVATE KEY-----\n"
                     "    MIIEowIBAAKCAQEAk8sLintFakeKeyBodyNotARealKeyJustBase64Text0123\n"
                     "    K8sLintFakeKeyBodyNotARealKeyJustBase64Text0123456789abcdefABCD\n"
                     "    -----END RSA PRIVATE KEY-----\n",
      .good_example = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: tls\ndata:\n"
                      "  tls.crt.path: /etc/tls/tls.key\n",
      .fix = "Treat the key as compromised: rotate it (and the certificate). Mount keys from a "
             "Secret created outside git (`kubectl create secret tls`, cert-manager, an external "
             "secret operator) instead of committing them.",
      .example_path = "tls.yaml",
  }, "9.0");
  return Status::Ok();
}

Status MakeSE020(const Config& c, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(c, {
      .id = "SE020",
      .name = "password-in-database-url",
      .level = Level::kError,
      .aliases = {"secretlint:@secretlint/secretlint-rule-database-connection-string"},
      .summary = "A database or message-broker URL embeds a literal password",
      .details = "Matches `user:password@` in postgres, postgresql, mysql, mariadb, mongodb, "
                 "mongodb+srv, redis, rediss, amqp, amqps, mssql and sqlserver URLs. Passwords "
                 "that are references (`${DB_PASSWORD}`, `$(DB_PASSWORD)`, `{{ .Values.x }}`), "
                 "placeholders (`<password>`, `changeme`, `xxxx`), well-known local defaults "
                 "(`postgres`, `guest`, ...) or equal to the user name are allowed; URLs without "
                 "a password are fine.",
      .rationale = "Connection strings travel: into ConfigMaps, logs, error pages and "
                   "`kubectl describe` output. A password inside one is committed along with "
                   "every copy of the file.",
      .bad_example = "DATABASE_URL=postgresql://app:K8sLintFake-s3cret@db.internal:5432/app\n",
      .good_example = "DATABASE_URL=postgresql://app:${DB_PASSWORD}@db.internal:5432/app\n",
      .fix = "Change the database password, then build the URL at runtime from a password "
             "injected separately (a Secret key referenced with `secretKeyRef`, or "
             "`$(DB_PASSWORD)` expansion in the container env).",
  }, "8.0");
  return Status::Ok();
}

Status MakeSE021(const Config& c, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(c, {
      .id = "SE021",
      .name = "password-in-url",
      .level = Level::kError,
      .aliases = {"secretlint:@secretlint/secretlint-rule-basicauth"},
      .summary = "An http(s) or ftp URL embeds basic-auth credentials",
      .details = "Matches `scheme://user:password@host` for http, https and ftp URLs: git "
                 "remotes with a token, registry mirrors, pip index URLs. References and "
                 "placeholders in the password position are allowed, as for SE020.",
      .rationale = "Credentials in a URL end up in shell history, proxy logs, image layers "
                   "(when used in a RUN) and every copy of the file.",
      .bad_example = "PIP_INDEX_URL=https://ci:K8sLintFake-s3cret@pypi.internal.example.com/simple\n",
      .good_example = "PIP_INDEX_URL=https://ci:${PIP_PASSWORD}@pypi.internal.example.com/simple\n",
      .fix = "Rotate the credential, then pass it separately: a BuildKit secret mount "
             "(`RUN --mount=type=secret`), a netrc file outside the repository, or an "
             "environment variable injected at deploy time.",
  }, "8.0");
  return Status::Ok();
}

}  // namespace k8slint::rules

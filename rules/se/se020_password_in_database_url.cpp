// SE020 password-in-database-url: a database or message-broker URL embeds a literal password.
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
      .id = "SE020",
      .name = "password-in-database-url",
      .level = Level::kError,
      .aliases = {"secretlint:@secretlint/secretlint-rule-database-connection-string"},
      .summary = "A database or message-broker URL embeds a literal password",
      .details = "Matches `user:password@` in postgres, postgresql, mysql, mariadb, mongodb, "
                 "mongodb+srv, redis, rediss, amqp, amqps, mssql and sqlserver URLs. Passwords "
                 "that are references (`${DB_PASSWORD}`, `$(DB_PASSWORD)`, `{{ .Values.x }}`), "
                 "placeholders (`<password>`, `changeme`, `xxxx`, `PASSWORD`, `DB_PASSWORD`, "
                 "`mypassword`), format verbs (`%s`, `{1}`), well-known local defaults "
                 "(`postgres`, `guest`, ...) or equal to the user name are allowed (the list is "
                 "in docs/secrets-contexts.md); URLs without a password are fine.",
      .rationale = "Connection strings travel: into ConfigMaps, logs, error pages and "
                   "`kubectl describe` output. A password inside one is committed along with "
                   "every copy of the file.",
      .bad_example = "DATABASE_URL=postgresql://app:K8sLintFake-s3cret@db.internal:5432/app\n",
      .good_example = "DATABASE_URL=postgresql://app:${DB_PASSWORD}@db.internal:5432/app\n",
      .fix = "Change the database password, then build the URL at runtime from a password "
             "injected separately (a Secret key referenced with `secretKeyRef`, or "
             "`$(DB_PASSWORD)` expansion in the container env).",
      .security_severity = "8.0",
  };
}

// What SE020 looks for: one secrets::Detector per token shape.
const std::vector<secrets::Detector>& Detectors() {
  static const std::vector<secrets::Detector> kDetectors = {
      {.variant = "database-url-password",
       .label = "URL",
       .keywords = {"postgres://", "postgresql://", "mysql://", "mariadb://", "mongodb://",
                    "mongodb+srv://", "redis://", "rediss://", "amqp://", "amqps://", "mssql://",
                    "sqlserver://"},
       .fold = true,
       .pattern =
           R"((?i)\b((postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver)://([^:/@\s'"]*):([^@\s'"/]+)@[^\s'"]+))",
       .check = secrets::Check::kUrlPassword},
  };
  return kDetectors;
}

}  // namespace

Status MakeSE020(const Config& config, std::unique_ptr<Rule>* out) {
  *out = MakeProviderRule(config, Meta(), Detectors());
  return Status::Ok();
}

}  // namespace k8slint::rules

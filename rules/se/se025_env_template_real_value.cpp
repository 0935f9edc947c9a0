// SE025 env-template-real-value: `.env.example` and friends may hold placeholders only.
#include <memory>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/file_context.h"
#include "linter/core/hash.h"
#include "linter/core/redact.h"
#include "linter/core/status.h"
#include "linter/models/env/model.h"
#include "linter/models/secrets/scanner.h"
#include "linter/models/secrets/values.h"
#include "linter/core/rule_base.h"

namespace k8slint::rules {
namespace {

class EnvTemplateRealValue : public RuleBase {
 public:
  EnvTemplateRealValue(RuleMeta meta, bool redact) : RuleBase(std::move(meta)), redact_(redact) {}
  bool ReadsModelOf(InputKind kind) const override { return kind == InputKind::kEnv; }

  // The env model, read through the context: the check also asks the run's scanner.
  void CheckSource(const FileContext& ctx, Emitter& emit) const override {
    if (ctx.source().kind() != InputKind::kEnv) return;
    const env::File& file = ctx.env();
    if (!file.IsTemplate()) return;
    for (const env::Entry& e : file.entries) {
      if (!e.has_value || !secrets::IsSecretKeyName(e.key) || secrets::IsNonSecretValue(e.value) ||
          secrets::IsIdentifierValue(e.key, e.value))
        continue;
      // Stricter than SE022: in a template any value with some variety is suspect.
      const bool real = secrets::LooksLikeSecretValue(e.value) ||
                        (e.value.size() >= 8 && secrets::CharClasses(e.value) >= 3 &&
                         e.value.find(' ') == std::string::npos);
      if (!real || ctx.scanner().AnyDetectorMatches(e.key + "=" + e.value)) continue;
      emit.Report(*this, Span{e.value_begin, e.value_begin},
                  e.key + " in a template env file holds a real-looking value " +
                      Redact(e.value, redact_) + "; templates may hold placeholders only",
                  EmitExtras{{}, HexHash(Fnv1a(e.value)), {}});
    }
  }

 private:
  bool redact_;
};

}  // namespace

Status MakeSE025(const Config& c, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<EnvTemplateRealValue>(
      RuleMeta{
          .id = "SE025",
          .name = "env-template-real-value",
          .level = Level::kWarning,
          .aliases = {},
          .kinds = {InputKind::kEnv},
          .summary = "A committed env template holds a real-looking secret value",
          .details = "In `.env.example`, `.env.sample`, `.env.template`, `.env.dist` and "
                     "`.env.defaults` files, every secret-named key (as in SE022) must be empty, "
                     "a reference or a placeholder (changeme, `<password>`, xxxx, REPLACE_ME, "
                     "example values such as the AWS documentation keys, `sk-...`, or another "
                     "non-secret class of docs/secrets-contexts.md such as `YourPingdomApiToken` "
                     "or `GOOGLE_API_KEY_VAL`). A value that "
                     "passes SE022's checks, or any 8+ character value mixing three character "
                     "classes, is reported. Provider-format tokens are reported by their own "
                     "rules (SE001-SE021) instead.",
          .rationale = "Templates are committed on purpose and copied around; a real value "
                       "pasted into one \"just for now\" is published with it.",
          .bad_example = "DB_PASSWORD=Sup3r-S3cret-Passw0rd\n",
          .good_example = "DB_PASSWORD=<your-password>\n",
          .fix = "Replace the value with a placeholder (`changeme`, `<password>`, empty) and "
                 "rotate the credential if the file was pushed.",
          .example_path = ".env.example",
          .tags = {"security", "secrets"},
          .security_severity = "6.0",
          .kubernetes = true,
      },
      c.redact);
  return Status::Ok();
}

}  // namespace k8slint::rules

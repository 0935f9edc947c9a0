// SE023 kubernetes-secret-literal-data: a `kind: Secret` document with literal values
// in data/stringData. Text level (linter/models/secrets/assignments.h) until the YAML model
// can be read here; chart templates are scanned too, where `{{ }}` values are fine.
#include <cstdint>
#include <memory>

#include "linter/core/base64.h"
#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/hash.h"
#include "linter/core/rule_base.h"
#include "linter/core/file_context.h"
#include "linter/core/source.h"
#include "linter/core/text.h"
#include "linter/models/yaml/lines.h"
#include "linter/core/status.h"
#include "linter/models/secrets/values.h"

namespace k8slint::rules {
namespace {

// `data:` values are judged on what they encode; a value that is not base64 as a
// whole (only '=' padding may follow) is judged as written.
std::string DecodeData(std::string_view in) {
  size_t used = 0;
  std::string out = DecodeBase64(in, &used);
  if (used < in.size() && in[used] != '=') return std::string(in);
  return out;
}

// A block scalar value (`password: |-` then its lines) made only of references and
// template actions: `{{ .Values.x | b64enc }}`, `{{- tpl .Values.y . }}`.
bool BlockIsReference(const SourceFile& source, uint32_t header) {
  const size_t indent = yaml::KeyIndent(source.Line(header));
  bool any = false;
  for (uint32_t ln = header + 1; ln <= source.line_count(); ++ln) {
    const std::string_view line = Trim(source.Line(ln));
    if (line.empty()) continue;
    if (SkipSpaces(source.Line(ln), 0) <= indent) break;
    if (!secrets::IsReference(line)) return false;
    any = true;
  }
  return any;
}

class KubernetesSecretLiteral : public RuleBase {
 public:
  using RuleBase::RuleBase;
  bool ReadsModelOf(InputKind) const override { return false; }

  void CheckSource(const FileContext& file, Emitter& emit) const override {
    const SourceFile& source = file.source();
    const InputKind kind = source.kind();
    const std::string& path = source.path();
    const bool yaml =
        kind == InputKind::kManifest || kind == InputKind::kValues || kind == InputKind::kChart ||
        (kind == InputKind::kText && (path.ends_with(".yaml") || path.ends_with(".yml")));
    if (!yaml) return;
    for (const yaml::SecretDocument& doc : file.secret_documents()) {
      const yaml::SecretEntry* first = nullptr;
      std::string keys;
      uint64_t h = Fnv1a(doc.name);
      int count = 0;
      for (const yaml::SecretEntry& e : doc.entries) {
        if (e.block && BlockIsReference(source, e.line)) continue;
        if (!e.block) {
          const std::string plain = e.map == "data" ? DecodeData(e.value) : e.value;
          // A URL is configuration committed in the Secret whatever its host says
          // (db.example.internal); only references and placeholders are exempt.
          const bool url = plain.find("://") != std::string::npos;
          if (secrets::IsReference(e.value) || (!url && (secrets::IsNonSecretValue(plain) ||
                                                         secrets::IsIdentifierValue(e.key, plain))))
            continue;
        }
        if (!first) first = &e;
        if (count < 4) keys += (count ? ", " : "") + e.key;
        ++count;
        h = Fnv1a(e.key, Fnv1a(e.value, h));
      }
      if (!first) continue;
      if (count > 4) keys += ", ...";
      const std::string name = doc.name.empty() ? "Secret" : "Secret '" + doc.name + "'";
      emit.Report(*this, Span::At(first->line, first->column),
                  name + " commits " + std::to_string(count) + " literal value" +
                      (count == 1 ? "" : "s") + " in " + first->map + " (" + keys + ")",
                  EmitExtras{{}, HexHash(h), {}});
    }
  }
};

}  // namespace

Status MakeSE023(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<KubernetesSecretLiteral>(RuleMeta{
      .id = "SE023",
      .name = "kubernetes-secret-literal-data",
      .level = Level::kWarning,
      .aliases = {"gitleaks:kubernetes-secret-yaml",
                  "secretlint:@secretlint/secretlint-rule-no-k8s-kind-secret"},
      .kinds = {InputKind::kManifest, InputKind::kValues, InputKind::kChart, InputKind::kText},
      .summary = "A Kubernetes Secret with literal data is committed",
      .details =
          "Reports each `kind: Secret` document (rendered manifests, kubectl YAML, chart "
          "templates) whose top-level `data` or `stringData` holds literal values, once "
          "per Secret at its first literal entry, naming the keys (never the values). "
          "Template expressions (`{{ .Values.password | b64enc }}`, also as the only content "
          "of a block scalar), references, placeholders and the other non-secret classes "
          "of docs/secrets-contexts.md (judged after base64-decoding `data` values; "
          "UUIDs and SHAs under identifier keys such as `AZURE_TENANT_ID`) do not count; empty "
          "Secrets are fine. base64 is an encoding, not encryption. Detection is "
          "text-level for now (documents split on `---`, top-level keys at column 1).",
      .rationale = "A Secret manifest in git is the secret in git: `data` values decode with "
                   "`base64 -d`, and every clone, fork and CI cache keeps a copy after the file "
                   "is changed.",
      .bad_example = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\n"
                     "stringData:\n  password: K8sLint-Fake-Passw0rd\n",
      .good_example = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\n"
                      "stringData:\n  password: {{ .Values.db.password | quote }}\n",
      .fix = "Keep the Secret out of git: create it at install time (`helm install --set "
             "db.password=...` or an untracked values file feeding a templated Secret, "
             "`kubectl create secret`), or commit an encrypted form that only the cluster can "
             "read (Sealed Secrets, SOPS) or an ExternalSecret pointing at a vault.",
      .example_path = "secret.yaml",
      .tags = {"security", "secrets"},
      .security_severity = "7.0",
      .kubernetes = true,
  });
  return Status::Ok();
}

}  // namespace k8slint::rules

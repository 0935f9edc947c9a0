// SE022 secret-named-literal: a key named like a secret holds a literal, real-looking
// value. Reads the env model, the Dockerfile model (ENV/ARG), the YAML model's line view
// (`key: value` lines and `- name: X` / `value: Y` env entries; it works on templates
// too), and PowerShell `$env:X = '...'` and shell `export X=...` lines of scripts and
// of markdown fences (cmark).
#include <memory>
#include <set>
#include <vector>

#include "linter/core/file_context.h"
#include "linter/models/markdown/fences.h"
#include "linter/models/yaml/lines.h"

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/hash.h"
#include "linter/core/redact.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"
#include "linter/models/env/model.h"
#include "linter/models/secrets/assignments.h"
#include "linter/models/secrets/scanner.h"
#include "linter/models/secrets/values.h"
#include "linter/core/rule_base.h"

namespace k8slint::rules {
namespace {

bool IsYamlPath(std::string_view path) { return path.ends_with(".yaml") || path.ends_with(".yml"); }

class SecretNamedLiteral : public RuleBase {
 public:
  bool ReadsModelOf(InputKind kind) const override {
    return kind == InputKind::kEnv || kind == InputKind::kDockerfile;
  }
  SecretNamedLiteral(RuleMeta meta, bool redact) : RuleBase(std::move(meta)), redact_(redact) {}

  // Every kind goes through the context: judging a value asks the run's scanner.
  void CheckSource(const FileContext& file, Emitter& emit) const override {
    const InputKind kind = file.source().kind();
    if (kind == InputKind::kEnv) return CheckEnvEntries(file, emit);
    if (kind == InputKind::kDockerfile) return CheckEnvAndArg(file, emit);
    CheckLines(file, emit);
  }

 private:
  void CheckEnvEntries(const FileContext& ctx, Emitter& emit) const {
    const env::File& file = ctx.env();
    if (file.IsTemplate()) return;  // SE025 holds templates to a stricter standard
    for (const env::Entry& e : file.entries)
      if (e.has_value) Judge(ctx, e.key, e.value, Span{e.value_begin, e.value_begin}, "", emit);
  }

  void CheckEnvAndArg(const FileContext& ctx, Emitter& emit) const {
    for (const dockerfile::Instruction& ins : ctx.dockerfile().instructions) {
      if (!ins.Is("ENV") && !ins.Is("ARG")) continue;
      for (const dockerfile::KeyValue& kv : ins.pairs)
        if (kv.has_value)
          Judge(ctx, kv.key, kv.value, kv.value_span,
                ins.Is("ENV")
                    ? " (ENV values are stored in the image config for anyone who can pull it)"
                    : " (ARG values are recorded in the image history)",
                emit);
    }
  }

  void CheckLines(const FileContext& file, Emitter& emit) const {
    const SourceFile& source = file.source();
    const InputKind kind = source.kind();
    const bool yaml = kind == InputKind::kManifest || kind == InputKind::kValues ||
                      kind == InputKind::kChart ||
                      (kind == InputKind::kText && IsYamlPath(source.path()));
    if (!yaml && kind != InputKind::kPowerShell && kind != InputKind::kMarkdown) return;
    const secrets::ScanResult& scan = file.secrets();
    if (scan.word_hits.empty()) return;
    std::vector<uint32_t> lines;  // sorted, unique: hits come in offset order
    for (size_t offset : scan.word_hits)
      if (lines.empty() || offset >= source.LineOffset(lines.back() + 1))
        lines.push_back(source.PositionAt(offset).line);
    if (yaml) return CheckYamlLines(file, lines, emit);
    std::vector<bool> in_fence;
    if (kind == InputKind::kMarkdown) in_fence = FenceLines(file);
    for (uint32_t ln : lines) {
      if (kind == InputKind::kMarkdown && !in_fence[ln]) continue;
      const std::string_view line = source.Line(ln);
      auto a = secrets::ParsePowerShellLine(line);
      if (!a && kind == InputKind::kMarkdown) a = secrets::ParseShellLine(line);
      if (a) JudgeAt(file, ln, *a, a->key, emit);
    }
  }

  void CheckYamlLines(const FileContext& file, const std::vector<uint32_t>& lines,
                      Emitter& emit) const {
    const SourceFile& source = file.source();
    std::set<uint32_t> secret_data;  // Secret data/stringData entries are SE023's
    for (const auto& doc : file.secret_documents())
      for (const auto& e : doc.entries) secret_data.insert(e.line);
    for (uint32_t ln : lines) {
      if (secret_data.count(ln)) continue;
      const std::string_view line = source.Line(ln);
      auto a = yaml::ParseLine(line);
      if (!a) continue;
      if (a->key != "name") {
        JudgeAt(file, ln, *a, a->key, emit);
        continue;
      }
      // `- name: API_TOKEN` then `value: ...` in the same mapping: a container env entry.
      if (!secrets::IsSecretKeyName(a->value)) continue;
      const size_t indent = yaml::KeyIndent(line);
      for (uint32_t next = ln + 1; next <= source.line_count() && next <= ln + 4; ++next) {
        const std::string_view l2 = source.Line(next);
        if (yaml::KeyIndent(l2) != indent ||
            l2.substr(0, indent).find('-') != std::string_view::npos)
          break;
        auto v = yaml::ParseLine(l2);
        if (v && v->key == "value") {
          JudgeAt(file, next, *v, a->value, emit);
          break;
        }
      }
    }
  }

  // Lines inside fenced code blocks (cmark's), indexed by 1-based line number.
  static std::vector<bool> FenceLines(const FileContext& file) {
    const SourceFile& source = file.source();
    std::vector<bool> in(source.line_count() + 2, false);
    for (const markdown::Fence& fence : file.fences())
      for (const markdown::FenceLine& l : fence.lines)
        in[source.PositionAt(l.file_offset).line] = true;
    return in;
  }

  void JudgeAt(const FileContext& file, uint32_t ln, const Assignment& a, std::string_view key,
               Emitter& emit) const {
    const SourceFile& source = file.source();
    const Position p = source.PositionAt(source.LineOffset(ln) + a.value_column);
    Judge(file, key, a.value, Span{p, p}, "", emit);
  }

  void Judge(const FileContext& file, std::string_view key, std::string_view value, Span span,
             std::string_view why, Emitter& emit) const {
    if (!secrets::IsSecretKeyName(key) || !secrets::LooksLikeSecretValue(value)) return;
    // A provider rule reports it (SE002 needs the name too, so the detectors see both).
    if (file.scanner().AnyDetectorMatches(std::string(key) + "=" + std::string(value))) return;
    emit.Report(
        *this, span,
        std::string(key) + " holds a literal secret " + Redact(value, redact_) + std::string(why),
        EmitExtras{{}, HexHash(Fnv1a(value)), {}});
  }

  bool redact_;
};

}  // namespace

Status MakeSE022(const Config& c, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<SecretNamedLiteral>(
      RuleMeta{
          .id = "SE022",
          .name = "secret-named-literal",
          .level = Level::kWarning,
          .aliases = {"gitleaks:generic-api-key"},
          .kinds = {InputKind::kEnv, InputKind::kDockerfile, InputKind::kManifest,
                    InputKind::kValues, InputKind::kChart, InputKind::kPowerShell,
                    InputKind::kMarkdown},
          .summary = "A key named like a secret holds a literal, real-looking value",
          .details =
              "Looks at assignments whose name says secret (password, passwd, pwd, pass, "
              "passphrase, secret, token, credential(s), creds, auth, or api/access/private/"
              "signing/encryption/client... key; words split on `_ - .` and camelCase) in .env "
              "files, Dockerfile ENV and ARG, YAML `key: value` lines and container env "
              "`name:`/`value:` pairs (values files, ConfigMaps, manifests), PowerShell "
              "`$env:X = '...'` and shell `export X=...` lines in markdown fences. The value "
              "must look real: not a reference (`${X}`, `$(X)`, `{{ }}`, `%X%`, secretKeyRef) "
              "or placeholder (changeme, `<...>`, xxxx, REPLACE_ME, example/sample/dummy, "
              "`...`), not a path, number, boolean, URL or e-mail, 8 to 512 characters "
              "without spaces, two or more character classes and Shannon entropy of at least "
              "3.0 bits per character (see docs/secrets.md). Names that describe a secret "
              "(secretName, tokenUrl, passwordFile, publicKey, existingSecret) are ignored, "
              "as are values a provider rule (SE001-SE021) already reports and Kubernetes "
              "Secret data (SE023).",
          .rationale = "Generic credentials (database passwords, signing keys, internal API "
                       "tokens) have no recognisable prefix, so only the name they are given "
                       "betrays them. Committed, they are readable by everyone with the "
                       "repository or the image.",
          .bad_example = "DB_PASSWORD=Sup3r-S3cret-Passw0rd\n",
          .good_example = "DB_PASSWORD=changeme\n",
          .fix = "Rotate the value, remove it from the file and inject it at deploy time "
                 "(a Secret referenced with `valueFrom.secretKeyRef`, `helm install --set`, a "
                 "BuildKit secret mount instead of ENV/ARG).",
          .example_path = ".env",
          .tags = {"security", "secrets"},
          .security_severity = "7.0",
          .kubernetes = true,
      },
      c.redact);
  return Status::Ok();
}

}  // namespace k8slint::rules

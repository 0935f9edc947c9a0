// SE022 secret-named-literal: a key named like a secret holds a literal, real-looking
// value. Reads the env model, the Dockerfile model (ENV/ARG), the YAML model's line view
// (`key: value` lines and `- name: X` / `value: Y` env entries; it works on templates
// too), and PowerShell `$env:X = '...'` and shell `export X=...` lines of scripts and
// of markdown fences (cmark).
#include <cstdint>
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
#include "linter/core/text.h"

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
    // Other text files by what their name says they hold; unknown ones (.txt, .tpl) stay
    // out: without a syntax, prose reads as assignments.
    const secrets::Syntax text_syntax = secrets::SyntaxOfName(source.path());
    if (kind == InputKind::kText && !yaml && text_syntax == secrets::Syntax::kAny) return;
    if (!yaml && kind != InputKind::kPowerShell && kind != InputKind::kMarkdown &&
        kind != InputKind::kText)
      return;
    const secrets::ScanResult& scan = file.secrets();
    if (scan.word_hits.empty()) return;
    std::vector<uint32_t> lines;  // sorted, unique: hits come in offset order
    for (size_t offset : scan.word_hits)
      if (lines.empty() || offset >= source.LineOffset(lines.back() + 1))
        lines.push_back(source.PositionAt(offset).line);
    if (yaml) return CheckYamlLines(file, lines, emit);
    std::vector<int8_t> fence_syntax;  // markdown: the syntax of the fence of each line, or -1
    if (kind == InputKind::kMarkdown) fence_syntax = FenceSyntax(file);
    std::vector<Assignment> found;
    for (uint32_t ln : lines) {
      const std::string_view line = source.Line(ln);
      found.clear();
      secrets::Syntax syntax = text_syntax;
      if (kind == InputKind::kMarkdown) {
        if (fence_syntax[ln] < 0) continue;
        syntax = static_cast<secrets::Syntax>(fence_syntax[ln]);
      }
      if (kind == InputKind::kPowerShell) {
        syntax = secrets::Syntax::kFlags;
        if (auto a = secrets::ParsePowerShellLine(line)) found.push_back(*a);
      } else if (kind == InputKind::kMarkdown) {
        if (auto a = secrets::ParsePowerShellLine(line)) found.push_back(*a);
        else if (auto s = secrets::ParseShellLine(line)) found.push_back(*s);
      }
      secrets::FindAssignments(line, syntax, &found);
      JudgeAll(file, ln, found, emit);
    }
  }

  void CheckYamlLines(const FileContext& file, const std::vector<uint32_t>& lines,
                      Emitter& emit) const {
    const SourceFile& source = file.source();
    // Secret data/stringData entries, and the block scalars of a Secret, are SE023's.
    std::set<uint32_t> secret_data;
    std::vector<std::pair<uint32_t, uint32_t>> secret_docs;
    for (const auto& doc : file.secret_documents()) {
      secret_docs.emplace_back(doc.first_line, doc.last_line);
      for (const auto& e : doc.entries) secret_data.insert(e.line);
    }
    const std::vector<int8_t> blocks = BlockScalarSyntax(source);
    const auto in_secret = [&](uint32_t ln) {
      for (const auto& [first, last] : secret_docs)
        if (ln >= first && ln <= last) return true;
      return false;
    };
    std::vector<Assignment> found;
    for (uint32_t ln : lines) {
      if (secret_data.count(ln) || (blocks[ln] >= 0 && in_secret(ln))) continue;
      const std::string_view line = source.Line(ln);
      found.clear();
      // A block scalar holding another format (`application.properties: |`): read as that
      // format; other lines as YAML, plus the flags of `args:` items.
      const bool in_block = blocks[ln] >= 0;
      auto a = yaml::ParseLine(line);
      if (a && (!in_block || blocks[ln] == static_cast<int8_t>(secrets::Syntax::kConfig) ||
                blocks[ln] == static_cast<int8_t>(secrets::Syntax::kAny))) {
        if (a->key == "name" && !in_block) {
          CheckEnvPair(file, ln, *a, emit);
          continue;
        }
        found.push_back(*a);
      }
      secrets::FindAssignments(
          line, in_block ? static_cast<secrets::Syntax>(blocks[ln]) : secrets::Syntax::kFlags,
          &found);
      JudgeAll(file, ln, found, emit);
    }
  }

  // `- name: API_TOKEN` then `value: ...` in the same mapping: a container env entry.
  void CheckEnvPair(const FileContext& file, uint32_t ln, const Assignment& a,
                    Emitter& emit) const {
    const SourceFile& source = file.source();
    if (!secrets::IsSecretKeyName(a.value)) return;
    const size_t indent = yaml::KeyIndent(source.Line(ln));
    for (uint32_t next = ln + 1; next <= source.line_count() && next <= ln + 4; ++next) {
      const std::string_view l2 = source.Line(next);
      if (yaml::KeyIndent(l2) != indent || l2.substr(0, indent).find('-') != std::string_view::npos)
        break;
      auto v = yaml::ParseLine(l2);
      if (v && v->key == "value") {
        JudgeAt(file, next, *v, a.value, emit);
        break;
      }
    }
  }

  // Once per value and name: the readers may find the same one (`password: x` is YAML
  // and config); `key="X" value="v"` gives v under both `value` and X.
  void JudgeAll(const FileContext& file, uint32_t ln, const std::vector<Assignment>& found,
                Emitter& emit) const {
    std::set<std::pair<std::string_view, size_t>> seen;
    for (const Assignment& a : found)
      if (seen.emplace(a.key, a.value_column).second) JudgeAt(file, ln, a, a.key, emit);
  }

  // For each line (1-based) inside a block scalar, the syntax its key's name gives it
  // (`application.properties: |` -> kConfig, `config.json: |` -> kJson); -1 elsewhere.
  static std::vector<int8_t> BlockScalarSyntax(const SourceFile& source) {
    std::vector<int8_t> out(source.line_count() + 2, -1);
    size_t header_indent = 0;
    int8_t syntax = -1;
    for (uint32_t ln = 1; ln <= source.line_count(); ++ln) {
      const std::string_view line = TrimRight(source.Line(ln));
      const size_t indent = SkipSpaces(line, 0);
      if (syntax >= 0 && (indent == line.size() || indent > header_indent)) {
        out[ln] = syntax;
        continue;
      }
      syntax = -1;
      const size_t colon = line.rfind(": ");
      if (colon == std::string_view::npos) continue;
      const std::string_view v = Trim(line.substr(colon + 2));
      if (v.empty() || (v[0] != '|' && v[0] != '>') || v.size() > 3) continue;
      std::string_view key =
          Trim(line.substr(yaml::KeyIndent(line), colon - yaml::KeyIndent(line)));
      if (key.size() >= 2 && (key.front() == '"' || key.front() == '\''))
        key = key.substr(1, key.size() - 2);
      syntax = static_cast<int8_t>(secrets::SyntaxOfName(key));
      header_indent = yaml::KeyIndent(line);
    }
    return out;
  }

  // The syntax of the fence each line is in (by its language), indexed by 1-based line
  // number; -1 outside fences.
  static std::vector<int8_t> FenceSyntax(const FileContext& file) {
    const SourceFile& source = file.source();
    std::vector<int8_t> in(source.line_count() + 2, -1);
    for (const markdown::Fence& fence : file.fences()) {
      const auto syntax = static_cast<int8_t>(secrets::SyntaxOfLanguage(fence.language));
      for (const markdown::FenceLine& l : fence.lines)
        in[source.PositionAt(l.file_offset).line] = syntax;
    }
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
    if (!secrets::IsSecretKeyName(key) || !secrets::IsSecretValueFor(key, value)) return;
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
                    InputKind::kMarkdown, InputKind::kText},
          .summary = "A key named like a secret holds a literal, real-looking value",
          .details =
              "Looks at assignments whose name says secret (password, passwd, pwd, pass, "
              "passphrase, secret, token, credential(s), creds, auth, or api/access/private/"
              "signing/encryption/client... key; words split on `_ - .` and camelCase) in .env "
              "files, Dockerfile ENV and ARG, YAML `key: value` lines and container env "
              "`name:`/`value:` pairs, block scalars holding other formats "
              "(`application.properties: |`, `config.json: |`, `settings.xml: |`, TOML, ini), "
              "markdown code blocks of any language or none, code (`const x = \"...\"`, "
              "`x := \"...\"`, `X ?= ...`, `\"key\": \"...\"`) in source files, "
              "command-line flags (`--password=...`, `--token ...`) and XML elements and "
              "attributes. The value must look real: 8 to 512 characters without spaces, two "
              "or more character classes and Shannon entropy of at least 3.0 bits per "
              "character, and none of the non-secret classes: references (`${X}`, `$(X)`, "
              "`{{ }}`, `%X%`, secretKeyRef), placeholders (changeme, `<...>`, xxxx, "
              "REPLACE_ME, example, ALL_CAPS phrases such as `GOOGLE_API_KEY_VAL`, fill-ins "
              "such as `YourPingdomApiToken`), sequences (`abc12345`), format verbs (`%s`, "
              "`{0}`), enumerations (`scram-sha-256`), expressions (`process.env.X`), paths, "
              "numbers, URLs, e-mails, and SHAs or UUIDs under identifier names (see "
              "docs/secrets-contexts.md). Names that describe a secret (secretName, tokenUrl, "
              "passwordFile, publicKey, existingSecret) are ignored, as are values a provider "
              "rule (SE001-SE021) already reports and Kubernetes Secret data (SE023).",
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

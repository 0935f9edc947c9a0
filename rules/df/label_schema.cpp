#include "rules/df/label_schema.h"

#include <re2/re2.h>

namespace k8slint::rules {
namespace {

bool Full(std::string_view text, const RE2& re) {
  return RE2::FullMatch(re2::StringPiece(text.data(), text.size()), re);
}

// hadolint uses Network.URI's isURI: any absolute URI, so `mailto:` and `git+ssh:` pass.
bool Url(std::string_view v) {
  static const RE2 re(R"([A-Za-z][A-Za-z0-9+.\-]*:[^\s]+)");
  return Full(v, re);
}

bool Rfc3339(std::string_view v) {
  static const RE2 re(
      R"(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60))"
      R"((\.\d+)?([Zz]|[+\-]([01]\d|2[0-3]):[0-5]\d))");
  return Full(v, re);
}

// The SPDX expression grammar (ids joined by AND, OR, WITH, parentheses). Ids are not
// checked against the SPDX list: an id missing from our copy must not become a finding.
bool Spdx(std::string_view v) {
  static const RE2 id(
      R"((LicenseRef-|DocumentRef-[A-Za-z0-9.\-]+:LicenseRef-)?[A-Za-z0-9.\-]+\+?)");
  static const RE2 tokens(R"(\s*(\(|\)|[A-Za-z0-9.\-:+]+)\s*)");
  re2::StringPiece in(v.data(), v.size());
  std::string tok;
  int depth = 0;
  bool want_operand = true;
  while (!in.empty()) {
    if (!RE2::Consume(&in, tokens, &tok)) return false;
    if (tok == "(") {
      if (!want_operand) return false;
      ++depth;
    } else if (tok == ")") {
      if (want_operand || --depth < 0) return false;
    } else if (tok == "AND" || tok == "OR" || tok == "WITH" || tok == "and" || tok == "or" ||
               tok == "with") {
      if (want_operand) return false;
      want_operand = true;
    } else {
      if (!want_operand || !Full(tok, id)) return false;
      want_operand = false;
    }
  }
  return depth == 0 && !want_operand;
}

// A git commit id: full SHA-1 or SHA-256, or an abbreviation git prints (7+ digits).
bool Hash(std::string_view v) {
  static const RE2 re(R"([0-9a-fA-F]{7,40}|[0-9a-fA-F]{64})");
  return Full(v, re);
}

// semver.org's grammar: no `v` prefix, no leading zeros.
bool Semver(std::string_view v) {
  static const RE2 re(
      R"((0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*))"
      R"((-(0|[1-9]\d*|\d*[A-Za-z\-][0-9A-Za-z\-]*)(\.(0|[1-9]\d*|\d*[A-Za-z\-][0-9A-Za-z\-]*))*)?)"
      R"((\+[0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*)?)");
  return Full(v, re);
}

// An RFC 5322 addr-spec (dot-atom or quoted local part); a display name (`Name <a@b>`)
// is not an address, as hadolint's email-validate judges it.
bool Email(std::string_view v) {
  static const RE2 re(
      R"(([A-Za-z0-9!#$%&'*+/=?^_`{|}~\-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-]+)*|"[^"\\]*"))"
      R"(@([A-Za-z0-9]([A-Za-z0-9\-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9\-]*[A-Za-z0-9])?)*|\[[^\]\s]+\]))");
  return Full(v, re);
}

}  // namespace

LabelSchema LabelSchema::FromConfig(const Config& config, const std::string& rule_id) {
  LabelSchema s;
  const std::string joined = config.Param(rule_id, "label-schema", "");
  size_t start = 0;
  while (start < joined.size()) {
    size_t end = joined.find(',', start);
    if (end == std::string::npos) end = joined.size();
    const std::string row = joined.substr(start, end - start);
    const size_t eq = row.rfind('=');
    if (eq != std::string::npos && eq > 0)
      s.labels.emplace_back(row.substr(0, eq), row.substr(eq + 1));
    start = end + 1;
  }
  s.strict = config.Param(rule_id, "strict-labels", "false") == "true";
  return s;
}

const std::string* LabelSchema::TypeOf(std::string_view key) const {
  for (const auto& [k, t] : labels)
    if (k == key) return &t;
  return nullptr;
}

std::string LabelKey(const dockerfile::KeyValue& kv) {
  const std::string& k = kv.key;
  if (k.size() >= 2 && (k.front() == '"' || k.front() == '\'') && k.back() == k.front())
    return k.substr(1, k.size() - 2);
  return k;
}

bool LabelValueHasType(std::string_view value, std::string_view type) {
  if (type == "url") return Url(value);
  if (type == "rfc3339") return Rfc3339(value);
  if (type == "spdx") return Spdx(value);
  if (type == "hash") return Hash(value);
  if (type == "semver") return Semver(value);
  if (type == "email") return Email(value);
  return true;  // text
}

std::vector<const dockerfile::Instruction*> FinalImageLabels(const dockerfile::Document& doc) {
  std::vector<const dockerfile::Instruction*> out;
  const dockerfile::Stage* stage = doc.final_stage();
  // base_stage always names an earlier stage, so the walk ends; the bound is belt and braces.
  for (size_t hops = 0; stage != nullptr && hops <= doc.stages.size(); ++hops) {
    auto [begin, end] = doc.StageInstructions(*stage);
    std::vector<const dockerfile::Instruction*> mine;
    for (const dockerfile::Instruction* i = begin; i != end; ++i)
      if (i->Is("LABEL")) mine.push_back(i);
    out.insert(out.begin(), mine.begin(), mine.end());
    stage = stage->base_stage >= 0 && static_cast<size_t>(stage->base_stage) < doc.stages.size()
                ? &doc.stages[static_cast<size_t>(stage->base_stage)]
                : nullptr;
  }
  return out;
}

}  // namespace k8slint::rules

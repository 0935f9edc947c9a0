#include "linter/engine/baseline.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "linter/core/filesystem.h"
#include "linter/core/rule.h"

namespace k8slint {
namespace {

// Version 2 fingerprints hash content with its secrets masked; version 1 hashed secret
// findings' values, which a word list can reverse. Version 1 files still match, through
// each finding's legacy fingerprint, and the CLI asks for them to be regenerated.
constexpr int kVersion = Baseline::kCurrentVersion;
constexpr int kOldestVersion = 1;

std::string RuleId(const Finding& f) { return f.rule ? std::string(f.rule->meta().id) : ""; }

}  // namespace

Status Baseline::Parse(const std::string& name, const std::string& text, Baseline* out) {
  using nlohmann::json;
  auto bad = [&](const std::string& why) {
    return Status::Config(name + ": not a k8slint baseline: " + why);
  };
  json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return bad("invalid JSON");
  if (!doc.is_object()) return bad("expected a JSON object");
  const auto version = doc.find("version");
  if (version == doc.end() || !version->is_number_integer()) return bad("no \"version\" number");
  if (*version < kOldestVersion || *version > kVersion)
    return bad("version " + version->dump() + " is not supported (expected " +
               std::to_string(kOldestVersion) + " to " + std::to_string(kVersion) +
               "); regenerate it with --write-baseline");
  const auto findings = doc.find("findings");
  if (findings == doc.end() || !findings->is_array()) return bad("no \"findings\" array");
  Baseline b;
  b.version_ = version->get<int>();
  for (size_t i = 0; i < findings->size(); ++i) {
    const json& e = (*findings)[i];
    const std::string where = "entry " + std::to_string(i + 1);
    if (!e.is_object()) return bad(where + " is not an object");
    Key key;
    const std::pair<const char*, std::string*> fields[] = {{"rule", &std::get<0>(key)},
                                                           {"path", &std::get<1>(key)},
                                                           {"fingerprint", &std::get<2>(key)}};
    for (const auto& [field, dest] : fields) {
      const auto it = e.find(field);
      if (it == e.end() || !it->is_string() || it->get_ref<const std::string&>().empty())
        return bad(where + " has no \"" + field + "\" string");
      *dest = it->get<std::string>();
    }
    ++b.counts_[key];
  }
  *out = std::move(b);
  return Status::Ok();
}

Status Baseline::Load(const std::string& path, Baseline* out) {
  std::string text;
  if (Status s = ReadBoundedFile(path, kMaxBytes, "the baseline file", &text); !s.ok()) return s;
  return Parse(path, text, out);
}

std::string Baseline::Serialize(const std::vector<Finding>& findings, const PathMapper& path) {
  std::vector<Key> keys;
  keys.reserve(findings.size());
  for (const Finding& f : findings)
    keys.emplace_back(RuleId(f), path(f.path), FingerprintText(f.fingerprint));
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return std::tie(std::get<1>(a), std::get<0>(a), std::get<2>(a)) <
           std::tie(std::get<1>(b), std::get<0>(b), std::get<2>(b));
  });
  // One entry per line: adding or fixing a finding changes one line of the diff.
  std::string out = "{\n  \"version\": " + std::to_string(kVersion) + ",\n  \"findings\": [";
  for (size_t i = 0; i < keys.size(); ++i) {
    const auto& [rule, file, fingerprint] = keys[i];
    out += i ? ",\n    " : "\n    ";
    out += "{\"rule\": " + nlohmann::json(rule).dump() +
           ", \"path\": " + nlohmann::json(file).dump() +
           ", \"fingerprint\": " + nlohmann::json(fingerprint).dump() + "}";
  }
  out += keys.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

size_t Baseline::Filter(const PathMapper& path, std::vector<Finding>* findings) const {
  std::map<Key, size_t> left = counts_;
  size_t dropped = 0;
  std::erase_if(*findings, [&](const Finding& f) {
    const std::string fingerprint = FingerprintText(
        version_ == 1 && f.legacy_fingerprint ? f.legacy_fingerprint : f.fingerprint);
    const auto it = left.find(Key{RuleId(f), path(f.path), fingerprint});
    if (it == left.end() || it->second == 0) return false;
    --it->second;
    ++dropped;
    return true;
  });
  return dropped;
}

size_t Baseline::size() const {
  size_t n = 0;
  for (const auto& [key, count] : counts_) n += count;
  return n;
}

}  // namespace k8slint

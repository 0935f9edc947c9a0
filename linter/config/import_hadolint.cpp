// .hadolint.yaml -> .k8slint.yaml (docs/configuration.md#importing-peer-configuration).
// hadolint's levels error, warning, info and style become error, warning, note and note:
// k8slint has no level below note, and hadolint's info and style are both "worth a look".
#include <algorithm>
#include <map>
#include <set>

#include "linter/config/peer_import.h"
#include "linter/core/ascii.h"

namespace k8slint {
namespace {

constexpr std::string_view kHadolintPrefix = "hadolint:";
// DF070 runs ShellCheck as one rule; its parameter drops single SC codes.
constexpr std::string_view kShellCheckRule = "DF070";
constexpr std::string_view kShellCheckParam = "ignore-codes";

std::string HadolintLine(const yaml::Node& n) {
  return "line " + std::to_string(n.position().line);
}

bool IsShellCheck(std::string_view code) {
  return code.size() > 2 && code.substr(0, 2) == "SC" &&
         std::all_of(code.begin() + 2, code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<std::string> LevelOf(std::string_view hadolint) {
  if (hadolint == "error" || hadolint == "warning") return std::string(hadolint);
  if (hadolint == "info" || hadolint == "style") return std::string("note");
  return std::nullopt;
}

std::string FormatFlag(std::string_view format) {
  static const std::map<std::string_view, std::string_view> kFormats = {
      {"tty", "text"},          {"gnu", "text"},
      {"json", "json"},         {"checkstyle", "checkstyle"},
      {"sarif", "sarif"},       {"gitlab_codeclimate", "gitlab"},
      {"codeclimate", "gitlab"}};
  const auto it = kFormats.find(format);
  if (it == kFormats.end()) return "k8slint has no such format (docs/output.md lists them)";
  return "the report format is a command-line choice: `-f " + std::string(it->second) + "`";
}

class HadolintImport {
 public:
  HadolintImport(const ImportContext& ctx, ImportedConfig* out) : ctx_(ctx), out_(*out) {}

  Status Run(const yaml::Node& root) {
    if (!root.valid() || root.IsNull()) return Status::Ok();
    // `ignored` first: hadolint drops an ignored rule whatever `override` says.
    if (Status s = Ignored(root.Get("ignored")); !s.ok()) return s;
    for (size_t i = 0; i < root.size(); ++i) {
      const yaml::Node key = root.KeyAt(i), value = root.ValueAt(i);
      if (!key.IsScalar())
        return ctx_.Fail(key, "keys are strings, not " + std::string(key.TypeName()));
      if (Status s = Key(key, value); !s.ok()) return s;
    }
    if (!shellcheck_codes_.empty())
      out_.rules.insert(
          out_.rules.begin(),
          {std::string(kShellCheckRule),
           "",
           {{std::string(kShellCheckParam), shellcheck_codes_}},
           "hadolint ignored these ShellCheck codes; DF070 still reports the others"});
    return Status::Ok();
  }

 private:
  Status Key(const yaml::Node& key, const yaml::Node& value) {
    const std::string name(key.scalar());
    const std::string where = HadolintLine(key) + ", " + name;
    if (name == "ignored") return Status::Ok();
    if (name == "override") return Override(value);
    if (name == "trustedRegistries") {
      if (Status s = ctx_.Strings(value, name, &out_.allowed_registries); !s.ok()) return s;
      out_.allowed_registries_comment =
          "hadolint trustedRegistries (DL3026); KM010 checks the images of manifests and values "
          "files too";
      return Status::Ok();
    }
    if (name == "failure-threshold") return Threshold(value);
    if (name == "no-fail") {
      const std::optional<bool> b = value.AsBool();
      if (!b) return ctx_.Fail(value, "'no-fail' must be true or false");
      if (*b) {
        out_.fail_on = "never";
        out_.fail_on_comment = "hadolint no-fail: true";
        no_fail_ = true;
      }
      return Status::Ok();
    }
    if (name == "label-schema") return LabelSchema(value);
    if (name == "strict-labels") {
      const std::optional<bool> b = value.AsBool();
      if (!b) return ctx_.Fail(value, "'strict-labels' must be true or false");
      out_.strict_labels = *b;
      return Status::Ok();
    }
    const std::string text = value.IsScalar() ? std::string(value.scalar()) : "";
    if (name == "format") {
      out_.not_imported.push_back(where + ": " + text + ": " + FormatFlag(text));
    } else if (name == "no-color") {
      if (value.IsTrue())
        out_.not_imported.push_back(where + ": colour is a command-line choice: `--color never` "
                                            "(or NO_COLOR=1)");
    } else if (name == "disable-ignore-pragma") {
      if (value.IsTrue())
        out_.not_imported.push_back(where +
                                    ": k8slint always honours `# hadolint ignore=` comments "
                                    "(`--report-unused-ignores` lists those that silence nothing)");
    } else if (name == "verbose") {
      if (value.IsTrue()) out_.not_imported.push_back(where + ": k8slint has no verbose mode");
    } else {
      out_.not_imported.push_back(where + ": not a hadolint setting k8slint knows");
    }
    return Status::Ok();
  }

  Status Codes(const yaml::Node& v, std::string_view what, std::vector<std::string>* codes) {
    if (Status s = ctx_.Strings(v, what, codes); !s.ok()) return s;
    for (std::string& code : *codes) code = AsciiUpper(code);
    return Status::Ok();
  }

  Status Ignored(const yaml::Node& v) {
    std::vector<std::string> codes;
    if (Status s = Codes(v, "ignored", &codes); !s.ok()) return s;
    std::vector<std::string> tokens;
    for (const std::string& code : codes) tokens.push_back(std::string(kHadolintPrefix) + code);
    for (const std::string& code : codes) {
      if (!ignored_.insert(code).second) continue;
      if (IsShellCheck(code)) {
        shellcheck_codes_.push_back(code);
        continue;
      }
      const std::string token = std::string(kHadolintPrefix) + code;
      const std::vector<const Rule*> rules = ctx_.catalogue().Resolve(token);
      if (rules.empty()) {
        out_.not_imported.push_back(HadolintLine(v) + ", ignored: " + code +
                                    ": no k8slint rule checks it, so there is nothing to turn off");
        continue;
      }
      out_.disable.push_back({token, ctx_.Describe(rules, kHadolintPrefix, tokens)});
    }
    return Status::Ok();
  }

  Status Override(const yaml::Node& v) {
    if (!v.valid() || v.IsNull()) return Status::Ok();
    if (!v.IsMap())
      return ctx_.Fail(v, "'override' must be a map of levels, not " + std::string(v.TypeName()));
    std::map<std::string, std::string> rule_levels;  // rule id -> level given
    for (size_t i = 0; i < v.size(); ++i) {
      const yaml::Node key = v.KeyAt(i);
      const std::string hadolint_level(key.IsScalar() ? key.scalar() : "");
      const std::optional<std::string> level = LevelOf(hadolint_level);
      if (!level)
        return ctx_.Fail(key, "'override' levels are error, warning, info and style, not '" +
                                  hadolint_level + "'");
      std::vector<std::string> codes;
      if (Status s = Codes(v.ValueAt(i), "override", &codes); !s.ok()) return s;
      const std::string where = HadolintLine(key) + ", override " + hadolint_level + ": ";
      for (const std::string& code : codes) {
        if (ignored_.count(code)) continue;
        if (IsShellCheck(code)) {
          out_.not_imported.push_back(where + code +
                                      ": DF070 reports each ShellCheck finding at ShellCheck's "
                                      "own level; single codes cannot be re-levelled");
          continue;
        }
        const std::string token = std::string(kHadolintPrefix) + code;
        const std::vector<const Rule*> rules = ctx_.catalogue().Resolve(token);
        if (rules.empty()) {
          out_.not_imported.push_back(where + code + ": no k8slint rule checks it");
          continue;
        }
        std::string clash;
        for (const Rule* rule : rules) {
          const auto [it, added] = rule_levels.emplace(std::string(rule->meta().id), *level);
          if (!added && it->second != *level) clash = it->first + " is already " + it->second;
        }
        if (!overridden_.insert(code).second || !clash.empty()) {
          out_.not_imported.push_back(where + code + ": " +
                                      (clash.empty() ? "listed under two levels; the first is kept"
                                                     : clash + " from another code it covers"));
          continue;
        }
        std::string comment = ctx_.Describe(rules, kHadolintPrefix, {token});
        if (hadolint_level != *level) comment += " (hadolint " + hadolint_level + ")";
        out_.rules.push_back({token, *level, {}, comment});
      }
    }
    return Status::Ok();
  }

  Status Threshold(const yaml::Node& v) {
    std::string t = v.IsScalar() ? AsciiLower(v.scalar()) : "";
    if (t == "ignore" || t == "none") {
      out_.not_imported.push_back(HadolintLine(v) + ", failure-threshold: " + t +
                                  ": k8slint has no such threshold; `fail-on: never` never "
                                  "fails, `fail-on: note` fails on any finding");
      return Status::Ok();
    }
    const std::optional<std::string> level = LevelOf(t);
    if (!level)
      return ctx_.Fail(v, "'failure-threshold' must be error, warning, info, style, ignore or "
                          "none");
    if (no_fail_) return Status::Ok();  // no-fail wins in hadolint
    out_.fail_on = *level;
    out_.fail_on_comment =
        "hadolint failure-threshold: " + t + "; k8slint applies it to every file";
    return Status::Ok();
  }

  Status LabelSchema(const yaml::Node& v) {
    if (!v.valid() || v.IsNull()) return Status::Ok();
    if (!v.IsMap()) return ctx_.Fail(v, "'label-schema' must be a map of label -> type");
    static const std::set<std::string_view> kTypes = {"text",    "url",  "semver", "hash",
                                                      "rfc3339", "spdx", "email"};
    for (size_t i = 0; i < v.size(); ++i) {
      const yaml::Node key = v.KeyAt(i), type = v.ValueAt(i);
      if (!key.IsScalar() || !type.IsScalar())
        return ctx_.Fail(key, "'label-schema' must be a map of label -> type");
      if (!kTypes.count(type.scalar())) {
        out_.not_imported.push_back(HadolintLine(key) + ", label-schema " +
                                    std::string(key.scalar()) + ": type '" +
                                    std::string(type.scalar()) +
                                    "' is none of k8slint's (text, url, semver, hash, rfc3339, "
                                    "spdx, email)");
        continue;
      }
      out_.label_schema.emplace_back(key.scalar(), type.scalar());
    }
    return Status::Ok();
  }

  const ImportContext& ctx_;
  ImportedConfig& out_;
  std::set<std::string> ignored_, overridden_;
  std::vector<std::string> shellcheck_codes_;
  bool no_fail_ = false;
};

}  // namespace

Status ImportHadolint(const ImportContext& ctx, const yaml::Node& root, ImportedConfig* out) {
  return HadolintImport(ctx, out).Run(root);
}

}  // namespace k8slint

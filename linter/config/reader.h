// ConfigReader: the state of reading one config file: where it is, the rule catalogue
// names are resolved against, the Config being filled, and the first error, which
// carries the file, line and column. Key readers (keys.cpp, rules_key.cpp) report
// through it and stop at the first error.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "linter/core/config.h"
#include "linter/core/registry.h"
#include "linter/core/status.h"
#include "linter/models/yaml/tree.h"

namespace k8slint {

class ConfigReader {
 public:
  // REQUIRES: `catalogue` and `out` outlive the reader.
  ConfigReader(std::string display_path, const Registry& catalogue, Config* out)
      : path_(std::move(display_path)), catalogue_(catalogue), config_(*out) {}

  Config& config() { return config_; }
  const Registry& catalogue() const { return catalogue_; }

  // Records `message` at `at` unless an error is already recorded; returns false so
  // readers can `return r.Fail(...)`.
  bool Fail(const yaml::Node& at, const std::string& message);
  bool FailAt(Position at, const std::string& message);
  bool failed() const { return !error_.empty(); }
  // Status::Config("path:line:col: message"), or Ok.
  Status status() const { return failed() ? Status::Config(error_) : Status::Ok(); }

  // A scalar as text (numbers and booleans as written). `what` names the key in errors.
  bool Scalar(const yaml::Node& v, std::string_view what, std::string* out);
  // A list of non-empty scalars; a single scalar is a one-item list.
  bool StringList(const yaml::Node& v, std::string_view what, std::vector<std::string>* out);
  // The same, joined with commas for Config::settings and params, so items may not
  // contain commas.
  bool JoinedList(const yaml::Node& v, std::string_view what, std::string* out);
  // The rules a token names (id, name, alias, family); fails on unknown tokens.
  bool Rules(const yaml::Node& token, std::vector<const Rule*>* out);

  // Rule selection from `enable`, `disable` and `rules`: recorded here, resolved by
  // Finish (the choice naming fewer rules wins, then off over on; see docs).
  enum class Choice { kEnable = 0, kLevel = 1, kDisable = 2 };
  void Select(std::vector<const Rule*> rules, Choice choice, std::optional<Level> level = {});

  // A setting (rule_id "") or parameter value and where it was written, to blame the
  // value when a rule rejects it.
  void NoteValue(std::string rule_id, std::string name, std::string value, yaml::Node node);

  // Writes the selection into the config and checks noted values by building the rules.
  void Finish();

 private:
  struct Selection {
    std::vector<const Rule*> rules;
    Choice choice;
    std::optional<Level> level;
  };
  struct Value {
    std::string rule_id, name, value;
    yaml::Node node;
  };
  void CheckValues();

  std::string path_;
  const Registry& catalogue_;
  Config& config_;
  std::string error_;
  std::vector<Selection> selections_;
  std::vector<Value> values_;
};

}  // namespace k8slint

// The label schema of .k8slint.yaml (`label-schema`, `strict-labels`; hadolint's
// DL3049-DL3058) and the checks of its value types, shared by DF071-DF074.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "linter/core/config.h"
#include "linter/models/dockerfile/model.h"

namespace k8slint::rules {

struct LabelSchema {
  std::vector<std::pair<std::string, std::string>> labels;  // (key, type), in file order
  bool strict = false;

  static LabelSchema FromConfig(const Config& config, const std::string& rule_id);
  // The type of `key`, or null when the schema does not name it.
  const std::string* TypeOf(std::string_view key) const;
};

// A LABEL key without the quotes Docker strips.
std::string LabelKey(const dockerfile::KeyValue& kv);

// The value is one of `type` (text, url, semver, hash, rfc3339, spdx, email).
bool LabelValueHasType(std::string_view value, std::string_view type);

// The LABEL instructions an image built from the final stage carries: the final stage's
// and those of the stages it is built FROM (labels are inherited), final stage last.
std::vector<const dockerfile::Instruction*> FinalImageLabels(const dockerfile::Document& doc);

}  // namespace k8slint::rules

// RuleBase: the common Rule implementation that holds the metadata.
#pragma once

#include <utility>

#include "linter/core/rule.h"

namespace k8slint {

class RuleBase : public Rule {
 public:
  explicit RuleBase(RuleMeta meta) : meta_(std::move(meta)) {}
  const RuleMeta& meta() const override { return meta_; }

 private:
  RuleMeta meta_;
};

}  // namespace k8slint

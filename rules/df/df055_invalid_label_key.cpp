// DF055 invalid-label-key: LABEL key does not follow Docker's key format
#include <memory>
#include <string>
#include <string_view>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF055",
      .name = "invalid-label-key",
      .level = Level::kNote,
      .aliases = {"hadolint:DL3048"},
      .kinds = {InputKind::kDockerfile},
      .summary = "LABEL key does not follow Docker's key format",
      .details = "Fires on a LABEL key that uses a namespace reserved by Docker (`com.docker.`, "
                 "`io.docker.`, `org.dockerproject.`), does not start with a lower-case letter, "
                 "does not end with a lower-case letter or digit, holds characters other than "
                 "lower-case letters, digits, `.` and `-`, or repeats `.` or `-`. Keys with "
                 "variables are left alone.",
      .rationale = "Tools that read labels (registries, scanners, `docker inspect --format`) "
                   "expect reverse-DNS, lower-case keys; the reserved namespaces belong to Docker.",
      .bad_example = "FROM nginx:1.27\nLABEL Version=1.0\n",
      .good_example = "FROM nginx:1.27\nLABEL org.opencontainers.image.version=1.0\n",
      .fix = "Use lower-case reverse-DNS keys such as `org.opencontainers.image.version`.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

bool ValidKey(std::string_view k) {
  for (std::string_view reserved : {"com.docker.", "io.docker.", "org.dockerproject."})
    if (k.substr(0, reserved.size()) == reserved) return false;
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (k.empty() || !lower(k.front()) || !(lower(k.back()) || digit(k.back()))) return false;
  for (size_t i = 0; i < k.size(); ++i) {
    const char c = k[i];
    if (!(lower(c) || digit(c) || c == '.' || c == '-')) return false;
    if ((c == '.' || c == '-') && i + 1 < k.size() && (k[i + 1] == '.' || k[i + 1] == '-'))
      return false;
  }
  return true;
}

class InvalidLabelKeyRule : public RuleBase {
 public:
  InvalidLabelKeyRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!ins.Is("LABEL")) continue;
      for (const dockerfile::KeyValue& kv : ins.pairs) {
        const std::string key = kv.key.size() >= 2 && kv.key.front() == '"' && kv.key.back() == '"'
                                    ? kv.key.substr(1, kv.key.size() - 2)
                                    : kv.key;
        if (key.find('$') != std::string::npos || ValidKey(key)) continue;
        emit.Report(*this, kv.key_span,
                    "label key '" + key +
                        "' is not a lower-case reverse-DNS key "
                        "(or uses a namespace Docker reserves)");
      }
    }
  }
};

}  // namespace

Status MakeDF055(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<InvalidLabelKeyRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules

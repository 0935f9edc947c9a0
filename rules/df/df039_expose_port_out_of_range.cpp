// DF039 expose-port-out-of-range: EXPOSE names a port outside 0-65535
#include <memory>
#include <string>
#include <string_view>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"
#include "linter/models/dockerfile/words.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF039",
      .name = "expose-port-out-of-range",
      .level = Level::kError,
      .aliases = {"hadolint:DL3011"},
      .kinds = {InputKind::kDockerfile},
      .summary = "EXPOSE names a port outside 0-65535",
      .details = "Fires on an EXPOSE port (or either end of a range), after ARG/ENV substitution, "
                 "above 65535. Unresolved variables are left alone.",
      .rationale = "No such port exists; Docker refuses the image or the port mapping.",
      .bad_example = "FROM nginx:1.27\nEXPOSE 80800\n",
      .good_example = "FROM nginx:1.27\nEXPOSE 8080\n",
      .fix = "Correct the port number.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class ExposePortOutOfRangeRule : public RuleBase {
 public:
  ExposePortOutOfRangeRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!ins.Is("EXPOSE")) continue;
      for (const dockerfile::Word& w : dockerfile::SplitWords(ins.expanded, doc.escape)) {
        std::string_view port = w.value;
        port = port.substr(0, port.find('/'));
        for (std::string_view part :
             {port.substr(0, port.find('-')), port.find('-') == std::string_view::npos
                                                  ? std::string_view()
                                                  : port.substr(port.find('-') + 1)}) {
          if (part.empty() || part.size() > 18 ||
              part.find_first_not_of("0123456789") != std::string_view::npos)
            continue;
          if (std::stoull(std::string(part)) <= 65535) continue;
          emit.Report(*this, ins.args_span, "EXPOSE " + w.value + ": ports run from 0 to 65535");
          break;
        }
      }
    }
  }
};

}  // namespace

Status MakeDF039(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<ExposePortOutOfRangeRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules

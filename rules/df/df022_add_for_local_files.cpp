// DF022 add-for-local-files: ADD copies local files that COPY would copy
#include <memory>
#include <string>
#include <vector>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/dockerfile/model.h"
#include "rules/df/paths.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "DF022",
      .name = "add-for-local-files",
      .level = Level::kError,
      .aliases = {"hadolint:DL3020"},
      .kinds = {InputKind::kDockerfile},
      .summary = "ADD copies local files that COPY would copy",
      .details = "Fires on an ADD whose sources are not all URLs, git repositories or local "
                 "archives (`.tar`, `.tar.gz`, `.tgz`, `.tar.bz2`, `.tar.xz`, `.tar.zst` and the "
                 "other compressions ADD unpacks). Heredoc ADDs and sources with unresolved "
                 "variables are left alone.",
      .rationale = "ADD also fetches URLs and unpacks archives; for plain files it does what COPY "
                   "does with more surprises, so readers and reviewers cannot tell whether "
                   "unpacking was intended.",
      .bad_example = "FROM node:20-slim\nWORKDIR /app\nADD package.json package-lock.json ./\n",
      .good_example = "FROM node:20-slim\nWORKDIR /app\nCOPY package.json package-lock.json "
                      "./\nADD https://example.com/tool.tar.gz /opt/\n",
      .fix = "Use COPY for files and folders; keep ADD for archives to unpack and remote sources.",
      .example_path = "Dockerfile",
      .tags = {"best-practice"},
  };
}

class AddForLocalFilesRule : public RuleBase {
 public:
  AddForLocalFilesRule() : RuleBase(Meta()) {}

  void CheckDockerfile(const dockerfile::Document& doc, Emitter& emit) const override {
    for (const dockerfile::Instruction& ins : doc.instructions) {
      if (!ins.Is("ADD") || !ins.heredocs.empty()) continue;
      const std::vector<std::string> srcs = df::CopySources(ins, doc.escape);
      if (srcs.empty()) continue;
      bool plain = false, unresolved = false;
      for (const std::string& s : srcs) {
        unresolved = unresolved || s.find('$') != std::string::npos;
        plain = plain || !(df::IsUrl(s) || df::IsArchive(s));
      }
      if (!plain || unresolved) continue;
      emit.Report(*this, ins.span,
                  "ADD of local files; use COPY (ADD is for URLs and archives to unpack)");
    }
  }
};

}  // namespace

Status MakeDF022(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<AddForLocalFilesRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules

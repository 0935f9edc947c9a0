// ProjectRule: base of the cross-file rules. They read the linked Project after every
// file is analysed and report into any file of it, with the other side of each finding
// as a related location (ReportPair below).
#pragma once

#include <utility>

#include "linter/core/emitter.h"
#include "linter/project/project.h"
#include "linter/core/rule_base.h"

namespace k8slint::project {

class ProjectRule : public RuleBase {
 public:
  explicit ProjectRule(RuleMeta meta) : RuleBase(std::move(meta)) {}
  bool checks_project() const final { return true; }
  void CheckProject(const Project& project, Emitter& emit) const override = 0;
};

// One side of a cross-file finding.
struct Side {
  Loc at;
  std::string what;  // "EXPOSE 8000", "USER app"
};

// Reports `message` at `primary` with `other` as its related location; the message
// gets " (path:line what)" so text and GitHub annotations name the other side too.
// `key` identifies the finding for its fingerprint (stable content, no line numbers).
void ReportPair(const Project& p, Emitter& emit, const Rule& rule, const Loc& primary,
                std::string message, const Side& other, std::string key);
// "container 'web' of Deployment/web" ("init container ..." for init containers).
std::string Describe(const Workload& w, const ContainerFact& c);
// "8000, 9090" (names for named ports).
std::string PortList(const std::vector<PortFact>& ports);

// A finding with no other side worth pointing at.
void ReportOne(const Project& p, Emitter& emit, const Rule& rule, const Loc& at,
               std::string message, std::string key);

}  // namespace k8slint::project

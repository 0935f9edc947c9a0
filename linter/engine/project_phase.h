// The project phase of a run: after every file is analysed (and its facts collected),
// link the facts, run each enabled rule's CheckProject, and route the findings into
// their files through those files' suppressions.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "linter/core/config.h"
#include "linter/core/finding.h"
#include "linter/core/redact.h"
#include "linter/project/facts.h"
#include "linter/project/project.h"
#include "linter/core/registry.h"
#include "linter/core/source.h"
#include "linter/engine/suppress.h"

namespace k8slint::project {

// Some enabled rule compares files.
bool NeedsProject(const std::vector<const Rule*>& enabled);

// Called at the end of a file's analysis. When the file has facts, keeps `suppressions`
// (and the lines they are written on, for fingerprints) in `facts` and returns true:
// the caller must then leave unused-suppression checks to RunProject. Otherwise false.
// What the project phase needs of a file's suppressions once the file has left memory:
// the suppressions and the text of the lines they are written on (for fingerprints).
struct KeptSuppressions {
  Suppressions suppressions;
  std::vector<std::pair<uint32_t, std::string>> lines;
};

bool KeepSuppressions(const SourceFile& source, Suppressions* suppressions, const FileFacts* facts,
                      KeptSuppressions* kept);

// By input index; null for files without facts or without suppressions.
using KeptTable = std::vector<std::unique_ptr<KeptSuppressions>>;

// Links `facts` (with `kept`, by file index) and runs the enabled project rules, appending findings
// (and the deferred unused-suppression findings) to `out`. `keep`, if not null, receives the
// project (for `k8slint links`). `finder` redacts secrets in the findings' messages, which
// `interner` (if not null) holds once each.
void RunProject(FileTable facts, KeptTable kept, const Config& config, const Registry& registry,
                const std::vector<const Rule*>& enabled, std::vector<Finding>* out,
                std::unique_ptr<Project>* keep = nullptr, const SecretFinder* finder = nullptr,
                TextInterner* interner = nullptr);

}  // namespace k8slint::project

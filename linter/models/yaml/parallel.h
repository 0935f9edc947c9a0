// Parsing one large multi-document YAML file on several threads (issue 13): the file is
// cut before `---` lines at column 0, which YAML forbids inside any scalar, and the
// parts are parsed at once, then joined. Trees, positions and errors are those of a
// whole-file parse; files under 4 MiB, and files with directives (`%YAML`, `%TAG`),
// are parsed whole.
#pragma once

#include <memory>
#include <vector>

#include "linter/core/source.h"
#include "linter/models/yaml/model.h"
#include "linter/models/yaml/tree.h"

namespace k8slint::yaml {

// ParseTree and Parse, with up to `threads` threads for one file.
std::unique_ptr<Tree> ParseTree(const SourceFile& source, std::vector<ParseError>* errors,
                                int threads);
std::unique_ptr<File> Parse(const SourceFile& source, std::vector<ParseError>* errors, int threads);

}  // namespace k8slint::yaml

// Parsing one large multi-document YAML file on several threads (issue 13): the file is
// cut before `---` lines at column 0, which YAML forbids inside any scalar, and the
// parts are parsed at once, then joined. Trees, positions and errors are those of a
// whole-file parse; files under 4 MiB, and files with directives (`%YAML`, `%TAG`),
// are parsed whole.
#pragma once

#include <array>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "linter/core/source.h"
#include "linter/models/yaml/model.h"
#include "linter/models/yaml/tree.h"

namespace k8slint::yaml {

// Kinds whose documents no view of yaml::File reads (objects() lists them, but only
// rules with RuleMeta::reads_every_yaml_document look at them there) and no project fact
// or engine step: the engine passes those that no enabled rule reads as `unread_kinds`.
inline constexpr std::array<std::string_view, 1> kKindsNoViewReads = {"CustomResourceDefinition"};

// ParseTree and Parse, with up to `threads` threads for one file. Documents whose
// top-level `kind:` (a line at column 0) is one of `unread_kinds` are not parsed unless
// they may hold a suppression ("ignore", "k8slint.io"): they are left out of the tree.
std::unique_ptr<Tree> ParseTree(const SourceFile& source, std::vector<ParseError>* errors,
                                int threads, std::span<const std::string_view> unread_kinds = {});
// ParseTree with literal block scalar bodies of `min_elided_bytes` or more left to
// block_elision.h (ParseTree: kMinElidedBytes; SIZE_MAX: yaml-cpp reads every byte), for
// the tests that hold the two parses equal.
std::unique_ptr<Tree> ParseTreeEliding(const SourceFile& source, std::vector<ParseError>* errors,
                                       size_t min_elided_bytes);
std::unique_ptr<File> Parse(const SourceFile& source, std::vector<ParseError>* errors, int threads,
                            std::span<const std::string_view> unread_kinds = {});

}  // namespace k8slint::yaml

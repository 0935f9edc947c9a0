// What `COPY --from=<ref>` (or ADD) points at, for MS002 and MS003, which judge the
// same classification.
#pragma once

#include <string>

#include "linter/models/dockerfile/model.h"

namespace k8slint::rules {

enum class CopyFromTarget { kEarlierStage, kImage, kSelf, kLaterStage, kUnknown };

// Classifies `--from=<ref>` of an instruction in stage `current`: a stage by alias
// (case-insensitive) or index, an image reference, or nothing known.
CopyFromTarget ClassifyCopyFrom(const dockerfile::Document& doc, const std::string& ref,
                                int current);

}  // namespace k8slint::rules

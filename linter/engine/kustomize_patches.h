// Kustomize patches among the inputs: files that a kustomization.yaml (also .yml and
// Kustomization) lists under patches, patchesStrategicMerge or patchesJson6902. They are
// fragments merged into objects defined elsewhere, so the manifest rules must not
// judge them as complete workloads (yaml::PodSpec::partial).
#pragma once

#include <cstdint>
#include <vector>

#include "linter/core/filesystem.h"
#include "linter/engine/discovery.h"

namespace k8slint {

// Sets InputFile::patch on every input that some kustomization file among `files`
// lists as a patch (paths resolved against the kustomization's folder).
void MarkKustomizePatches(const FileSystem& fs, uint64_t max_bytes, std::vector<InputFile>* files);

}  // namespace k8slint

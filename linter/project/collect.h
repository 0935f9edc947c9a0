// Collectors: turn one file's document model into its project facts. Called by the
// analyzers, on worker threads, only when an enabled rule compares files; each writes
// into the file's own FileFacts slot, so no locking is needed.
#pragma once

#include <string>
#include <string_view>

#include "linter/core/config.h"
#include "linter/core/model_fwd.h"
#include "linter/project/facts.h"

namespace k8slint::project {

// `relative` resolved against the folder of the file at `doc_path` ("." for none).
std::string ResolveAgainst(const std::string& doc_path, const std::string& relative);

// `bases`: the config's base-image-users rows (linter/models/dockerfile/base_images.h).
// Template Dockerfiles never get here (AnalyzeDockerfile skips them), so they never link.
void CollectDockerfile(const dockerfile::Document& doc, const BaseImageUsers& bases,
                       FileFacts* facts);
// Manifests (workloads, Services, ConfigMaps, Secrets), values files and Chart.yaml.
void CollectYaml(const yaml::File& file, FileFacts* facts);
void CollectEnv(const env::File& file, FileFacts* facts);
// `docker build -t NAME CONTEXT` commands of a PowerShell script or code block.
void CollectBuilds(const ps::Script& script, FileFacts* facts);
// A file under a chart's templates/ (Go template text, never parsed as YAML): which
// values its containerPorts and image tags come from. Other paths collect nothing.
void CollectChartTemplate(std::string_view path, std::string_view text, FileFacts* facts);
// A `.dockerignore` file's patterns (other paths collect nothing).
void CollectDockerignore(std::string_view path, std::string_view text, FileFacts* facts);
// Stages built as targets (collect_targets.cpp): `--target` of build commands in any
// file's text (scripts, workflows, Makefiles, docs) and bake files' `target =`...
void CollectBuildTargets(const std::string& path, std::string_view text, FileFacts* facts);
// ...and compose `build.target` and docker/build-push-action's `target:` in YAML.
void CollectYamlBuildTargets(const yaml::File& file, FileFacts* facts);

}  // namespace k8slint::project

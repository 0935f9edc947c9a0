// Collectors: turn one file's document model into its project facts. Called by the
// analyzers, on worker threads, only when an enabled rule compares files; each writes
// into the file's own FileFacts slot, so no locking is needed.
#pragma once

#include <string_view>

#include "linter/project/facts.h"

namespace k8slint {
namespace dockerfile {
class Document;
}
namespace yaml {
class File;
}
namespace env {
class File;
}
namespace ps {
class Script;
}
}  // namespace k8slint

namespace k8slint::project {

void CollectDockerfile(const dockerfile::Document& doc, FileFacts* facts);
// Manifests (workloads, Services, ConfigMaps, Secrets), values files and Chart.yaml.
void CollectYaml(const yaml::File& file, FileFacts* facts);
void CollectEnv(const env::File& file, FileFacts* facts);
// `docker build -t NAME CONTEXT` commands of a PowerShell script or code block.
void CollectBuilds(const ps::Script& script, FileFacts* facts);
// A file under a chart's templates/ (Go template text, never parsed as YAML): which
// values its containerPorts and image tags come from. Other paths collect nothing.
void CollectChartTemplate(std::string_view path, std::string_view text, FileFacts* facts);

}  // namespace k8slint::project

#include "linter/engine/file_models.h"

#include "linter/engine/ps_sources.h"
#include "linter/models/dockerfile/model.h"
#include "linter/models/env/model.h"
#include "linter/models/markdown/fences.h"
#include "linter/models/ps/script.h"
#include "linter/models/secrets/scanner.h"
#include "linter/models/yaml/lines.h"
#include "linter/models/yaml/model.h"
#include "linter/models/yaml/parallel.h"

namespace k8slint {

FileModels::FileModels(const SourceFile& source, const Config& config,
                       const secrets::Scanner& scanner, int threads,
                       std::span<const std::string_view> unread_kinds)
    : source_(source), config_(config), scanner_(scanner), threads_(threads),
      unread_kinds_(unread_kinds) {}

FileModels::~FileModels() = default;

const dockerfile::Document& FileModels::dockerfile() const {
  if (!dockerfile_) dockerfile_ = dockerfile::Parse(source_);
  return *dockerfile_;
}

const yaml::File& FileModels::yaml() const {
  if (!yaml_) {
    yaml_errors_ = std::make_unique<std::vector<yaml::ParseError>>();
    yaml_ = yaml::Parse(source_, yaml_errors_.get(), threads_, unread_kinds_);
  }
  return *yaml_;
}

const std::vector<yaml::ParseError>& FileModels::yaml_errors() const {
  yaml();
  return *yaml_errors_;
}

const env::File& FileModels::env() const {
  if (!env_) env_ = env::Parse(source_);
  return *env_;
}

const std::vector<markdown::Fence>& FileModels::fences() const {
  if (!fences_) {
    fences_ = std::make_unique<std::vector<markdown::Fence>>();
    if (source_.kind() == InputKind::kMarkdown) *fences_ = markdown::ExtractFences(source_);
  }
  return *fences_;
}

const std::vector<ps::Script>& FileModels::powershell() const {
  if (powershell_) return *powershell_;
  powershell_ = std::make_unique<std::vector<ps::Script>>();
  switch (source_.kind()) {
    case InputKind::kPowerShell:
      powershell_->emplace_back(source_, ps::Origin::kScriptFile, ps::Host{}, source_.text(),
                                std::vector<ps::Script::Piece>{});
      break;
    case InputKind::kMarkdown: *powershell_ = ps::FenceScripts(source_, fences(), config_); break;
    case InputKind::kDockerfile: *powershell_ = ps::DockerfileRunScripts(dockerfile()); break;
    case InputKind::kManifest:
    case InputKind::kValues:
    case InputKind::kChart:
      if (ps::MayBeWorkflow(source_) && yaml_errors().empty())
        *powershell_ = ps::WorkflowScripts(yaml());
      break;
    case InputKind::kEnv:
    case InputKind::kText: break;
  }
  return *powershell_;
}

const secrets::ScanResult& FileModels::secrets() const {
  if (!secrets_) {
    secrets_ = std::make_unique<secrets::ScanResult>();
    scanner_.Scan(source_.text(), secrets_.get());
  }
  return *secrets_;
}

const std::vector<yaml::SecretDocument>& FileModels::secret_documents() const {
  if (!secret_documents_)
    secret_documents_ =
        std::make_unique<std::vector<yaml::SecretDocument>>(yaml::FindSecretDocuments(source_));
  return *secret_documents_;
}

}  // namespace k8slint

// FileModels: the engine's FileContext. Holds one file's models, each parsed on first
// use by whoever asks first (a rule, the analyzer, the suppression scan, a collector)
// and kept until the file is done. Syntax errors are kept with the model, so the
// analyzer reports them once however the model came to be built.
#pragma once

#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "linter/core/config.h"
#include "linter/core/file_context.h"
#include "linter/core/source.h"

namespace k8slint {

namespace yaml {
struct ParseError;
}

class FileModels final : public FileContext {
 public:
  // REQUIRES: `source`, `config` and `scanner` outlive the models. `threads`: how many
  // threads may parse one large YAML file (the run's -j). `unread_kinds`: YAML document
  // kinds no enabled rule reads, left out of the tree (yaml/parallel.h); must outlive.
  FileModels(const SourceFile& source, const Config& config, const secrets::Scanner& scanner,
             int threads = 1, std::span<const std::string_view> unread_kinds = {});
  ~FileModels() override;
  FileModels(const FileModels&) = delete;
  FileModels& operator=(const FileModels&) = delete;

  const SourceFile& source() const override { return source_; }
  const Config& config() const { return config_; }
  const dockerfile::Document& dockerfile() const override;
  const yaml::File& yaml() const override;
  const std::vector<yaml::ParseError>& yaml_errors() const;
  const env::File& env() const override;
  const std::vector<markdown::Fence>& fences() const override;
  const std::vector<ps::Script>& powershell() const override;
  const secrets::ScanResult& secrets() const override;
  const std::vector<yaml::SecretDocument>& secret_documents() const override;
  const secrets::Scanner& scanner() const override { return scanner_; }

 private:
  const SourceFile& source_;
  const Config& config_;
  const secrets::Scanner& scanner_;
  int threads_;
  std::span<const std::string_view> unread_kinds_;
  mutable std::unique_ptr<dockerfile::Document> dockerfile_;
  mutable std::unique_ptr<yaml::File> yaml_;
  mutable std::unique_ptr<std::vector<yaml::ParseError>> yaml_errors_;
  mutable std::unique_ptr<env::File> env_;
  mutable std::unique_ptr<std::vector<markdown::Fence>> fences_;
  mutable std::unique_ptr<std::vector<ps::Script>> powershell_;
  mutable std::unique_ptr<secrets::ScanResult> secrets_;
  mutable std::unique_ptr<std::vector<yaml::SecretDocument>> secret_documents_;
};

}  // namespace k8slint

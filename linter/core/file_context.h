// FileContext: one input and every model of it. Each model is built at most once, on
// first use, and kept while the file is analysed, so rules, suppressions and project
// collectors share it and no text is parsed twice. Rules read a file only through this
// context (and the typed hooks the engine feeds from it). Implemented by the engine
// (linter/engine/file_models.h); one context per file, used by one thread.
#pragma once

#include <vector>

namespace k8slint {

class SourceFile;
namespace dockerfile {
class Document;
}
namespace yaml {
class File;
struct SecretDocument;
}  // namespace yaml
namespace env {
class File;
}
namespace markdown {
struct Fence;
}
namespace ps {
class Script;
}
namespace secrets {
struct ScanResult;
class Scanner;
}  // namespace secrets

class FileContext {
 public:
  virtual ~FileContext() = default;
  virtual const SourceFile& source() const = 0;

  // The model of the file's own kind. REQUIRES: the file is of that kind (a values file
  // and a Chart.yaml are YAML too).
  virtual const dockerfile::Document& dockerfile() const = 0;
  virtual const yaml::File& yaml() const = 0;
  virtual const env::File& env() const = 0;
  // Fenced code blocks (cmark); empty unless the file is markdown.
  virtual const std::vector<markdown::Fence>& fences() const = 0;
  // The PowerShell the PS rules check in this file: the whole .ps1/.psm1, the markdown
  // fences in a PowerShell language (or a configured shell-fences language), the RUNs
  // under a PowerShell SHELL, the `run:` of GitHub workflow steps run by pwsh.
  virtual const std::vector<ps::Script>& powershell() const = 0;

  // The secrets engine's one pass over the text, and the Kubernetes Secret documents in it.
  virtual const secrets::ScanResult& secrets() const = 0;
  virtual const std::vector<yaml::SecretDocument>& secret_documents() const = 0;
  // The run's scanner, for rules that ask whether a value is a provider's token.
  virtual const secrets::Scanner& scanner() const = 0;
};

}  // namespace k8slint

#include "linter/cli/config_command.h"
#include "linter/cli/output.h"
#include "linter/core/text.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include "linter/config/keys.h"
#include "linter/config/peer_import.h"
#include "rules/registry.h"

namespace k8slint::cli {

bool SpliceGenerated(const std::string& markdown, const std::string& generated, std::string* out) {
  const size_t begin = markdown.find(kDocsBegin);
  const size_t end = markdown.find(kDocsEnd);
  if (begin == std::string::npos || end == std::string::npos || end < begin) return false;
  *out = markdown.substr(0, begin + kDocsBegin.size()) + generated + markdown.substr(end);
  return true;
}

namespace {

int WriteDocs(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  const std::string old((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string updated;
  if (!in.is_open() || !SpliceGenerated(old, ConfigKeysMarkdown(), &updated)) {
    Error(path + ": needs the lines " + std::string(TrimRight(kDocsBegin, "\n")) + " and " +
          std::string(TrimRight(kDocsEnd, "\n")));
    return 2;
  }
  in.close();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << updated;
  out.close();
  if (!out) {
    Error(path + ": cannot write");
    return 2;
  }
  return 0;
}

// Values come from a config file and the flags: cleaned line by line.
void PrintCleaned(std::string_view rest) {
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    std::cout << Clean(rest.substr(0, nl)) << "\n";
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
  }
}

int Import(const std::string& path) {
  std::unique_ptr<Registry> catalogue;
  std::string yaml;
  Status s = BuildRegistry(Config{}, &catalogue);
  if (s.ok()) s = ImportPeerConfig(path, path, *catalogue, &yaml);
  if (!s.ok()) {
    Error(s.message());
    return 2;
  }
  PrintCleaned(yaml);
  return 0;
}

}  // namespace

int ConfigCommand(const ConfigCommandOptions& opt, const ConfigFlags& flags) {
  if (opt.docs) {
    if (!opt.output.empty()) return WriteDocs(opt.output);
    std::cout << ConfigKeysMarkdown();
    return 0;
  }
  if (!opt.import_file.empty()) return Import(opt.import_file);
  Config config;
  std::string yaml;
  Status s = EffectiveConfig(flags, &config);
  if (s.ok()) s = EffectiveConfigYaml(config, &yaml);
  if (!s.ok()) {
    Error(s.message());
    return 2;
  }
  PrintCleaned(yaml);
  return 0;
}

}  // namespace k8slint::cli

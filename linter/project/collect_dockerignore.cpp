// Facts of a .dockerignore: its patterns, for the rules that ask what a build context
// leaves out (rules/df).
#include <memory>

#include "linter/core/ascii.h"
#include "linter/core/text.h"
#include "linter/project/collect.h"

namespace k8slint::project {

void CollectDockerignore(std::string_view path, std::string_view text, FileFacts* facts) {
  const size_t slash = path.find_last_of('/');
  const std::string base =
      AsciiLower(slash == std::string_view::npos ? path : path.substr(slash + 1));
  if (!base.ends_with(".dockerignore")) return;
  auto d = std::make_unique<DockerignoreFacts>();
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = Trim(text.substr(start, end - start), " \t\r");
    if (!line.empty() && line[0] != '#') d->patterns.emplace_back(line);
    start = end + 1;
  }
  facts->dockerignore = std::move(d);
}

}  // namespace k8slint::project

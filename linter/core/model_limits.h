// How many items a model keeps of one file (issue 13). A model costs tens to hundreds of
// bytes per item (an instruction, an .env entry, a PowerShell token), so a file of short
// lines would need 25 to 60 times its size in memory; past these counts the parser stops
// with a K8L001 error that says where, and the rest of the file is read only by the
// secrets scan. The counts are far above any hand-written file: the largest Dockerfiles
// of public repositories have a few thousand instructions, the largest scripts tens of
// thousands of tokens.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace k8slint {

inline constexpr size_t kMaxDockerfileInstructions = 100'000;
inline constexpr size_t kMaxEnvEntries = 200'000;
inline constexpr size_t kMaxPowerShellTokens = 500'000;

// "file too large to check: more than 100000 instructions; from here on only its
// secrets are checked".
inline std::string ModelLimitMessage(size_t limit, std::string_view items) {
  return "file too large to check: more than " + std::to_string(limit) + " " + std::string(items) +
         "; from here on only its secrets are checked";
}

}  // namespace k8slint

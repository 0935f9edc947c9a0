#include "linter/core/excerpt.h"
#include "rules/df/pinning.h"

#include <cstdint>
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace k8slint::rules::df {

void ReportUnpinned(const Rule& rule, const dockerfile::Document& doc, Emitter& emit,
                    std::initializer_list<PackageManager> managers, PinnedFn pinned,
                    std::string_view how) {
  for (const dockerfile::Instruction& ins : doc.instructions) {
    if (!ins.Is("RUN")) continue;
    for (const PackageCommand& pc : PackageCommands(ins)) {
      if (std::find(managers.begin(), managers.end(), pc.manager) == managers.end() ||
          !pc.IsInstall())
        continue;
      std::vector<const PackageArg*> loose;
      for (const PackageArg& a : pc.args)
        if (a.text.find('$') == std::string::npos && !a.text.empty() && !pinned(pc, a.text))
          loose.push_back(&a);
      if (loose.empty()) continue;
      std::string names;
      for (size_t i = 0; i < loose.size() && i < 3; ++i)
        names += (i ? ", " : "") + Excerpt(loose[i]->text);
      if (loose.size() > 3) names += " and " + std::to_string(loose.size() - 3) + " more";
      Position end = loose.front()->position;
      end.column += static_cast<uint32_t>(loose.front()->text.size() - 1);
      emit.Report(rule, Span{loose.front()->position, end},
                  std::string(ManagerName(pc.manager)) + " installs " + names +
                      " without a version; " + std::string(how));
    }
  }
}

bool HasDashDigit(std::string_view arg) {
  for (size_t i = 0; i + 1 < arg.size(); ++i)
    if (arg[i] == '-' && std::isdigit(static_cast<unsigned char>(arg[i + 1]))) return true;
  return false;
}

bool IsPathOrFile(std::string_view arg, std::string_view suffix) {
  if (arg.find('/') != std::string_view::npos || arg.front() == '.') return true;
  return !suffix.empty() && arg.size() > suffix.size() &&
         arg.substr(arg.size() - suffix.size()) == suffix;
}

}  // namespace k8slint::rules::df

#include "rules/df/assume_yes.h"

#include <algorithm>
#include <string>

namespace k8slint::rules::df {

void ReportMissingYes(const Rule& rule, const dockerfile::Document& doc, Emitter& emit,
                      std::initializer_list<PackageManager> managers,
                      std::initializer_list<std::string_view> subcommands,
                      std::initializer_list<std::string_view> yes_flags, std::string_view flag) {
  for (const dockerfile::Instruction& ins : doc.instructions) {
    if (!ins.Is("RUN")) continue;
    for (const PackageCommand& pc : PackageCommands(ins)) {
      if (std::find(managers.begin(), managers.end(), pc.manager) == managers.end() ||
          std::find(subcommands.begin(), subcommands.end(), pc.subcommand) == subcommands.end() ||
          pc.HasFlag(yes_flags))
        continue;
      emit.Report(rule, pc.ManagerSpan(),
                  "`" + pc.spelling + " " + pc.subcommand + "` without " + std::string(flag) +
                      " asks for confirmation; add " + std::string(flag));
    }
  }
}

}  // namespace k8slint::rules::df

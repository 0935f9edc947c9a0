// --statistics: how many findings each rule made, most first, so a team adopting
// k8slint sees at once where its findings are (ruff's --statistics).
#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "linter/report/report.h"

namespace k8slint::report {
namespace {

struct RuleCount {
  const Rule* rule = nullptr;
  Level level = Level::kNote;  // the highest level it was reported at
  size_t count = 0;
};

std::vector<RuleCount> Count(const std::vector<Finding>& findings) {
  std::map<std::string_view, RuleCount> by_id;
  for (const Finding& f : findings) {
    RuleCount& c = by_id[f.rule->meta().id];
    if (c.count == 0 || f.level > c.level) c.level = f.level;
    c.rule = f.rule;
    ++c.count;
  }
  std::vector<RuleCount> out;
  out.reserve(by_id.size());
  for (auto& [id, c] : by_id) out.push_back(c);
  std::stable_sort(out.begin(), out.end(),
                   [](const RuleCount& a, const RuleCount& b) { return a.count > b.count; });
  return out;
}

}  // namespace

void WriteStatistics(std::ostream& out, const ReportContext& ctx, bool json) {
  const std::vector<RuleCount> counts = Count(ctx.findings);
  if (json) {
    nlohmann::json list = nlohmann::json::array();
    for (const RuleCount& c : counts)
      list.push_back({{"ruleId", c.rule->meta().id},
                      {"name", c.rule->meta().name},
                      {"level", LevelName(c.level)},
                      {"count", c.count}});
    out << list.dump(2) << "\n";
    return;
  }
  size_t width = 1;
  for (const RuleCount& c : counts) width = std::max(width, std::to_string(c.count).size());
  for (const RuleCount& c : counts) {
    const std::string n = std::to_string(c.count);
    out << std::string(width - n.size(), ' ') << n << "  " << c.rule->meta().id << "  "
        << c.rule->meta().name << "  [" << LevelName(c.level) << "]\n";
  }
  out << ctx.findings.size() << " finding" << (ctx.findings.size() == 1 ? "" : "s") << " in "
      << counts.size() << " rule" << (counts.size() == 1 ? "" : "s") << "\n";
}

}  // namespace k8slint::report

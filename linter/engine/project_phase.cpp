#include "linter/core/excerpt.h"
#include "linter/engine/project_phase.h"

#include <cstdint>
#include <algorithm>
#include <iterator>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "linter/engine/file_emitter.h"
#include "linter/project/project_rule.h"

namespace k8slint::project {
namespace {

// Collects project findings per target file; FileEmitter then applies that file's
// suppressions, levels and fingerprints exactly as for single-file findings.
class Router : public Emitter {
 public:
  Router(const FileTable& files, TextInterner* interner) : interner_(interner) {
    index_.reserve(static_cast<size_t>(std::distance(files.begin(), files.end())));
    for (const FileFacts& f : files) index_.emplace_back(f.path.str(), f.index);
    std::stable_sort(index_.begin(), index_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
  }
  // REQUIRES: project findings name a file with facts (the only files rules know of).
  void Report(const Rule& rule, Span span, std::string message, EmitExtras extras) override {
    const std::string_view path = extras.path;
    // The last of equal paths, as a map filled in input order would keep.
    auto it = std::upper_bound(index_.begin(), index_.end(), path,
                               [](std::string_view p, const auto& e) { return p < e.first; });
    if (it == index_.begin() || (--it)->first != path) return;
    // Held until every project rule has run, and their texts repeat from one service to
    // the next: at the benchmark's scale 1000, 6,700 findings, and KM021 alone names 16,000
    // keys in 800 distinct texts. FileEmitter redacts them when it takes them.
    if (interner_)
      for (RelatedLocation& r : extras.related) r.message = interner_->Intern(r.message);
    pending_[it->second].push_back({&rule, span, InternText(interner_, std::move(message)),
                                    InternText(interner_, std::move(extras.fingerprint_key)),
                                    std::move(extras.related), std::move(extras.path),
                                    extras.max_level});
  }
  void Suppress(SuppressionRange) override {}

  struct Pending {
    const Rule* rule;
    Span span;
    SharedText message;
    SharedText fingerprint_key;
    std::vector<RelatedLocation> related;
    SharedPath path;
    std::optional<Level> max_level;

    EmitExtras TakeExtras() {
      return EmitExtras{std::move(related), fingerprint_key, std::move(path), max_level};
    }
  };
  std::unordered_map<uint32_t, std::vector<Pending>> pending_;  // by input index

 private:
  // Paths of the project's FileFacts, sorted: a third of a hash map's size, for 14,600
  // files at the benchmark's scale 1000.
  std::vector<std::pair<std::string_view, uint32_t>> index_;
  TextInterner* interner_;
};

// A stand-in for a file that is no longer in memory: blank except for the lines
// suppressions are written on, so unused-suppression fingerprints match a normal run.
std::string StubText(const KeptSuppressions& k) {
  std::string text;
  uint32_t line = 1;
  for (const auto& [n, content] : k.lines) {
    if (n < line) continue;
    text.append(n - line, '\n');
    text += content;
    text += '\n';
    line = n + 1;
  }
  return text;
}

}  // namespace

bool NeedsProject(const std::vector<const Rule*>& enabled) {
  return std::any_of(enabled.begin(), enabled.end(),
                     [](const Rule* r) { return r->checks_project(); });
}

bool KeepSuppressions(const SourceFile& source, Suppressions* suppressions, const FileFacts* facts,
                      KeptSuppressions* kept) {
  // No project finding can name a file with only chart-template facts (not in the project).
  if (!facts || !facts->has_located_facts()) return false;
  for (const Suppression& s : suppressions->entries)
    for (const SuppressionTarget& t : s.targets)
      kept->lines.emplace_back(t.span.begin.line, std::string(source.Line(t.span.begin.line)));
  std::sort(kept->lines.begin(), kept->lines.end());
  kept->lines.erase(std::unique(kept->lines.begin(), kept->lines.end()), kept->lines.end());
  kept->suppressions = std::move(*suppressions);
  return true;
}

void RunProject(FileTable facts, KeptTable kept, const Config& config, const Registry& registry,
                const std::vector<const Rule*>& enabled, std::vector<Finding>* out,
                std::unique_ptr<Project>* keep, const SecretFinder* finder,
                TextInterner* interner) {
  auto project = std::make_unique<Project>(std::move(facts), config);
  Router router(project->files(), interner);
  for (const Rule* r : enabled)
    if (r->checks_project()) r->CheckProject(*project, router);
  for (const FileFacts& f : project->files()) {
    std::vector<Router::Pending> pending;
    if (auto it = router.pending_.find(f.index); it != router.pending_.end())
      pending = std::move(it->second);
    KeptSuppressions* k = f.index < kept.size() ? kept[f.index].get() : nullptr;
    Suppressions none;
    Suppressions& s = k ? k->suppressions : none;
    if (pending.empty() && s.entries.empty()) continue;
    const SourceFile stub(f.path, f.kind, s.entries.empty() ? std::string() : StubText(*k));
    FileEmitter emitter(stub, registry,
                        RedactionSource{finder, nullptr, config.redact, nullptr, interner},
                        FindingCaps{config.max_findings_per_rule, config.max_findings_per_line});
    for (Router::Pending& p : pending) emitter.Report(*p.rule, p.span, p.message, p.TakeExtras());
    emitter.TakeFindings(&s, out);
    emitter.TakeUnused(&s, out);
  }
  if (keep) *keep = std::move(project);
}

std::string Describe(const Workload& w, const ContainerFact& c) {
  return std::string(c.init ? "init container '" : "container '") + Excerpt(c.name) + "' of " +
         w.Describe();
}

std::string PortList(const std::vector<PortFact>& ports) {
  std::string out;
  for (const PortFact& p : ports) {
    if (!out.empty()) out += ", ";
    out += p.name.empty() || p.number ? std::to_string(p.number) : p.name.str();
  }
  return out;
}

void ReportPair(const Project& p, Emitter& emit, const Rule& rule, const Loc& primary,
                std::string message, const Side& other, std::string key) {
  EmitExtras extras;
  extras.path = p.PathOf(primary);
  extras.related.push_back({p.PathOf(other.at), other.at.span, other.what});
  extras.fingerprint_key = std::move(key);
  message += " (" + p.Where(other.at) + " " + other.what + ")";
  emit.Report(rule, primary.span, std::move(message), std::move(extras));
}

void ReportOne(const Project& p, Emitter& emit, const Rule& rule, const Loc& at,
               std::string message, std::string key) {
  EmitExtras extras;
  extras.path = p.PathOf(at);
  extras.fingerprint_key = std::move(key);
  emit.Report(rule, at.span, std::move(message), std::move(extras));
}

}  // namespace k8slint::project

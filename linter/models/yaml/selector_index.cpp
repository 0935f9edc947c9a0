// File::Selected and File::FindService over hash indexes built once per file: a manifest
// of N Deployments and N Services used to match every selector against every pod, N^2
// (issue 13: a 50 MB manifest took 6.7x the time of a 12 MB one).
#include <cstdint>
#include <algorithm>
#include <functional>

#include "linter/core/controller_labels.h"
#include "linter/core/work.h"
#include "linter/models/yaml/model.h"

namespace k8slint::yaml {
namespace {

// Ascending `a` and `b` merged without duplicates.
std::vector<uint32_t> Union(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  std::vector<uint32_t> out;
  out.reserve(a.size() + b.size());
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

void Add(std::vector<uint32_t>* list, uint32_t i) {
  if (list->empty() || list->back() != i) list->push_back(i);
}

const std::vector<uint32_t>& Find(
    const std::unordered_map<std::string_view, std::vector<uint32_t>>& m, std::string_view key) {
  static const std::vector<uint32_t> kNone;
  auto it = m.find(key);
  return it == m.end() ? kNone : it->second;
}

}  // namespace

size_t File::PairHash::operator()(const std::pair<std::string_view, std::string_view>& p) const {
  const size_t h = std::hash<std::string_view>()(p.first);
  return h ^
         (std::hash<std::string_view>()(p.second) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
}

void File::BuildIndex() {
  for (uint32_t i = 0; i < pods_.size(); ++i) {
    const Node& labels = pods_[i].labels;
    if (!labels.IsMap()) continue;
    // Every entry, duplicates included: the index only has to hold every pod that may
    // match; Selected() applies the exact test to the candidates.
    for (size_t k = 0; k < labels.size(); ++k) {
      const Node key = labels.KeyAt(k);
      const Node value = labels.ValueAt(k);
      if (!key.IsScalar() || !value.IsScalar()) continue;
      Add(&pods_by_key_[key.scalar()], i);
      if (value.templated()) Add(&pods_templated_key_[key.scalar()], i);
      else Add(&pods_by_label_[{key.scalar(), value.scalar()}], i);
    }
  }
  for (uint32_t i = 0; i < services_.size(); ++i)
    services_by_name_[services_[i].owner->name_text()].push_back(i);
}

// Pod indexes, ascending, that may match `selector`: those of its most selective entry,
// chosen by list sizes before any list is copied (a label every pod shares, such as
// `tier: backend`, must not cost a copy of all pods per Service). All pods when only
// controller labels select (a per-replica StatefulSet Service).
std::vector<uint32_t> File::Candidates(const Node& selector) const {
  static const std::vector<uint32_t> kNone;
  const std::vector<uint32_t>* best_a = nullptr;
  const std::vector<uint32_t>* best_b = &kNone;
  for (size_t i = 0; i < selector.size(); ++i) {
    const Node key = selector.KeyAt(i);
    const Node want = selector.ValueAt(i);
    if (IsControllerLabel(key.scalar())) continue;
    if (!want.IsScalar()) return {};
    const std::vector<uint32_t>* a = &kNone;
    const std::vector<uint32_t>* b = &kNone;
    if (want.templated()) {
      a = &Find(pods_by_key_, key.scalar());
    } else {
      auto it = pods_by_label_.find({key.scalar(), want.scalar()});
      if (it != pods_by_label_.end()) a = &it->second;
      b = &Find(pods_templated_key_, key.scalar());
    }
    if (!best_a || a->size() + b->size() < best_a->size() + best_b->size()) {
      best_a = a;
      best_b = b;
    }
  }
  if (best_a) return Union(*best_a, *best_b);
  std::vector<uint32_t> all(pods_.size());
  for (uint32_t i = 0; i < pods_.size(); ++i) all[i] = i;
  return all;
}

std::vector<const PodSpec*> File::Selected(const Node& selector, const Object& by) const {
  std::vector<const PodSpec*> out;
  if (!selector.IsMap() || selector.size() == 0) return out;
  for (uint32_t index : Candidates(selector)) {
    ++lookups_;
    work::Count(1);
    const PodSpec& p = pods_[index];
    if (!p.owner->SameNamespace(by) || !p.labels.IsMap()) continue;
    bool all = true;
    for (size_t i = 0; i < selector.size() && all; ++i) {
      const Node want = selector.ValueAt(i);
      const std::string_view key = selector.KeyAt(i).scalar();
      // A controller's label is on the pods, not the template (OpenShift templates also
      // write `deploymentconfig: <name>` into the template, so that still counts).
      if (IsControllerLabel(key) && want.IsScalar() &&
          ControllerLabelMatches(key, want.scalar(), p.owner->kind_text(), p.owner->name_text()))
        continue;
      const Node have = p.labels.Get(key);
      // A templated label (`app: {{ .Name }}`) may render to anything: assume a match.
      all = have.IsScalar() && want.IsScalar() &&
            (have.scalar() == want.scalar() || have.templated() || want.templated());
    }
    if (all) out.push_back(&p);
  }
  return out;
}

const Service* File::FindService(std::string_view name, const Object& by) const {
  for (uint32_t i : Find(services_by_name_, name)) {
    ++lookups_;
    work::Count(1);
    if (services_[i].owner->SameNamespace(by)) return &services_[i];
  }
  return nullptr;
}

}  // namespace k8slint::yaml

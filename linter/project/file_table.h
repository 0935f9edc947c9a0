// FileTable: the project's files by input index (Loc::file), holding facts only for the
// inputs that have some. A run over 19,000 files keeps about 13,000 FileFacts instead of
// one slot of 300 bytes per input; iteration visits the files with facts, in input order.
// A chart template's facts are held apart, by input index, until Project merges them per
// chart: a chart's NOTES.txt or _helpers.tpl, with no other facts, needs no FileFacts.
#pragma once

#include <cstddef>
#include <iterator>
#include <memory>
#include <utility>
#include <vector>

#include "linter/core/text_interner.h"
#include "linter/project/facts.h"

namespace k8slint::project {

class FileTable {
 public:
  FileTable() = default;
  explicit FileTable(size_t inputs) : slots_(inputs), templates_(inputs) {}

  // Keeps `facts` at its input index (facts.index), replacing what was there; its chart
  // template facts go to templates(), and a file with no other facts keeps no slot.
  // Workers may Put distinct indexes at once below the size given at construction.
  void Put(FileFacts facts) {
    const size_t i = facts.index;
    if (i >= slots_.size()) slots_.resize(i + 1);
    if (i >= templates_.size()) templates_.resize(i + 1);
    const bool template_only = facts.chart_template && !facts.has_located_facts();
    if (texts_) facts.InternTexts(texts_.get());
    templates_[i] = std::move(facts.chart_template);
    if (template_only) slots_[i].reset();
    else slots_[i] = std::make_unique<FileFacts>(std::move(facts));
  }
  // Chart template facts by input index (null for other inputs).
  const std::vector<std::unique_ptr<ChartTemplateFacts>>& templates() const { return templates_; }
  void DropTemplates() { std::vector<std::unique_ptr<ChartTemplateFacts>>().swap(templates_); }
  // The interner of the kept facts' texts, the table's own (null once dropped): linking
  // interns its texts through it too, then drops it, before the project rules run (its
  // table is 40 bytes a text: 0.55 MB at the benchmark's scale 1000).
  TextInterner* texts() { return texts_.get(); }
  void DropTexts() { texts_.reset(); }
  // REQUIRES: has(i); every index held in a Loc or a link names a file with facts.
  FileFacts& operator[](size_t i) { return *slots_[i]; }
  const FileFacts& operator[](size_t i) const { return *slots_[i]; }
  bool has(size_t i) const { return i < slots_.size() && slots_[i] != nullptr; }
  // Input indexes, with or without facts: the bound of a loop over indexes.
  size_t size() const { return slots_.size(); }
  // Some input, with or without facts, was found by walking a folder (Project::walked).
  void MarkWalked() { walked_ = true; }
  bool walked() const { return walked_; }

  template <typename Facts, typename Slot>
  class Iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = FileFacts;
    using difference_type = std::ptrdiff_t;
    using pointer = Facts*;
    using reference = Facts&;
    Iterator(Slot at, Slot end) : at_(at), end_(end) { Skip(); }
    reference operator*() const { return **at_; }
    pointer operator->() const { return at_->get(); }
    Iterator& operator++() {
      ++at_;
      Skip();
      return *this;
    }
    bool operator==(const Iterator& o) const { return at_ == o.at_; }
    bool operator!=(const Iterator& o) const { return at_ != o.at_; }

   private:
    void Skip() {
      while (at_ != end_ && !*at_) ++at_;
    }
    Slot at_, end_;
  };
  using Slots = std::vector<std::unique_ptr<FileFacts>>;
  using iterator = Iterator<FileFacts, Slots::iterator>;
  using const_iterator = Iterator<const FileFacts, Slots::const_iterator>;
  iterator begin() { return {slots_.begin(), slots_.end()}; }
  iterator end() { return {slots_.end(), slots_.end()}; }
  const_iterator begin() const { return {slots_.begin(), slots_.end()}; }
  const_iterator end() const { return {slots_.end(), slots_.end()}; }

 private:
  Slots slots_;
  std::vector<std::unique_ptr<ChartTemplateFacts>> templates_;
  std::unique_ptr<TextInterner> texts_ = std::make_unique<TextInterner>();
  bool walked_ = false;
};

}  // namespace k8slint::project

// TextPool: one copy of each distinct text of the project facts. The facts of a large
// tree repeat a few texts thousands of times (label keys such as
// `app.kubernetes.io/name`, env var names, `.dockerignore` patterns, namespaces), and a
// std::string of 16 or more characters is a heap block of its own per copy; a SharedText
// that the pool hands out is 8 bytes and shares the one block. FileTable::Put pools each
// file's texts as it is kept; the pool itself is dropped once the project is linked (its
// texts live on in the facts that hold them).
#pragma once

#include <mutex>
#include <unordered_set>

#include "linter/core/shared_text.h"

namespace k8slint::project {

class TextPool {
 public:
  // Rebinds `text` to the pool's copy of its text (its own becomes the pool's copy when
  // it is the first). Safe to call from several threads.
  void Intern(SharedText* text) {
    if (text->empty()) return;
    std::lock_guard<std::mutex> lock(mu_);
    InternLocked(text);
  }
  // As Intern, for callers that hold lock() over a whole file's texts.
  void InternLocked(SharedText* text) {
    if (text->empty()) return;
    auto [it, added] = texts_.insert(*text);
    if (!added) *text = *it;
  }
  std::mutex& mutex() { return mu_; }

 private:
  std::mutex mu_;
  std::unordered_set<SharedText> texts_;
};

}  // namespace k8slint::project

#include "linter/core/text_interner.h"

#include <utility>

namespace k8slint {

SharedText TextInterner::Intern(std::string text) {
  if (text.empty()) return SharedText();
  std::lock_guard<std::mutex> lock(mu_);
  if (auto it = texts_.find(std::string_view(text)); it != texts_.end()) return *it;
  return *texts_.insert(SharedText(std::move(text))).first;
}

SharedText TextInterner::Intern(const SharedText& text) {
  if (text.empty()) return text;
  std::lock_guard<std::mutex> lock(mu_);
  return *texts_.insert(text).first;
}

void TextInterner::Clear() {
  std::lock_guard<std::mutex> lock(mu_);
  std::unordered_set<SharedText, Hash, Equal>().swap(texts_);
}

SharedText InternText(TextInterner* interner, std::string text) {
  return interner ? interner->Intern(std::move(text)) : SharedText(std::move(text));
}

}  // namespace k8slint

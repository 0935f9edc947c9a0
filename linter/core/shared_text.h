// SharedText: an immutable string held once and shared by reference: copying one is a
// pointer and an atomic count, so the workers may share them, and it costs 8 bytes where a
// std::string costs 32. Immutable: assigning rebinds. Paths (shared_path.h) and the texts
// TextInterner deduplicates (finding messages) are held this way.
#pragma once

#include <atomic>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace k8slint {

class SharedText {
 public:
  SharedText() = default;
  // Implicit, like std::string's: paths are made from strings everywhere.
  SharedText(std::string text)  // NOLINT(google-explicit-constructor)
      : rep_(text.empty() ? nullptr : new Rep{{1}, std::move(text)}) {}
  SharedText(std::string_view text) : SharedText(std::string(text)) {}  // NOLINT
  SharedText(const char* text) : SharedText(std::string(text)) {}       // NOLINT
  SharedText(const SharedText& o) noexcept : rep_(o.rep_) {
    if (rep_) rep_->refs.fetch_add(1, std::memory_order_relaxed);
  }
  SharedText(SharedText&& o) noexcept : rep_(std::exchange(o.rep_, nullptr)) {}
  SharedText& operator=(SharedText o) noexcept {
    std::swap(rep_, o.rep_);
    return *this;
  }
  ~SharedText() {
    if (rep_ && rep_->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete rep_;
  }

  // Valid while this or another copy of it lives (not past a temporary's end).
  const std::string& str() const { return rep_ ? rep_->text : Empty(); }
  operator const std::string&() const { return str(); }  // NOLINT
  operator std::string_view() const { return str(); }    // NOLINT

  bool empty() const { return rep_ == nullptr; }
  size_t size() const { return str().size(); }
  const char* c_str() const { return str().c_str(); }
  const char* data() const { return str().data(); }
  std::string substr(size_t pos, size_t n = std::string::npos) const {
    return str().substr(pos, n);
  }
  size_t find(std::string_view s, size_t pos = 0) const { return str().find(s, pos); }
  size_t find(char c, size_t pos = 0) const { return str().find(c, pos); }
  size_t rfind(std::string_view s, size_t pos = std::string::npos) const {
    return str().rfind(s, pos);
  }
  size_t rfind(char c, size_t pos = std::string::npos) const { return str().rfind(c, pos); }
  bool starts_with(std::string_view s) const { return str().starts_with(s); }
  bool ends_with(std::string_view s) const { return str().ends_with(s); }
  // Whether both hold the very same copy (not only equal text).
  bool SharesWith(const SharedText& o) const { return rep_ == o.rep_; }

  friend bool operator==(const SharedText& a, const SharedText& b) {
    return a.rep_ == b.rep_ || a.str() == b.str();
  }
  friend bool operator==(const SharedText& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const SharedText& a, std::string_view b) { return a.str() == b; }
  friend bool operator==(const SharedText& a, const char* b) { return a.str() == b; }
  friend std::strong_ordering operator<=>(const SharedText& a, const SharedText& b) {
    if (a.rep_ == b.rep_) return std::strong_ordering::equal;
    return a.str() <=> b.str();
  }
  friend std::strong_ordering operator<=>(const SharedText& a, const std::string& b) {
    return a.str() <=> b;
  }
  friend std::strong_ordering operator<=>(const SharedText& a, std::string_view b) {
    return std::string_view(a.str()) <=> b;
  }
  friend std::string operator+(const SharedText& a, std::string_view b) {
    return std::string(a.str()).append(b);
  }
  friend std::string operator+(const SharedText& a, const std::string& b) { return a.str() + b; }
  friend std::string operator+(const SharedText& a, const char* b) { return a.str() + b; }
  friend std::string operator+(const SharedText& a, char b) { return a.str() + b; }
  friend std::string operator+(const std::string& a, const SharedText& b) { return a + b.str(); }
  friend std::string operator+(const char* a, const SharedText& b) { return a + b.str(); }
  friend std::string operator+(char a, const SharedText& b) { return a + b.str(); }
  friend std::ostream& operator<<(std::ostream& out, const SharedText& p) { return out << p.str(); }

 private:
  struct Rep {
    std::atomic<uint32_t> refs;
    std::string text;
  };
  static const std::string& Empty() {
    static const std::string empty;
    return empty;
  }
  Rep* rep_ = nullptr;  // null: the empty text
};

}  // namespace k8slint

template <>
struct std::hash<k8slint::SharedText> {
  size_t operator()(const k8slint::SharedText& p) const noexcept {
    return std::hash<std::string>()(p.str());
  }
};

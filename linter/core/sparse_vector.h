// SparseVector: a vector that costs one pointer while empty. FileFacts has a member per
// kind of fact and a file has one or two kinds, so its empty std::vectors (24 bytes each)
// were most of the 300 bytes kept per file with facts (14,600 of them at the benchmark's
// scale 1000); most findings have no related location. Iterators are pointers.
#pragma once

#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

namespace k8slint {

template <typename T>
class SparseVector {
 public:
  SparseVector() = default;
  SparseVector(SparseVector&&) noexcept = default;
  SparseVector& operator=(SparseVector&&) noexcept = default;
  SparseVector(const SparseVector& o)
      : v_(o.empty() ? nullptr : std::make_unique<std::vector<T>>(*o.v_)) {}
  SparseVector& operator=(const SparseVector& o) {
    if (this != &o) v_ = o.empty() ? nullptr : std::make_unique<std::vector<T>>(*o.v_);
    return *this;
  }
  // Takes the elements of `v`, holding nothing when it is empty.
  SparseVector& operator=(std::vector<T>&& v) {
    if (v.empty()) v_.reset();
    else v_ = std::make_unique<std::vector<T>>(std::move(v));
    return *this;
  }

  bool empty() const { return !v_ || v_->empty(); }
  size_t size() const { return v_ ? v_->size() : 0; }
  T& operator[](size_t i) { return (*v_)[i]; }
  const T& operator[](size_t i) const { return (*v_)[i]; }
  T& front() { return v_->front(); }
  const T& front() const { return v_->front(); }
  T& back() { return v_->back(); }
  const T& back() const { return v_->back(); }
  T* begin() { return v_ ? v_->data() : nullptr; }
  T* end() { return v_ ? v_->data() + v_->size() : nullptr; }
  const T* begin() const { return v_ ? v_->data() : nullptr; }
  const T* end() const { return v_ ? v_->data() + v_->size() : nullptr; }

  void push_back(T value) { vector().push_back(std::move(value)); }
  template <typename... Args>
  T& emplace_back(Args&&... args) {
    return vector().emplace_back(std::forward<Args>(args)...);
  }
  void clear() { v_.reset(); }
  // Gives back what growth by doubling left unused (the facts are kept for the whole run).
  void shrink_to_fit() {
    if (!v_) return;
    if (v_->empty()) v_.reset();
    else v_->shrink_to_fit();
  }

  // The elements as a vector (empty when there are none), for code that needs one.
  std::vector<T>& vector() {
    if (!v_) v_ = std::make_unique<std::vector<T>>();
    return *v_;
  }
  const std::vector<T>& vector() const {
    static const std::vector<T> kNone;
    return v_ ? *v_ : kNone;
  }

 private:
  std::unique_ptr<std::vector<T>> v_;
};

}  // namespace k8slint

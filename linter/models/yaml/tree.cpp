#include "linter/models/yaml/tree.h"

#include <cstdint>
#include <charconv>

namespace k8slint::yaml {
namespace {

// Merge keys (`<<: *defaults`) chain; a cyclic alias must not loop forever.
constexpr int kMaxMergeDepth = 8;

bool IsOneOf(std::string_view s, std::initializer_list<std::string_view> options) {
  for (std::string_view o : options)
    if (s == o) return true;
  return false;
}

}  // namespace

NodeKind Node::kind() const { return tree_->nodes_[id_].kind; }

bool Node::IsEmpty() const {
  if (!valid()) return false;
  const NodeKind k = kind();
  return k == NodeKind::kNull || ((k == NodeKind::kMap || k == NodeKind::kSequence) && size() == 0);
}

std::string_view Node::scalar() const {
  if (!IsScalar()) return {};
  const Tree::Data& d = tree_->nodes_[id_];
  return std::string_view(tree_->strings_).substr(d.first, d.count);
}

bool Node::quoted() const { return IsScalar() && (tree_->nodes_[id_].flags & Tree::kQuoted); }

bool Node::templated() const {
  if (!IsScalar()) return false;
  if (tree_->nodes_[id_].flags & Tree::kTemplate) return true;
  const std::string_view v = scalar();
  return v.find("{{") != std::string_view::npos || v.find("{%") != std::string_view::npos ||
         v.find("${") != std::string_view::npos;
}

std::optional<int64_t> Node::AsInt() const {
  if (!IsScalar() || quoted()) return std::nullopt;
  std::string_view s = scalar();
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  int64_t v = 0;
  int base = 10;
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'o')) {
    base = s[1] == 'x' ? 16 : 8;
    s.remove_prefix(2);
  }
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v, base);
  if (ec != std::errc() || ptr != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

std::optional<bool> Node::AsBool() const {
  if (!IsScalar() || quoted()) return std::nullopt;
  const std::string_view s = scalar();
  // YAML 1.1 spellings too: Kubernetes' decoder (go-yaml v2 via sigs.k8s.io/yaml) takes them.
  if (IsOneOf(s, {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y"}))
    return true;
  if (IsOneOf(s, {"false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF", "n", "N"}))
    return false;
  return std::nullopt;
}

std::string_view Node::TypeName() const {
  if (!valid()) return "nothing";
  switch (kind()) {
    case NodeKind::kNull: return "null";
    case NodeKind::kMap: return "a map";
    case NodeKind::kSequence: return "a list";
    case NodeKind::kScalar:
      if (AsBool()) return "a boolean";
      if (AsInt()) return "a number";
      return "a string";
  }
  return "a string";
}

size_t Node::offset() const { return valid() ? tree_->nodes_[id_].offset : 0; }

Position Node::position() const {
  if (!valid()) return Position{0, 0};
  return tree_->source().PositionAt(tree_->nodes_[id_].offset);
}

Span Node::span() const {
  const Position p = position();
  Span s = Span::At(p);
  if (IsScalar()) {
    const std::string_view v = scalar();
    if (!v.empty() && v.find('\n') == std::string_view::npos)
      s.end.column = p.column + CodePointCount(v) - 1 + (quoted() ? 2 : 0);
  }
  return s;
}

size_t Node::size() const {
  if (!IsMap() && !IsSequence()) return 0;
  return tree_->nodes_[id_].count;
}

Node Node::Item(size_t i) const {
  if (!IsSequence() || i >= size()) return {};
  return Node(tree_, tree_->children_[tree_->nodes_[id_].first + i]);
}

Node Node::KeyAt(size_t i) const {
  if (!IsMap() || i >= size()) return {};
  return Node(tree_, tree_->children_[tree_->nodes_[id_].first + 2 * i]);
}

Node Node::ValueAt(size_t i) const {
  if (!IsMap() || i >= size()) return {};
  return Node(tree_, tree_->children_[tree_->nodes_[id_].first + 2 * i + 1]);
}

Node Node::Lookup(std::string_view key, bool want_key, int depth) const {
  if (!IsMap() || depth > kMaxMergeDepth) return {};
  const size_t n = size();
  for (size_t i = 0; i < n; ++i) {
    const Node k = KeyAt(i);
    if (k.IsScalar() && k.scalar() == key) return want_key ? k : ValueAt(i);
  }
  // Explicit keys win over merged ones, as YAML's merge key type specifies.
  for (size_t i = 0; i < n; ++i) {
    const Node k = KeyAt(i);
    if (!k.IsScalar() || k.scalar() != "<<" || k.quoted()) continue;
    const Node v = ValueAt(i);
    if (v.IsMap()) {
      if (Node found = v.Lookup(key, want_key, depth + 1)) return found;
    } else if (v.IsSequence()) {
      for (size_t j = 0; j < v.size(); ++j)
        if (Node found = v.Item(j).Lookup(key, want_key, depth + 1)) return found;
    }
  }
  return {};
}

Node Node::Get(std::string_view key) const { return Lookup(key, false, 0); }
Node Node::GetKey(std::string_view key) const { return Lookup(key, true, 0); }

Node Node::At(std::initializer_list<std::string_view> path) const {
  Node n = *this;
  for (std::string_view key : path) n = n.Get(key);
  return n;
}

Position Node::KeyPosition(std::string_view key) const {
  const Node k = GetKey(key);
  return k ? k.position() : position();
}

}  // namespace k8slint::yaml

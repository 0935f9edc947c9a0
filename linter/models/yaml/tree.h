// yaml::Tree: the nodes of one YAML file, with the byte offset of every key and value,
// in a compact arena. yaml::Node is a cheap handle (tree pointer + index) that rules
// use to walk it. Aliases are shared nodes: `*a` is the very node `&a` named, never a
// copy, so an alias bomb costs one node per alias and walks must not recurse blindly
// (every view in model.h follows fixed paths).
//
// Positions are computed on demand from the byte offset through SourceFile, so they
// are 1-based and columns count Unicode code points (see docs/yaml-model.md).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "linter/core/position.h"
#include "linter/core/source.h"

namespace k8slint::yaml {

enum class NodeKind : uint8_t { kNull, kScalar, kSequence, kMap };

using NodeId = uint32_t;
inline constexpr NodeId kNoNode = UINT32_MAX;

class Tree;

class Node {
 public:
  Node() = default;
  Node(const Tree* tree, NodeId id) : tree_(tree), id_(id) {}

  // False for the "absent" node that lookups of missing keys return.
  bool valid() const { return tree_ != nullptr && id_ != kNoNode; }
  explicit operator bool() const { return valid(); }
  NodeId id() const { return id_; }

  NodeKind kind() const;
  bool IsNull() const { return valid() && kind() == NodeKind::kNull; }
  bool IsScalar() const { return valid() && kind() == NodeKind::kScalar; }
  bool IsSequence() const { return valid() && kind() == NodeKind::kSequence; }
  bool IsMap() const { return valid() && kind() == NodeKind::kMap; }
  // Present and not null: `key:` and `key: null` count as absent for most checks.
  bool HasValue() const { return valid() && kind() != NodeKind::kNull; }
  // A map or sequence with no entries, or a null (`resources: {}`, `resources:`).
  bool IsEmpty() const;

  // The scalar's value after YAML unquoting ("" for other kinds).
  std::string_view scalar() const;
  // The scalar was quoted or tagged !!str: `"8080"` is text, never a number.
  bool quoted() const;
  // A template expression of another tool stands for the value: `{{ .Name }}` written
  // bare (which YAML would read as a nested flow map; the tree keeps it as one scalar
  // holding the text), or a scalar holding `{{`, `{%` or `${`. Its type and value are
  // unknown until rendered, so type checks and value comparisons skip it.
  bool templated() const;
  // Typed readings of a scalar; nullopt when it is not one (or is quoted).
  std::optional<int64_t> AsInt() const;
  std::optional<bool> AsBool() const;  // true/false in any YAML 1.1/1.2 spelling
  bool IsTrue() const { return AsBool() == std::optional<bool>(true); }
  bool IsFalse() const { return AsBool() == std::optional<bool>(false); }
  // "a string", "a map", "a list", "null", "a number", "a boolean": for messages.
  std::string_view TypeName() const;

  // 1-based position of the node's first character: a key's first letter, a
  // value's first character (its quote, if quoted), a block sequence's first `-`
  // item content, a null value's key. Absent nodes give {0, 0}.
  Position position() const;
  // A scalar's extent on its first line; a point for other kinds.
  Span span() const;
  size_t offset() const;  // byte offset of position()

  // Maps and sequences: number of entries or items (merge keys are not expanded).
  size_t size() const;
  Node Item(size_t i) const;     // sequence item i
  Node KeyAt(size_t i) const;    // map entry i's key
  Node ValueAt(size_t i) const;  // map entry i's value
  // The value of `key` in a map; follows `<<` merge keys. Absent node if missing.
  Node Get(std::string_view key) const;
  // The key node of `key` (for pointing at the key rather than its value).
  Node GetKey(std::string_view key) const;
  // Get along a path: n.At({"spec", "template", "spec"}).
  Node At(std::initializer_list<std::string_view> path) const;
  // Position of `key`'s key if present, else this node's own position.
  Position KeyPosition(std::string_view key) const;

  friend bool operator==(const Node& a, const Node& b) {
    return a.tree_ == b.tree_ && a.id_ == b.id_;
  }

 private:
  Node Lookup(std::string_view key, bool want_key, int depth) const;
  const Tree* tree_ = nullptr;
  NodeId id_ = kNoNode;
};

struct ParseError {
  Span span;
  std::string message;
};

// A YAML stream parsed into nodes. Built by ParseTree; immutable afterwards.
class Tree {
 public:
  explicit Tree(const SourceFile& source) : source_(&source) {}
  Tree(const Tree&) = delete;
  Tree& operator=(const Tree&) = delete;

  const SourceFile& source() const { return *source_; }
  // Root node of each document, in order, with the line each starts on (its `---`
  // or first token).
  struct Doc {
    NodeId root = kNoNode;
    uint32_t first_line = 1;
  };
  const std::vector<Doc>& docs() const { return docs_; }
  Node root(size_t doc) const { return Node(this, docs_[doc].root); }

 private:
  friend class Node;
  friend class TreeBuilder;
  friend std::unique_ptr<Tree> ParseTree(const SourceFile&, std::vector<ParseError>*);
  struct Data {
    uint32_t offset = 0;  // byte offset in source text
    uint32_t first = 0;   // scalar: offset in strings_; containers: index in children_
    uint32_t count = 0;   // scalar: length; map: entries; sequence: items
    NodeKind kind = NodeKind::kNull;
    uint8_t flags = 0;  // kQuoted
  };
  static constexpr uint8_t kQuoted = 1;
  static constexpr uint8_t kTemplate = 2;  // a bare `{{ ... }}` read as one scalar

  const SourceFile* source_;
  std::vector<Data> nodes_;
  std::vector<NodeId> children_;  // maps: key, value, key, value...
  std::string strings_;           // scalar values, back to back
  std::vector<Doc> docs_;
};

// Parses every document of `source` (stopping at the first syntax error, whose
// documents before it are kept). Syntax errors, duplicate keys, unclosed quotes and
// nesting deeper than the parser's limit land in `errors` with positions.
// REQUIRES: `source` outlives the tree.
std::unique_ptr<Tree> ParseTree(const SourceFile& source, std::vector<ParseError>* errors);

}  // namespace k8slint::yaml

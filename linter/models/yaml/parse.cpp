// ParseTree: yaml-cpp's event parser feeding the node arena of tree.h. This is the only
// file that includes yaml-cpp, so the parser can be replaced without touching rules.
// Events (not YAML::Node) because they keep every mark, report aliases as references
// (no expansion) and let us see duplicate keys, which YAML::Load silently keeps.
#include <cstdint>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <system_error>
#include <thread>
#include <streambuf>
#include <unordered_map>

#include "linter/models/yaml/block_elision.h"
#include "linter/models/yaml/parallel.h"
#include "linter/models/yaml/tree.h"

namespace k8slint::yaml {
namespace {

// Reads the source text in place (no copy of a 50 MB file into a stringstream).
class MemoryBuffer : public std::streambuf {
 public:
  MemoryBuffer(const char* data, size_t size) {
    char* p = const_cast<char*>(data);  // get area only: never written
    setg(p, p, p + size);
  }
};

// A memory ceiling: a pathological file (`[a,a,a,...]` over 50 MB) would otherwise
// need about 20 bytes per node. Realistic manifests stay far below it (~12 bytes of
// YAML per node, so the 64 MiB input limit is about 5 million nodes).
constexpr size_t kMaxNodes = 8'000'000;
// Files from this size on are cut at document markers and their parts parsed on the
// run's worker threads (-j); below it a thread costs more than it saves.
constexpr size_t kMinSplitBytes = 4 << 20;
struct TooManyNodes {};
std::string TooLarge() {
  return "YAML too large: more than " + std::to_string(kMaxNodes) +
         " nodes; the file is not checked";
}
// yaml-cpp loops on some malformed input (a line starting with `, ` outside a flow
// collection) emitting null nodes without consuming text; no real YAML holds more than
// about two nodes per byte (`- ` or `a:` is the shortest null), so more is that loop.
struct Runaway {
  uint32_t offset = 0;
};

}  // namespace

class TreeBuilder : public YAML::EventHandler {
 public:
  // ParseTree: cuts a large multi-document file at `---` lines when `threads` > 1.
  static std::unique_ptr<Tree> Parse(const SourceFile& source, std::vector<ParseError>* errors,
                                     int threads, std::span<const std::string_view> unread_kinds,
                                     size_t min_elided = kMinElidedBytes);
  // Parses text[begin, end) of `source` into `tree`. False when the rest of the file
  // must not be parsed: a syntax error stops a YAML stream, as a whole-file parse would.
  // `whole` is cleared when nothing of the file may be kept.
  // Literal block scalar bodies of `min_elided` bytes or more are cut (block_elision.h).
  static bool ParseRange(const SourceFile& source, size_t begin, size_t end, Tree* tree,
                         std::vector<ParseError>* errors, bool* whole, size_t min_elided);
  // ParseRange's parse of `input`: the range itself, or `elision`'s text for it. `held`:
  // whether every cut was read where it was made.
  static bool Run(const SourceFile& source, size_t begin, size_t end, std::string_view input,
                  const Elision* elision, Tree* tree, std::vector<ParseError>* errors, bool* whole,
                  bool* held);
  // Appends `part`, parsed from a later range of the same source, to `tree`.
  static void Append(Tree* tree, const Tree& part);

  // Parses the bytes of the source from `base` on, `size` of them (marks count from base),
  // or `elision`'s text standing for them.
  TreeBuilder(Tree* tree, std::vector<ParseError>* errors, uint32_t base, size_t size,
              const Elision* elision = nullptr)
      : tree_(tree), errors_(errors), base_(base), size_(size), elision_(elision) {}

  // Whether yaml-cpp read every cut body as an empty literal block scalar at its place.
  bool elision_held() const {
    return !elision_failed_ && (!elision_ || matched_ == elision_->scalars.size());
  }

  void OnDocumentStart(const YAML::Mark& mark) override {
    doc_first_line_ = mark.pos >= 0 ? Pos(Offset(mark)).line : 1;
    anchors_.clear();
  }
  void OnDocumentEnd() override { complete_docs_ = tree_->docs_.size(); }
  // Documents fully read; the one being read when an error struck is incomplete.
  size_t complete_docs() const { return complete_docs_; }

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (swallow_) return;
    // A missing value's mark is the next token's; point at its key instead.
    uint32_t offset = Offset(mark);
    if (depth_ > 0) {
      const Frame& f = frames_[depth_ - 1];
      if (f.is_map && f.kids.size() % 2 == 1) offset = tree_->nodes_[f.kids.back()].offset;
    }
    Add(NewNode(NodeKind::kNull, offset), anchor);
  }

  void OnAlias(const YAML::Mark&, YAML::anchor_t anchor) override {
    if (swallow_) return;
    auto it = anchors_.find(anchor);
    // yaml-cpp rejects unknown anchors itself; stay safe if it ever does not.
    Attach(it != anchors_.end() ? it->second : NewNode(NodeKind::kNull, 0));
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    if (swallow_) return;
    const uint32_t offset = Offset(mark);
    const NodeId id = NewNode(NodeKind::kScalar, offset);
    Tree::Data& d = tree_->nodes_[id];
    d.first = static_cast<uint32_t>(tree_->strings_.size());
    const ElidedScalar* cut = elision_ ? elision_->At(offset - base_) : nullptr;
    if (cut && value.find_first_not_of('\n') == std::string::npos) {
      ++matched_;
      const std::string full =
          LiteralValue(std::string_view(tree_->source().text()).substr(base_, size_), *cut);
      d.count = static_cast<uint32_t>(full.size());
      tree_->strings_ += full;
    } else {
      elision_failed_ = elision_failed_ || cut;
      d.count = static_cast<uint32_t>(value.size());
      tree_->strings_ += value;
    }
    if (tag == "!" || tag == "tag:yaml.org,2002:str") d.flags |= Tree::kQuoted;
    if (tag == "!") CheckClosingQuote(offset);
    Add(id, anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    if (swallow_) {
      ++swallow_;
      return;
    }
    Open(NodeKind::kSequence, mark, anchor);
  }
  void OnSequenceEnd() override {
    if (swallow_) return Unswallow();
    Close();
  }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    if (swallow_) {
      ++swallow_;
      return;
    }
    if (StartsTemplate(mark)) {
      swallow_ = 1;
      swallow_offset_ = Offset(mark);
      swallow_anchor_ = anchor;
      return;
    }
    Open(NodeKind::kMap, mark, anchor);
  }
  void OnMapEnd() override {
    if (swallow_) return Unswallow();
    CheckDuplicateKeys(frames_[depth_ - 1]);
    Close();
  }

 private:
  struct Frame {
    NodeId id = kNoNode;
    bool is_map = false;
    std::vector<NodeId> kids;  // reused across frames at the same depth
  };

  Position Pos(size_t offset) const { return tree_->source().PositionAt(offset); }

  // `key: {{ .Name }}`, a Go/Helm/Jinja/Mustache expression written bare, is to YAML a
  // flow map holding a flow map. It stands for one value, so its events are swallowed
  // and it becomes one scalar holding its text (Node::templated).
  bool StartsTemplate(const YAML::Mark& mark) const {
    if (mark.pos < 0) return false;
    const std::string_view text = tree_->source().text();
    return text.substr(Offset(mark), 2) == "{{";
  }

  void Unswallow() {
    if (--swallow_ > 0) return;
    const std::string_view text = tree_->source().text();
    size_t end = swallow_offset_;
    int depth = 0;
    for (; end < text.size(); ++end) {
      if (text[end] == '{') ++depth;
      if (text[end] == '}' && --depth == 0) break;
      if (text[end] == '\n') break;
    }
    const std::string_view value =
        text.substr(swallow_offset_, std::min(end + 1, text.size()) - swallow_offset_);
    const NodeId id = NewNode(NodeKind::kScalar, swallow_offset_);
    Tree::Data& d = tree_->nodes_[id];
    d.first = static_cast<uint32_t>(tree_->strings_.size());
    d.count = static_cast<uint32_t>(value.size());
    d.flags |= Tree::kTemplate;
    tree_->strings_ += value;
    Add(id, swallow_anchor_);
  }

  uint32_t Offset(const YAML::Mark& mark) const {
    if (mark.pos >= 0) {
      const auto pos = static_cast<size_t>(mark.pos);
      return base_ + static_cast<uint32_t>(elision_ ? elision_->Original(pos) : pos);
    }
    // A null mark falls back to the enclosing node's position.
    return depth_ > 0 ? tree_->nodes_[frames_[depth_ - 1].id].offset : 0;
  }

  NodeId NewNode(NodeKind kind, uint32_t offset) {
    if (tree_->nodes_.size() >= kMaxNodes) throw TooManyNodes{};
    if (tree_->nodes_.size() > 2 * size_ + 64) throw Runaway{offset};
    Tree::Data d;
    d.kind = kind;
    d.offset = offset;
    tree_->nodes_.push_back(d);
    return static_cast<NodeId>(tree_->nodes_.size() - 1);
  }

  void Add(NodeId id, YAML::anchor_t anchor) {
    if (anchor) anchors_[anchor] = id;
    Attach(id);
  }

  void Attach(NodeId id) {
    if (depth_ == 0) {
      tree_->docs_.push_back({id, doc_first_line_});
      return;
    }
    frames_[depth_ - 1].kids.push_back(id);
  }

  void Open(NodeKind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    const NodeId id = NewNode(kind, Offset(mark));
    // Registered before its content, as yaml-cpp does: a recursive alias becomes a
    // cycle, which the fixed-path walks of the model never follow forever.
    if (anchor) anchors_[anchor] = id;
    Attach(id);
    if (depth_ == frames_.size()) frames_.emplace_back();
    Frame& f = frames_[depth_++];
    f.id = id;
    f.is_map = kind == NodeKind::kMap;
    f.kids.clear();
  }

  void Close() {
    Frame& f = frames_[--depth_];
    Tree::Data& d = tree_->nodes_[f.id];
    d.first = static_cast<uint32_t>(tree_->children_.size());
    d.count = static_cast<uint32_t>(f.is_map ? f.kids.size() / 2 : f.kids.size());
    tree_->children_.insert(tree_->children_.end(), f.kids.begin(), f.kids.end());
  }

  std::string_view KeyText(NodeId id) const {
    const Tree::Data& d = tree_->nodes_[id];
    if (d.kind != NodeKind::kScalar) return {};
    return std::string_view(tree_->strings_).substr(d.first, d.count);
  }

  void CheckDuplicateKeys(const Frame& f) {
    const size_t n = f.kids.size() / 2;
    if (n < 2) return;
    auto report = [&](NodeId first, NodeId dup) {
      errors_->push_back({Span::At(Pos(tree_->nodes_[dup].offset)),
                          "duplicate key '" + std::string(KeyText(dup)) + "' (first at line " +
                              std::to_string(Pos(tree_->nodes_[first].offset).line) + ")"});
    };
    if (n <= 16) {  // typical Kubernetes maps: quadratic is cheaper than hashing
      for (size_t i = 1; i < n; ++i) {
        const NodeId ki = f.kids[2 * i];
        if (tree_->nodes_[ki].kind != NodeKind::kScalar) continue;
        for (size_t j = 0; j < i; ++j) {
          const NodeId kj = f.kids[2 * j];
          if (tree_->nodes_[kj].kind == NodeKind::kScalar && KeyText(kj) == KeyText(ki)) {
            report(kj, ki);
            break;
          }
        }
      }
      return;
    }
    std::unordered_map<std::string_view, NodeId> seen;
    for (size_t i = 0; i < n; ++i) {
      const NodeId k = f.kids[2 * i];
      if (tree_->nodes_[k].kind != NodeKind::kScalar) continue;
      auto [it, inserted] = seen.emplace(KeyText(k), k);
      if (!inserted) report(it->second, k);
    }
  }

  // yaml-cpp accepts a quoted scalar that runs to the end of the input; YAML does not.
  void CheckClosingQuote(uint32_t offset) {
    const std::string& text = tree_->source().text();
    if (offset >= text.size()) return;
    const char quote = text[offset];
    if (quote != '"' && quote != '\'') return;
    for (size_t i = offset + 1; i < text.size(); ++i) {
      if (quote == '"' && text[i] == '\\') {
        ++i;
      } else if (text[i] == quote) {
        if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
          ++i;
        } else {
          return;
        }
      }
    }
    errors_->push_back({Span::At(Pos(offset)), std::string("unclosed quote: the ") +
                                                   (quote == '"' ? "double" : "single") +
                                                   "-quoted value runs to the end of the file"});
  }

  Tree* tree_;
  std::vector<ParseError>* errors_;
  uint32_t base_;
  size_t size_;
  std::vector<Frame> frames_;
  size_t depth_ = 0;
  std::unordered_map<YAML::anchor_t, NodeId> anchors_;
  uint32_t doc_first_line_ = 1;
  size_t complete_docs_ = 0;
  const Elision* elision_;
  size_t matched_ = 0;  // cut scalars seen where they were cut
  bool elision_failed_ = false;
  int swallow_ = 0;  // depth inside a bare template expression's events
  uint32_t swallow_offset_ = 0;
  YAML::anchor_t swallow_anchor_ = 0;
};

namespace {

// yaml-cpp tokenizes a whole flow collection (`[...]`, `{...}`, i.e. JSON) before it
// emits its first event, at about 270 bytes per token and in time that grows
// quadratically: an 8 MB JSON list takes 30 s, a 50 MB `[a,a,...]` 7 GB. Block-style
// YAML streams fine. So flow collections above this size are refused up front.
constexpr size_t kMaxFlowBytes = 1 << 20;

// End of the flow collection opening at text[i] (one past its closing bracket), or
// text.size() when it never closes. Skips quoted scalars and comments.
size_t FlowEnd(std::string_view text, size_t i) {
  int depth = 0;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '[' || c == '{') {
      ++depth;
    } else if (c == ']' || c == '}') {
      if (--depth == 0) return i + 1;
    } else if (c == '"' || c == '\'') {
      for (++i; i < text.size() && text[i] != c; ++i)
        if (c == '"' && text[i] == '\\') ++i;
    } else if (c == '#' && i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\n')) {
      while (i < text.size() && text[i] != '\n') ++i;
    }
  }
  return text.size();
}

// Offset of the first flow collection larger than kMaxFlowBytes, or npos. Looks only
// where a value starts (after `key: `, `- `, or at the start of a line), and skips
// block scalars (`|`, `>`), whose text may hold anything.
size_t OversizedFlow(std::string_view text) {
  if (text.size() <= kMaxFlowBytes) return std::string_view::npos;
  size_t block_indent = std::string_view::npos;  // indent of a line opening a block scalar
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t eol = std::min(text.find('\n', pos), text.size());
    const std::string_view line = text.substr(pos, eol - pos);
    const size_t indent = std::min(line.find_first_not_of(' '), line.size());
    std::string_view rest = line.substr(indent);
    if (block_indent != std::string_view::npos) {
      if (rest.empty() || rest == "\r" || indent > block_indent) {
        pos = eol + 1;
        continue;
      }
      block_indent = std::string_view::npos;
    }
    size_t value = indent;
    while (rest.starts_with("- ")) {
      rest.remove_prefix(2);
      value += 2;
    }
    if (!rest.empty() && rest[0] != '[' && rest[0] != '{' && rest[0] != '"' && rest[0] != '\'') {
      const size_t colon = rest.find(": ");
      if (colon != std::string_view::npos &&
          rest.substr(0, colon).find('#') == std::string_view::npos) {
        const size_t v = std::min(rest.find_first_not_of(' ', colon + 1), rest.size());
        value += v;
        rest.remove_prefix(v);
      }
    }
    if (!rest.empty() && (rest[0] == '[' || rest[0] == '{')) {
      const size_t end = FlowEnd(text, pos + value);
      if (end - (pos + value) > kMaxFlowBytes) return pos + value;
      pos = std::min(text.find('\n', end), text.size()) + 1;
      continue;
    }
    if (!rest.empty() && (rest[0] == '|' || rest[0] == '>')) block_indent = indent;
    pos = eol + 1;
  }
  return std::string_view::npos;
}

bool LeadingTab(std::string_view line) {
  for (char c : line) {
    if (c == '\t') return true;
    if (c != ' ') return false;
  }
  return false;
}

}  // namespace

bool TreeBuilder::ParseRange(const SourceFile& source, size_t begin, size_t end, Tree* tree,
                             std::vector<ParseError>* errors, bool* whole, size_t min_elided) {
  const std::string_view range = std::string_view(source.text()).substr(begin, end - begin);
  // Scalar values are never longer than the text they come from: room for them at once
  // spares a large file the copies of a string grown by doubling (growing by at least
  // double still, as a file cut into many ranges calls this once per range).
  std::string& values = tree->strings_;
  if (values.capacity() < values.size() + range.size())
    values.reserve(std::max(values.size() + range.size(), 2 * values.capacity()));
  Elision elision;
  if (ElideBlockScalars(range, min_elided, &elision)) {
    const size_t nodes = tree->nodes_.size(), children = tree->children_.size(),
                 strings = tree->strings_.size(), docs = tree->docs_.size();
    std::vector<ParseError> cut_errors;
    bool cut_whole = true, held = false;
    if (Run(source, begin, end, elision.text, &elision, tree, &cut_errors, &cut_whole, &held) &&
        held) {
      errors->insert(errors->end(), cut_errors.begin(), cut_errors.end());
      return true;
    }
    // A cut yaml-cpp did not read as an empty block scalar where it was made, or an error
    // (whose message must be the one the whole text gets): parse the whole text.
    tree->nodes_.resize(nodes);
    tree->children_.resize(children);
    tree->strings_.resize(strings);
    tree->docs_.resize(docs);
  }
  bool held = true;
  return Run(source, begin, end, range, nullptr, tree, errors, whole, &held);
}

bool TreeBuilder::Run(const SourceFile& source, size_t begin, size_t end, std::string_view input,
                      const Elision* elision, Tree* tree, std::vector<ParseError>* errors,
                      bool* whole, bool* held) {
  MemoryBuffer buffer(input.data(), input.size());
  std::istream in(&buffer);
  TreeBuilder builder(tree, errors, static_cast<uint32_t>(begin), end - begin, elision);
  const auto at = [&](const YAML::Mark& mark) {
    const size_t pos = mark.pos >= 0 ? static_cast<size_t>(mark.pos) : 0;
    return begin + (elision ? elision->Original(pos) : pos);
  };
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
    }
    tree->docs_.resize(std::min(tree->docs_.size(), builder.complete_docs()));
    *held = builder.elision_held();
    return true;
  } catch (const YAML::DeepRecursion& e) {
    errors->push_back({Span::At(source.PositionAt(at(e.mark))),
                       "invalid YAML: nesting deeper than " + std::to_string(e.depth()) +
                           " levels; the rest of the file is not checked"});
  } catch (const YAML::Exception& e) {
    Position p{1, 1};
    if (e.mark.pos >= 0) {
      p = source.PositionAt(at(e.mark));
    } else if (e.mark.line >= 0) {
      p = Position{static_cast<uint32_t>(e.mark.line) + source.PositionAt(begin).line, 1};
    }
    std::string msg = "invalid YAML: " + e.msg;
    if (LeadingTab(source.Line(p.line)) || LeadingTab(source.Line(p.line + 1)))
      msg += " (tabs are not allowed in YAML indentation)";
    errors->push_back({Span::At(p), std::move(msg)});
  } catch (const Runaway& r) {
    errors->push_back({Span::At(source.PositionAt(r.offset)),
                       "invalid YAML: the parser stopped making progress here (a ',' outside "
                       "[...] or {...}?); the file is not checked"});
    *whole = false;
  } catch (const TooManyNodes&) {
    errors->push_back({Span::At(1, 1), TooLarge()});
    *whole = false;
  } catch (const std::exception& e) {
    errors->push_back(
        {Span::At(source.PositionAt(begin)), std::string("invalid YAML: ") + e.what()});
  }
  tree->docs_.resize(std::min(tree->docs_.size(), builder.complete_docs()));
  return false;
}

namespace {

// Where a multi-document file may be cut so its parts parse on their own: before a `---`
// line at column 0, which YAML forbids inside any scalar, so it always starts a
// document. Up to `parts` cuts at about equal sizes; none when directives (`%YAML`,
// `%TAG`, which bind the document after them) appear.
std::vector<size_t> DocumentCuts(std::string_view text, size_t parts) {
  std::vector<size_t> cuts{0};
  if (parts < 2 || text.starts_with('%') || text.find("\n%") != std::string_view::npos) return cuts;
  for (size_t k = 1; k < parts; ++k) {
    for (size_t at = std::max(cuts.back() + 1, text.size() / parts * k);;) {
      at = text.find("\n---", at);
      if (at == std::string_view::npos) return cuts;
      const size_t line = at + 1;
      const char next = line + 3 < text.size() ? text[line + 3] : '\n';
      if (next == '\n' || next == '\r' || next == ' ' || next == '\t') {
        cuts.push_back(line);
        break;
      }
      at = line;
    }
  }
  return cuts;
}

// The value of a top-level `kind:` line (column 0) of text[begin, end), unquoted; empty
// when there is none or the document does not start as a block map at column 0.
std::string_view TopLevelKind(std::string_view text, size_t begin, size_t end) {
  bool first = true;
  for (size_t at = begin; at < end;) {
    size_t nl = text.find('\n', at);
    if (nl == std::string_view::npos || nl > end) nl = end;
    std::string_view line = text.substr(at, nl - at);
    at = nl + 1;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.empty() || line.front() == '#' || (first && line == "---")) continue;
    if (first && (line.front() == ' ' || line.front() == '\t' || line.front() == '-' ||
                  line.front() == '[' || line.front() == '{' || line.front() == '%' ||
                  line.front() == '|' || line.front() == '>' || line.front() == '&' ||
                  line.front() == '!' || line.front() == '*' || line.starts_with("--- ")))
      return {};
    first = false;
    if (!line.starts_with("kind:")) continue;
    std::string_view v = line.substr(5);
    if (const size_t hash = v.find(" #"); hash != std::string_view::npos) v = v.substr(0, hash);
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
      v = v.substr(1, v.size() - 2);
    return v;
  }
  return {};
}

// Whether text[begin, end), one document, is left out: its kind is unread and it holds
// nothing a suppression could be made of (annotations are read from the tree).
bool Unread(std::string_view text, size_t begin, size_t end,
            std::span<const std::string_view> unread_kinds) {
  const std::string_view kind = TopLevelKind(text, begin, end);
  if (kind.empty() ||
      std::find(unread_kinds.begin(), unread_kinds.end(), kind) == unread_kinds.end())
    return false;
  const std::string_view doc = text.substr(begin, end - begin);
  return doc.find("ignore") == std::string_view::npos &&
         doc.find("k8slint.io") == std::string_view::npos;
}

// Every document start (`---` line at column 0) of `text`, after 0; none with directives.
std::vector<size_t> AllDocumentStarts(std::string_view text) {
  std::vector<size_t> starts{0};
  if (text.starts_with('%') || text.find("\n%") != std::string_view::npos) return starts;
  for (size_t at = 0;;) {
    at = text.find("\n---", at);
    if (at == std::string_view::npos) return starts;
    const size_t line = at + 1;
    const char next = line + 3 < text.size() ? text[line + 3] : '\n';
    if (next == '\n' || next == '\r' || next == ' ' || next == '\t') starts.push_back(line);
    at = line;
  }
}

}  // namespace

// `tree` has room for `part` already: Parse reserves for every part before the first.
void TreeBuilder::Append(Tree* tree, const Tree& part) {
  const uint32_t nodes = static_cast<uint32_t>(tree->nodes_.size());
  const uint32_t children = static_cast<uint32_t>(tree->children_.size());
  const uint32_t strings = static_cast<uint32_t>(tree->strings_.size());
  for (Tree::Data d : part.nodes_) {
    if (d.kind == NodeKind::kScalar) d.first += strings;
    if (d.kind == NodeKind::kMap || d.kind == NodeKind::kSequence) d.first += children;
    tree->nodes_.push_back(d);
  }
  for (const NodeId id : part.children_) tree->children_.push_back(id + nodes);
  tree->strings_ += part.strings_;
  for (Tree::Doc d : part.docs_) {
    if (d.root != kNoNode) d.root += nodes;
    tree->docs_.push_back(d);
  }
}

std::unique_ptr<Tree> TreeBuilder::Parse(const SourceFile& source, std::vector<ParseError>* errors,
                                         int threads,
                                         std::span<const std::string_view> unread_kinds,
                                         size_t min_elided) {
  auto tree = std::make_unique<Tree>(source);
  const std::string_view text = source.text();
  if (const size_t at = OversizedFlow(text); at != std::string_view::npos) {
    errors->push_back({Span::At(source.PositionAt(at)),
                       "flow-style (JSON) collection larger than 1 MiB: write it in block style "
                       "or split it; the file is not checked"});
    return tree;
  }
  const size_t parts =
      threads > 1 && text.size() >= kMinSplitBytes ? static_cast<size_t>(threads) : 1;
  std::vector<size_t> cuts = DocumentCuts(text, parts);
  // Unread documents become parts of their own that are never handed to yaml-cpp.
  std::vector<bool> skip(cuts.size(), false);
  if (!unread_kinds.empty()) {
    const std::vector<size_t> starts = AllDocumentStarts(text);
    std::vector<size_t> refined;
    std::vector<bool> refined_skip;
    for (size_t d = 0; d < starts.size(); ++d) {
      const size_t end = d + 1 < starts.size() ? starts[d + 1] : text.size();
      const bool unread = Unread(text, starts[d], end, unread_kinds);
      const bool cut_here = std::binary_search(cuts.begin(), cuts.end(), starts[d]);
      if (d == 0 || unread || refined_skip.back() || cut_here) {
        refined.push_back(starts[d]);
        refined_skip.push_back(unread);
      }
    }
    cuts = std::move(refined);
    skip = std::move(refined_skip);
  }
  struct Part {
    std::unique_ptr<Tree> tree;
    std::vector<ParseError> errors;
    bool complete = true;  // parsed to its end without an error
    bool whole = true;     // false: the file is not checked at all
  };
  std::vector<Part> out(cuts.size());
  auto parse = [&](size_t i) {
    Part& p = out[i];
    p.tree = i == 0 ? std::move(tree) : std::make_unique<Tree>(source);
    const size_t end = i + 1 < cuts.size() ? cuts[i + 1] : text.size();
    if (skip[i]) return;
    p.complete = ParseRange(source, cuts[i], end, p.tree.get(), &p.errors, &p.whole, min_elided);
  };
  std::vector<std::thread> workers;
  for (size_t i = 1; i < cuts.size() && parts > 1; ++i) {
    if (skip[i]) {
      parse(i);  // nothing to parse: no thread
      continue;
    }
    try {
      workers.emplace_back(parse, i);
    } catch (const std::system_error&) {
      parse(i);  // no thread to be had: parse it here
    }
  }
  if (parts > 1) {
    parse(0);
  } else {
    for (size_t i = 0; i < cuts.size(); ++i) parse(i);
  }
  for (std::thread& t : workers) t.join();
  tree = std::move(out[0].tree);
  // Room for every part up front, and each part freed once appended: the join then holds
  // the parts plus at most one part's copy, not a second copy of them all (a string
  // grown by `+=` keeps its old buffer until the new one is filled).
  if (out.size() > 1) {
    size_t all_nodes = 0, all_children = 0, all_strings = 0;
    for (size_t i = 0; i < out.size(); ++i) {
      const Tree& t = i == 0 ? *tree : *out[i].tree;
      all_nodes += t.nodes_.size();
      all_children += t.children_.size();
      all_strings += t.strings_.size();
    }
    tree->nodes_.reserve(all_nodes);
    tree->children_.reserve(all_children);
    tree->strings_.reserve(all_strings);
  }
  size_t nodes = 0;
  for (size_t i = 0; i < out.size(); ++i) {
    Part& p = out[i];
    nodes += (i == 0 ? *tree : *p.tree).nodes_.size();
    if (p.whole && nodes > kMaxNodes) p.errors.push_back({Span::At(1, 1), TooLarge()});
    if (!p.whole || nodes > kMaxNodes) {
      errors->insert(errors->end(), p.errors.begin(), p.errors.end());
      tree->docs_.clear();
      return tree;
    }
    errors->insert(errors->end(), p.errors.begin(), p.errors.end());
    if (i > 0) {
      Append(tree.get(), *p.tree);
      p.tree.reset();
    }
    if (!p.complete) break;  // a syntax error ends the stream
  }
  return tree;
}

std::unique_ptr<Tree> ParseTree(const SourceFile& source, std::vector<ParseError>* errors) {
  return TreeBuilder::Parse(source, errors, 1, {});
}

std::unique_ptr<Tree> ParseTree(const SourceFile& source, std::vector<ParseError>* errors,
                                int threads, std::span<const std::string_view> unread_kinds) {
  return TreeBuilder::Parse(source, errors, threads, unread_kinds);
}

std::unique_ptr<Tree> ParseTreeEliding(const SourceFile& source, std::vector<ParseError>* errors,
                                       size_t min_elided_bytes) {
  return TreeBuilder::Parse(source, errors, 1, {}, min_elided_bytes);
}

}  // namespace k8slint::yaml

// Dockerfile parser: physical lines -> logical instructions (continuations joined,
// comment lines inside them dropped, heredoc bodies attached) -> typed fields.
#include <cstdint>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>
#include <array>
#include <cctype>
#include <map>

#include "linter/core/text.h"
#include "linter/core/ascii.h"
#include "linter/core/model_limits.h"
#include "linter/models/dockerfile/model.h"
#include "linter/models/dockerfile/words.h"

namespace k8slint::dockerfile {
namespace {

constexpr std::array<std::string_view, 18> kKeywords = {
    "ADD",    "ARG",   "CMD",         "COPY",  "ENTRYPOINT", "ENV",
    "EXPOSE", "FROM",  "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD",
    "RUN",    "SHELL", "STOPSIGNAL",  "USER",  "VOLUME",     "WORKDIR"};
constexpr std::array<std::string_view, 11> kExpanded = {"ADD",    "ARG",    "COPY",   "ENV",
                                                        "EXPOSE", "FROM",   "LABEL",  "STOPSIGNAL",
                                                        "USER",   "VOLUME", "WORKDIR"};

struct PhysLine {
  size_t offset;          // byte offset in the source
  std::string_view text;  // without '\n' and a trailing '\r'
};

// A logical instruction: text plus a map back to source offsets.
struct Logical {
  std::string text;
  std::vector<std::pair<size_t, size_t>> segments;  // (text offset, source offset)
  uint32_t first_line = 0, last_line = 0;
  size_t end_offset = 0;  // source offset of the end of the last line
};

class Parser {
 public:
  explicit Parser(const SourceFile& source)
      : src_(source), doc_(std::make_unique<Document>(source)) {
    SplitLines();
  }

  std::unique_ptr<Document> Run() {
    // At most one instruction per line. Reserving up front keeps a file of short lines
    // from holding the old and the new array at once while the vector grows (issue 13);
    // the pages of a slot never filled are never touched.
    doc_->instructions.reserve(std::min(lines_.size(), kMaxDockerfileInstructions));
    size_t i = ReadDirectives();
    while (i < lines_.size()) {
      if (doc_->instructions.size() == kMaxDockerfileInstructions) {
        Error(lines_[i].offset, ModelLimitMessage(kMaxDockerfileInstructions, "instructions"));
        break;
      }
      std::string_view t = TrimLeft(lines_[i].text);
      if (t.empty()) {
        ++i;
        continue;
      }
      if (t.front() == '#') {
        doc_->comments.push_back(
            {static_cast<uint32_t>(i + 1), std::string(TrimRight(TrimLeft(t.substr(1))))});
        ++i;
        continue;
      }
      const Logical logical = Join(&i);
      ParseInstruction(logical, &i);
    }
    FinishStages();
    return std::move(doc_);
  }

 private:
  void SplitLines() {
    const std::string& text = src_.text();
    lines_.reserve(src_.line_count());
    size_t start = 0;
    while (start < text.size()) {
      size_t nl = text.find('\n', start);
      if (nl == std::string::npos) nl = text.size();
      std::string_view line(text.data() + start, nl - start);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      lines_.push_back({start, line});
      start = nl + 1;
    }
  }

  Position Pos(size_t offset) const { return src_.PositionAt(offset); }

  void Error(size_t offset, std::string message) {
    doc_->errors.push_back({Span::At(Pos(offset)), std::move(message)});
  }

  // Parser directives: `# name=value` lines at the very top.
  size_t ReadDirectives() {
    size_t i = 0;
    for (; i < lines_.size(); ++i) {
      std::string_view t = TrimLeft(lines_[i].text);
      if (t.empty() || t.front() != '#') break;
      t = TrimLeft(t.substr(1));
      const size_t eq = t.find('=');
      if (eq == std::string_view::npos) break;
      const std::string name = AsciiLower(TrimRight(t.substr(0, eq)));
      if (name != "syntax" && name != "escape" && name != "check") break;
      const std::string value(TrimRight(TrimLeft(t.substr(eq + 1))));
      if (name == "escape") {
        if (value == "`" || value == "\\") doc_->escape = value[0];
        else Error(lines_[i].offset, "invalid escape directive '" + value + "': use \\ or `");
      }
      doc_->directives.emplace_back(name, value);
      doc_->comments.push_back({static_cast<uint32_t>(i + 1), std::string(t)});
    }
    return i;
  }

  // Joins line *i and its continuation lines; advances *i past them.
  Logical Join(size_t* i) {
    Logical out;
    out.first_line = static_cast<uint32_t>(*i + 1);
    bool first = true;
    while (*i < lines_.size()) {
      const PhysLine& line = lines_[*i];
      std::string_view t = line.text;
      if (!first) {
        const std::string_view trimmed = TrimLeft(t);
        if (trimmed.empty() || trimmed.front() == '#') {  // dropped inside continuations
          ++*i;
          continue;
        }
      }
      first = false;
      std::string_view body = TrimRight(t);
      const bool continues = !body.empty() && body.back() == doc_->escape;
      if (continues) body.remove_suffix(1);
      out.segments.emplace_back(out.text.size(), line.offset);
      out.text.append(body);
      out.last_line = static_cast<uint32_t>(*i + 1);
      out.end_offset = line.offset + t.size();
      ++*i;
      if (!continues) break;
    }
    return out;
  }

  size_t SourceOffset(const Logical& l, size_t at) const {
    auto it = std::upper_bound(l.segments.begin(), l.segments.end(), std::make_pair(at, SIZE_MAX));
    if (it == l.segments.begin()) return l.segments.empty() ? 0 : l.segments.front().second;
    --it;
    return it->second + (at - it->first);
  }

  Span SpanOf(const Logical& l, size_t begin, size_t end) const {
    const Position b = Pos(SourceOffset(l, begin));
    Position e = Pos(SourceOffset(l, end > begin ? end - 1 : begin));
    return Span{b, e};
  }

  // Reads heredoc bodies following the instruction; advances *i.
  void ReadHeredocs(const Logical& l, Instruction* ins, size_t* i) {
    const std::string& t = l.text;
    char quote = 0;
    for (size_t p = 0; p + 2 < t.size(); ++p) {
      const char c = t[p];
      if (quote) {
        if (c == quote) quote = 0;
        continue;
      }
      if (c == '"' || c == '\'') {
        quote = c;
        continue;
      }
      if (c != '<' || t[p + 1] != '<' || (p > 0 && t[p - 1] == '<') || t[p + 2] == '<') continue;
      size_t q = p + 2;
      Heredoc h;
      if (q < t.size() && t[q] == '-') {
        h.strip_tabs = true;
        ++q;
      }
      char dq = 0;
      if (q < t.size() && (t[q] == '"' || t[q] == '\'')) {
        dq = t[q];
        h.quoted = true;
        ++q;
      }
      size_t n = q;
      while (n < t.size() && (std::isalnum(static_cast<unsigned char>(t[n])) || t[n] == '_' ||
                              t[n] == '-' || t[n] == '.'))
        ++n;
      if (n == q) continue;
      h.delimiter = t.substr(q, n - q);
      if (dq && n < t.size() && t[n] == dq) ++n;
      h.span = SpanOf(l, p, n);
      h.body_offset = *i < lines_.size() ? lines_[*i].offset : src_.text().size();
      bool closed = false;
      while (*i < lines_.size()) {
        std::string_view body_line = lines_[*i].text;
        ++*i;
        std::string_view cmp = body_line;
        if (h.strip_tabs)
          while (!cmp.empty() && cmp.front() == '\t') cmp.remove_prefix(1);
        if (cmp == h.delimiter) {
          closed = true;
          break;
        }
        h.body.append(h.strip_tabs ? cmp : body_line);
        h.body += '\n';
      }
      if (!closed) {
        doc_->errors.push_back({h.span, "unterminated heredoc: no line '" + h.delimiter +
                                            "' closes the '<<" + h.delimiter + "' opened here"});
      }
      ins->heredocs.push_back(std::move(h));
      p = n - 1;
    }
  }

  std::optional<std::string> Lookup(const std::string& name) const {
    if (auto it = vars_.find(name); it != vars_.end()) return it->second;
    return std::nullopt;
  }

  void ParseInstruction(const Logical& l, size_t* i) {
    Instruction ins;
    const std::string& t = l.text;
    size_t p = 0;
    while (p < t.size() && IsBlank(t[p])) ++p;
    size_t kw_end = p;
    while (kw_end < t.size() && !IsBlank(t[kw_end])) ++kw_end;
    ins.keyword = AsciiUpper(std::string_view(t).substr(p, kw_end - p));
    const Position begin = Pos(SourceOffset(l, p));
    ins.span = Span{begin, l.end_offset > SourceOffset(l, p) ? Pos(l.end_offset - 1) : begin};
    if (std::find(kKeywords.begin(), kKeywords.end(), ins.keyword) == kKeywords.end()) {
      doc_->errors.push_back(
          {SpanOf(l, p, kw_end),
           "unknown instruction '" + std::string(t.substr(p, kw_end - p)) + "'"});
      return;
    }
    if (ins.Is("RUN") || ins.Is("COPY") || ins.Is("ADD")) ReadHeredocs(l, &ins, i);
    size_t a = kw_end;
    while (a < t.size() && IsBlank(t[a])) ++a;
    // Flags: leading --name[=value] words.
    if (ins.Is("FROM") || ins.Is("RUN") || ins.Is("COPY") || ins.Is("ADD") ||
        ins.Is("HEALTHCHECK")) {
      while (a + 1 < t.size() && t[a] == '-' && t[a + 1] == '-') {
        size_t e = a;
        while (e < t.size() && !IsBlank(t[e])) ++e;
        const std::string_view word = std::string_view(t).substr(a + 2, e - a - 2);
        const size_t eq = word.find('=');
        ins.flags.push_back({std::string(word.substr(0, eq)),
                             eq == std::string_view::npos ? "" : std::string(word.substr(eq + 1)),
                             SpanOf(l, a, e)});
        a = e;
        while (a < t.size() && IsBlank(t[a])) ++a;
      }
    }
    ins.args = std::string(TrimRight(std::string_view(t).substr(std::min(a, t.size()))));
    ins.args_span = SpanOf(l, a, a + ins.args.size());
    ins.stage = static_cast<int>(doc_->stages.size()) - 1;
    ParseExecForm(l, a, &ins);
    const bool expands =
        std::find(kExpanded.begin(), kExpanded.end(), ins.keyword) != kExpanded.end();
    auto lookup = [this](const std::string& n) { return Lookup(n); };
    ins.expanded = expands ? Expand(ins.args, doc_->escape, lookup) : ins.args;
    if (ins.Is("ENV") || ins.Is("ARG") || ins.Is("LABEL")) ParsePairs(l, a, &ins);
    if (ins.Is("FROM")) StartStage(l, a, &ins);
    if (ins.Is("SHELL")) shell_ = ins.exec;
    if (ins.Is("RUN")) {
      static const auto kDefault = std::make_shared<const std::vector<std::string>>(
          std::vector<std::string>{"/bin/sh", "-c"});
      if (shell_.empty()) {
        ins.shell = kDefault;
      } else {
        if (!shared_shell_ || *shared_shell_ != shell_)
          shared_shell_ = std::make_shared<const std::vector<std::string>>(shell_);
        ins.shell = shared_shell_;
      }
      if (!ins.exec_form && !ins.IsPowerShell()) SplitCommands(l, a, &ins);
    }
    if (ins.keyword.empty()) return;
    doc_->instructions.push_back(std::move(ins));
  }

  void ParseExecForm(const Logical& l, size_t a, Instruction* ins) {
    const bool may_exec = ins->Is("RUN") || ins->Is("CMD") || ins->Is("ENTRYPOINT") ||
                          ins->Is("SHELL") || ins->Is("VOLUME") || ins->Is("ADD") ||
                          ins->Is("COPY");
    if (!may_exec || ins->args.empty() || ins->args.front() != '[') {
      if (ins->Is("SHELL"))
        Error(SourceOffset(l, a), "SHELL needs a JSON array, e.g. SHELL [\"pwsh\", \"-Command\"]");
      return;
    }
    nlohmann::json j = nlohmann::json::parse(ins->args, nullptr, /*allow_exceptions=*/false);
    bool ok = j.is_array() && !j.empty();
    if (ok)
      for (const auto& item : j) ok = ok && item.is_string();
    if (!ok) {
      if (ins->Is("VOLUME")) return;  // VOLUME [ is also a valid plain path list
      doc_->errors.push_back(
          {ins->args_span, "malformed JSON array in " + ins->keyword +
                               ": Docker would run it as a shell command; "
                               "use [\"executable\", \"arg\", ...] with double quotes"});
      return;
    }
    ins->exec_form = true;
    for (const auto& item : j) ins->exec.push_back(item.get<std::string>());
  }

  void ParsePairs(const Logical& l, size_t a, Instruction* ins) {
    const std::string_view args = std::string_view(l.text).substr(std::min(a, l.text.size()));
    std::vector<Word> words = SplitWords(args, doc_->escape);
    auto lookup = [this](const std::string& n) { return Lookup(n); };
    // Legacy `ENV key value with spaces`.
    if (ins->Is("ENV") && !words.empty() &&
        args.substr(words[0].begin, words[0].end - words[0].begin).find('=') ==
            std::string_view::npos) {
      KeyValue kv;
      kv.key = words[0].value;
      kv.key_span = SpanOf(l, a + words[0].begin, a + words[0].end);
      const size_t vbegin = words.size() > 1 ? words[1].begin : words[0].end;
      kv.value = std::string(TrimRight(args.substr(vbegin)));
      kv.has_value = true;
      kv.value_span = SpanOf(l, a + vbegin, a + vbegin + kv.value.size());
      kv.expanded = Expand(kv.value, doc_->escape, lookup);
      vars_[kv.key] = kv.expanded;
      ins->pairs.push_back(std::move(kv));
      return;
    }
    for (const Word& w : words) {
      KeyValue kv;
      const std::string_view raw = args.substr(w.begin, w.end - w.begin);
      const size_t eq = raw.find('=');
      kv.key = std::string(raw.substr(0, eq));
      kv.key_span =
          SpanOf(l, a + w.begin, a + w.begin + (eq == std::string_view::npos ? raw.size() : eq));
      if (eq != std::string_view::npos) {
        kv.has_value = true;
        const std::vector<Word> value = SplitWords(raw.substr(eq + 1), doc_->escape);
        kv.value = value.empty() ? "" : value.front().value;
        kv.value_span = SpanOf(l, a + w.begin + eq + 1, a + w.end);
        // Docker expands before unquoting; single-quoted values stay literal.
        kv.expanded = raw[eq + 1 < raw.size() ? eq + 1 : eq] == '\''
                          ? kv.value
                          : Expand(kv.value, doc_->escape, lookup);
      }
      if (ins->Is("ENV")) {
        vars_[kv.key] = kv.expanded;
      } else if (ins->Is("ARG")) {
        if (kv.has_value) vars_[kv.key] = kv.expanded;
        else if (auto g = global_args_.find(kv.key); g != global_args_.end() && ins->stage >= 0)
          vars_[kv.key] = g->second;
        if (ins->stage < 0 && kv.has_value) global_args_[kv.key] = kv.expanded;
      }
      ins->pairs.push_back(std::move(kv));
    }
  }

  void StartStage(const Logical& l, size_t a, Instruction* ins) {
    std::vector<Word> words =
        SplitWords(std::string_view(l.text).substr(std::min(a, l.text.size())), doc_->escape);
    Stage stage;
    stage.index = static_cast<int>(doc_->stages.size());
    stage.from = doc_->instructions.size();
    if (words.empty()) {
      Error(SourceOffset(l, a), "FROM needs an image");
    } else {
      // FROM sees only global ARGs.
      auto lookup = [this](const std::string& n) -> std::optional<std::string> {
        if (auto it = global_args_.find(n); it != global_args_.end()) return it->second;
        return std::nullopt;
      };
      stage.base = ImageRef::Parse(Expand(words[0].value, doc_->escape, lookup));
      if (words.size() >= 3 && AsciiLower(words[1].value) == "as")
        stage.alias = AsciiLower(words[2].value);
      else if (words.size() > 1)
        Error(SourceOffset(l, a + words[1].begin), "FROM takes an image and an optional 'AS name'");
      if (const Stage* base = doc_->FindStage(stage.base.text, doc_->stages.size());
          base && !base->alias.empty())
        stage.base_stage = base->index;
    }
    if (!doc_->stages.empty()) {
      doc_->stages.back().end = doc_->instructions.size();
      stage_env_.push_back(vars_);
      stage_shell_.push_back(shell_);
    }
    // A stage inherits ENV from a stage it is based on; ARGs never cross stages.
    vars_ = stage.base_stage >= 0 ? stage_env_[static_cast<size_t>(stage.base_stage)]
                                  : std::map<std::string, std::string>{};
    shell_ = stage.base_stage >= 0 ? stage_shell_[static_cast<size_t>(stage.base_stage)]
                                   : std::vector<std::string>{};
    ins->stage = stage.index;
    doc_->stages.push_back(std::move(stage));
  }

  void SplitCommands(const Logical& l, size_t a, Instruction* ins) {
    // A RUN that is only a heredoc runs the heredoc's body as the script.
    std::string_view args = ins->args;
    const bool heredoc_script = !ins->heredocs.empty() && TrimRight(args).substr(0, 2) == "<<" &&
                                args.find(' ') == std::string_view::npos;
    if (heredoc_script) {
      const Heredoc& h = ins->heredocs.front();
      for (RawCommand& raw : SplitShell(h.body)) {
        ShellCommand cmd{{}, {}, raw.separator};
        for (ShellWord& w : raw.words) {
          cmd.positions.push_back(Pos(h.body_offset + w.offset));
          cmd.words.push_back(std::move(w.value));
        }
        ins->commands.push_back(std::move(cmd));
      }
      return;
    }
    for (RawCommand& raw : SplitShell(args)) {
      ShellCommand cmd{{}, {}, raw.separator};
      for (ShellWord& w : raw.words) {
        cmd.positions.push_back(Pos(SourceOffset(l, a + w.offset)));
        cmd.words.push_back(std::move(w.value));
      }
      ins->commands.push_back(std::move(cmd));
    }
  }

  void FinishStages() {
    if (!doc_->stages.empty()) doc_->stages.back().end = doc_->instructions.size();
    // Instructions before the first FROM of a file that has one are DF075's to report.
    if (doc_->stages.empty() && doc_->errors.empty())
      doc_->errors.push_back({Span::At(1, 1), doc_->instructions.empty()
                                                  ? "empty Dockerfile: no FROM instruction"
                                                  : "no FROM instruction"});
  }

  const SourceFile& src_;
  std::unique_ptr<Document> doc_;
  std::vector<PhysLine> lines_;
  std::map<std::string, std::string> vars_;         // in scope for the current stage
  std::map<std::string, std::string> global_args_;  // ARGs before the first FROM
  std::vector<std::string> shell_;
  std::shared_ptr<const std::vector<std::string>> shared_shell_;  // shell_, shared by RUNs
  std::vector<std::map<std::string, std::string>> stage_env_;
  std::vector<std::vector<std::string>> stage_shell_;
};

}  // namespace

std::unique_ptr<Document> Parse(const SourceFile& source) { return Parser(source).Run(); }

}  // namespace k8slint::dockerfile

#include "rules/df/layer_cleanup.h"

#include <algorithm>

#include "linter/models/dockerfile/queries.h"

namespace k8slint::rules::df {
namespace {

// `~/x`, `$HOME/x` and `${HOME}/x` are /root/x (builds run as root unless USER says
// otherwise, and then the home is unknown anyway); trailing `/`, `/*` and `/.` dropped.
std::string NormalPath(std::string_view p) {
  std::string out;
  for (std::string_view home : {"~", "$HOME", "${HOME}"})
    if (p == home || (p.starts_with(home) && p.size() > home.size() && p[home.size()] == '/')) {
      out = "/root" + std::string(p.substr(home.size()));
      break;
    }
  if (out.empty()) out = std::string(p);
  for (bool again = true; again;) {
    again = false;
    for (std::string_view tail : {"/*", "/.", "/"})
      if (out.size() > tail.size() && out.ends_with(tail)) {
        out.resize(out.size() - tail.size());
        again = true;
      }
  }
  return out;
}

bool AtOrAbove(std::string_view path, std::string_view dir) {
  return path == dir ||
         (dir.starts_with(path) && dir.size() > path.size() && dir[path.size()] == '/');
}
bool Related(std::string_view a, std::string_view b) { return AtOrAbove(a, b) || AtOrAbove(b, a); }

// The chain of stages `stage` is built from, itself included.
std::vector<bool> ChainOf(const dockerfile::Document& doc, int stage) {
  std::vector<bool> in(doc.stages.size(), false);
  for (int s = stage, guard = 0; s >= 0 && guard < 1000; ++guard) {
    in[static_cast<size_t>(s)] = true;
    s = doc.stages[static_cast<size_t>(s)].base_stage;
  }
  return in;
}

// Calls fn(ins) for the instructions of the stages `run` builds on, before `run`.
template <typename Fn>
void ForEachEarlier(const dockerfile::Document& doc, const dockerfile::Instruction& run, Fn&& fn) {
  if (run.stage < 0) return;
  const std::vector<bool> chain = ChainOf(doc, run.stage);
  for (const dockerfile::Instruction& ins : doc.instructions) {
    if (&ins == &run) return;
    if (ins.stage >= 0 && chain[static_cast<size_t>(ins.stage)]) fn(ins);
  }
}

bool IsRecursiveRm(const std::vector<std::string>& w, size_t at) {
  for (size_t i = at + 1; i < w.size(); ++i) {
    if (w[i] == "--recursive") return true;
    if (w[i].size() > 1 && w[i][0] == '-' && w[i][1] != '-' &&
        w[i].find_first_of("rR") != std::string::npos)
      return true;
  }
  return false;
}

}  // namespace

std::vector<bool> ShippedStages(const dockerfile::Document& doc) {
  const dockerfile::Stage* last = doc.final_stage();
  return last ? ChainOf(doc, last->index) : std::vector<bool>{};
}

bool MountsCacheAt(const dockerfile::Instruction& run,
                   std::initializer_list<std::string_view> dirs) {
  for (const dockerfile::Flag& f : run.flags) {
    if (f.name != "mount") continue;
    std::string type = "bind", target;
    std::string_view rest = f.value;
    while (!rest.empty()) {
      const size_t comma = rest.find(',');
      const std::string_view item = rest.substr(0, comma);
      rest = comma == std::string_view::npos ? "" : rest.substr(comma + 1);
      const size_t eq = item.find('=');
      if (eq == std::string_view::npos) continue;
      const std::string_view key = item.substr(0, eq), value = item.substr(eq + 1);
      if (key == "type") type = std::string(value);
      if (key == "target" || key == "dst" || key == "destination") target = NormalPath(value);
    }
    if ((type != "cache" && type != "tmpfs") || target.empty()) continue;
    for (std::string_view d : dirs)
      if (Related(target, NormalPath(d))) return true;
  }
  return false;
}

bool RemovesDir(const dockerfile::Instruction& run, std::initializer_list<std::string_view> dirs) {
  for (const dockerfile::ShellCommand& cmd : run.commands) {
    const std::string name = dockerfile::CommandName(cmd);
    if (name != "rm" && name != "find") continue;
    size_t start = 0;  // the word of the command itself, after sudo and the like
    while (start < cmd.words.size() && !cmd.words[start].ends_with(name)) ++start;
    const bool rm = name == "rm" && IsRecursiveRm(cmd.words, start);
    const bool find = name == "find" &&
                      std::any_of(cmd.words.begin(), cmd.words.end(),
                                  [](const std::string& w) { return w == "-delete" || w == "rm"; });
    if (!rm && !find) continue;
    for (size_t i = start + 1; i < cmd.words.size(); ++i) {
      const std::string& w = cmd.words[i];
      if (w.starts_with("-")) continue;
      for (std::string_view d : dirs) {
        if (d.starts_with("$(") ? w.starts_with(d) : AtOrAbove(NormalPath(w), NormalPath(d)))
          return true;
      }
    }
  }
  return false;
}

bool RunsClean(const dockerfile::Instruction& run, PackageManager manager, bool cache_sub,
               std::initializer_list<std::string_view> args) {
  for (const PackageCommand& c : PackageCommands(run)) {
    if (c.manager != manager) continue;
    if (cache_sub) {
      if (c.subcommand == "cache" && !c.args.empty() && c.args.front().text == "clean") return true;
      continue;
    }
    if (c.subcommand != "clean" && c.subcommand != "cc") continue;
    if (args.size() == 0) return true;
    for (const PackageArg& a : c.args)
      for (std::string_view want : args)
        if (a.text == want) return true;
  }
  return false;
}

bool VariableSet(const dockerfile::Document& doc, const dockerfile::Instruction& run,
                 const PackageCommand& cmd, std::string_view name) {
  const std::string prefix = std::string(name) + "=";
  auto assigns = [&](const std::string& w) {
    return w.starts_with(prefix) && w.size() > prefix.size();
  };
  if (cmd.command)
    for (size_t i = 0; i < cmd.manager_word && i < cmd.command->words.size(); ++i)
      if (assigns(cmd.command->words[i])) return true;
  // `export NAME=1 && pip install ...` earlier in the same RUN.
  for (const dockerfile::ShellCommand& c : run.commands) {
    if (&c == cmd.command) break;
    if (!c.words.empty() && c.words[0] == "export" &&
        std::any_of(c.words.begin() + 1, c.words.end(), assigns))
      return true;
  }
  bool set = false;
  ForEachEarlier(doc, run, [&](const dockerfile::Instruction& ins) {
    if (!ins.Is("ENV") && !ins.Is("ARG")) return;
    for (const dockerfile::KeyValue& kv : ins.pairs)
      if (kv.key == name) set = kv.has_value && !kv.expanded.empty();
  });
  return set;
}

bool EarlierMentions(const dockerfile::Document& doc, const dockerfile::Instruction& run,
                     std::string_view needle) {
  bool found = false;
  ForEachEarlier(doc, run, [&](const dockerfile::Instruction& ins) {
    if ((ins.Is("RUN") || ins.Is("COPY") || ins.Is("ADD")) &&
        ins.args.find(needle) != std::string::npos)
      found = true;
    for (const dockerfile::Heredoc& h : ins.heredocs)
      if (h.body.find(needle) != std::string::npos) found = true;
  });
  return found;
}

}  // namespace k8slint::rules::df

// Facts of a Dockerfile: what the final image runs as and listens on, and the names
// it may be linked by.
#include <cstdint>
#include <algorithm>
#include <cctype>
#include <filesystem>

#include "linter/core/ascii.h"
#include "linter/core/text.h"
#include "linter/models/dockerfile/base_images.h"
#include "linter/models/dockerfile/queries.h"
#include "linter/models/dockerfile/words.h"
#include "linter/project/collect.h"

namespace k8slint::project {
namespace {

// The final stage and the stages it is built FROM, final first.
std::vector<const dockerfile::Stage*> FinalChain(const dockerfile::Document& doc) {
  std::vector<const dockerfile::Stage*> chain;
  for (const dockerfile::Stage* s = doc.final_stage(); s && chain.size() < 64;
       s = s->base_stage >= 0 ? &doc.stages[static_cast<size_t>(s->base_stage)] : nullptr)
    chain.push_back(s);
  return chain;
}

// The uid `useradd -u N name` / `adduser -u N name` gives `user`, if a RUN says so.
std::optional<int64_t> UidFromUseradd(const dockerfile::Instruction& run, std::string_view user) {
  for (const dockerfile::ShellCommand& cmd : run.commands) {
    const std::string name = dockerfile::CommandName(cmd);
    if (name != "useradd" && name != "adduser") continue;
    std::optional<int64_t> uid;
    std::string last;
    for (size_t i = 1; i < cmd.words.size(); ++i) {
      const std::string& w = cmd.words[i];
      std::string value;
      if ((w == "-u" || w == "--uid") && i + 1 < cmd.words.size()) value = cmd.words[++i];
      else if (w.starts_with("--uid=")) value = w.substr(6);
      else if (w.starts_with("-u") && w.size() > 2 &&
               std::isdigit(static_cast<unsigned char>(w[2])))
        value = w.substr(2);
      else if ((w == "-g" || w == "--gid" || w == "-G" || w == "--groups" || w == "-d" ||
                w == "--home-dir" || w == "-s" || w == "--shell" || w == "-c" || w == "--comment" ||
                w == "-h" || w == "--home") &&
               i + 1 < cmd.words.size())
        ++i;
      else if (!w.starts_with("-")) last = w;
      if (!value.empty() && std::all_of(value.begin(), value.end(), ::isdigit) && value.size() < 10)
        uid = std::stoll(value);
    }
    if (uid && last == user) return uid;
  }
  return std::nullopt;
}

// `COPY . .`, `ADD ./ /app`: a COPY or ADD (not --from) with the build context's root
// among its sources.
bool CopiesWholeContext(const dockerfile::Instruction& ins, char escape) {
  if ((!ins.Is("COPY") && !ins.Is("ADD")) || ins.FindFlag("from") || !ins.heredocs.empty())
    return false;
  std::vector<std::string> words = ins.exec;
  if (!ins.exec_form)
    for (dockerfile::Word& w : dockerfile::SplitWords(ins.expanded, escape))
      words.push_back(std::move(w.value));
  for (size_t i = 0; i + 1 < words.size(); ++i)
    if (words[i] == "." || words[i] == "./") return true;
  return false;
}

void AddExpose(const dockerfile::Instruction& ins, uint32_t file, DockerfileFacts* out) {
  std::string_view args = ins.expanded;
  size_t i = 0;
  while (i < args.size()) {
    while (i < args.size() && std::isspace(static_cast<unsigned char>(args[i]))) ++i;
    size_t j = i;
    while (j < args.size() && !std::isspace(static_cast<unsigned char>(args[j]))) ++j;
    std::string_view word = args.substr(i, j - i);
    const std::string_view number = word.substr(0, word.find('/'));
    if (!number.empty() && number.size() < 6 &&
        std::all_of(number.begin(), number.end(), ::isdigit))
      out->expose.push_back({std::stoll(std::string(number)), "", {file, ins.args_span}});
    i = j;
  }
}

}  // namespace

void CollectDockerfile(const dockerfile::Document& doc, const BaseImageUsers& bases,
                       FileFacts* facts) {
  const dockerfile::Stage* final_stage = doc.final_stage();
  if (!final_stage) return;
  DockerfileFacts d;
  const uint32_t file = facts->index;
  const std::filesystem::path path(facts->path.str());
  const std::string file_name = AsciiLower(path.filename().string());
  if (file_name.ends_with(".dockerfile"))
    d.keys.push_back(file_name.substr(0, file_name.size() - 11));
  else if (file_name.starts_with("dockerfile.")) d.keys.push_back(file_name.substr(11));
  std::string folder = path.parent_path().filename().string();
  if (folder.empty() || folder == ".") {
    std::error_code ec;
    folder = std::filesystem::absolute(path, ec).parent_path().filename().string();
  }
  if (!folder.empty()) d.keys.push_back(AsciiLower(folder));

  d.base = final_stage->base.text;
  const dockerfile::FinalBase base = dockerfile::FinalStageBase(doc, bases);
  d.windows = base.windows;
  // The Linux notion: a Windows base has no uid and no privileged ports.
  d.base_non_root = !base.windows && base.known && base.known->non_root;
  d.export_stage = dockerfile::IsExportStage(doc, *final_stage);
  for (const dockerfile::Stage* s : dockerfile::UnusedStages(doc)) {
    const dockerfile::Instruction& from = doc.instructions[s->from];
    d.unused_stages.push_back(
        {s->alias,
         s->DisplayName(),
         {file, from.span},
         std::string(Trim(doc.source().Line(from.span.begin.line), kSpaceTab))});
  }
  d.from = {file, doc.instructions[final_stage->from].span};
  if (const dockerfile::Instruction* user = dockerfile::EffectiveUser(doc, *final_stage)) {
    d.has_user = true;
    d.user = std::string(dockerfile::UserName(user->expanded));
    d.user_at = {file, user->args_span};
    if (dockerfile::IsNumericUser(d.user) && d.user.size() < 10) d.uid = std::stoll(d.user);
  }
  d.root_base = dockerfile::RootBase(doc, *final_stage).text;
  const std::vector<const dockerfile::Stage*> chain = FinalChain(doc);
  for (size_t k = chain.size(); k-- > 0;) {  // base first: later ENV wins
    auto [begin, end] = doc.StageInstructions(*chain[k]);
    for (const dockerfile::Instruction* i = begin; i != end; ++i) {
      if (CopiesWholeContext(*i, doc.escape))
        d.context_copies.push_back(
            {{file, i->span}, std::string(Trim(doc.source().Line(i->span.begin.line), kSpaceTab))});
      if (i->Is("EXPOSE")) AddExpose(*i, file, &d);
      if (i->Is("RUN") && d.has_user && !d.uid) d.uid = UidFromUseradd(*i, d.user);
      if (i->Is("ENV"))
        for (const dockerfile::KeyValue& kv : i->pairs)
          if (IsPortSetting(kv.key) && !kv.expanded.empty() && kv.expanded.size() < 6 &&
              std::all_of(kv.expanded.begin(), kv.expanded.end(), ::isdigit))
            d.env_ports.push_back({kv.key, std::stoll(kv.expanded), {file, kv.value_span}});
      if (i->Is("LABEL"))
        for (const dockerfile::KeyValue& kv : i->pairs)
          if (kv.key == "org.opencontainers.image.title" && !kv.expanded.empty())
            d.keys.push_back(AsciiLower(kv.expanded));
    }
  }
  facts->dockerfile = std::make_unique<DockerfileFacts>(std::move(d));
}

}  // namespace k8slint::project

#include "tests/fixtures.h"

#include <cstdint>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace k8slint::testing {
namespace {

constexpr std::string_view kMarker = "k8slint-expect:";

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool IsCommentLeader(std::string_view s) {
  s = Trim(s);
  return s == "#" || s == "<!--" || s == "//" || s == "<#" || s == "- #" || s.empty();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

// "ID[:col] [fragment]" -> fields of `e`.
void ParseEntry(std::string_view entry, Expectation* e) {
  entry = Trim(entry);
  for (std::string_view tail : {"-->", "#>"})
    if (entry.ends_with(tail)) entry = Trim(entry.substr(0, entry.size() - tail.size()));
  size_t end = 0;
  while (end < entry.size() && !std::isspace(static_cast<unsigned char>(entry[end]))) ++end;
  std::string_view head = entry.substr(0, end);
  if (const size_t colon = head.find(':'); colon != std::string_view::npos) {
    e->column = static_cast<uint32_t>(std::stoul(std::string(head.substr(colon + 1))));
    head = head.substr(0, colon);
  }
  e->rule_id = std::string(head);
  std::string_view fragment = Trim(entry.substr(end));
  if (fragment.size() >= 2 && fragment.front() == '"' && fragment.back() == '"')
    fragment = fragment.substr(1, fragment.size() - 2);
  e->fragment = std::string(fragment);
}

}  // namespace

std::vector<Expectation> ReadExpectations(const std::string& path, const std::string& text,
                                          const std::string& sidecar_text) {
  std::vector<Expectation> out;
  const std::vector<std::string> lines = Lines(text);
  auto is_annotation = [&](size_t i) {
    const size_t at = lines[i].find(kMarker);
    return at != std::string::npos && IsCommentLeader(std::string_view(lines[i]).substr(0, at));
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const size_t at = lines[i].find(kMarker);
    if (at == std::string::npos) continue;
    Expectation e;
    e.path = path;
    e.annotation_line = static_cast<uint32_t>(i + 1);
    std::string_view entry = std::string_view(lines[i]).substr(at + kMarker.size());
    entry = Trim(entry);
    int offset = 0;
    bool explicit_offset = false;
    if (!entry.empty() && entry.front() == '@') {  // @+N / @-N
      size_t end = 1;
      while (end < entry.size() && !std::isspace(static_cast<unsigned char>(entry[end]))) ++end;
      offset = std::stoi(std::string(entry.substr(1, end - 1)));
      explicit_offset = true;
      entry = entry.substr(end);
    }
    ParseEntry(entry, &e);
    if (explicit_offset) {
      e.line = static_cast<uint32_t>(static_cast<int>(i + 1) + offset);
    } else if (IsCommentLeader(std::string_view(lines[i]).substr(0, at))) {
      size_t target = i + 1;
      while (target < lines.size() && is_annotation(target)) ++target;
      e.line = static_cast<uint32_t>(target + 1);
    } else {
      e.line = static_cast<uint32_t>(i + 1);
    }
    out.push_back(std::move(e));
  }
  for (const std::string& line : Lines(sidecar_text)) {  // "LINE[:COL] ID [fragment]"
    std::string_view l = Trim(line);
    if (l.empty() || l.front() == '#') continue;
    Expectation e;
    e.path = path;
    const size_t space = l.find(' ');
    std::string_view pos = l.substr(0, space);
    const size_t colon = pos.find(':');
    e.line = static_cast<uint32_t>(std::stoul(std::string(pos.substr(0, colon))));
    if (colon != std::string_view::npos)
      e.column = static_cast<uint32_t>(std::stoul(std::string(pos.substr(colon + 1))));
    ParseEntry(space == std::string_view::npos ? "" : l.substr(space + 1), &e);
    out.push_back(std::move(e));
  }
  return out;
}

namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

std::vector<Expectation> CaseExpectations(const std::string& case_path) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code ec;
  if (fs::is_directory(case_path, ec)) {
    for (auto it = fs::recursive_directory_iterator(case_path, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec))
      if (it->is_regular_file(ec) || it->is_symlink(ec))
        if (it->path().extension() != ".expect") files.push_back(it->path().string());
  } else {
    files.push_back(case_path);
  }
  std::sort(files.begin(), files.end());
  std::vector<Expectation> out;
  for (const std::string& f : files) {
    auto e = ReadExpectations(f, Slurp(f), Slurp(f + ".expect"));
    out.insert(out.end(), e.begin(), e.end());
  }
  return out;
}

std::vector<std::string> CaseEnables(const std::string& case_path) {
  constexpr std::string_view kEnable = "k8slint-fixture-enable:";
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code ec;
  if (fs::is_directory(case_path, ec)) {
    for (auto it = fs::recursive_directory_iterator(case_path, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec))
      if (it->is_regular_file(ec)) files.push_back(it->path().string());
  } else {
    files.push_back(case_path);
  }
  std::vector<std::string> out;
  for (const std::string& f : files) {
    for (const std::string& line : Lines(Slurp(f))) {
      const size_t at = line.find(kEnable);
      if (at == std::string::npos) continue;
      std::string_view rest = Trim(std::string_view(line).substr(at + kEnable.size()));
      for (std::string_view tail : {"-->", "#>"})
        if (rest.ends_with(tail)) rest = Trim(rest.substr(0, rest.size() - tail.size()));
      while (!rest.empty()) {
        const size_t comma = std::min(rest.find(','), rest.size());
        if (const std::string_view id = Trim(rest.substr(0, comma)); !id.empty())
          out.emplace_back(id);
        rest.remove_prefix(std::min(comma + 1, rest.size()));
      }
    }
  }
  return out;
}

std::vector<FixtureCase> ListFixtures(const std::string& fixtures_dir) {
  namespace fs = std::filesystem;
  std::vector<FixtureCase> out;
  std::error_code ec;
  for (const auto& rule_dir : fs::directory_iterator(fixtures_dir, ec)) {
    if (!rule_dir.is_directory()) continue;
    for (const auto& entry : fs::directory_iterator(rule_dir.path(), ec)) {
      if (entry.path().extension() == ".expect") continue;
      out.push_back({rule_dir.path().filename().string(), entry.path().string()});
    }
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  return out;
}

}  // namespace k8slint::testing

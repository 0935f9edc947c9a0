#include "rules/df/shellcheck_cache.h"

#include <algorithm>
#include <atomic>
#include <system_error>
#include <thread>

namespace k8slint::rules::df {

std::string ShellCheckCache::Key(std::string_view dialect, std::string_view text) {
  std::string key;
  key.reserve(dialect.size() + 1 + text.size());
  key.append(dialect).append(1, '\n').append(text);
  return key;
}

void ShellCheckCache::Add(std::string_view dialect, std::string_view text) {
  const auto [it, added] = entries_.try_emplace(Key(dialect, text));
  if (added) unchecked_.push_back(&*it);
}

void ShellCheckCache::Check(int jobs) {
  processes_ = 0;
  const size_t n = unchecked_.size();
  if (n == 0) return;
  const size_t cores = static_cast<size_t>(std::max(jobs, 1));
  const size_t by_size = (n + kMaxPerProcess - 1) / kMaxPerProcess;
  const size_t by_cores = std::min(cores, (n + kMinPerProcess - 1) / kMinPerProcess);
  const size_t chunks = std::max(by_size, by_cores);
  const size_t per = (n + chunks - 1) / chunks;
  struct Chunk {
    size_t begin = 0, end = 0;
    bool ok = false;
    std::vector<ShellCheckFinding> findings;
  };
  std::vector<Chunk> work;
  for (size_t b = 0; b < n; b += per) work.push_back({b, std::min(n, b + per), false, {}});
  processes_ = work.size();
  std::atomic<size_t> next{0};
  const auto worker = [&] {
    for (size_t c = next++; c < work.size(); c = next++) {
      Chunk& chunk = work[c];
      std::vector<ShellCheckScript> scripts;
      for (size_t i = chunk.begin; i < chunk.end; ++i) {
        const std::string_view key = unchecked_[i]->first;
        const size_t nl = key.find('\n');
        scripts.push_back({std::string(key.substr(0, nl)), key.substr(nl + 1)});
      }
      chunk.ok = RunShellCheck(scripts, &chunk.findings);
    }
  };
  std::vector<std::thread> threads;
  for (size_t t = 1; t < std::min(cores, work.size()); ++t) {
    // Under a thread limit the chunks left are checked by the threads that started.
    try {
      threads.emplace_back(worker);
    } catch (const std::system_error&) {
      break;
    }
  }
  worker();
  for (std::thread& t : threads) t.join();
  for (Chunk& chunk : work) {
    if (!chunk.ok) continue;
    for (size_t i = chunk.begin; i < chunk.end; ++i) unchecked_[i]->second.checked = true;
    for (ShellCheckFinding& f : chunk.findings)
      unchecked_[chunk.begin + f.script]->second.findings.push_back(std::move(f));
  }
  unchecked_.clear();
}

const std::vector<ShellCheckFinding>* ShellCheckCache::Find(std::string_view dialect,
                                                            std::string_view text) const {
  const auto it = entries_.find(Key(dialect, text));
  return it != entries_.end() && it->second.checked ? &it->second.findings : nullptr;
}

}  // namespace k8slint::rules::df

#include "linter/core/redact.h"

#include <cstdint>
#include <algorithm>

#include "linter/core/source.h"

namespace k8slint {
namespace {

// Bytes of the first `n` code points; control characters end the prefix early.
size_t PrefixBytes(std::string_view s, uint32_t n) {
  size_t i = 0;
  for (uint32_t cp = 0; cp < n && i < s.size(); ++cp) {
    if (static_cast<unsigned char>(s[i]) < 0x20) break;
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

constexpr size_t kMinKnown = 6;

}  // namespace

std::string Redact(std::string_view secret, bool redact) {
  if (!redact) return std::string(secret);
  const uint32_t length = CodePointCount(secret);
  const uint32_t shown = length >= 20 ? 4 : length >= 10 ? 2 : 0;
  std::string out(secret.substr(0, PrefixBytes(secret, shown)));
  out += "\xE2\x80\xA6(redacted, ";
  out += std::to_string(length);
  out += length == 1 ? " char)" : " chars)";
  return out;
}

void Redactor::AddKnown(std::string_view secret) {
  AddOne(secret);
  // A `user:password` secret (Sidekiq credentials, a Telegram bot token) can be quoted
  // half at a time: NR003 names the user of `USER <user>:<group>`. A URL's `scheme://`
  // is not a half: it would mask `postgres` in every message.
  if (secret.find(':') == std::string_view::npos || secret.find("://") != std::string_view::npos)
    return;
  for (size_t begin = 0; begin <= secret.size();) {
    size_t end = secret.find(':', begin);
    if (end == std::string_view::npos) end = secret.size();
    AddOne(secret.substr(begin, end - begin));
    begin = end + 1;
  }
}

void Redactor::AddOne(std::string_view secret) {
  if (secret.size() < kMinKnown) return;
  std::vector<uint32_t>& same = by_prefix_[std::string(secret.substr(0, kMinKnown))];
  for (uint32_t i : same)
    if (known_[i] == secret) return;
  same.push_back(static_cast<uint32_t>(known_.size()));
  first_byte_[static_cast<unsigned char>(secret[0])] = true;
  known_.emplace_back(secret);
}

std::string Redactor::Mask(std::string_view text) const {
  ByteRanges ranges;
  if (!by_prefix_.empty()) {
    std::string prefix;
    for (size_t at = 0; at + kMinKnown <= text.size(); ++at) {
      if (!first_byte_[static_cast<unsigned char>(text[at])]) continue;
      prefix.assign(text.substr(at, kMinKnown));
      const auto it = by_prefix_.find(prefix);
      if (it == by_prefix_.end()) continue;
      for (uint32_t i : it->second)
        if (text.substr(at, known_[i].size()) == known_[i])
          ranges.emplace_back(at, at + known_[i].size());
    }
  }
  if (finder_) finder_->Find(text, &ranges);
  if (ranges.empty()) return std::string(text);
  std::sort(ranges.begin(), ranges.end());
  std::string out;
  size_t done = 0;
  for (size_t i = 0; i < ranges.size();) {
    size_t begin = std::max(ranges[i].first, done), end = ranges[i].second;
    // Overlapping or touching secrets become one redaction, so no piece shows twice.
    for (++i; i < ranges.size() && ranges[i].first <= end; ++i)
      end = std::max(end, ranges[i].second);
    end = std::min(end, text.size());
    if (begin >= end) continue;
    out.append(text.substr(done, begin - done));
    out += Redact(text.substr(begin, end - begin));
    done = end;
  }
  out.append(text.substr(done));
  return out;
}

}  // namespace k8slint

// k8slint_fuzz: a deterministic mutation fuzzer for every parser and rule.
//   k8slint_fuzz [--iterations N] [--seed S] [--max-seconds T] DIR...
// Seeds are the files under DIR (fixtures, examples), each linted as its own kind.
// Each iteration mutates one seed (byte flips, syntax-shaped insertions, slice
// duplication, splices with another seed, truncation) and lints it with every rule
// enabled. It fails when a finding has an impossible position or one input takes
// longer than T seconds; a crash or hang leaves the input in k8slint-fuzz-crash.bin
// (and its kind in the first line of stderr) for reproduction.
// g++ has no libFuzzer, and CI needs a bounded, reproducible run: hence this driver.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <thread>

#include "linter/engine/engine.h"
#include "linter/core/registry.h"
#include "linter/core/source.h"
#include "rules/registry.h"

namespace {

namespace fs = std::filesystem;
using k8slint::InputKind;

struct Seed {
  std::string path;
  InputKind kind;
  std::string text;
};

// The input being linted, for the crash handler (which may only call write(2)).
std::string g_current;
std::string g_current_path;  // the seed it came from: its name decides the kind
std::atomic<bool> g_busy{false};

void WriteAll(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
}

void DumpCurrent() {
  const int fd = ::open("k8slint-fuzz-crash.bin", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return;
  WriteAll(fd, g_current);
  ::close(fd);
  WriteAll(STDERR_FILENO, "k8slint_fuzz: input was a mutation of " + g_current_path + "\n");
}

void OnCrash(int sig) {
  DumpCurrent();
  constexpr char kMsg[] = "k8slint_fuzz: crashed; input saved to k8slint-fuzz-crash.bin\n";
  (void)!::write(STDERR_FILENO, kMsg, sizeof kMsg - 1);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

// Fragments that steer mutations into the parsers' interesting states.
constexpr const char* kTokens[] = {"\n",
                                   "\r\n",
                                   "\\\n",
                                   "`\n",
                                   "\t",
                                   " ",
                                   ":",
                                   ": ",
                                   "- ",
                                   "---\n",
                                   "...\n",
                                   "&a ",
                                   "*a",
                                   "<<: *a\n",
                                   "{",
                                   "}",
                                   "[",
                                   "]",
                                   "\"",
                                   "'",
                                   "#",
                                   "# k8slint ignore=NR001\n",
                                   "# hadolint ignore=DL3002\n",
                                   "{{ .Values.x }}",
                                   "${",
                                   "$(",
                                   ")",
                                   "$env:",
                                   "@'\n",
                                   "'@",
                                   "@\"\n",
                                   "\"@",
                                   "<<EOF\n",
                                   "EOF\n",
                                   "<#",
                                   "#>",
                                   "--%",
                                   "&&",
                                   "||",
                                   "|",
                                   ";",
                                   "\xef\xbb\xbf",
                                   "\xff\xfe",
                                   "\xc3\xa9",
                                   "\xe2\x82\xac",
                                   "\xf0\x9f\x9a\x80",
                                   "FROM scratch AS a\n",
                                   "COPY --from=a / /\n",
                                   "USER 0\n",
                                   "ARG X=${X:-y}\n",
                                   "# escape=`\n",
                                   "RUN <<EOF\n",
                                   "```powershell\n",
                                   "```\n",
                                   "~~~\n",
                                   "kind: Deployment\n",
                                   "apiVersion: v1\n",
                                   "containerPort: 8080\n",
                                   "export A=b\n",
                                   "A='unterminated",
                                   "postgres://u:p@h/db",
                                   "ghp_0123456789abcdefghijABCDEFGHIJ012345",
                                   "-----BEGIN RSA PRIVATE KEY-----\n"};

class Mutator {
 public:
  explicit Mutator(uint64_t seed) : rng_(seed) {}

  std::string Mutate(const std::string& base, const std::string& other) {
    std::string s = base;
    const int rounds = 1 + static_cast<int>(Pick(4));
    for (int i = 0; i < rounds; ++i) {
      switch (Pick(6)) {
        case 0:  // flip a byte
          if (!s.empty()) s[Pick(s.size())] = static_cast<char>(Pick(256));
          break;
        case 1: {  // insert a token
          const std::string t = kTokens[Pick(std::size(kTokens))];
          s.insert(Pick(s.size() + 1), t);
          break;
        }
        case 2: {  // duplicate a slice, sometimes many times (deep nesting, long lines)
          if (s.empty()) break;
          const size_t at = Pick(s.size()), len = 1 + Pick(std::min<size_t>(64, s.size() - at));
          const std::string slice = s.substr(at, len);
          const size_t times = Pick(8) == 0 ? 200 : 1 + Pick(3);
          std::string rep;
          for (size_t k = 0; k < times; ++k) rep += slice;
          s.insert(at, rep);
          break;
        }
        case 3:  // erase a slice
          if (!s.empty()) {
            const size_t at = Pick(s.size());
            s.erase(at, 1 + Pick(std::min<size_t>(32, s.size() - at)));
          }
          break;
        case 4:  // splice in part of another seed
          if (!other.empty()) {
            const size_t at = Pick(other.size());
            s.insert(Pick(s.size() + 1),
                     other.substr(at, 1 + Pick(std::min<size_t>(256, other.size() - at))));
          }
          break;
        case 5:  // truncate
          s.resize(Pick(s.size() + 1));
          break;
      }
    }
    return s;
  }

 private:
  size_t Pick(size_t n) {
    return n == 0 ? 0 : std::uniform_int_distribution<size_t>(0, n - 1)(rng_);
  }
  std::mt19937_64 rng_;
};

std::vector<Seed> LoadSeeds(const std::vector<std::string>& dirs) {
  std::vector<Seed> seeds;
  for (const std::string& dir : dirs) {
    std::vector<fs::path> paths;
    for (const auto& e :
         fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied))
      if (e.is_regular_file() && e.file_size() < (1 << 20)) paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());
    for (const fs::path& p : paths) {
      const std::string path = p.generic_string();
      const std::string parent = p.parent_path().generic_string();
      const bool beside_chart = fs::exists(p.parent_path() / "Chart.yaml");
      const InputKind kind =
          k8slint::KindFromPath(path, beside_chart, parent.ends_with("templates"));
      std::ifstream in(p, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      seeds.push_back({path, kind, ss.str()});
    }
  }
  return seeds;
}

// A finding must point inside its file (one past the last line is allowed for
// end-of-file problems) with 1-based positions.
bool PositionsValid(const std::vector<k8slint::Finding>& findings, const k8slint::SourceFile& src,
                    std::string* why) {
  for (const k8slint::Finding& f : findings) {
    if (f.path != src.path()) continue;
    const auto& b = f.span.begin;
    if (b.line == 0 || b.column == 0 || b.line > src.line_count() + 1 || f.span.end < b) {
      *why = std::string(f.rule->meta().id) + " at " + std::to_string(b.line) + ":" +
             std::to_string(b.column) + " in a file of " + std::to_string(src.line_count()) +
             " lines";
      return false;
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t iterations = 2000, seed = 1;
  double max_seconds = 5;
  std::vector<std::string> dirs;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--iterations" && i + 1 < argc) iterations = std::stoull(argv[++i]);
    else if (a == "--seed" && i + 1 < argc) seed = std::stoull(argv[++i]);
    else if (a == "--max-seconds" && i + 1 < argc) max_seconds = std::stod(argv[++i]);
    else dirs.push_back(a);
  }
  if (dirs.empty()) {
    std::cerr << "usage: k8slint_fuzz [--iterations N] [--seed S] [--max-seconds T] DIR...\n";
    return 2;
  }
  const std::vector<Seed> seeds = LoadSeeds(dirs);
  if (seeds.empty()) {
    std::cerr << "k8slint_fuzz: no seed files under the given folders\n";
    return 2;
  }
  for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL}) std::signal(sig, OnCrash);

  k8slint::Config config;
  // DF070 hands RUN scripts to an external shellcheck: fuzzing it would test shellcheck,
  // at a process start per mutated Dockerfile (minutes per CI run).
  config.disable.emplace_back("DF070");
  std::unique_ptr<k8slint::Registry> registry;
  if (k8slint::Status s = k8slint::BuildRegistry(config, &registry); !s.ok()) {
    std::cerr << "k8slint_fuzz: " << s.message() << "\n";
    return 2;
  }
  k8slint::Engine engine(*registry, config);

  // Watchdog: an input that runs past the limit is a hang.
  std::atomic<int64_t> started_ms{0};
  std::atomic<bool> done{false};
  std::thread watchdog([&] {
    while (!done) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      const int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                              std::chrono::steady_clock::now().time_since_epoch())
                              .count();
      if (g_busy && now - started_ms > max_seconds * 1000) {
        DumpCurrent();
        std::cerr << "k8slint_fuzz: an input ran longer than " << max_seconds
                  << " s; saved to k8slint-fuzz-crash.bin\n";
        std::_Exit(1);
      }
    }
  });

  Mutator mutator(seed);
  std::mt19937_64 pick(seed ^ 0x9e3779b97f4a7c15ull);
  uint64_t findings = 0;
  int status = 0;
  for (uint64_t i = 0; i < iterations && status == 0; ++i) {
    const Seed& base = seeds[pick() % seeds.size()];
    const Seed& other = seeds[pick() % seeds.size()];
    g_current = mutator.Mutate(base.text, other.text);
    g_current_path = base.path;
    k8slint::SourceFile source(base.path, base.kind, g_current);
    started_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                     std::chrono::steady_clock::now().time_since_epoch())
                     .count();
    g_busy = true;
    const std::vector<k8slint::Finding> out = engine.LintSources({&source});
    g_busy = false;
    findings += out.size();
    std::string why;
    if (!PositionsValid(out, source, &why)) {
      DumpCurrent();
      std::cerr << "k8slint_fuzz: impossible position (" << why << ") for a mutation of "
                << base.path << "; input saved to k8slint-fuzz-crash.bin\n";
      status = 1;
    }
  }
  done = true;
  watchdog.join();
  if (status == 0)
    std::cout << "k8slint_fuzz: " << iterations << " inputs from " << seeds.size() << " seeds, "
              << findings << " findings, no crash, hang or bad position (seed " << seed << ")\n";
  return status;
}

// The mutation driver: a main() for the harnesses of tests/fuzz/ when the compiler has no
// libFuzzer (g++). It takes the subset of libFuzzer's command line that scripts/fuzz.sh and
// the ctest tests use, so one command runs either build:
//   k8slint_fuzz_<name> [-runs=N] [-max_total_time=S] [-timeout=S] [-seed=S] [-max_len=N]
//                       [-dict=FILE] [-artifact_prefix=P] DIR_OR_FILE...
// (other -flag=value arguments are libFuzzer's, and ignored).
// Files named on the command line run once each (reproducing a crash); otherwise every file
// under the folders runs once, then mutations of them (byte flips, syntax-shaped insertions,
// slice duplication, splices with another seed, truncation; the insertions are the tokens of
// -dict, tests/fuzz/k8slint.dict in scripts/fuzz.sh and ctest) until -runs or -max_total_time.
// A crash, sanitizer report or input slower than -timeout leaves the input in
// <P>crash-input (default P: ./) and names it on stderr. Without coverage feedback it finds
// less than libFuzzer, but it is deterministic for a seed, which CI's bounded run needs.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
// Set by the sanitizer runtimes (weak: absent without them). A sanitizer report ends the
// process without a signal, so the input is saved from its death callback.
extern "C" __attribute__((weak)) void __sanitizer_set_death_callback(void (*callback)());

namespace {

namespace fs = std::filesystem;

// The input being run, for the crash handler (which may only call write(2)).
std::string g_current;
std::string g_artifact;  // where a crash saves it
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
  const int fd = ::open(g_artifact.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return;
  WriteAll(fd, g_current);
  ::close(fd);
  WriteAll(STDERR_FILENO, "k8slint fuzz driver: input saved to " + g_artifact + "\n");
}

void OnDeath() {
  if (g_busy) DumpCurrent();
}

void OnCrash(int sig) {
  OnDeath();
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

class Mutator {
 public:
  Mutator(uint64_t seed, std::vector<std::string> tokens)
      : rng_(seed), tokens_(std::move(tokens)) {}

  std::string Mutate(const std::string& base, const std::string& other) {
    std::string s = base;
    const int rounds = 1 + static_cast<int>(Pick(4));
    for (int i = 0; i < rounds; ++i) {
      switch (Pick(6)) {
        case 0:  // flip a byte
          if (!s.empty()) s[Pick(s.size())] = static_cast<char>(Pick(256));
          break;
        case 1: {  // insert a token
          const std::string t = tokens_.empty() ? std::string(1, static_cast<char>(Pick(256)))
                                                : tokens_[Pick(tokens_.size())];
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
  std::vector<std::string> tokens_;
};

// A libFuzzer dictionary: one "token" a line, with \\, \" and \xNN escapes; # comments.
std::vector<std::string> ReadDictionary(const std::string& path) {
  std::vector<std::string> tokens;
  std::ifstream in(path);
  if (!in) {
    std::cerr << "k8slint fuzz driver: cannot read " << path << "\n";
    std::exit(2);
  }
  for (std::string line; std::getline(in, line);) {
    const size_t open = line.find('"'), close = line.rfind('"');
    if (line.starts_with("#") || open == std::string::npos || close <= open) continue;
    std::string t;
    for (size_t i = open + 1; i < close; ++i) {
      if (line[i] != '\\' || i + 1 >= close) {
        t += line[i];
      } else if (line[i + 1] == 'x' && i + 3 < close) {
        t += static_cast<char>(std::stoi(line.substr(i + 2, 2), nullptr, 16));
        i += 3;
      } else {
        t += line[++i];
      }
    }
    tokens.push_back(t);
  }
  return tokens;
}

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Files under `dir`, sorted so a seed gives the same run on every machine; larger than
// 1 MiB are skipped, as libFuzzer's default -max_len would cut them.
void LoadSeeds(const fs::path& dir, std::vector<std::string>* seeds) {
  std::vector<fs::path> paths;
  for (const auto& e :
       fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied))
    if (e.is_regular_file() && e.file_size() < (1 << 20)) paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  for (const fs::path& p : paths) seeds->push_back(ReadFile(p));
}

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

struct Options {
  int64_t runs = -1;          // -1: no limit
  double max_total_time = 0;  // seconds; 0: no limit
  double timeout = 5;
  uint64_t seed = 1;
  size_t max_len = 0;  // 0: no limit
  std::string artifact_prefix = "./";
  std::string dict;
  std::vector<std::string> inputs;
};

bool ParseFlag(const std::string& a, std::string_view name, std::string* value) {
  if (!a.starts_with("-" + std::string(name) + "=")) return false;
  *value = a.substr(name.size() + 2);
  return true;
}

Options ParseOptions(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    std::string v;
    if (ParseFlag(a, "runs", &v)) o.runs = std::stoll(v);
    else if (ParseFlag(a, "max_total_time", &v)) o.max_total_time = std::stod(v);
    else if (ParseFlag(a, "timeout", &v)) o.timeout = std::stod(v);
    else if (ParseFlag(a, "seed", &v)) o.seed = std::stoull(v);
    else if (ParseFlag(a, "artifact_prefix", &v)) o.artifact_prefix = v;
    else if (ParseFlag(a, "max_len", &v)) o.max_len = std::stoull(v);
    else if (ParseFlag(a, "dict", &v)) o.dict = v;
    else if (!a.starts_with("-")) o.inputs.push_back(a);
    // Other flags are libFuzzer's, which the driver has no use for.
  }
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  const Options opt = ParseOptions(argc, argv);
  if (opt.inputs.empty()) {
    std::cerr << "usage: " << argv[0]
              << " [-runs=N] [-max_total_time=S] [-timeout=S] [-seed=S] [-artifact_prefix=P] "
                 "DIR_OR_FILE...\n";
    return 2;
  }
  g_artifact = opt.artifact_prefix + "crash-input";
  for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL}) std::signal(sig, OnCrash);
  if (__sanitizer_set_death_callback) __sanitizer_set_death_callback(OnDeath);

  auto run = [](const std::string& input) {
    g_current = input;
    g_busy = true;
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(g_current.data()), g_current.size());
    g_busy = false;
  };

  std::vector<std::string> seeds;
  bool only_files = true;
  for (const std::string& in : opt.inputs) {
    if (fs::is_directory(in)) {
      only_files = false;
      LoadSeeds(in, &seeds);
    } else {
      seeds.push_back(ReadFile(in));
    }
  }
  if (only_files) {  // reproduce: no watchdog, so a debugger can stop anywhere
    for (const std::string& s : seeds) run(s);
    std::cout << "k8slint fuzz driver: ran " << seeds.size() << " input(s)\n";
    return 0;
  }
  if (seeds.empty()) seeds.emplace_back();

  // Watchdog: an input that runs past -timeout is a hang.
  std::atomic<int64_t> started_ms{0};
  std::atomic<bool> done{false};
  std::thread watchdog([&] {
    while (!done) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      if (g_busy && NowMs() - started_ms > opt.timeout * 1000) {
        DumpCurrent();
        std::cerr << "k8slint fuzz driver: an input ran longer than " << opt.timeout << " s\n";
        std::_Exit(1);
      }
    }
  });

  Mutator mutator(opt.seed,
                  opt.dict.empty() ? std::vector<std::string>{} : ReadDictionary(opt.dict));
  std::mt19937_64 pick(opt.seed ^ 0x9e3779b97f4a7c15ull);
  const int64_t start = NowMs();
  int64_t runs = 0;
  auto more = [&] {
    if (opt.runs >= 0 && runs >= opt.runs) return false;
    return opt.max_total_time <= 0 || NowMs() - start < opt.max_total_time * 1000;
  };
  // Every seed as it is first, like libFuzzer's pass over its corpus.
  for (size_t i = 0; i < seeds.size() && more(); ++i, ++runs) {
    started_ms = NowMs();
    run(seeds[i]);
  }
  while (more()) {
    const std::string& base = seeds[pick() % seeds.size()];
    const std::string& other = seeds[pick() % seeds.size()];
    std::string input = mutator.Mutate(base, other);
    if (opt.max_len > 0 && input.size() > opt.max_len) input.resize(opt.max_len);
    started_ms = NowMs();
    run(input);
    ++runs;
  }
  done = true;
  watchdog.join();
  std::cout << "k8slint fuzz driver: " << runs << " inputs from " << seeds.size() << " seeds in "
            << (NowMs() - start) / 1000.0 << " s, no crash or hang (seed " << opt.seed << ")\n";
  return 0;
}

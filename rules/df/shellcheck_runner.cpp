#include "rules/df/shellcheck_runner.h"

#include <cstdint>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

extern char** environ;

namespace k8slint::rules::df {
namespace {

bool WriteFile(const std::string& path, std::string_view head, std::string_view body) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return false;
  bool ok = true;
  for (std::string_view part : {head, body}) {
    while (ok && !part.empty()) {
      const ssize_t n = ::write(fd, part.data(), part.size());
      if (n < 0 && errno == EINTR) continue;
      ok = n > 0;
      if (ok) part.remove_prefix(static_cast<size_t>(n));
    }
  }
  return ::close(fd) == 0 && ok;
}

// Runs argv with stdout captured and stderr discarded; false when it could not start.
bool Capture(const std::vector<std::string>& argv, std::string* out) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return false;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int rc = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(fds[1]);
  if (rc != 0) {
    ::close(fds[0]);
    return false;
  }
  char buf[65536];
  for (;;) {
    const ssize_t n = ::read(fds[0], buf, sizeof buf);
    if (n > 0) out->append(buf, static_cast<size_t>(n));
    else if (n == 0 || errno != EINTR) break;
  }
  ::close(fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  // ShellCheck exits 1 when it found something; anything else is a failure.
  return WIFEXITED(status) && WEXITSTATUS(status) <= 1;
}

bool ReadNumber(std::string_view* s, uint32_t* n) {
  size_t i = 0;
  uint64_t v = 0;
  while (i < s->size() && (*s)[i] >= '0' && (*s)[i] <= '9' && i < 9) v = v * 10 + ((*s)[i++] - '0');
  if (i == 0 || i >= s->size() || (*s)[i] != ':') return false;
  *n = static_cast<uint32_t>(v);
  s->remove_prefix(i + 1);
  return true;
}

// `DIR/N.sh:LINE:COL: LEVEL: MESSAGE [SCNNNN]`
bool ParseLine(std::string_view line, std::string_view dir, ShellCheckFinding* f) {
  if (line.substr(0, dir.size()) != dir || line.size() <= dir.size() + 1) return false;
  line.remove_prefix(dir.size() + 1);
  const size_t dot = line.find(".sh:");
  if (dot == std::string_view::npos) return false;
  std::string_view index = line.substr(0, dot);
  f->script = std::strtoul(std::string(index).c_str(), nullptr, 10);
  line.remove_prefix(dot + 4);
  if (!ReadNumber(&line, &f->line) || !ReadNumber(&line, &f->column)) return false;
  if (line.substr(0, 1) == " ") line.remove_prefix(1);
  const size_t colon = line.find(": ");
  if (colon == std::string_view::npos) return false;
  f->level = std::string(line.substr(0, colon));
  line.remove_prefix(colon + 2);
  const size_t code = line.rfind(" [SC");
  if (code == std::string_view::npos || line.back() != ']') return false;
  f->code = std::string(line.substr(code + 2, line.size() - code - 3));
  f->message = std::string(line.substr(0, code));
  return true;
}

}  // namespace

bool ShellCheckOnPath() {
  static const bool found = [] {
    const char* path = std::getenv("PATH");
    std::string_view rest = path ? path : "";
    while (true) {
      const size_t colon = rest.find(':');
      std::string dir(rest.substr(0, colon));
      if (dir.empty()) dir = ".";
      if (::access((dir + "/shellcheck").c_str(), X_OK) == 0) return true;
      if (colon == std::string_view::npos) return false;
      rest.remove_prefix(colon + 1);
    }
  }();
  return found;
}

bool RunShellCheck(const std::vector<ShellCheckScript>& scripts,
                   std::vector<ShellCheckFinding>* out) {
  if (scripts.empty() || !ShellCheckOnPath()) return false;
  const char* tmp = std::getenv("TMPDIR");
  std::string dir = std::string(tmp && *tmp ? tmp : "/tmp") + "/k8slint-shellcheck-XXXXXX";
  if (!::mkdtemp(dir.data())) return false;
  std::vector<std::string> argv = {"shellcheck", "--format=gcc"};
  bool ok = true;
  for (size_t i = 0; i < scripts.size() && ok; ++i) {
    const std::string_view text = scripts[i].text;
    const std::string head =
        text.starts_with("#!") ? "" : "# shellcheck shell=" + scripts[i].dialect + "\n";
    argv.push_back(dir + "/" + std::to_string(i) + ".sh");
    ok = WriteFile(argv.back(), head, text);
  }
  std::string output;
  ok = ok && Capture(argv, &output);
  for (size_t i = 2; i < argv.size(); ++i) ::unlink(argv[i].c_str());
  ::rmdir(dir.c_str());
  if (!ok) return false;
  size_t start = 0;
  while (start < output.size()) {
    size_t nl = output.find('\n', start);
    if (nl == std::string::npos) nl = output.size();
    ShellCheckFinding f;
    if (ParseLine(std::string_view(output).substr(start, nl - start), dir, &f) &&
        f.script < scripts.size()) {
      // The directive line we added is not the script's.
      if (!scripts[f.script].text.starts_with("#!")) {
        if (f.line <= 1) f.line = 1;
        else --f.line;
      }
      out->push_back(std::move(f));
    }
    start = nl + 1;
  }
  return true;
}

}  // namespace k8slint::rules::df

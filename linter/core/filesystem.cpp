#include "linter/core/filesystem.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>

namespace k8slint {
namespace {

FileSystem::Type TypeOf(const struct stat& st) {
  if (S_ISREG(st.st_mode)) return FileSystem::Type::kFile;
  if (S_ISDIR(st.st_mode)) return FileSystem::Type::kDir;
  return FileSystem::Type::kOther;
}

std::string Join(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir == ".") return name;
  return dir.back() == '/' ? dir + name : dir + "/" + name;
}

}  // namespace

FileSystem::Type DiskFileSystem::Stat(const std::string& path, uint64_t* size) const {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return Type::kMissing;
  if (size) *size = static_cast<uint64_t>(st.st_size);
  return TypeOf(st);
}

Status DiskFileSystem::ListDir(const std::string& path, std::vector<Entry>* out) const {
  DIR* dir = ::opendir(path.c_str());
  if (!dir) return Status::Io(path + ": cannot open folder: " + std::strerror(errno));
  while (struct dirent* e = ::readdir(dir)) {
    const std::string name = e->d_name;
    if (name == "." || name == "..") continue;
    const std::string full = Join(path, name);
    struct stat lst {};
    if (::lstat(full.c_str(), &lst) != 0) continue;
    Entry entry{name, TypeOf(lst), false};
    if (S_ISLNK(lst.st_mode)) {
      entry.symlink = true;
      struct stat st {};
      entry.type = ::stat(full.c_str(), &st) == 0 ? TypeOf(st) : Type::kMissing;
    }
    out->push_back(std::move(entry));
  }
  ::closedir(dir);
  std::sort(out->begin(), out->end(),
            [](const Entry& a, const Entry& b) { return a.name < b.name; });
  return Status::Ok();
}

Status DiskFileSystem::ReadFile(const std::string& path, uint64_t limit, std::string* out) const {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::Io(path + ": cannot open: " + std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
    out->reserve(static_cast<size_t>(std::min<uint64_t>(st.st_size, limit)));
  char buf[1 << 16];
  while (out->size() < limit) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      const std::string why = std::strerror(errno);
      ::close(fd);
      return Status::Io(path + ": cannot read: " + why);
    }
    if (n == 0) break;
    out->append(buf, static_cast<size_t>(std::min<uint64_t>(n, limit - out->size())));
  }
  ::close(fd);
  return Status::Ok();
}

FileSystem::Type MemoryFileSystem::Stat(const std::string& path, uint64_t* size) const {
  if (auto it = files_.find(path); it != files_.end()) {
    if (size) *size = it->second.size();
    return Type::kFile;
  }
  const std::string prefix = (path == "." || path.empty()) ? "" : path + "/";
  for (const auto& [p, _] : files_)
    if (p.rfind(prefix, 0) == 0) return Type::kDir;
  return Type::kMissing;
}

Status MemoryFileSystem::ListDir(const std::string& path, std::vector<Entry>* out) const {
  const std::string prefix = (path == "." || path.empty()) ? "" : path + "/";
  std::set<std::string> files, dirs;
  for (const auto& [p, _] : files_) {
    if (p.rfind(prefix, 0) != 0) continue;
    const std::string rest = p.substr(prefix.size());
    const size_t slash = rest.find('/');
    (slash == std::string::npos ? files : dirs).insert(rest.substr(0, slash));
  }
  for (const auto& d : dirs) out->push_back({d, Type::kDir, false});
  for (const auto& f : files) out->push_back({f, Type::kFile, false});
  std::sort(out->begin(), out->end(),
            [](const Entry& a, const Entry& b) { return a.name < b.name; });
  return Status::Ok();
}

Status MemoryFileSystem::ReadFile(const std::string& path, uint64_t limit, std::string* out) const {
  auto it = files_.find(path);
  if (it == files_.end()) return Status::Io(path + ": no such file");
  *out = it->second.substr(0, static_cast<size_t>(limit));
  return Status::Ok();
}

}  // namespace k8slint

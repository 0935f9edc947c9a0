#include "linter/core/filesystem.h"

#include <cstdint>
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

// The reason behind a failed stat/open, in the words the reports use.
std::string Reason(int err) {
  switch (err) {
    case ENOENT: return std::string(kNoSuchFile);
    case EACCES: return "permission denied";
    case ENAMETOOLONG: return "file name too long";
    case ELOOP: return "symbolic link loop";
    case ENOTDIR: return "a folder on the way is not a folder";
    default: return std::strerror(err);
  }
}

std::string SpecialKind(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "not a regular file";
}

// Opens a regular file for reading without ever blocking: O_NONBLOCK makes opening a
// FIFO return at once, and fstat then refuses anything that is not a regular file.
int OpenRegular(const std::string& path, std::string* why) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) {
    *why = Reason(errno);
    return -1;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    *why = "not a regular file (" + SpecialKind(st.st_mode) + "); not read";
    ::close(fd);
    return -1;
  }
  return fd;
}

}  // namespace

std::string FileSystem::Describe(const std::string&) const { return std::string(kNoSuchFile); }

std::string DiskFileSystem::Describe(const std::string& path) const {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return Reason(errno);
  if (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)) return "";
  return SpecialKind(st.st_mode);
}

Status ReadBoundedFile(const std::string& path, uint64_t limit, std::string_view what,
                       std::string* out) {
  std::string why;
  const int fd = OpenRegular(path, &why);
  if (fd < 0) return Status::Io(path + ": cannot read " + std::string(what) + ": " + why);
  out->clear();
  char buf[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      why = std::strerror(errno);
      ::close(fd);
      return Status::Io(path + ": cannot read " + std::string(what) + ": " + why);
    }
    if (n == 0) break;
    out->append(buf, static_cast<size_t>(n));
    if (out->size() > limit) {
      ::close(fd);
      out->clear();
      return Status::Io(path + ": " + std::string(what) + " is over the " + std::to_string(limit) +
                        "-byte limit");
    }
  }
  ::close(fd);
  return Status::Ok();
}

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
    if (::lstat(full.c_str(), &lst) != 0) {
      // Listed but not examinable: a folder without search permission, a path over
      // PATH_MAX. Reported, never dropped silently.
      out->push_back({name, Type::kMissing, false, Reason(errno)});
      continue;
    }
    Entry entry{name, TypeOf(lst), false, ""};
    if (S_ISLNK(lst.st_mode)) {
      entry.symlink = true;
      struct stat st {};
      if (::stat(full.c_str(), &st) == 0) {
        entry.type = TypeOf(st);
      } else {
        entry.type = Type::kMissing;
        entry.error = errno == ENOENT ? "broken symbolic link" : Reason(errno);
      }
    }
    out->push_back(std::move(entry));
  }
  ::closedir(dir);
  std::sort(out->begin(), out->end(),
            [](const Entry& a, const Entry& b) { return a.name < b.name; });
  return Status::Ok();
}

Status DiskFileSystem::ReadFile(const std::string& path, uint64_t limit, std::string* out,
                                size_t probe) const {
  std::string why;
  const int fd = OpenRegular(path, &why);
  if (fd < 0) return Status::Io(path + ": cannot open: " + why);
  char buf[1 << 16];
  // The whole file's room at once: grown by doubling, a 100 MB file would pass through
  // copies of 64 and 128 MiB.
  const auto reserve = [&] {
    struct stat st {};
    if (::fstat(fd, &st) == 0)
      out->reserve(static_cast<size_t>(std::min<uint64_t>(st.st_size, limit)));
  };
  bool probed = probe == 0;
  if (probed) reserve();
  while (out->size() < limit) {
    if (!probed && out->size() >= std::min<uint64_t>(probe, limit)) {
      probed = true;
      if (std::memchr(out->data(), '\0', std::min(out->size(), probe))) break;
      reserve();
    }
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      const std::string reason = std::strerror(errno);
      ::close(fd);
      return Status::Io(path + ": cannot read: " + reason);
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

Status MemoryFileSystem::ReadFile(const std::string& path, uint64_t limit, std::string* out,
                                  size_t) const {
  auto it = files_.find(path);
  if (it == files_.end()) return Status::Io(path + ": no such file");
  *out = it->second.substr(0, static_cast<size_t>(limit));
  return Status::Ok();
}

}  // namespace k8slint

// FileSystem: the I/O discovery needs, behind an interface so tests can use an
// in-memory tree (ninja's VirtualFileSystem).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "linter/core/status.h"

namespace k8slint {

class FileSystem {
 public:
  enum class Type { kMissing, kFile, kDir, kOther };
  struct Entry {
    std::string name;
    Type type = Type::kMissing;  // of the link target for symbolic links
    bool symlink = false;
    // Why the entry (or a link's target) could not be examined: "permission denied",
    // "symbolic link loop", "broken symbolic link", "file name too long"; "" when it could.
    std::string error;
  };
  virtual ~FileSystem() = default;
  virtual Type Stat(const std::string& path, uint64_t* size) const = 0;
  // Entries of a folder, sorted by name.
  virtual Status ListDir(const std::string& path, std::vector<Entry>* out) const = 0;
  // Reads at most `limit` bytes of a regular file; anything else (a FIFO, a socket, a
  // device) is an error, found without blocking. With `probe` set, reading stops early
  // once the first `probe` bytes hold a NUL (a binary file is not read whole).
  virtual Status ReadFile(const std::string& path, uint64_t limit, std::string* out,
                          size_t probe = 0) const = 0;
  // Why Stat found `path` missing or not a file or folder: "no such file or folder",
  // "permission denied", "a FIFO", ...
  virtual std::string Describe(const std::string& path) const;
};

inline constexpr std::string_view kNoSuchFile = "no such file or folder";

// Reads a whole regular file of at most `limit` bytes (a baseline, a config file): a
// FIFO, a socket or a device is refused without blocking, and a larger file is an error
// naming the limit, found after reading `limit` + 1 bytes at most. `what` names the file
// in messages ("the baseline file").
Status ReadBoundedFile(const std::string& path, uint64_t limit, std::string_view what,
                       std::string* out);

// The real disk.
class DiskFileSystem : public FileSystem {
 public:
  Type Stat(const std::string& path, uint64_t* size) const override;
  Status ListDir(const std::string& path, std::vector<Entry>* out) const override;
  Status ReadFile(const std::string& path, uint64_t limit, std::string* out,
                  size_t probe = 0) const override;
  std::string Describe(const std::string& path) const override;
};

// An in-memory tree for tests: files by path ("a/b/Dockerfile"); folders are implied.
class MemoryFileSystem : public FileSystem {
 public:
  void Add(const std::string& path, std::string content) { files_[path] = std::move(content); }
  Type Stat(const std::string& path, uint64_t* size) const override;
  Status ListDir(const std::string& path, std::vector<Entry>* out) const override;
  Status ReadFile(const std::string& path, uint64_t limit, std::string* out,
                  size_t probe = 0) const override;

 private:
  std::map<std::string, std::string> files_;
};

}  // namespace k8slint

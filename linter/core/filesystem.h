// FileSystem: the I/O discovery needs, behind an interface so tests can use an
// in-memory tree (ninja's VirtualFileSystem).
#pragma once

#include <cstdint>
#include <map>
#include <string>
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
  };
  virtual ~FileSystem() = default;
  virtual Type Stat(const std::string& path, uint64_t* size) const = 0;
  // Entries of a folder, sorted by name.
  virtual Status ListDir(const std::string& path, std::vector<Entry>* out) const = 0;
  // Reads at most `limit` bytes.
  virtual Status ReadFile(const std::string& path, uint64_t limit, std::string* out) const = 0;
};

// The real disk.
class DiskFileSystem : public FileSystem {
 public:
  Type Stat(const std::string& path, uint64_t* size) const override;
  Status ListDir(const std::string& path, std::vector<Entry>* out) const override;
  Status ReadFile(const std::string& path, uint64_t limit, std::string* out) const override;
};

// An in-memory tree for tests: files by path ("a/b/Dockerfile"); folders are implied.
class MemoryFileSystem : public FileSystem {
 public:
  void Add(const std::string& path, std::string content) { files_[path] = std::move(content); }
  Type Stat(const std::string& path, uint64_t* size) const override;
  Status ListDir(const std::string& path, std::vector<Entry>* out) const override;
  Status ReadFile(const std::string& path, uint64_t limit, std::string* out) const override;

 private:
  std::map<std::string, std::string> files_;
};

}  // namespace k8slint

// Status: the outcome of an operation that can fail, as a value (LevelDB style).
// Errors carry a message and, when known, the file and position they refer to.
#pragma once

#include <string>
#include <utility>

namespace k8slint {

class Status {
 public:
  enum class Code { kOk, kUsage, kConfig, kIo, kParse };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status Usage(std::string msg) { return Status(Code::kUsage, std::move(msg)); }
  static Status Config(std::string msg) { return Status(Code::kConfig, std::move(msg)); }
  static Status Io(std::string msg) { return Status(Code::kIo, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace k8slint

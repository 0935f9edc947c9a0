#include "linter/report/gzip_size.h"

#include <cstdint>
#include <dlfcn.h>
#include <zlib.h>

#include <algorithm>
#include <memory>

namespace k8slint::report {
namespace {

struct Zlib {
  decltype(&::deflateInit2_) init = nullptr;
  decltype(&::deflate) deflate = nullptr;
  decltype(&::deflateEnd) end = nullptr;
  decltype(&::zlibVersion) version = nullptr;
  bool ok = false;
  Zlib() {
    void* handle = ::dlopen("libz.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!handle) return;
    init = reinterpret_cast<decltype(init)>(::dlsym(handle, "deflateInit2_"));
    deflate = reinterpret_cast<decltype(deflate)>(::dlsym(handle, "deflate"));
    end = reinterpret_cast<decltype(end)>(::dlsym(handle, "deflateEnd"));
    version = reinterpret_cast<decltype(version)>(::dlsym(handle, "zlibVersion"));
    ok = init && deflate && end && version;
  }
};

}  // namespace

struct GzipCounter::State {
  const Zlib& z;
  z_stream s{};
  uint64_t total = 0;
  bool ok = false;

  State(const Zlib& zlib, int level) : z(zlib) {
    // windowBits 15 + 16: a gzip header and trailer, as the upload carries.
    ok = z.ok && z.init(&s, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, z.version(),
                        static_cast<int>(sizeof(z_stream))) == Z_OK;
  }
  ~State() {
    if (ok) z.end(&s);
  }
  // Compresses `text`, finishing the stream when `finish`; false on a zlib error.
  bool Deflate(std::string_view text, bool finish) {
    unsigned char buf[1 << 16];
    size_t at = 0;
    int rc = Z_OK;
    do {
      const size_t chunk = std::min<size_t>(text.size() - at, 1u << 20);
      s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data() + at));
      s.avail_in = static_cast<uInt>(chunk);
      at += chunk;
      const int flush = finish && at == text.size() ? Z_FINISH : Z_NO_FLUSH;
      do {
        s.next_out = buf;
        s.avail_out = sizeof buf;
        rc = z.deflate(&s, flush);
        if (rc == Z_STREAM_ERROR) return false;
        total += sizeof buf - s.avail_out;
      } while (s.avail_out == 0);
    } while (at < text.size() || (finish && rc != Z_STREAM_END));
    return true;
  }
};

GzipCounter::GzipCounter(int level) {
  static const Zlib z;
  state_ = std::make_unique<State>(z, level);
}

GzipCounter::~GzipCounter() = default;

void GzipCounter::Add(std::string_view text) {
  if (state_->ok && !text.empty()) state_->ok = state_->Deflate(text, false);
}

std::optional<uint64_t> GzipCounter::Finish() {
  if (!state_->ok || !state_->Deflate({}, true)) return std::nullopt;
  return state_->total;
}

std::optional<uint64_t> GzipSize(std::string_view text, int level) {
  GzipCounter counter(level);
  counter.Add(text);
  return counter.Finish();
}

}  // namespace k8slint::report

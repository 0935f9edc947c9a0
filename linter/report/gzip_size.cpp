#include "linter/report/gzip_size.h"

#include <cstdint>
#include <dlfcn.h>
#include <zlib.h>

#include <algorithm>

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

std::optional<uint64_t> GzipSize(std::string_view text) {
  static const Zlib z;
  if (!z.ok) return std::nullopt;
  z_stream s{};
  // windowBits 15 + 16: a gzip header and trailer, as the upload carries.
  if (z.init(&s, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, z.version(),
             static_cast<int>(sizeof(z_stream))) != Z_OK)
    return std::nullopt;
  unsigned char buf[1 << 16];
  uint64_t total = 0;
  size_t at = 0;
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    const size_t chunk = std::min<size_t>(text.size() - at, 1u << 20);
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data() + at));
    s.avail_in = static_cast<uInt>(chunk);
    at += chunk;
    const int flush = at == text.size() ? Z_FINISH : Z_NO_FLUSH;
    do {
      s.next_out = buf;
      s.avail_out = sizeof buf;
      rc = z.deflate(&s, flush);
      if (rc == Z_STREAM_ERROR) {
        z.end(&s);
        return std::nullopt;
      }
      total += sizeof buf - s.avail_out;
    } while (s.avail_out == 0);
  }
  z.end(&s);
  return total;
}

}  // namespace k8slint::report

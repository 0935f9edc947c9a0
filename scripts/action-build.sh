#!/usr/bin/env bash
# The build steps of action.yml.
#   scripts/action-build.sh key          print the cache key: a hash of every file the
#                                         binary is built from, plus the OS release
#   scripts/action-build.sh build DIR    build k8slint (Release, no tests) into DIR/k8slint
# The key covers the build inputs only, so editing docs or tests reuses the cached binary.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

case "${1:-}" in
  key)
    cd "$root"
    {
      cat /etc/os-release 2>/dev/null || true
      find CMakeLists.txt linter rules -type f \( -name '*.cpp' -o -name '*.h' -o -name '*.txt' \) \
        -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
    } | sha256sum | cut -c1-32
    ;;
  build)
    out=${2:?usage: action-build.sh build DIR}
    build=$(mktemp -d)
    trap 'rm -rf "$build"' EXIT
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DK8SLINT_TESTS=OFF "${launcher[@]}" >/dev/null
    cmake --build "$build" --target k8slint -j"$(nproc)"
    mkdir -p "$out"
    cp "$build/k8slint" "$out/k8slint"
    "$out/k8slint" --version
    ;;
  *)
    echo "usage: action-build.sh key | build DIR" >&2
    exit 2
    ;;
esac

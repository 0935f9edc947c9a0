#!/usr/bin/env bash
# The build steps of action.yml.
#   scripts/action-build.sh key          print the cache key: a hash of every file the
#                                         binary is built from, plus the OS release
#   scripts/action-build.sh build DIR    (cache miss) install the build dependencies, build
#                                         k8slint into DIR/k8slint, and list in
#                                         DIR/runtime-packages the Debian packages it needs
#                                         at run time (libgit2's included)
#   scripts/action-build.sh runtime DIR  (cache hit) install those packages if some are
#                                         missing, and nothing else
#   scripts/action-build.sh flags        print the CMake options of the build
#   scripts/action-build.sh runtime-packages BINARY BUILD_DIR
#                                         print the runtime packages of a build
# The key covers the build inputs only, so editing docs or tests reuses the cached binary.
# The build uses CI's flags (scripts/setup.sh: Release, the warnings of CMakeLists.txt)
# without -Werror: a runner's compiler is not the one CI checks, and a new warning there
# must not break a user's workflow.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"

flags() {
  local launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  echo -DCMAKE_BUILD_TYPE=Release -DK8SLINT_TESTS=OFF -DK8SLINT_WERROR=OFF "${launcher[@]}"
}

# The package that owns FILE, or nothing. Tried as given and with symbolic links resolved,
# with and without /usr: on merged-/usr systems a library's path may differ from the one
# its package lists.
owner() {
  local real f found
  real=$(readlink -f "$1")
  for f in "$1" "$real" "/usr$real" "${real#/usr}"; do
    if found=$(dpkg-query -S "$f" 2>/dev/null); then
      found=${found%%$'\n'*}
      echo "${found%%:*}"
      return 0
    fi
  done
  return 0
}

# What a cache hit must find installed: the packages of the shared libraries BINARY links,
# and of the libgit2 it loads with dlopen (named in BUILD_DIR's CMake cache).
runtime_packages() {
  local lib libgit2
  {
    ldd "$1" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $3}' |
      while read -r lib; do owner "$lib"; done
    libgit2=$(sed -n 's/^K8SLINT_LIBGIT2_PATH:[A-Z]*=//p' "$2/CMakeCache.txt" 2>/dev/null || true)
    if [[ -n $libgit2 ]]; then owner "$(readlink -f "$libgit2")"; fi
  } | LC_ALL=C sort -u
}

case "${1:-}" in
  key)
    cd "$root"
    {
      cat /etc/os-release 2>/dev/null || true
      sha256sum scripts/action-build.sh
      find CMakeLists.txt cmake linter rules -type f \
        \( -name '*.cpp' -o -name '*.h' -o -name '*.txt' -o -name '*.cmake' \) \
        -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
    } | sha256sum | cut -c1-32
    ;;
  flags)
    flags
    ;;
  runtime-packages)
    runtime_packages "${2:?usage: action-build.sh runtime-packages BINARY BUILD_DIR}" "${3:?usage: action-build.sh runtime-packages BINARY BUILD_DIR}"
    ;;
  build)
    out=${2:?usage: action-build.sh build DIR}
    bash "$root/scripts/setup.sh" --deps
    build=$(mktemp -d)
    trap 'rm -rf "$build"' EXIT
    read -r -a options <<<"$(flags)"
    echo "cmake ${options[*]}" >&2
    cmake -S "$root" -B "$build" "${options[@]}" >/dev/null
    cmake --build "$build" --target k8slint -j"$(nproc)"
    mkdir -p "$out"
    cp "$build/k8slint" "$out/k8slint"
    runtime_packages "$out/k8slint" "$build" >"$out/runtime-packages"
    "$out/k8slint" --version
    ;;
  runtime)
    dir=${2:?usage: action-build.sh runtime DIR}
    missing=()
    while read -r p; do
      [[ -z $p ]] && continue
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done <"$dir/runtime-packages"
    if ((${#missing[@]} == 0)); then
      echo "k8slint action: cached binary; its runtime libraries are installed, nothing to install" >&2
    else
      echo "k8slint action: cached binary; installing its runtime libraries: ${missing[*]}" >&2
      $sudo apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
    "$dir/k8slint" --version
    ;;
  *)
    echo "usage: action-build.sh key | flags | build DIR | runtime DIR | runtime-packages BINARY BUILD_DIR" >&2
    exit 2
    ;;
esac

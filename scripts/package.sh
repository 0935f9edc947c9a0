#!/usr/bin/env bash
# Builds the packages that install k8slint without compiling it:
#   dist/k8slint-VERSION-linux-x86_64.tar.gz   bin/k8slint, man page, README, licence
#   dist/k8slint_VERSION_amd64.deb             the same files under /usr (CPack)
# each with a .sha256 file (`cd dist && sha256sum -c *.sha256`).
#   scripts/package.sh [--out DIR]     (default dist/; the build goes to build-package/,
#                                       or K8SLINT_PACKAGE_BUILD_DIR)
#   scripts/package.sh --binary-only --out DIR   only the checked, stripped binary, as
#                                       DIR/k8slint (the Dockerfile's build stage)
# The binary links RE2, yaml-cpp, cmark, libstdc++ and libgcc statically (K8SLINT_STATIC,
# cmake/static.cmake) and needs only glibc 2.36 or newer (Debian 12 and later, Ubuntu
# 24.04; libstdc++ calls arc4random); libgit2 stays optional through dlopen. Build it on
# Debian 12: a build on a newer system needs that system's glibc, and this script stops
# there (on Debian 13 the static link itself also needs RE2's Abseil archives).
# Installs its tools first (scripts/setup.sh --package-deps). Uses ccache when it is
# installed: the compile flags are those of build/, so a built tree makes this a link.
set -euo pipefail
cd "$(dirname "$0")/.."

out=dist binary_only=0
while (($#)); do
  case $1 in
    --out) out=${2:?--out needs a folder}; shift 2 ;;
    --binary-only) binary_only=1; shift ;;
    *) echo "usage: scripts/package.sh [--binary-only] [--out DIR]" >&2; exit 2 ;;
  esac
done
build=${K8SLINT_PACKAGE_BUILD_DIR:-build-package}

if ((binary_only)); then bash scripts/setup.sh --deps; else bash scripts/setup.sh --package-deps; fi
werror=OFF
[[ "${CI:-}" == "true" ]] && werror=ON   # as scripts/setup.sh, so ccache hits its objects
launcher=()
# The unity sources CMake writes into each build folder differ in path only: with the
# checkout as ccache's base_dir, build/, build-package/ and a fresh clone share objects.
command -v ccache >/dev/null &&
  launcher=("-DCMAKE_CXX_COMPILER_LAUNCHER=env;CCACHE_BASEDIR=$PWD;ccache")
start=$SECONDS
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DK8SLINT_TESTS=OFF -DK8SLINT_STATIC=ON \
  -DK8SLINT_WERROR="$werror" "${launcher[@]}" >/dev/null
set +e
cmake --build "$build" --target k8slint -j"$(nproc)" | grep -v '^\[ *[0-9]*%\] Building'
rc=${PIPESTATUS[0]}
set -e
((rc == 0)) || { echo "package: the build failed (exit $rc)" >&2; exit 1; }

# Link again with the code a one-file run executes laid out together (cmake/static.cmake,
# docs/pre-commit.md): profiled on the binary just linked, so the list is never stale. It
# is rewritten only when it changes, and the link depends on it.
if [[ -f $build/k8slint.map ]] && command -v valgrind >/dev/null; then
  order=$(cd "$build" && pwd)/startup-order.txt
  python3 scripts/startup-order.py "$build/k8slint" "$build/k8slint.map" >"$order.new"
  if cmp -s "$order.new" "$order"; then rm "$order.new"; else mv "$order.new" "$order"; fi
  cmake -S . -B "$build" -DK8SLINT_STARTUP_ORDER="$order" >/dev/null
  cmake --build "$build" --target k8slint -j"$(nproc)" | grep -v '^\[ *[0-9]*%\] Building'
  rc=${PIPESTATUS[0]}
  ((rc == 0)) || { echo "package: the ordered link failed (exit $rc)" >&2; exit 1; }
  echo "package: start-up code ordered ($(grep -vc '^#' "$order") sections)" >&2
else
  echo "package: no ld.gold map or no valgrind: the start-up code keeps link order" >&2
fi

# Only glibc may be NEEDED, and no symbol newer than Debian 12's glibc (2.36).
needed=$(objdump -p "$build/k8slint" | awk '$1 == "NEEDED" {print $2}')
extra=$(grep -vE '^(libc|libm|libdl|libpthread|librt|ld-linux-x86-64)\.so' <<<"$needed" || true)
if [[ -n $extra ]]; then
  echo "package: $build/k8slint needs more than glibc:" $extra >&2
  exit 1
fi
glibc=$(objdump -T "$build/k8slint" | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1)
if [[ $(printf '%s\n' "$glibc" GLIBC_2.36 | sort -V | tail -1) != GLIBC_2.36 ]]; then
  echo "package: $build/k8slint needs $glibc, newer than Debian 12's glibc 2.36" >&2
  exit 1
fi
echo "package: $("$build/k8slint" --version), NEEDED:" $needed "(symbols up to $glibc)" >&2

mkdir -p "$out"
out=$(cd "$out" && pwd)
if ((binary_only)); then
  strip -o "$out/k8slint" "$build/k8slint"
  echo "package: $out/k8slint ($(du -k "$out/k8slint" | cut -f1) KiB) in $((SECONDS - start)) s" >&2
  exit 0
fi
[[ -f LICENSE ]] || { echo "package: no LICENSE at the repository root; the packages must carry the licence" >&2; exit 2; }
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
(cd "$build" && cpack -G "TGZ;DEB" -B "$staging" >/dev/null)
for f in "$staging"/*.tar.gz "$staging"/*.deb; do
  name=$(basename "$f")
  mv "$f" "$out/$name"
  (cd "$out" && sha256sum "$name" >"$name.sha256")
  echo "package: $out/$name ($(du -k "$out/$name" | cut -f1) KiB)" >&2
done
echo "package: done in $((SECONDS - start)) s" >&2

#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks, then configures and builds k8slint.
#   scripts/setup.sh           build only (build/k8slint)
#   scripts/setup.sh --test    build, then run the whole test suite
#   scripts/setup.sh --deps    install the build dependencies only (action.yml)
#   scripts/setup.sh --package-deps   the build dependencies and the tools of
#                              scripts/package.sh (file and dpkg-dev, for CPack's .deb;
#                              valgrind, to order the start-up code)
# Runs as root or with sudo; apt-get is skipped when every package is present.
# With --test, two more steps:
#   scripts/sanitize.sh      after the tests, the unit tests under ASan and UBSan and
#                            the fuzz harnesses (in build-asan/): when CI=true or
#                            K8SLINT_SANITIZE=1; K8SLINT_SANITIZE=0 skips it in CI. It
#                            installs clang and its runtime libraries for it, so that
#                            build is libFuzzer's (docs/fuzzing.md)
#   scripts/check-format.sh  before the build (installs clang-format): when CI=true or
#                            K8SLINT_CHECK_FORMAT=1; K8SLINT_CHECK_FORMAT=0 skips it
set -euo pipefail
cd "$(dirname "$0")/.."
ci=0
[[ "${CI:-}" == "true" ]] && ci=1
sanitize=${K8SLINT_SANITIZE:-$ci}
check_format=${K8SLINT_CHECK_FORMAT:-$ci}

packages=(cmake g++ make pkg-config git libyaml-cpp-dev libre2-dev libcli11-dev
  nlohmann-json3-dev libcmark-dev libgit2-dev libtomlplusplus-dev)
# The tests also need Boost.Test, and python3 with its yaml module (tests/cli/action.sh
# reads action.yml); npm installs the SARIF validator; time (GNU /usr/bin/time) measures
# peak memory in tests/cli/memory_bounds.sh; shellcheck is what DF070 runs on
# RUN scripts (tests/cli/shellcheck.sh and the DF070 fixtures need it).
# The package test (tests/cli/package.sh) runs scripts/package.sh, whose static build
# reuses build/'s objects through ccache: the builds here use it from the first one on.
# valgrind profiles the start-up path that scripts/package.sh lays out together.
package_packages=(file dpkg-dev valgrind)
test_packages=(libboost-test-dev nodejs npm python3 python3-yaml shellcheck time "${package_packages[@]}")

want=("${packages[@]}")
[[ "${1:-}" == "" || "${1:-}" == "--test" ]] && want+=(ccache)
if [[ "${1:-}" == "--test" ]]; then
  want+=("${test_packages[@]}")
  [[ "$check_format" == 1 ]] && want+=(clang-format)
  [[ "$sanitize" == 1 ]] && want+=(clang)
fi
[[ "${1:-}" == "--package-deps" ]] && want+=("${package_packages[@]}")
install_missing() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # node/npm may come from outside Debian (nodesource, nvm): accept any working install.
  if command -v node >/dev/null && command -v npm >/dev/null; then
    missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
  fi
  read -r -a missing <<<"${missing[*]}"
  ((${#missing[@]})) || return 0
  local sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
install_missing "${want[@]}"
# libFuzzer and the sanitizer runtimes are in libclang-rt-<version>-dev, which clang only
# recommends; its version is clang's (14 on bookworm, 19 on trixie).
if [[ " ${want[*]} " == *" clang "* ]]; then
  clang_major=$(clang --version | sed -nE 's/.*clang version ([0-9]+).*/\1/p' | head -1)
  install_missing "libclang-rt-$clang_major-dev"
fi

[[ "${1:-}" == "--deps" || "${1:-}" == "--package-deps" ]] && exit 0

if [[ "${1:-}" == "--test" && "$check_format" == 1 ]]; then
  scripts/check-format.sh
fi

werror=OFF
[[ "$ci" == 1 ]] && werror=ON
tests=OFF target=(--target k8slint)
if [[ "${1:-}" == "--test" ]]; then tests=ON target=(); fi
if [[ ! -x build/k8slint ]]; then
  echo "setup: first build of k8slint, about 5 minutes on 2 cores (later builds are incremental)" >&2
fi
launcher=()
# The unity sources CMake writes into each build folder differ in path only: with the
# checkout as ccache's base_dir, build/, build-package/ and a fresh clone share objects.
command -v ccache >/dev/null &&
  launcher=("-DCMAKE_CXX_COMPILER_LAUNCHER=env;CCACHE_BASEDIR=$PWD;ccache")
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DK8SLINT_TESTS="$tests" -DK8SLINT_WERROR="$werror" \
  "${launcher[@]}" >/dev/null
cmake --build build -j"$(nproc)" "${target[@]}"

if [[ "${1:-}" == "--test" ]]; then
  scripts/install-sarif-multitool.sh
  ctest --test-dir build --output-on-failure -j"$(nproc)"
  if [[ "$sanitize" == 1 ]]; then
    scripts/sanitize.sh
  fi
fi

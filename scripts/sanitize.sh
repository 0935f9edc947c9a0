#!/usr/bin/env bash
# Builds the unit and fixture tests (k8slint_tests), the fuzz harnesses (tests/fuzz/) and
# the k8slint binary with AddressSanitizer and UndefinedBehaviorSanitizer in build-asan/
# (K8SLINT_SANITIZE=ON), then runs them with every report fatal.
#   scripts/sanitize.sh          the unit and fixture tests and the fuzzing pass
#   scripts/sanitize.sh --cli    also the end-to-end tests of tests/cli/ on the sanitized
#                                binary (about 2 more minutes)
#   scripts/sanitize.sh --build-only   configure and build build-asan/, run nothing
# With clang++ installed the build is clang's with K8SLINT_LIBFUZZER, so this one build
# is also the libFuzzer one, and the fuzzing pass runs each harness for 15 s
# (scripts/fuzz.sh, docs/fuzzing.md); K8SLINT_SANITIZE_CXX=g++ (or no clang) builds with
# g++ and the pass is the seeded mutation driver of ctest's `fuzz` test.
# scripts/setup.sh --test runs it when CI=true. -O0 because GCC compiles the sanitized code
# at -O1 about 1.5 to 2 times slower, and the tests run fast enough either way; a first
# build costs about as much as the normal one. It goes through ccache when installed, as
# scripts/setup.sh does, so a CI run with a warm cache recompiles only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
# clang without its runtime libraries (libclang-rt-<version>-dev) links no libFuzzer.
links_libfuzzer() {
  command -v clang++ >/dev/null || return 1
  local probe
  probe=$(mktemp -d)
  echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }' |
    clang++ -x c++ -fsanitize=fuzzer,address,undefined - -o "$probe/probe" 2>/dev/null
  local rc=$?
  rm -rf "$probe"
  return $rc
}
libfuzzer=OFF compiler=()
if [[ "${K8SLINT_SANITIZE_CXX:-clang++}" == clang++ ]] && links_libfuzzer; then
  libfuzzer=ON compiler=(-DCMAKE_CXX_COMPILER=clang++)
fi
fuzz='|fuzz'
[[ $libfuzzer == ON ]] && fuzz=''  # scripts/fuzz.sh below instead
tests="^(unit|unit\.fixtures$fuzz)\$"
[[ "${1:-}" == "--cli" ]] && tests="^(unit|unit\.fixtures$fuzz|cli\..*)\$"
# CMake keeps a build folder's compiler: one configured with the other starts over.
if [[ -f build-asan/CMakeCache.txt ]] &&
  ! grep -qx "K8SLINT_LIBFUZZER:BOOL=$libfuzzer" build-asan/CMakeCache.txt; then
  rm -rf build-asan
fi

launcher=()
# The unity sources CMake writes into each build folder differ in path only: with the
# checkout as ccache's base_dir, build/, build-package/ and a fresh clone share objects.
command -v ccache >/dev/null &&
  launcher=("-DCMAKE_CXX_COMPILER_LAUNCHER=env;CCACHE_BASEDIR=$PWD;ccache")
# -g1: line numbers in the reports.
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O0 -g1" \
  "${compiler[@]}" "${launcher[@]}" -DK8SLINT_LIBFUZZER=$libfuzzer \
  -DK8SLINT_SANITIZE=ON -DK8SLINT_TESTS=ON -DK8SLINT_WERROR=OFF >/dev/null
cmake --build build-asan -j"$(nproc)" --target k8slint_tests k8slint_fuzz_all
[[ "${1:-}" == "--build-only" ]] && exit 0

# Every report ends the process with exit code 86, which no test expects (k8slint's own
# are 0, 1 and 2). ASan and LeakSanitizer write their reports to build-asan/sanitizer-logs/
# (printed below), so one from a k8slint run whose exit code and stderr a CLI test does not
# check still fails this script; UBSan writes to stderr. -fno-sanitize-recover=all
# (CMakeLists.txt) makes UBSan reports fatal; LeakSanitizer is on by default with ASan.
logs=$PWD/build-asan/sanitizer-logs
rm -rf "$logs" && mkdir -p "$logs"
export ASAN_OPTIONS=halt_on_error=1:exitcode=86:detect_leaks=1:strict_string_checks=1:check_initialization_order=1:detect_stack_use_after_return=1:log_path=$logs/report
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:exitcode=86:log_path=$logs/report
# The sanitized `unit` leaves out the leak and growth tests (CMakeLists.txt says why); it
# and `unit.fixtures` run side by side.
rc=0
ctest --test-dir build-asan --output-on-failure -j"$(nproc)" -R "$tests" || rc=$?
if [[ $libfuzzer == ON ]]; then
  scripts/fuzz.sh --build build-asan --each 15 --parallel "$(nproc)" || rc=$?
fi
if compgen -G "$logs/report*" >/dev/null; then
  echo "sanitize: sanitizer reports (build-asan/sanitizer-logs/):"
  cat "$logs"/report*
  rc=1
fi
exit "$rc"

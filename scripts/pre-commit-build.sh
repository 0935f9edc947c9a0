#!/usr/bin/env bash
# Entry of the `k8slint-build` pre-commit hook (.pre-commit-hooks.yaml): pre-commit runs it
# from its own clone of this repository. Builds k8slint there on first use (about 5 minutes
# on 2 cores), then lints the files pre-commit passes. K8SLINT_HOOK_BUILD_DIR overrides
# where the build goes.
# pre-commit shows a hook's output only once the hook has ended (and only if it failed or
# is `verbose`), so the build reports its progress on the terminal (/dev/tty) while it
# runs, or on stderr without one (K8SLINT_HOOK_PROGRESS=FILE sends it to FILE). The full
# build log is $build/build.log; its end is printed when the build fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${K8SLINT_HOOK_BUILD_DIR:-$root/build-pre-commit}
bin=$build/k8slint
log=$build/build.log

say() { printf 'k8slint-build hook: %s\n' "$*" >&3; }

# Everything the build prints goes to the log; each further tenth of it is announced
# (Makefile "[ 42%]" and Ninja "[12/130]" progress both count).
follow_build() {
  local line pct shown=-1
  while IFS= read -r line; do
    printf '%s\n' "$line" >>"$log"
    pct=""
    if [[ $line =~ ^\[\ *([0-9]+)%\] ]]; then
      pct=${BASH_REMATCH[1]}
    elif [[ $line =~ ^\[([0-9]+)/([0-9]+)\] ]]; then
      pct=$((BASH_REMATCH[1] * 100 / BASH_REMATCH[2]))
    fi
    if [[ -n $pct ]] && ((pct / 10 > shown)); then
      shown=$((pct / 10))
      say "building: $pct%"
    fi
  done
}

build_k8slint() {
  local launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DK8SLINT_TESTS=OFF "${launcher[@]}" &&
    cmake --build "$build" --target k8slint -j"$(nproc)"
}

if [[ ! -x $bin ]]; then
  if [[ -n ${K8SLINT_HOOK_PROGRESS:-} ]]; then
    exec 3>>"$K8SLINT_HOOK_PROGRESS"
  elif { : >/dev/tty; } 2>/dev/null; then
    exec 3>/dev/tty
    echo >&3   # off the line where pre-commit prints the hook's name and dots
  else
    exec 3>&2
  fi
  for tool in cmake c++ pkg-config; do
    if ! command -v "$tool" >/dev/null; then
      echo "k8slint-build hook: $tool is missing; run scripts/setup.sh from a clone of k8slint" \
        "(it installs the build dependencies), or use a hook that needs no compiler:" \
        "'k8slint' with the packaged binary on PATH, or 'k8slint-docker' (docs/pre-commit.md)" >&2
      exit 2
    fi
  done
  # Two hooks starting at once (two repositories, one pre-commit cache) build once.
  mkdir -p "$build"
  exec 9>"$build/.build.lock"
  flock 9
  if [[ ! -x $bin ]]; then
    say "first run: building k8slint in $build (about 5 minutes on 2 cores; log: $log)"
    start=$SECONDS
    : >"$log"
    set +e
    build_k8slint 2>&1 | follow_build
    rc=${PIPESTATUS[0]}
    set -e
    if ((rc != 0)) || [[ ! -x $bin ]]; then
      echo "k8slint-build hook: the build failed (exit $rc); the end of $log:" >&2
      tail -n 30 "$log" >&2
      exit 2
    fi
    say "built $("$bin" --version) in $((SECONDS - start)) s; later runs start at once"
  fi
  flock -u 9
  exec 3>&-
fi
exec "$bin" "$@"

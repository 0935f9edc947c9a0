#!/usr/bin/env bash
# Entry of the `k8slint-build` pre-commit hook (.pre-commit-hooks.yaml): pre-commit runs it
# from its own clone of this repository. Builds k8slint there on first use, then lints the
# files pre-commit passes. K8SLINT_HOOK_BUILD_DIR overrides where the build goes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${K8SLINT_HOOK_BUILD_DIR:-$root/build-pre-commit}
bin=$build/k8slint

if [[ ! -x $bin ]]; then
  for tool in cmake c++ pkg-config; do
    if ! command -v "$tool" >/dev/null; then
      echo "k8slint-build hook: $tool is missing; run scripts/setup.sh from a clone of k8slint" \
        "(it installs the build dependencies), or use the 'k8slint' hook with k8slint on PATH" >&2
      exit 2
    fi
  done
  echo "k8slint-build hook: building k8slint in $build (first run only)" >&2
  # Two hooks starting at once (two repositories, one pre-commit cache) build once.
  mkdir -p "$build"
  exec 9>"$build/.build.lock"
  flock 9
  if [[ ! -x $bin ]]; then
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DK8SLINT_TESTS=OFF >/dev/null
    cmake --build "$build" --target k8slint -j"$(nproc)" >&2
  fi
  flock -u 9
fi
exec "$bin" "$@"

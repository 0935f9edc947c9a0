#!/usr/bin/env bash
# Runs the fuzz harnesses of tests/fuzz/ (docs/fuzzing.md), built first (an up-to-date
# build costs a few seconds): libFuzzer binaries in a clang K8SLINT_LIBFUZZER build (what
# scripts/sanitize.sh makes in build-asan/ when clang is installed, and what this script
# asks it for when build-asan/ does not exist), the mutation driver otherwise (same flags).
#   scripts/fuzz.sh [--build DIR] [--each SECONDS] [--parallel N] [HARNESS...]
#     --build DIR     the build folder (default build-asan)
#     --each SECONDS  how long each harness runs (default 15)
#     --parallel N    how many harnesses run at once (default 1)
#     HARNESS         analysis dockerfile yaml values env powershell markdown (default: all)
# Seeds: DIR/fuzz-seeds/<harness>/, rebuilt from fixtures/ and examples/ each time. Inputs
# that found new coverage accumulate in DIR/fuzz/corpus/<harness>/ across runs; a crash,
# leak, timeout or out-of-memory input is saved as DIR/fuzz/artifacts/<harness>-<what>-<hash>
# and its harness's log (DIR/fuzz/<harness>.log) is printed. Exits 1 if any harness failed.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build-asan each=15 parallel=1 names=()
while (($#)); do
  case $1 in
    --build) build=$2; shift 2 ;;
    --each) each=$2; shift 2 ;;
    --parallel) parallel=$2; shift 2 ;;
    -*) echo "fuzz: unknown option $1" >&2; exit 2 ;;
    *) names+=("$1"); shift ;;
  esac
done
((${#names[@]})) || names=(analysis dockerfile yaml values env powershell markdown)
if [[ $build == build-asan && ! -f $build/CMakeCache.txt ]]; then
  scripts/sanitize.sh --build-only
fi
[[ -f $build/CMakeCache.txt ]] || { echo "fuzz: $build is not a build folder" >&2; exit 2; }
cmake --build "$build" -j"$(nproc)" --target k8slint_fuzz_all >/dev/null
"$build/k8slint_fuzz_seeds" "$build/fuzz-seeds" fixtures examples >/dev/null
out=$build/fuzz
mkdir -p "$out/artifacts"

# -timeout: well above any input of the seeds at -O0 with the sanitizers (under 1 s), in
# wall-clock seconds, so it grows with the harnesses sharing each core: 7 harnesses on 2
# busy cores once turned 1 KB inputs that run in 0.4 s into "timeouts". -rss_limit_mb:
# the bound docs/fuzzing.md gives for inputs of at most -max_len bytes. Both make the input
# an artifact, as a crash does.
cores=$(nproc)
timeout=$((10 * ((parallel + cores - 1) / cores)))
run_one() {
  local name=$1 bin=k8slint_fuzz
  [[ $name == analysis ]] || bin=k8slint_fuzz_$name
  mkdir -p "$out/corpus/$name"
  "$build/$bin" -max_total_time="$each" -timeout="$timeout" -rss_limit_mb=2048 -max_len=65536 \
    -dict=tests/fuzz/k8slint.dict -print_final_stats=1 -artifact_prefix="$out/artifacts/$name-" \
    "$out/corpus/$name" "$build/fuzz-seeds/$name" >"$out/$name.log" 2>&1
}

failed=() pids=() running=()
wait_one() {
  wait "${pids[0]}" || failed+=("${running[0]}")
  pids=("${pids[@]:1}") running=("${running[@]:1}")
}
for name in "${names[@]}"; do
  ((${#pids[@]} < parallel)) || wait_one
  run_one "$name" &
  pids+=($!) running+=("$name")
done
while ((${#pids[@]})); do wait_one; done

for name in "${names[@]}"; do
  # libFuzzer's last status line ("#N DONE cov: C ft: F corp: ...") and exec rate.
  line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$out/$name.log" | tail -1 || true)
  [[ -n $line ]] || line=$(tail -1 "$out/$name.log")
  echo "fuzz: $name: $line"
done
if ((${#failed[@]})); then
  for name in "${failed[@]}"; do
    echo "fuzz: $name FAILED; its log ($out/$name.log) ends:" >&2
    tail -60 "$out/$name.log" >&2
  done
  exit 1
fi

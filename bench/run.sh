#!/usr/bin/env bash
# k8slint's speed and memory figures on the shared benchmark corpus (SPEC §5).
#   bench/run.sh [--scale N] [--peers] [BUILD_DIR]     (default: scale 1000, build/)
# Reports, for the `services/` tree of `gen_corpus.py --scale N` (the corpus metadata
# files at its root hold the planted secrets and are left out, as the peers do):
#   - cat of the same files, warm page cache (best of 3): the floor;
#   - k8slint, every rule, all cores (best of 3), its ratio to cat, and peak RSS;
#   - peak RSS at scale 100 next to scale N: memory must not grow with the file count;
#   - process time (user+sys) of one run on one small file, mean of 200 runs: the
#     pre-commit budget is 5 ms;
#   - with --peers: ../shared/bench/bench_peers.py with k8slint added (bench/peers.py).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scale=1000 peers=0 build=$root/build
while (($#)); do
  case $1 in
    --scale) scale=$2; shift 2 ;;
    --peers) peers=1; shift ;;
    *) build=$1; shift ;;
  esac
done
bin=$(cd "$build" && pwd)/k8slint
shared=${SHARED:-$root/../shared/bench}
work=${TMPDIR:-/tmp}

corpus() {  # corpus SCALE -> prints the corpus folder, generating it once
  local dir=$work/k8slint-bench-$1
  [[ -d $dir/services ]] || python3 "$shared/gen_corpus.py" "$dir" --scale "$1" --force >/dev/null
  echo "$dir"
}

best_of_3() {  # best_of_3 CMD...: prints the best wall time in seconds
  python3 - "$@" <<'PY'
import subprocess, sys, time
best = None
for _ in range(3):
    t = time.perf_counter()
    subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False)
    t = time.perf_counter() - t
    best = t if best is None else min(best, t)
print(f"{best:.3f}")
PY
}

peak_rss_mb() {  # peak_rss_mb CMD...
  /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f", $1 / 1024}'
}

big=$(corpus "$scale")
small=$(corpus 100)
cd "$big"
files=$(find services -type f | wc -l)
mb=$(du -sb services | awk '{printf "%.1f", $1 / 1e6}')
find services -type f -print0 | xargs -0 cat >/dev/null
t_cat=$(best_of_3 bash -c 'find services -type f -print0 | xargs -0 cat >/dev/null')
t_lint=$(best_of_3 "$bin" --fail-on never -o /dev/null services)
rss_big=$(peak_rss_mb "$bin" --fail-on never -o /dev/null services)
rss_small=$(cd "$small" && peak_rss_mb "$bin" --fail-on never -o /dev/null services)

echo "corpus: --scale $scale, $files files, $mb MB ($(nproc) cores)"
echo "cat:     ${t_cat} s"
python3 -c "import sys; c,l,m=map(float,sys.argv[1:]); print(f'k8slint: {l:.3f} s = {m/l:.0f} MB/s, {l/c:.1f}x cat (target: within 10x)')" "$t_cat" "$t_lint" "$mb"
echo "peak RSS: ${rss_big} MB at scale $scale, ${rss_small} MB at scale 100"

one=$(find services -name Dockerfile | sort | head -1)
python3 - "$bin" "$one" <<'PY'
import os, resource, subprocess, sys
bin, one = sys.argv[1], sys.argv[2]
runs = 200
before = resource.getrusage(resource.RUSAGE_CHILDREN)
for _ in range(runs):
    subprocess.run([bin, "--fail-on", "never", one], stdout=subprocess.DEVNULL, check=False)
after = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
print(f"one file ({one}, {os.path.getsize(one)} bytes): {cpu / runs * 1000:.2f} ms process time "
      f"(user+sys, mean of {runs} runs; pre-commit target: under 5 ms)")
PY

if ((peers)); then
  results=$work/k8slint-bench-results
  rm -rf "$results"
  python3 "$root/bench/peers.py" "$big" --results "$results" --k8slint "$bin" --budget 30 --timeout 600
  python3 "$shared/summarize.py" "$results/results.jsonl"
fi

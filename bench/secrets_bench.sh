#!/usr/bin/env bash
# Secrets-scan throughput on the shared benchmark corpus, next to `cat` of the same bytes.
#   bench/secrets_bench.sh [BUILD_DIR]   (default build/; needs a Release build of k8slint)
# Generates /tmp/k8slint-se100 (--scale 100) and /tmp/k8slint-se-big (--big-file 200)
# once, excluding the corpus metadata files, and reports for each:
#   1. the scan alone: every SE rule's CheckSource on files already in memory (MB/s);
#   2. k8slint end to end with only SE rules enabled (-j1, wall time; includes reading,
#      parsing the file's model and reporting);
#   3. cat of the same files (warm page cache);
#   4. recall and decoy hits from score_secrets.py (scale 100).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
shared=${SHARED:-$root/../shared/bench}
bin=$build/k8slint
work=${TMPDIR:-/tmp}
small=$work/k8slint-se100
big=$work/k8slint-se-big

[[ -d $small/services ]] || python3 "$shared/gen_corpus.py" "$small" --scale 100 --force >/dev/null
[[ -f $big/big/rendered-all.yaml ]] || python3 "$shared/gen_corpus.py" "$big" --scale 0 --big-file 200 --force >/dev/null

bench=$build/secrets_bench
# Every layer library (one per folder since the architecture split), grouped so the
# linker resolves their references in any order.
g++ -std=c++20 -O2 -DNDEBUG -I"$root" "$root/bench/secrets_bench.cpp" \
  -Wl,--start-group "$build"/libk8slint_*.a -Wl,--end-group \
  $(pkg-config --libs re2 libcmark) -lyaml-cpp -ldl -lpthread -o "$bench"

disable=$("$bin" rules --format json | python3 -c \
  'import json,sys; print(" ".join("--disable " + r["id"] for r in json.load(sys.stdin) if not r["id"].startswith("SE")))')

measure() {  # measure NAME LISTFILE DIR TARGET: lints TARGET from inside DIR (SARIF URIs
  local name=$1 list=$2 dir=$3 target=$4   # relative to the corpus root, for the scorer)
  local mb; mb=$(python3 -c 'import os,sys; print(sum(os.path.getsize(p.strip()) for p in open(sys.argv[1])) / 1e6)' "$list")
  echo "== $name: $(wc -l <"$list") files, $mb MB"
  xargs -a "$list" -d '\n' cat >/dev/null  # warm the page cache
  "$bench" "$list"
  local t0 t1
  t0=$(date +%s.%N); xargs -a "$list" -d '\n' cat >/dev/null; t1=$(date +%s.%N)
  python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'cat:                       {s:.3f} s = {float(sys.argv[3])/s:.0f} MB/s')" "$t0" "$t1" "$mb"
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  (cd "$dir" && "$bin" -j1 $disable --max-file-size 1000000000 --fail-on never -f sarif \
    -o "$work/se-$name.sarif" "$target")
  t1=$(date +%s.%N)
  python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'k8slint SE only, -j1:      {s:.3f} s = {float(sys.argv[3])/s:.0f} MB/s')" "$t0" "$t1" "$mb"
}

find "$small/services" -type f | sort >"$work/se-small.list"
measure scale100 "$work/se-small.list" "$small" services
python3 "$shared/score_secrets.py" "$small" "$work/se-scale100.sarif" | grep -E 'recall|decoy_hit|true_positive|other'
echo "$big/big/rendered-all.yaml" >"$work/se-big.list"
measure big200 "$work/se-big.list" "$big" big

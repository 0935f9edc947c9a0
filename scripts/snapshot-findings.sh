#!/usr/bin/env bash
# Writes the findings of one k8slint binary on examples/ and a benchmark corpus, in JSON
# and SARIF, so a refactor can be shown to change nothing:
#   scripts/snapshot-findings.sh BIN OUT_DIR [CORPUS_DIR]
#   diff -r OUT_BEFORE OUT_AFTER
# CORPUS_DIR defaults to `gen_corpus.py --scale 100` output (generated once under $TMPDIR).
set -euo pipefail
bin=$(realpath "${1:?usage: snapshot-findings.sh BIN OUT_DIR [CORPUS_DIR]}")
out=$(mkdir -p "${2:?usage}" && realpath "$2")
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${3:-${TMPDIR:-/tmp}/k8slint-bench-100}
if [[ ! -d $corpus/services ]]; then
  python3 "$root/../shared/bench/gen_corpus.py" "$corpus" --scale 100 --force >/dev/null
fi
for fmt in json sarif; do
  (cd "$root" && "$bin" --fail-on never -f "$fmt" -o "$out/examples.$fmt" examples)
  (cd "$corpus" && "$bin" --fail-on never -f "$fmt" -o "$out/corpus.$fmt" services docs)
done
# Opt-in rules too (unused suppressions and the other run-hygiene checks).
(cd "$root" && "$bin" --fail-on never -f json --enable K8L --report-unused-ignores -o "$out/examples-optin.json" examples fixtures)

#!/usr/bin/env bash
# Report formats (json, github, sarif) and their shape; output order does not depend on
# the number of workers. Validation by the SARIF multitool is sarif_validate.sh.
source "$(dirname "$0")/lib.sh"

"$bin" -j1 --fail-on never examples/todo-chatbot >"$tmp/j1"
"$bin" -j4 --fail-on never examples/todo-chatbot >"$tmp/j4"
cmp -s "$tmp/j1" "$tmp/j4"; check deterministic-order 0 $?

"$bin" --format json --fail-on never examples/todo-chatbot >"$tmp/o.json"; check json 0 $?
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert isinstance(d,list) and d and all("ruleId" in f for f in d)' "$tmp/o.json"
check json-shape 0 $?
"$bin" --format github --fail-on never examples/todo-chatbot >"$tmp/o.gh"
contains github-format "$tmp/o.gh" "::warning file=examples/todo-chatbot/"

"$bin" --format sarif -o "$tmp/example.sarif" --fail-on never examples/todo-chatbot; check sarif 0 $?
: >"$tmp/empty"
"$bin" --format sarif -o "$tmp/empty.sarif" "$tmp/empty"; check sarif-empty 0 $?
python3 - "$tmp/example.sarif" <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
rules = run["tool"]["driver"]["rules"]
for r in run["results"]:
    assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
    loc = r["locations"][0]["physicalLocation"]
    assert not loc["artifactLocation"]["uri"].startswith("/"), loc
    assert loc["region"]["startColumn"] >= 1
    assert r["partialFingerprints"]
PY
check sarif-shape 0 $?

finish

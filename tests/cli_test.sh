#!/usr/bin/env bash
# End-to-end checks of the k8slint binary: exit codes, formats, stdin, and SARIF
# validation with Microsoft's SARIF multitool.
set -uo pipefail
bin=${1:?usage: cli_test.sh path/to/k8slint}
cd "$(dirname "$0")/.."
fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
check() {  # check NAME EXPECTED_RC ACTUAL_RC
  if [[ "$2" != "$3" ]]; then echo "FAIL $1: exit $3, expected $2"; fail=1; else echo "ok   $1"; fi
}
contains() {  # contains NAME FILE TEXT
  if grep -qF -- "$3" "$2"; then echo "ok   $1"; else echo "FAIL $1: '$3' not in output:"; head -20 "$2"; fail=1; fi
}

"$bin" --version >"$tmp/v"; check version 0 $?
contains version-text "$tmp/v" "k8slint "

"$bin" --no-such-flag >/dev/null 2>"$tmp/e"; check bad-flag 2 $?
"$bin" does/not/exist >/dev/null 2>"$tmp/e"; check missing-path 2 $?
contains missing-path-message "$tmp/e" "does/not/exist: no such file or folder"
printf 'FROM x\n' | "$bin" - >/dev/null 2>"$tmp/e"; check stdin-needs-type 2 $?
contains stdin-needs-type-message "$tmp/e" "needs --type"

printf 'FROM python:3.12-slim\nUSER 10001\nCMD ["python"]\n' >"$tmp/Dockerfile"
"$bin" "$tmp/Dockerfile" >"$tmp/o"; check clean-file 0 $?
contains summary "$tmp/o" "0 findings"

printf 'FROM python:3.12-slim\nCMD ["python"]\n' | "$bin" -t dockerfile - >"$tmp/o"; check stdin-finding 1 $?
contains stdin-path "$tmp/o" "-:1:1: warning:"
printf 'FROM python:3.12-slim\nCMD ["python"]\n' | "$bin" -t dockerfile --fail-on error - >/dev/null; check fail-on-error 0 $?
printf 'FROM python:3.12-slim\nCMD ["python"]\n' | "$bin" -t dockerfile --disable NR001 - >/dev/null; check disable-by-id 0 $?
printf 'FROM python:3.12-slim\nCMD ["python"]\n' | "$bin" -t dockerfile --disable hadolint:DL3002,missing-user - >/dev/null; check disable-by-name 0 $?
"$bin" --enable NOPE "$tmp/Dockerfile" >/dev/null 2>"$tmp/e"; check unknown-rule 2 $?
contains unknown-rule-message "$tmp/e" "unknown rule 'NOPE'"

printf '\xff\xfe{{bad' | "$bin" -t dockerfile --disable K8L,NR,MS - >/dev/null; check disable-family-with-digit 0 $?

# PowerShell target: && chains are errors on 5.1 only; other editions are a usage error.
printf '```powershell\nhelm lint ./chart && helm install web ./chart\n```\n' >"$tmp/guide.md"
"$bin" "$tmp/guide.md" >"$tmp/o"; check ps-target-default 1 $?
contains ps-target-default-finding "$tmp/o" "PS003"
"$bin" --powershell-target 7 "$tmp/guide.md" >/dev/null; check ps-target-7 0 $?
"$bin" --powershell-target 6 "$tmp/guide.md" >/dev/null 2>"$tmp/e"; check ps-target-bad 2 $?
contains ps-target-bad-message "$tmp/e" "powershell-target must be 5.1 or 7"
printf '```bash\nexport KUBECONFIG=~/.kube/config\n```\n' >"$tmp/bash.md"
"$bin" "$tmp/bash.md" >/dev/null; check shell-fences-off 0 $?
"$bin" --shell-fences bash,sh "$tmp/bash.md" >"$tmp/o"; check shell-fences-on 1 $?
contains shell-fences-finding "$tmp/o" "PS001"

"$bin" rules >"$tmp/o"; check rules 0 $?
contains rules-list "$tmp/o" "NR001"
"$bin" rules --format json >"$tmp/o"; check rules-json 0 $?
"$bin" explain DL3002 >"$tmp/o"; check explain-alias 0 $?
"$bin" explain nope >/dev/null 2>&1; check explain-unknown 2 $?

# Output order does not depend on the number of workers.
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
multitool=$(ls .cache/sarif-multitool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool 2>/dev/null)
if [[ -z "$multitool" ]]; then
  echo "FAIL sarif-validate: multitool missing (scripts/install-sarif-multitool.sh)"; fail=1
else
  for s in example empty; do
    "$multitool" validate "$tmp/$s.sarif" -o "$tmp/$s.validation.sarif" --log ForceOverwrite >"$tmp/$s.log" 2>&1
    python3 - "$tmp/$s.validation.sarif" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))["runs"]
bad = [r for run in runs for r in run.get("results", []) if r.get("level", "warning") in ("error", "warning")]
for r in bad: print("  ", r.get("ruleId"), r["message"].get("text") or r["message"].get("id"))
sys.exit(1 if bad else 0)
PY
    check "sarif-validate-$s" 0 $?
  done
fi
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

exit $fail

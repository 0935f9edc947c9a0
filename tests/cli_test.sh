#!/usr/bin/env bash
# End-to-end checks of the k8slint binary: exit codes, formats, stdin, and SARIF
# validation with Microsoft's SARIF multitool.
set -uo pipefail
bin=${1:?usage: cli_test.sh path/to/k8slint}
cd "$(dirname "$0")/.."
source tests/lib.sh

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

# Suppressions: expiry against K8SLINT_TODAY, unused ones on request.
mkdir -p "$tmp/sup"
printf 'FROM python:3.12-slim\n# k8slint ignore=NR002 until=2027-01-31 -- upstream fix\nUSER root\n' >"$tmp/sup/Dockerfile"
K8SLINT_TODAY=2027-01-31 "$bin" "$tmp/sup/Dockerfile" >"$tmp/o"; check until-last-day 0 $?
K8SLINT_TODAY=2027-02-01 "$bin" "$tmp/sup/Dockerfile" >"$tmp/o"; check until-expired 1 $?
contains until-expired-finding "$tmp/o" "K8L005 expired-suppression"
contains until-expired-reported-again "$tmp/o" "NR002 root-user"
K8SLINT_TODAY=soon "$bin" "$tmp/sup/Dockerfile" >/dev/null 2>"$tmp/e"; check today-malformed 2 $?
contains today-malformed-message "$tmp/e" "K8SLINT_TODAY: 'soon' is not a date"
printf 'FROM python:3.12-slim\n# k8slint ignore=NR002 -- no longer root\nUSER 10001\n' >"$tmp/sup/Dockerfile"
"$bin" "$tmp/sup/Dockerfile" >"$tmp/o"; check unused-off-by-default 0 $?
"$bin" --report-unused-ignores "$tmp/sup/Dockerfile" >"$tmp/o"; check unused-reported 1 $?
contains unused-finding "$tmp/o" "2:18: warning: suppression of 'NR002' silenced nothing on line 3"

# Baseline: only new findings; fingerprints survive moves; bad files are exit 2.
# A repository, so paths are recorded repo-relative whatever the working folder.
mkdir -p "$tmp/bl" && git -C "$tmp/bl" init -q
printf 'FROM python:3.12-slim\nWORKDIR /app\nUSER root\n' >"$tmp/bl/Dockerfile"
(cd "$tmp/bl" && "$bin" --write-baseline base.json . >"$tmp/o" 2>"$tmp/e"); check write-baseline 0 $?
contains write-baseline-message "$tmp/e" "wrote 1 finding to base.json"
contains baseline-version "$tmp/bl/base.json" '"version": 1'
contains baseline-entry "$tmp/bl/base.json" '{"rule": "NR002", "path": "Dockerfile", "fingerprint": "'
(cd "$tmp/bl" && "$bin" --baseline base.json Dockerfile >"$tmp/o"); check baseline-clean 0 $?
printf '# syntax=docker/dockerfile:1\n\nFROM python:3.12-slim\nWORKDIR /srv\nUSER root\n' >"$tmp/bl/Dockerfile"
"$bin" --baseline "$tmp/bl/base.json" "$tmp/bl" >"$tmp/o"; check baseline-survives-edits 0 $?
printf 'FROM python:3.12-slim\nWORKDIR /srv\nUSER 0\n' >"$tmp/bl/Dockerfile"
"$bin" --baseline "$tmp/bl/base.json" "$tmp/bl/Dockerfile" >"$tmp/o"; check baseline-changed-line 1 $?
contains baseline-changed-finding "$tmp/o" "NR002"
"$bin" --baseline "$tmp/bl/none.json" "$tmp/bl" >/dev/null 2>"$tmp/e"; check baseline-missing 2 $?
contains baseline-missing-message "$tmp/e" "none.json: cannot read the baseline file"
printf '{"version": 1, "findings": {}}' >"$tmp/bl/bad.json"
"$bin" --baseline "$tmp/bl/bad.json" "$tmp/bl" >/dev/null 2>"$tmp/e"; check baseline-malformed 2 $?
contains baseline-malformed-message "$tmp/e" 'bad.json: not a k8slint baseline: no "findings" array'
"$bin" --write-baseline "$tmp/no/such/dir/b.json" "$tmp/bl" >/dev/null 2>"$tmp/e"; check write-baseline-unwritable 2 $?

# Config file: found upward from the working folder (not above a git work tree), -c,
# errors with line and column, CLI over file, config --print.
mkdir -p "$tmp/cfg/proj/sub" "$tmp/cfg/proj/vendor"
printf 'FROM python:3.12-slim\nCMD ["python"]\n' >"$tmp/cfg/proj/sub/Dockerfile"
cp "$tmp/cfg/proj/sub/Dockerfile" "$tmp/cfg/proj/vendor/Dockerfile"
(cd "$tmp/cfg/proj/sub" && "$bin" Dockerfile >/dev/null); check config-none 1 $?
printf '# team policy\ndisable: [missing-user]\nfail-on: error\n' >"$tmp/cfg/proj/.k8slint.yaml"
(cd "$tmp/cfg/proj/sub" && "$bin" Dockerfile >"$tmp/o"); check config-upward 0 $?
(cd "$tmp/cfg/proj/sub" && "$bin" --enable NR001 --fail-on warning Dockerfile >"$tmp/o"); check config-cli-wins 1 $?
contains config-cli-wins-finding "$tmp/o" "NR001"
printf 'rules:\n  NR001: error\nexclude: [vendor]\n' >"$tmp/cfg/other.yaml"
(cd "$tmp/cfg/proj/sub" && "$bin" -c ../../other.yaml Dockerfile >"$tmp/o"); check config-flag 1 $?
contains config-flag-level "$tmp/o" "1:1: error:"
(cd "$tmp/cfg/proj" && "$bin" -c ../other.yaml --fail-on never . >"$tmp/o"); check config-exclude 0 $?
if grep -q "vendor/Dockerfile" "$tmp/o"; then echo "FAIL config-exclude-vendor: vendor/ linted"; fail=1; else echo "ok   config-exclude-vendor"; fi
contains config-exclude-sub "$tmp/o" "sub/Dockerfile"
(cd "$tmp/cfg/proj" && "$bin" -c ../other.yaml vendor/Dockerfile >"$tmp/o"); check config-exclude-named-file 0 $?
"$bin" -c "$tmp/cfg/missing.yaml" "$tmp/cfg/proj" >/dev/null 2>"$tmp/e"; check config-missing 2 $?
contains config-missing-message "$tmp/e" "missing.yaml: no such config file"
printf 'disable: [NR001]\nrules:\n  RS007:\n    min-cpu: 10m\n    max-cpuu: 4\nexclud: [x]\n' >"$tmp/cfg/proj/.k8slint.yaml"
(cd "$tmp/cfg/proj/sub" && "$bin" Dockerfile >/dev/null 2>"$tmp/e"); check config-bad-param 2 $?
contains config-bad-param-message "$tmp/e" "k8slint: ../.k8slint.yaml:5:5: unknown parameter 'max-cpuu' for 'RS007' (did you mean 'max-cpu'?)"
printf 'disable: [NR001]\nexclud: [x]\n' >"$tmp/cfg/proj/.k8slint.yaml"
(cd "$tmp/cfg/proj" && "$bin" sub >/dev/null 2>"$tmp/e"); check config-unknown-key 2 $?
contains config-unknown-key-message "$tmp/e" "k8slint: .k8slint.yaml:2:1: unknown key 'exclud' (did you mean 'exclude'?)"
printf 'rules:\n  RS007: {min-memory: 16MB}\n' >"$tmp/cfg/proj/.k8slint.yaml"
(cd "$tmp/cfg/proj" && "$bin" sub >/dev/null 2>"$tmp/e"); check config-bad-value 2 $?
contains config-bad-value-message "$tmp/e" ".k8slint.yaml:2:23: RS007: min-memory must be a Kubernetes quantity, not '16MB'"
printf 'disable: [NR001]\nper-file-ignores:\n  "sub/**": [MS]\npowershell-target: "7"\n' >"$tmp/cfg/proj/.k8slint.yaml"
(cd "$tmp/cfg/proj/sub" && "$bin" config --print --shell-fences bash >"$tmp/o"); check config-print 0 $?
printf 'FROM python:3.12\nRUN pip install -r requirements.txt\nUSER 10001\n' >"$tmp/cfg/proj/sub/app.Dockerfile"
: >"$tmp/cfg/empty.yaml"
(cd "$tmp/cfg/proj" && "$bin" -c ../empty.yaml sub/app.Dockerfile >/dev/null); check config-empty-file 1 $?
(cd "$tmp/cfg/proj" && "$bin" sub/app.Dockerfile >/dev/null); check config-per-file-ignores 0 $?
contains config-print-source "$tmp/o" "then the config file ../.k8slint.yaml, then command-line flags"
contains config-print-rule "$tmp/o" "NR001: off  # missing-user"
contains config-print-setting "$tmp/o" 'powershell-target: "7"'
contains config-print-flag "$tmp/o" "shell-fences: [bash]"
contains config-print-ignores "$tmp/o" 'sub/**: [MS]'
(cd "$tmp/cfg/proj/sub" && "$bin" config --print >"$tmp/printed.yaml" && "$bin" -c "$tmp/printed.yaml" config --print >"$tmp/o")
check config-print-reloads 0 $?
# A config file above the git work tree is not used.
mkdir -p "$tmp/cfg/outer/repo/.git"
printf 'bogus: 1\n' >"$tmp/cfg/outer/.k8slint.yaml"
cp "$tmp/cfg/proj/sub/Dockerfile" "$tmp/cfg/outer/repo/Dockerfile"
(cd "$tmp/cfg/outer/repo" && "$bin" Dockerfile >/dev/null 2>"$tmp/e"); check config-stops-at-git-root 1 $?
"$bin" config --docs >"$tmp/o"; check config-docs 0 $?
contains config-docs-key "$tmp/o" "### per-file-ignores"

# Cross-file project model: `links` shows the example's Dockerfile links, and the
# cross-file findings carry the other file as a SARIF related location.
"$bin" links examples/todo-chatbot >"$tmp/o"; check links 0 $?
contains links-build "$tmp/o" "examples/todo-chatbot/backend/Dockerfile  [built as todo-backend"
contains links-values "$tmp/o" "values.yaml:21 values backend.image todo-backend (by build command)"
contains links-unlinked "$tmp/o" "Not linked to a Dockerfile of the inputs:"
"$bin" --format sarif --fail-on never --enable PT020 examples/todo-chatbot >"$tmp/o"; check project-sarif 0 $?
contains project-related "$tmp/o" '"relatedLocations"'
"$bin" --fail-on never --disable PT020 examples/todo-chatbot >"$tmp/o"
if grep -q "PT020" "$tmp/o"; then echo "FAIL project-disable"; fail=1; else echo "ok   project-disable"; fi

# SE024 asks git (lazily, through SourceFile::vcs) whether a .env is ignored or tracked.
repo=$tmp/env-repo
mkdir -p "$repo" && git -C "$repo" init -q
printf 'DATABASE_PASSWORD=Zq8vW2mLx4Rt\n' >"$repo/.env"
(cd "$repo" && "$bin" --enable SE024 --fail-on never .env) >"$tmp/o"
contains se024-untracked "$tmp/o" "not ignored by .gitignore"
printf '.env\n' >"$repo/.gitignore"
(cd "$repo" && "$bin" --fail-on never .env) >"$tmp/o"
lacks se024-ignored "$tmp/o" "SE024"
git -C "$repo" add -f .env
(cd "$repo" && "$bin" --fail-on never .env) >"$tmp/o"
contains se024-tracked "$tmp/o" "tracked by git"

exit $fail

#!/usr/bin/env bash
# SARIF within GitHub code scanning's upload limits (docs/output.md#limits): over 25,000
# results the most severe are kept, and the log (a toolExecutionNotification and run
# properties) and stderr say how many were dropped; the same for the 10 MB gzip size
# limit (lowered here with K8SLINT_SARIF_MAX_BYTES so the test stays small).
source "$(dirname "$0")/lib.sh"

root=$PWD
mkdir "$tmp/proj" && cd "$tmp/proj"
git init -q
# 20,000 warnings, 6,000 notes and one error: 26,001 results.
# The per-file finding caps (K8L008) are off: this test needs every finding in the log.
printf 'rules:\n  PS001: warning\n  PS010: note\nmax-findings-per-rule: 0\nmax-findings-per-line: 0\n' >.k8slint.yaml
python3 -c '
open("warn.ps1", "w").write("export A=1\n" * 20000)
open("note.ps1", "w").write("Get-Item x > /dev/null\n" * 6000)'
printf 'FROM alpine:3.20\nUSER root\n' >Dockerfile
"$bin" --statistics --format json . >"$tmp/stats.json"
python3 -c '
import json, sys
counts = {r["ruleId"]: r["count"] for r in json.load(open(sys.argv[1]))}
assert counts.get("PS001") == 20000 and counts.get("PS010") == 6000 and counts.get("NR002") == 1, counts
' "$tmp/stats.json"
check setup-26001-findings 0 $?

"$bin" --format sarif -o "$tmp/big.sarif" . 2>"$tmp/e"; check over-limit-exit 1 $?
contains over-limit-stderr "$tmp/e" "SARIF: kept the 25000 most severe of 26001 results and dropped 1001 (0 errors, 0 warnings, 1001 notes)"
python3 - "$tmp/big.sarif" <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
res = run["results"]
levels = [r["level"] for r in res]
assert len(res) == 25000, len(res)
assert levels.count("error") == 1 and levels.count("warning") == 20000 and levels.count("note") == 4999, (levels.count("error"), levels.count("note"))
inv = run["invocations"][0]
assert inv["executionSuccessful"] is True
n = inv["toolExecutionNotifications"][0]
assert n["level"] == "warning" and "dropped 1001" in n["message"]["text"], n
assert run["properties"]["k8slint/resultsDropped"] == 1001 and run["properties"]["k8slint/resultsTotal"] == 26001
assert all(len(r["locations"]) + len(r.get("relatedLocations", [])) <= 1000 for r in res)
# Results stay in report order (path, line) after the cut.
keys = [(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in res]
assert keys == sorted(keys)
PY
check over-limit-log 0 $?
cp "$tmp/big.sarif" "$tmp/over-limit.sarif"

# Under the limit: no notification, no properties, nothing on stderr.
"$bin" --format sarif -o "$tmp/small.sarif" Dockerfile 2>"$tmp/e"
check under-limit-no-stderr "" "$(cat "$tmp/e")"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["runs"][0]; assert "invocations" not in r and "properties" not in r' "$tmp/small.sarif"
check under-limit-no-notification 0 $?

# The size limit: gzip-compressed size measured, least severe dropped until it fits.
K8SLINT_SARIF_MAX_BYTES=200000 "$bin" --format sarif -o "$tmp/sized.sarif" . 2>"$tmp/e"
check size-limit-exit 1 $?
contains size-limit-stderr "$tmp/e" "whose upload is over"
python3 - "$tmp/sized.sarif" <<'PY'
import gzip, json, sys
data = open(sys.argv[1], "rb").read()
assert len(gzip.compress(data, 6)) <= 200000, len(gzip.compress(data, 6))
run = json.loads(data)["runs"][0]
levels = [r["level"] for r in run["results"]]
assert levels.count("error") == 1 and 0 < len(levels) < 25000, len(levels)
# Most severe first: no note kept while a warning was dropped.
assert levels.count("note") == 0 or levels.count("warning") == 20000
assert run["properties"]["k8slint/resultsDropped"] == 26001 - len(levels)
PY
check size-limit-log 0 $?

# The kept logs still pass the SARIF multitool where it is installed (sarif_validate.sh).
multitool=$root/.cache/sarif-multitool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [[ -x "$multitool" ]]; then
  for s in big sized; do
    "$multitool" validate "$tmp/$s.sarif" -c "$root/tests/cli/sarif-multitool-policy.xml" -o "$tmp/$s.v.sarif" --log ForceOverwrite >/dev/null 2>&1
    python3 -c '
import json, sys
bad = [r for run in json.load(open(sys.argv[1]))["runs"] for r in run.get("results", []) if r.get("level", "warning") in ("error", "warning")]
for r in bad: print("  ", r.get("ruleId"), r["message"].get("text"))
sys.exit(1 if bad else 0)' "$tmp/$s.v.sarif"
    check "multitool-$s" 0 $?
  done
fi

finish

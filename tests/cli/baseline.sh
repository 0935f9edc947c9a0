#!/usr/bin/env bash
# Baseline: only new findings; fingerprints survive moves; bad files are exit 2.
# A repository, so paths are recorded repo-relative whatever the working folder.
source "$(dirname "$0")/lib.sh"

bl=$tmp/bl
mkdir -p "$bl" && git -C "$bl" init -q
printf 'FROM python:3.12-slim\nWORKDIR /app\nUSER root\n' >"$bl/Dockerfile"
(cd "$bl" && "$bin" --write-baseline base.json . >"$tmp/o" 2>"$tmp/e"); check write-baseline 0 $?
contains write-baseline-message "$tmp/e" "wrote 1 finding to base.json"
contains baseline-version "$bl/base.json" '"version": 2'
contains baseline-entry "$bl/base.json" '{"rule": "NR002", "path": "Dockerfile", "fingerprint": "'
(cd "$bl" && "$bin" --baseline base.json Dockerfile >"$tmp/o" 2>"$tmp/e"); check baseline-clean 0 $?
lacks baseline-current-no-note "$tmp/e" "regenerate"
# A version-1 baseline (fast hashes of secrets) still matches, and says how to replace it.
sed 's/"version": 2/"version": 1/' "$bl/base.json" >"$bl/v1.json"
(cd "$bl" && "$bin" --baseline v1.json Dockerfile >"$tmp/o" 2>"$tmp/e"); check baseline-v1-works 0 $?
contains baseline-v1-note "$tmp/e" "regenerate it with --write-baseline v1.json"
printf '# syntax=docker/dockerfile:1\n\nFROM python:3.12-slim\nWORKDIR /srv\nUSER root\n' >"$bl/Dockerfile"
"$bin" --baseline "$bl/base.json" "$bl" >"$tmp/o"; check baseline-survives-edits 0 $?
printf 'FROM python:3.12-slim\nWORKDIR /srv\nUSER 0\n' >"$bl/Dockerfile"
"$bin" --baseline "$bl/base.json" "$bl/Dockerfile" >"$tmp/o"; check baseline-changed-line 1 $?
contains baseline-changed-finding "$tmp/o" "NR002"
"$bin" --baseline "$bl/none.json" "$bl" >/dev/null 2>"$tmp/e"; check baseline-missing 2 $?
contains baseline-missing-message "$tmp/e" "none.json: cannot read the baseline file"
printf '{"version": 1, "findings": {}}' >"$bl/bad.json"
"$bin" --baseline "$bl/bad.json" "$bl" >/dev/null 2>"$tmp/e"; check baseline-malformed 2 $?
contains baseline-malformed-message "$tmp/e" 'bad.json: not a k8slint baseline: no "findings" array'
"$bin" --write-baseline "$tmp/no/such/dir/b.json" "$bl" >/dev/null 2>"$tmp/e"; check write-baseline-unwritable 2 $?

finish

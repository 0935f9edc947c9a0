#!/usr/bin/env bash
# Exit codes (0 clean, 1 findings at or above --fail-on, 2 usage or input errors),
# --version, and choosing rules with --enable/--disable by id, name, alias or family.
source "$(dirname "$0")/lib.sh"

"$bin" --version >"$tmp/v"; check version 0 $?
contains version-text "$tmp/v" "k8slint "

"$bin" --no-such-flag >/dev/null 2>"$tmp/e"; check bad-flag 2 $?
"$bin" does/not/exist >/dev/null 2>"$tmp/e"; check missing-path 2 $?
contains missing-path-message "$tmp/e" "does/not/exist: no such file or folder"

printf 'FROM python:3.12-slim\nUSER 10001\nCMD ["python"]\n' >"$tmp/Dockerfile"
"$bin" "$tmp/Dockerfile" >"$tmp/o"; check clean-file 0 $?
contains summary "$tmp/o" "0 findings"

printf 'FROM python:3.12-slim\nCMD ["python"]\n' | "$bin" -t dockerfile --fail-on error - >/dev/null; check fail-on-error 0 $?
printf 'FROM python:3.12-slim\nCMD ["python"]\n' | "$bin" -t dockerfile --disable NR001 - >/dev/null; check disable-by-id 0 $?
printf 'FROM python:3.12-slim\nCMD ["python"]\n' | "$bin" -t dockerfile --disable hadolint:DL3002,missing-user - >/dev/null; check disable-by-name 0 $?
"$bin" --enable NOPE "$tmp/Dockerfile" >/dev/null 2>"$tmp/e"; check unknown-rule 2 $?
contains unknown-rule-message "$tmp/e" "unknown rule 'NOPE'"

printf '\xff\xfe{{bad' | "$bin" -t dockerfile --disable K8L,NR,MS - >/dev/null; check disable-family-with-digit 0 $?

finish

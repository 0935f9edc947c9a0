#!/usr/bin/env bash
# Linting standard input: `-` needs --type, and findings are reported against the path `-`.
source "$(dirname "$0")/lib.sh"

printf 'FROM x\n' | "$bin" - >/dev/null 2>"$tmp/e"; check stdin-needs-type 2 $?
contains stdin-needs-type-message "$tmp/e" "needs --type"
printf 'FROM python:3.12-slim\nCMD ["python"]\n' | "$bin" -t dockerfile - >"$tmp/o"; check stdin-finding 1 $?
contains stdin-path "$tmp/o" "-:1:1: warning:"

finish

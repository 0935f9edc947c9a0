#!/usr/bin/env bash
# `k8slint rules` and `k8slint explain`.
source "$(dirname "$0")/lib.sh"

# From a folder without rules/: here, `k8slint rules` lints this repository's rules/ folder
# (docs/cli.md#subcommands-and-folders); `k8slint rules --format text` is the command.
(cd "$tmp" && "$bin" rules >"$tmp/o"); check rules 0 $?
contains rules-list "$tmp/o" "NR001"
"$bin" rules --format text >"$tmp/o"; check rules-text-beside-folder 0 $?
contains rules-text-list "$tmp/o" "NR001"
"$bin" rules --format json >"$tmp/o"; check rules-json 0 $?
"$bin" explain DL3002 >"$tmp/o"; check explain-alias 0 $?
"$bin" explain nope >/dev/null 2>&1; check explain-unknown 2 $?

finish

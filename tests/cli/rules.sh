#!/usr/bin/env bash
# `k8slint rules` and `k8slint explain`.
source "$(dirname "$0")/lib.sh"

"$bin" rules >"$tmp/o"; check rules 0 $?
contains rules-list "$tmp/o" "NR001"
"$bin" rules --format json >"$tmp/o"; check rules-json 0 $?
"$bin" explain DL3002 >"$tmp/o"; check explain-alias 0 $?
"$bin" explain nope >/dev/null 2>&1; check explain-unknown 2 $?

finish

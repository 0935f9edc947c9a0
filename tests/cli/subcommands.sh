#!/usr/bin/env bash
# Subcommands never hide folders (docs/cli.md#subcommands-and-folders): `k8slint lint
# PATH` is always a lint; a subcommand's name given last while a file or folder of that
# name exists here is linted as that path, with a one-line hint on stderr.
source "$(dirname "$0")/lib.sh"

cd "$tmp"
mkdir -p chart/templates config rules nohelm
printf 'apiVersion: v2\nname: web\nversion: 0.1.0\n' >chart/Chart.yaml
printf 'FROM alpine:3.20\nUSER root\n' >chart/Dockerfile
printf 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n' >config/pod.yaml

# The issue's commands: `k8slint chart` and `k8slint config` beside chart/ and config/.
"$bin" chart >"$tmp/o" 2>"$tmp/e"; check chart-folder-exit 1 $?
contains chart-folder-linted "$tmp/o" "chart/Dockerfile:2:1: error:"
contains chart-folder-hint "$tmp/e" "note: linting \`chart\`, a folder here; for the chart command, run \`k8slint chart ./chart\`"
check chart-folder-hint-one-line 1 "$(wc -l <"$tmp/e")"
"$bin" config >"$tmp/o" 2>"$tmp/e"; check config-folder-exit 1 $?
contains config-folder-linted "$tmp/o" "config/pod.yaml:10:"
contains config-folder-hint "$tmp/e" "run \`k8slint config --print\`"
"$bin" --format json rules >"$tmp/o" 2>"$tmp/e"; check rules-folder-exit 0 $?
check rules-folder-json "[]" "$(cat "$tmp/o")"
contains rules-folder-hint "$tmp/e" "k8slint rules --format text"

# The explicit forms.
"$bin" lint chart >"$tmp/o" 2>"$tmp/e"; check lint-chart-exit 1 $?
contains lint-chart-linted "$tmp/o" "chart/Dockerfile:2:1: error:"
check lint-chart-no-hint "" "$(cat "$tmp/e")"
"$bin" lint config chart --format json >"$tmp/o"; check lint-two-exit 1 $?
python3 -c 'import json,sys; p={f["path"] for f in json.load(open(sys.argv[1]))}; assert p=={"chart/Dockerfile","chart/Chart.yaml","config/pod.yaml"}, p' "$tmp/o"
check lint-two-paths 0 $?
"$bin" --fail-on never lint >"$tmp/o"; check lint-default-dot 0 $?
contains lint-default-dot-findings "$tmp/o" "config/pod.yaml"
"$bin" -- config >"$tmp/o" 2>"$tmp/e"; check double-dash-path 1 $?
"$bin" config --print >"$tmp/o" 2>"$tmp/e"; check config-print-exit 0 $?
contains config-print-yaml "$tmp/o" "fail-on:"
"$bin" rules --format text >"$tmp/o"; check rules-list-exit 0 $?
contains rules-list "$tmp/o" "NR001"
PATH=$tmp/nohelm "$bin" chart ./chart >"$tmp/o" 2>"$tmp/e"; check chart-command-no-helm 2 $?
contains chart-command-no-helm-message "$tmp/e" "helm is not on PATH"
# `-t chart` is an option's value, not the subcommand.
"$bin" -t chart chart/Chart.yaml >"$tmp/o" 2>"$tmp/e"; check type-chart-value 0 $?
check type-chart-no-hint "" "$(cat "$tmp/e")"

# Only paths (what the pre-commit hooks run) skip CLI11 (linter/cli/app.cpp OnlyPaths):
# the same report, messages and exit code as the explicit `lint` with those paths.
same_as_lint() {  # same_as_lint NAME PATH...
  local name=$1; shift
  "$bin" "$@" >"$tmp/plain.o" 2>"$tmp/plain.e"; local plain=$?
  "$bin" lint "$@" >"$tmp/lint.o" 2>"$tmp/lint.e"; local lint=$?
  check "$name-exit" "$lint" "$plain"
  check "$name-report" "$(cat "$tmp/lint.o")" "$(cat "$tmp/plain.o")"
  check "$name-messages" "$(cat "$tmp/lint.e")" "$(cat "$tmp/plain.e")"
}
same_as_lint only-paths-files chart/Dockerfile config/pod.yaml chart/Chart.yaml
mkdir deploy && cp config/pod.yaml deploy/
same_as_lint only-paths-folder deploy
same_as_lint only-paths-missing config/pod.yaml no-such-file.yaml
same_as_lint only-paths-none
"$bin" chart/Dockerfile >"$tmp/o"; check only-paths-finds 1 $?
contains only-paths-finding "$tmp/o" "chart/Dockerfile:2:1: error:"

# Where no such folder exists, the subcommands are what they were.
mkdir empty && cd empty
"$bin" config >"$tmp/o" 2>"$tmp/e"; check config-command 0 $?
contains config-command-yaml "$tmp/o" "fail-on:"
"$bin" rules >"$tmp/o"; check rules-command 0 $?
contains rules-command-list "$tmp/o" "NR001"
"$bin" chart >/dev/null 2>"$tmp/e"; check chart-without-folder 2 $?
contains chart-without-folder-message "$tmp/e" "chart needs a chart folder"
"$bin" explain >/dev/null 2>"$tmp/e"; check explain-without-rule 2 $?

finish

#!/usr/bin/env bash
# The conventions users of ruff, hadolint and gitleaks expect (docs/cli.md): -V, --color
# and NO_COLOR, .k8slint.yml, --help with defaults and exit codes, the summary on a
# terminal's stderr with -o, the baseline's count, files scanned for secrets only, and
# --tracked-only for the project hook.
source "$(dirname "$0")/lib.sh"

# On a terminal: `script` runs the command with a pseudo-terminal as stdout and stderr.
on_tty() { script -qec "$1" /dev/null </dev/null | tr -d '\r'; }

root=$PWD
cd "$tmp"
printf 'FROM alpine:3.20\nUSER root\n' >Dockerfile

"$bin" -V >"$tmp/o"; check version-short 0 $?
contains version-text "$tmp/o" "k8slint "
check version-same "$(cat "$tmp/o")" "$("$bin" --version)"

# Colour: only the text report; auto = a terminal without a non-empty NO_COLOR.
esc=$'\x1b['
on_tty "env -u NO_COLOR '$bin' Dockerfile" >"$tmp/o"; contains color-auto-tty "$tmp/o" "$esc"
on_tty "NO_COLOR=1 '$bin' Dockerfile" >"$tmp/o"; lacks color-no-color "$tmp/o" "$esc"
on_tty "NO_COLOR= '$bin' Dockerfile" >"$tmp/o"; contains color-empty-no-color-ignored "$tmp/o" "$esc"
on_tty "env -u NO_COLOR '$bin' --color never Dockerfile" >"$tmp/o"; lacks color-never "$tmp/o" "$esc"
on_tty "NO_COLOR=1 '$bin' --color always Dockerfile" >"$tmp/o"; contains color-always-beats-no-color "$tmp/o" "$esc"
"$bin" Dockerfile >"$tmp/o"; lacks color-auto-pipe "$tmp/o" "$esc"
"$bin" --color always Dockerfile >"$tmp/o"; contains color-always-pipe "$tmp/o" "$esc"
"$bin" --color always --format json Dockerfile >"$tmp/o"; lacks color-never-in-json "$tmp/o" "$esc"
"$bin" --color sometimes Dockerfile >/dev/null 2>&1; check color-bad-value 2 $?

# .k8slint.yml is found like .k8slint.yaml; both in one folder is an error.
mkdir yml && cp Dockerfile yml/ && printf 'disable: [NR002]\n' >yml/.k8slint.yml
(cd yml && "$bin" Dockerfile >"$tmp/o"); check yml-found 0 $?
lacks yml-disables "$tmp/o" "NR002"
printf 'disable: [NR001]\n' >yml/.k8slint.yaml
(cd yml && "$bin" Dockerfile >"$tmp/o" 2>"$tmp/e"); check yml-and-yaml-exit 2 $?
contains yml-and-yaml-message "$tmp/e" "are both config files"

# --help: each option's default, the formats, the exit codes.
"$bin" --help >"$tmp/help.raw"; check help-exit 0 $?
# CLI11 2.4 (trixie) prints a default as ` [text] `, 2.3 (bookworm) as `=text`.
sed -E 's/ \[([^] ]*)\] *$/=\1/' "$tmp/help.raw" >"$tmp/help"
contains help-format-default "$tmp/help" "}=text"
contains help-color-default "$tmp/help" "}=auto"
contains help-formats "$tmp/help" "junit"
contains help-fail-on-default "$tmp/help" "else warning"
contains help-exit-codes "$tmp/help" "Exit codes:"
contains help-exit-2 "$tmp/help" "2  usage, configuration or I/O error"

# -o FILE: the summary still reaches a person at a terminal (stderr), not a pipe.
on_tty "'$bin' -o '$tmp/r.txt' Dockerfile" >"$tmp/o"
contains o-summary-on-tty "$tmp/o" "k8slint: 1 finding (1 error, 0 warnings, 0 notes) in 1 file; 1 linted; report in $tmp/r.txt"
on_tty "'$bin' -f sarif -o '$tmp/r.sarif' Dockerfile" >"$tmp/o"
contains o-summary-sarif-on-tty "$tmp/o" "k8slint: 1 finding"
"$bin" -o "$tmp/r.txt" Dockerfile 2>"$tmp/e"; check o-no-summary-in-pipe "" "$(cat "$tmp/e")"

# --baseline: the summary says what the baseline hid.
"$bin" --write-baseline base.json Dockerfile 2>/dev/null
printf 'FROM alpine:3.20\nUSER root\nRUN apk add curl\n' >Dockerfile2
cp Dockerfile2 Dockerfile
"$bin" --baseline base.json --fail-on never Dockerfile >"$tmp/o"
contains baseline-hidden "$tmp/o" "; 1 hidden by the baseline"
printf 'FROM alpine:3.20\nUSER root\n' >Dockerfile

# A file of no input kind is scanned for secrets, not "linted".
printf 'just some notes\n' >notes.txt
"$bin" notes.txt >"$tmp/o"; contains scanned-only "$tmp/o" "0 linted, 1 scanned for secrets only"
"$bin" notes.txt Dockerfile >"$tmp/o"; contains linted-and-scanned "$tmp/o" "1 linted, 1 scanned for secrets only"
"$bin" Dockerfile >"$tmp/o"; lacks no-scanned-when-none "$tmp/o" "scanned"

# --tracked-only (the project hook): committed and staged files, not untracked scratch.
mkdir repo && cd repo && git init -q && git config user.email t@example.com && git config user.name t
mkdir app && printf 'FROM alpine:3.20\nUSER root\n' >app/Dockerfile
git add app/Dockerfile && git commit -qm init
printf 'FROM alpine:3.20\nUSER root\n' >staged.Dockerfile && git add staged.Dockerfile
printf 'FROM alpine:3.20\nUSER root\n' >scratch.Dockerfile
"$bin" --tracked-only . >"$tmp/o"; check tracked-only-exit 1 $?
contains tracked-committed "$tmp/o" "app/Dockerfile:2:1"
contains tracked-staged "$tmp/o" "staged.Dockerfile:2:1"
lacks tracked-no-untracked "$tmp/o" "scratch.Dockerfile"
"$bin" . >"$tmp/o"; contains untracked-without-flag "$tmp/o" "scratch.Dockerfile"
(cd "$tmp" && "$bin" --tracked-only Dockerfile >/dev/null 2>"$tmp/e"); check tracked-only-outside-git 2 $?
grep -A3 'id: k8slint-project' "$root/.pre-commit-hooks.yaml" | grep -q 'entry: k8slint --tracked-only \.'
check project-hook-tracked-only 0 $?

finish

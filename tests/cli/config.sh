#!/usr/bin/env bash
# Config file: found upward from the working folder (not above a git work tree), -c,
# errors with line and column, CLI over file, config --print and config --docs.
source "$(dirname "$0")/lib.sh"

cfg=$tmp/cfg
mkdir -p "$cfg/proj/sub" "$cfg/proj/vendor"
printf 'FROM python:3.12-slim\nCMD ["python"]\n' >"$cfg/proj/sub/Dockerfile"
cp "$cfg/proj/sub/Dockerfile" "$cfg/proj/vendor/Dockerfile"
(cd "$cfg/proj/sub" && "$bin" Dockerfile >/dev/null); check config-none 1 $?
printf '# team policy\ndisable: [missing-user]\nfail-on: error\n' >"$cfg/proj/.k8slint.yaml"
(cd "$cfg/proj/sub" && "$bin" Dockerfile >"$tmp/o"); check config-upward 0 $?
(cd "$cfg/proj/sub" && "$bin" --enable NR001 --fail-on warning Dockerfile >"$tmp/o"); check config-cli-wins 1 $?
contains config-cli-wins-finding "$tmp/o" "NR001"
printf 'rules:\n  NR001: error\nexclude: [vendor]\n' >"$cfg/other.yaml"
(cd "$cfg/proj/sub" && "$bin" -c ../../other.yaml Dockerfile >"$tmp/o"); check config-flag 1 $?
contains config-flag-level "$tmp/o" "1:1: error:"
(cd "$cfg/proj" && "$bin" -c ../other.yaml --fail-on never . >"$tmp/o"); check config-exclude 0 $?
lacks config-exclude-vendor "$tmp/o" "vendor/Dockerfile"
contains config-exclude-sub "$tmp/o" "sub/Dockerfile"
(cd "$cfg/proj" && "$bin" -c ../other.yaml vendor/Dockerfile >"$tmp/o"); check config-exclude-named-file 0 $?
"$bin" -c "$cfg/missing.yaml" "$cfg/proj" >/dev/null 2>"$tmp/e"; check config-missing 2 $?
contains config-missing-message "$tmp/e" "missing.yaml: no such config file"

# Errors name the file, line and column.
printf 'disable: [NR001]\nrules:\n  RS007:\n    min-cpu: 10m\n    max-cpuu: 4\nexclud: [x]\n' >"$cfg/proj/.k8slint.yaml"
(cd "$cfg/proj/sub" && "$bin" Dockerfile >/dev/null 2>"$tmp/e"); check config-bad-param 2 $?
contains config-bad-param-message "$tmp/e" "k8slint: ../.k8slint.yaml:5:5: unknown parameter 'max-cpuu' for 'RS007' (did you mean 'max-cpu'?)"
printf 'disable: [NR001]\nexclud: [x]\n' >"$cfg/proj/.k8slint.yaml"
(cd "$cfg/proj" && "$bin" sub >/dev/null 2>"$tmp/e"); check config-unknown-key 2 $?
contains config-unknown-key-message "$tmp/e" "k8slint: .k8slint.yaml:2:1: unknown key 'exclud' (did you mean 'exclude'?)"
printf 'rules:\n  RS007: {min-memory: 16MB}\n' >"$cfg/proj/.k8slint.yaml"
(cd "$cfg/proj" && "$bin" sub >/dev/null 2>"$tmp/e"); check config-bad-value 2 $?
contains config-bad-value-message "$tmp/e" ".k8slint.yaml:2:23: RS007: min-memory must be a Kubernetes quantity, not '16MB'"

# config --print, per-file-ignores (the multi-stage and image-size families, which the full
# python image of sub/app.Dockerfile trips), an empty file.
printf 'disable: [NR001]\nper-file-ignores:\n  "sub/**": [MS, DF]\npowershell-target: "7"\n' >"$cfg/proj/.k8slint.yaml"
(cd "$cfg/proj/sub" && "$bin" config --print --shell-fences bash >"$tmp/o"); check config-print 0 $?
printf 'FROM python:3.12\nRUN pip install -r requirements.txt\nUSER 10001\n' >"$cfg/proj/sub/app.Dockerfile"
: >"$cfg/empty.yaml"
(cd "$cfg/proj" && "$bin" -c ../empty.yaml sub/app.Dockerfile >/dev/null); check config-empty-file 1 $?
(cd "$cfg/proj" && "$bin" sub/app.Dockerfile >/dev/null); check config-per-file-ignores 0 $?
contains config-print-source "$tmp/o" "then the config file ../.k8slint.yaml, then command-line flags"
contains config-print-rule "$tmp/o" "NR001: off  # missing-user"
contains config-print-setting "$tmp/o" 'powershell-target: "7"'
contains config-print-flag "$tmp/o" "shell-fences: [bash]"
contains config-print-ignores "$tmp/o" 'sub/**: [MS, DF]'
(cd "$cfg/proj/sub" && "$bin" config --print >"$tmp/printed.yaml" && "$bin" -c "$tmp/printed.yaml" config --print >"$tmp/o")
check config-print-reloads 0 $?

# A config file above the git work tree is not used.
mkdir -p "$cfg/outer/repo/.git"
printf 'bogus: 1\n' >"$cfg/outer/.k8slint.yaml"
cp "$cfg/proj/sub/Dockerfile" "$cfg/outer/repo/Dockerfile"
(cd "$cfg/outer/repo" && "$bin" Dockerfile >/dev/null 2>"$tmp/e"); check config-stops-at-git-root 1 $?

"$bin" config --docs >"$tmp/o"; check config-docs 0 $?
contains config-docs-key "$tmp/o" "### per-file-ignores"

finish

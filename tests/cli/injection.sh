#!/usr/bin/env bash
# Nothing injects (issue 14): hostile file names and YAML values (line breaks with
# workflow commands, ESC sequences, DEL, C1 controls, bidi overrides, bytes that are not
# UTF-8) come out escaped in every format, and no line can start a GitHub workflow
# command (`::`, also after blanks, or `##[` anywhere) except the github format's own.
source "$(dirname "$0")/lib.sh"

p=$tmp/p
mkdir -p "$p"
dockerfile='FROM python:3.12-slim\nWORKDIR /app\n'
for name in $'inj\n::error file=x::pwned' '::stop-commands::tok' $'esc\e[31mred\e]0;title\a' \
  $'del\x7f-c1\xc2\x9b2J' $'bidi\xe2\x80\xaeevil' $'bad\xff\xfename' '##[error]old'; do
  mkdir -p "$p/$name"
  printf "$dockerfile" >"$p/$name/Dockerfile"
done
cat >"$p/deploy.yaml" <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: "web\n::add-mask::x"
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: "app\n::stop-commands::tok\e[2J\x1b]8;;http://evil\x07"
          image: "nginx"
YAML

# A line a runner would take as a workflow command (leading blanks are trimmed).
commands() { LC_ALL=C grep -aE '^[[:space:]]*::|##\[' "$1" || true; }
for format in text json sarif github; do
  (cd "$p" && "$bin" --fail-on never -f "$format" . >"$tmp/$format" 2>"$tmp/$format.err")
  check "$format-runs" 0 $?
  if [[ $format == github ]]; then
    bad=$(commands "$tmp/$format" | LC_ALL=C grep -avE '^::(error|warning|notice) file=[^:]*::' || true)
    lines=$(wc -l <"$tmp/$format")
    own=$(LC_ALL=C grep -acE '^::(error|warning|notice) file=' "$tmp/$format")
    check "$format-one-command-per-finding" "$lines" "$own"
  else
    bad=$(commands "$tmp/$format")
  fi
  check "$format-no-injected-command" "" "$bad"
  for byte in $'\e' $'\x7f' $'\x07' $'\xc2\x9b' $'\xe2\x80\xae' $'\xff'; do
    if LC_ALL=C grep -aqF -- "$byte" "$tmp/$format" "$tmp/$format.err"; then
      not_ok "$format-no-raw-$(printf '%s' "$byte" | od -An -tx1 | tr -d ' ')"
    else
      ok "$format-no-raw-$(printf '%s' "$byte" | od -An -tx1 | tr -d ' ')"
    fi
  done
  if iconv -f UTF-8 -t UTF-8 "$tmp/$format" >/dev/null 2>&1; then ok "$format-valid-utf8"
  else not_ok "$format-valid-utf8"; fi
  lacks "$format-no-replacement-char" "$tmp/$format" $'\xef\xbf\xbd'
done
# Lossless: the name that is not UTF-8 shows its bytes.
contains text-bytes-shown "$tmp/text" 'bad\xff\xfename/Dockerfile'
contains json-bytes-shown "$tmp/json" 'bad\\xff\\xfename/Dockerfile'
contains sarif-bytes-percent-encoded "$tmp/sarif" 'bad%FF%FEname/Dockerfile'
contains text-esc-shown "$tmp/text" 'esc\x1b[31mred'
contains text-newline-shown "$tmp/text" 'inj\n::error file=x::pwned/Dockerfile:1:1:'
contains text-leading-colons-escaped "$tmp/text" '\x3a:stop-commands::tok/Dockerfile:1:1:'
contains github-escaped "$tmp/github" '::warning file=inj\n%3A%3Aerror file=x%3A%3Apwned/Dockerfile,'
contains text-message-newline-shown "$tmp/text" 'app\n::stop-commands::tok\x1b[2J'
# Errors on stderr are escaped too.
"$bin" $'missing\e[2J\n::error::x' >/dev/null 2>"$tmp/e"; check missing-exit 2 $?
check stderr-one-line 1 "$(wc -l <"$tmp/e")"
lacks stderr-no-esc "$tmp/e" $'\e'

finish

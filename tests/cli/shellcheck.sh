# DF070 run-shellcheck: with shellcheck on PATH, RUN scripts are checked (findings at
# their Dockerfile line); without it, one note for the whole run, whatever the number
# of Dockerfiles. The run's distinct scripts go to one shellcheck process per 1000 (a
# fake shellcheck on PATH counts the processes), not one per Dockerfile.
source "$(dirname "$0")/lib.sh"

mkdir -p "$tmp/app/api" "$tmp/app/web" "$tmp/nosc"
printf 'FROM python:3.12-slim\nRUN echo $app_home\n' >"$tmp/app/api/Dockerfile"
printf 'FROM node:20-slim\nRUN echo $web_root\n' >"$tmp/app/web/Dockerfile"
# A PATH that has what k8slint needs but no shellcheck.
ln -s "$bin" "$tmp/nosc/k8slint"

if command -v shellcheck >/dev/null; then
  "$bin" --enable DF070 --fail-on never "$tmp/app" >"$tmp/with.txt" 2>&1
  check "with shellcheck: exit code" 0 $?
  contains "with shellcheck: api finding at its line" "$tmp/with.txt" "api/Dockerfile:2:10"
  contains "with shellcheck: web finding" "$tmp/with.txt" "web/Dockerfile:2:10"
  contains "with shellcheck: SC code in the message" "$tmp/with.txt" "SC2086"
  lacks "with shellcheck: no missing-tool note" "$tmp/with.txt" "not on PATH"
else
  echo "shellcheck not installed: only the path without it is tested"
fi

# A fake shellcheck that logs each start and reports one finding on each script's first
# line (line 2 of the file it reads: k8slint writes a `# shellcheck shell=` line first).
mkdir -p "$tmp/fake"
cat >"$tmp/fake/shellcheck" <<'SH'
#!/bin/bash
echo "start $(($# - 1)) scripts" >>"$FAKE_SHELLCHECK_LOG"
for f in "$@"; do
  [[ $f == --* ]] || echo "$f:2:1: warning: fake finding [SC2086]"
done
exit 1
SH
chmod +x "$tmp/fake/shellcheck"
fake() {  # fake NAME ARGS...: k8slint with the fake shellcheck; output in $tmp/NAME.txt
  local name=$1
  shift
  : >"$tmp/$name.log"
  FAKE_SHELLCHECK_LOG="$tmp/$name.log" PATH="$tmp/fake:$PATH" "$bin" \
    --fail-on never "$@" >"$tmp/$name.txt" 2>&1
}
# Twelve services built from two real Dockerfiles: 2 + 2 distinct scripts in 24 RUNs.
for i in 1 2 3 4 5 6; do
  mkdir -p "$tmp/mono/api-$i" "$tmp/mono/worker-$i"
  cp fixtures/DF070/fires-fastapi-run-scripts.Dockerfile "$tmp/mono/api-$i/Dockerfile"
  cp fixtures/DF070/fires-heredoc-script.Dockerfile "$tmp/mono/worker-$i/Dockerfile"
done
for j in 1 2; do
  fake "mono-j$j" -j "$j" "$tmp/mono"
  check "12 Dockerfiles, -j$j: one shellcheck" "start 4 scripts" "$(cat "$tmp/mono-j$j.log")"
  check "12 Dockerfiles, -j$j: every RUN keeps its finding" 24 \
    "$(grep -c 'SC2086: fake finding' "$tmp/mono-j$j.txt")"
done
contains "a heredoc finding at its script line" "$tmp/mono-j1.txt" "worker-3/Dockerfile:5:1"
# Standard input is linted without the run's prepare step: its own shellcheck.
fake stdin -t dockerfile - <fixtures/DF070/fires-fastapi-run-scripts.Dockerfile
check "stdin: its own shellcheck" "start 2 scripts" "$(cat "$tmp/stdin.log")"
check "stdin: each RUN's finding" 2 "$(grep -c 'SC2086: fake finding' "$tmp/stdin.txt")"
# A monorepo of 30 services with 40 distinct build steps each: 1200 distinct scripts,
# two processes of 600 (at most 1000 per process), at -j1 as at -j2.
for i in $(seq 1 30); do
  mkdir -p "$tmp/steps/svc-$i"
  {
    echo "FROM debian:12-slim"
    for s in $(seq 1 40); do echo "RUN echo \"svc-$i: build step $s\""; done
  } >"$tmp/steps/svc-$i/Dockerfile"
done
for j in 1 2; do
  fake "steps-j$j" -j "$j" "$tmp/steps"
  check "1200 distinct scripts, -j$j: two shellchecks of 600" "start 600 scripts
start 600 scripts" "$(cat "$tmp/steps-j$j.log")"
  check "1200 distinct scripts, -j$j: every RUN keeps its finding" 1200 \
    "$(grep -c 'SC2086: fake finding' "$tmp/steps-j$j.txt")"
done

PATH="$tmp/nosc" "$tmp/nosc/k8slint" --fail-on never --enable DF070 -f json \
  "$tmp/app" >"$tmp/without.json" 2>"$tmp/without.err"
check "without shellcheck: exit code" 0 $?
notes=$(grep -o 'shellcheck is not on PATH' "$tmp/without.json" | wc -l)
check "without shellcheck: one note for two Dockerfiles" 1 "$notes"
lacks "without shellcheck: no SC findings" "$tmp/without.json" "SC2086: Double quote"

finish

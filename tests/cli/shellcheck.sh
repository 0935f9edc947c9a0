# DF070 run-shellcheck: with shellcheck on PATH, RUN scripts are checked (findings at
# their Dockerfile line); without it, one note for the whole run, whatever the number
# of Dockerfiles.
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

PATH="$tmp/nosc" "$tmp/nosc/k8slint" --fail-on never --enable DF070 -f json \
  "$tmp/app" >"$tmp/without.json" 2>"$tmp/without.err"
check "without shellcheck: exit code" 0 $?
notes=$(grep -o 'shellcheck is not on PATH' "$tmp/without.json" | wc -l)
check "without shellcheck: one note for two Dockerfiles" 1 "$notes"
lacks "without shellcheck: no SC findings" "$tmp/without.json" "SC2086: Double quote"

finish

#!/usr/bin/env bash
# Suppression comments: expiry against K8SLINT_TODAY, unused ones on request.
source "$(dirname "$0")/lib.sh"

printf 'FROM python:3.12-slim\n# k8slint ignore=NR002 until=2027-01-31 -- upstream fix\nUSER root\n' >"$tmp/Dockerfile"
K8SLINT_TODAY=2027-01-31 "$bin" "$tmp/Dockerfile" >"$tmp/o"; check until-last-day 0 $?
K8SLINT_TODAY=2027-02-01 "$bin" "$tmp/Dockerfile" >"$tmp/o"; check until-expired 1 $?
contains until-expired-finding "$tmp/o" "K8L005 expired-suppression"
contains until-expired-reported-again "$tmp/o" "NR002 root-user"
K8SLINT_TODAY=soon "$bin" "$tmp/Dockerfile" >/dev/null 2>"$tmp/e"; check today-malformed 2 $?
contains today-malformed-message "$tmp/e" "K8SLINT_TODAY: 'soon' is not a date"
printf 'FROM python:3.12-slim\n# k8slint ignore=NR002 -- no longer root\nUSER 10001\n' >"$tmp/Dockerfile"
"$bin" "$tmp/Dockerfile" >"$tmp/o"; check unused-off-by-default 0 $?
"$bin" --report-unused-ignores "$tmp/Dockerfile" >"$tmp/o"; check unused-reported 1 $?
contains unused-finding "$tmp/o" "2:18: warning: suppression of 'NR002' silenced nothing on line 3"

finish

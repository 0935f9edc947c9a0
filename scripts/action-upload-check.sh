#!/usr/bin/env bash
# A step of action.yml: may the SARIF report be uploaded to code scanning? Writes
# `upload=true` or `upload=false` to $GITHUB_OUTPUT.
# A pull request from a fork, and one Dependabot opens, runs with a read-only
# GITHUB_TOKEN: code scanning would reject the upload ("Resource not accessible by
# integration") and fail the job. The upload is skipped then, with a notice; action.yml
# prints the findings as annotations instead.
# Reads GITHUB_EVENT_NAME, GITHUB_REPOSITORY and GITHUB_ACTOR (set by the runner) and
# K8SLINT_PR_HEAD_REPO (the pull request's head repository, from action.yml).
set -euo pipefail

event=${GITHUB_EVENT_NAME:-}
head=${K8SLINT_PR_HEAD_REPO:-}
reason=""
case $event in
  pull_request | pull_request_review | pull_request_review_comment)
    if [[ -n $head && $head != "${GITHUB_REPOSITORY:-}" ]]; then
      reason="this pull request comes from the fork $head, and its token cannot write security events"
    elif [[ ${GITHUB_ACTOR:-} == "dependabot[bot]" ]]; then
      reason="Dependabot's pull requests get a token that cannot write security events"
    fi
    ;;
esac

upload=true
if [[ -n $reason ]]; then
  upload=false
  echo "::notice title=k8slint::SARIF upload to code scanning skipped: $reason. The findings follow as annotations."
fi
[[ -n ${GITHUB_OUTPUT:-} ]] && echo "upload=$upload" >>"$GITHUB_OUTPUT"
echo "upload=$upload" >&2

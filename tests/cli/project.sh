#!/usr/bin/env bash
# Cross-file project model: `links` shows the example's Dockerfile links, and the
# cross-file findings carry the other file as a SARIF related location.
source "$(dirname "$0")/lib.sh"

"$bin" links examples/todo-chatbot >"$tmp/o"; check links 0 $?
contains links-build "$tmp/o" "examples/todo-chatbot/backend/Dockerfile  [built as todo-backend"
contains links-values "$tmp/o" "values.yaml:21 values backend.image todo-backend (by build command)"
contains links-unlinked "$tmp/o" "Not linked to a Dockerfile of the inputs:"
"$bin" --format sarif --fail-on never --enable PT020 examples/todo-chatbot >"$tmp/o"; check project-sarif 0 $?
contains project-related "$tmp/o" '"relatedLocations"'
"$bin" --fail-on never --disable PT020 examples/todo-chatbot >"$tmp/o"
lacks project-disable "$tmp/o" "PT020"

# Cross-file PT002/PT006: files named one by one (a pre-commit hook's list) are a partial
# set, so a Service or Ingress alone in its file is not judged; the folder walk judges it.
pt002=fixtures/PT002/fires-split-files-label-typo
"$bin" --fail-on never "$pt002/service.yaml" >"$tmp/o"
lacks partial-service "$tmp/o" "dangling-service"
"$bin" --fail-on never "$pt002/service.yaml" "$pt002/deployment.yaml" >"$tmp/o"
lacks partial-service-named-files "$tmp/o" "dangling-service"
"$bin" --fail-on never "$pt002" >"$tmp/o"
contains walked-service "$tmp/o" "Service/todo-frontend selects no workload"
pt006=fixtures/PT006/fires-split-files
"$bin" --fail-on never "$pt006/ingress.yaml" >"$tmp/o"
lacks partial-ingress "$tmp/o" "dangling-ingress"
"$bin" --fail-on never "$pt006/ingress.yaml" "$pt006/service.yaml" >"$tmp/o"
lacks partial-ingress-missing-service "$tmp/o" "todo-api"
contains partial-ingress-port "$tmp/o" "port 3000 of Service 'todo-frontend'"
"$bin" --fail-on never "$pt006" >"$tmp/o"
contains walked-ingress "$tmp/o" "Service 'todo-api', which is not defined"

finish

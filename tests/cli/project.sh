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

finish

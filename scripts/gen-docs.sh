#!/usr/bin/env bash
# Regenerates docs/rules/, docs/index.md, the key reference of docs/configuration.md
# and the `k8slint --help` block of docs/cli.md (the tests fail when they are stale).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target k8slint -j"$(nproc)" >/dev/null
rm -f docs/rules/*.md
build/k8slint rules --format markdown --output docs/rules --index docs/index.md
build/k8slint config --docs --docs-output docs/configuration.md
# docs/cli.md: the --help text between its markers (tests/cli/help_docs.sh compares).
HELP=$(build/k8slint --help) awk '
  /^<!-- end: k8slint --help -->$/ { skip = 0 }
  !skip { print }
  /^<!-- begin: k8slint --help -->$/ { print "```"; print ENVIRON["HELP"]; print "```"; skip = 1 }
' docs/cli.md >docs/cli.md.new && mv docs/cli.md.new docs/cli.md

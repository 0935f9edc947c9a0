#!/usr/bin/env bash
# Regenerates docs/rules/, docs/index.md and the key reference of docs/configuration.md
# from metadata (the tests fail when they are stale).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target k8slint -j"$(nproc)" >/dev/null
rm -f docs/rules/*.md
build/k8slint rules --format markdown --output docs/rules --index docs/index.md
build/k8slint config --docs --docs-output docs/configuration.md

#!/usr/bin/env bash
# Regenerates docs/rules/ from rule metadata (the tests fail when it is stale).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target k8slint -j"$(nproc)" >/dev/null
rm -f docs/rules/*.md
build/k8slint rules --format markdown --output docs/rules

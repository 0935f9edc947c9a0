#!/usr/bin/env bash
# Installs Microsoft's SARIF multitool (npm) into .cache/ for the SARIF validation test.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.cache/sarif-multitool
if [[ ! -x "$dir/node_modules/.bin/sarif" ]] && ! ls "$dir"/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool >/dev/null 2>&1; then
  mkdir -p "$dir"
  npm install --silent --no-audit --no-fund --prefix "$dir" @microsoft/sarif-multitool >/dev/null
fi

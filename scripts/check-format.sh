#!/usr/bin/env bash
# Fails, listing the files, when a C++ file is not formatted as .clang-format says.
#   scripts/check-format.sh            every tracked .cpp/.h under linter/ rules/ tests/ bench/
#   scripts/check-format.sh FILE...    only these
# Fix with: clang-format -i FILE... The layout differs between clang-format versions, and
# the files are formatted with version 14 (Debian 12's clang-format package), so another
# major version may report files that 14 accepts; set CLANG_FORMAT to pick the binary.
set -euo pipefail
cd "$(dirname "$0")/.."
want_major=14
cf=${CLANG_FORMAT:-}
if [[ -z "$cf" ]]; then
  cf=clang-format
  command -v clang-format-$want_major >/dev/null && cf=clang-format-$want_major
fi
if ! command -v "$cf" >/dev/null; then
  echo "check-format: $cf not found (apt-get install clang-format)" >&2
  exit 2
fi
major=$("$cf" --version | sed -n 's/.*version \([0-9]*\).*/\1/p')
if [[ "$major" != "$want_major" ]]; then
  echo "check-format: note: $cf is version $major, the files are formatted with $want_major" >&2
fi

if (($#)); then
  files=("$@")
else
  mapfile -t files < <(git ls-files -- 'linter/*.cpp' 'linter/*.h' 'rules/*.cpp' 'rules/*.h' \
    'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h')
fi
# One clang-format per 50 files, on every core: a process per file took a minute in CI.
# --Werror makes each unformatted file print "FILE:LINE:COL: error: code should be
# clang-formatted"; an unreadable file or a clang-format crash prints another error.
out=$(printf '%s\0' "${files[@]}" |
  xargs -0 -n 50 -P "$(nproc)" "$cf" --dry-run --Werror 2>&1 >/dev/null || true)
mapfile -t bad < <(sed -n 's/^\(.*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' <<<"$out" | sort -u)
if ((${#bad[@]} == 0)) && grep -q "error" <<<"$out"; then
  echo "check-format: clang-format failed:" >&2
  grep "error" <<<"$out" | head -5 >&2
  exit 2
fi
if ((${#bad[@]})); then
  echo "check-format: ${#bad[@]} of ${#files[@]} files are not formatted (clang-format -i FILE... fixes them):" >&2
  printf '  %s\n' "${bad[@]}" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files formatted"

#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy) on C++ sources with build/compile_commands.json, which
# every CMake configure writes (CMAKE_EXPORT_COMPILE_COMMANDS).
#   scripts/tidy.sh FILE.cpp...   these files (headers are checked through them)
#   scripts/tidy.sh               every .cpp under linter/ rules/ tests/ bench/ (slow: minutes)
# Environment: BUILD (default build), JOBS (default: the number of cores), CLANG_TIDY.
# Exits non-zero when any check fires (.clang-tidy: WarningsAsErrors) and ends with a
# count of the warnings by check. Not run in CI yet.
set -uo pipefail
cd "$(dirname "$0")/.."
build=${BUILD:-build}
tidy=${CLANG_TIDY:-clang-tidy}
if [[ ! -f "$build/compile_commands.json" ]]; then
  echo "tidy: no $build/compile_commands.json; configure first (scripts/setup.sh)" >&2
  exit 2
fi
command -v "$tidy" >/dev/null || { echo "tidy: $tidy not found (apt-get install clang-tidy)" >&2; exit 2; }
if (($#)); then
  files=("$@")
else
  mapfile -t files < <(git ls-files -- 'linter/*.cpp' 'rules/*.cpp' 'tests/*.cpp' 'bench/*.cpp')
fi
log=$(mktemp); trap 'rm -f "$log"' EXIT
# GCC-only flags in compile_commands.json are dropped rather than reported.
printf '%s\n' "${files[@]}" |
  xargs -P "${JOBS:-$(nproc)}" -n 4 "$tidy" -p "$build" --quiet --extra-arg=-Wno-unknown-warning-option 2>/dev/null |
  tee "$log"
rc=${PIPESTATUS[1]}
# A header's warning is printed once per file that includes it: count each place once.
count=$(grep -E '^[^ ]+:[0-9]+:[0-9]+: (warning|error): .*\[[a-z-]+(,[^]]*)?\]$' "$log" | sort -u | tee "$log.u" | wc -l)
echo "tidy: $count warnings in ${#files[@]} files"
sed -E 's/.*\[([^],]+).*\]$/\1/' "$log.u" | sort | uniq -c | sort -rn
rm -f "$log.u"
exit "$rc"

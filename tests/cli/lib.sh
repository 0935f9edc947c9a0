# Sourced by every tests/cli/*.sh script, each one ctest test (CMakeLists.txt):
#   bash tests/cli/NAME.sh path/to/k8slint
# Sets $bin (the binary, as an absolute path), moves to the repository root, makes a
# scratch folder $tmp that is removed on exit, and defines assertions that record a
# failure and go on, so one run lists every broken check. A script ends with `finish`.
# A script that cannot run here calls `skip REASON`: exit 77, which ctest reports as
# skipped (SKIP_RETURN_CODE).
set -uo pipefail
# k8slint reads a piped stdin when no PATH is given: a test run's stdin (a terminal, or a
# pipe ctest or CI leaves open) must never be read by accident. Pipes in a test still win.
exec </dev/null
bin=${1:?usage: bash tests/cli/$(basename "$0") path/to/k8slint}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
tmp=$(mktemp -d "${TMPDIR:-/tmp}/k8slint-$(basename "$0" .sh).XXXXXX")
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
ok() { echo "ok   $1"; passed=$((passed + 1)); }
not_ok() { echo "FAIL $1"; failed=$((failed + 1)); }
check() {  # check NAME EXPECTED ACTUAL (usually an exit code)
  if [[ "$2" != "$3" ]]; then not_ok "$1: got '$3', expected '$2'"; else ok "$1"; fi
}
contains() {  # contains NAME FILE TEXT
  if grep -qF -- "$3" "$2"; then ok "$1"; else not_ok "$1: '$3' not in:"; head -30 "$2"; fi
}
lacks() {  # lacks NAME FILE TEXT
  if grep -qF -- "$3" "$2"; then not_ok "$1: '$3' in output"; else ok "$1"; fi
}
skip() {  # skip REASON
  echo "skipped: $1"
  exit 77
}
finish() {  # the closing line, then exit 1 if any check failed
  echo "$(basename "$0" .sh): $passed passed, $failed failed"
  ((failed == 0))
  exit
}

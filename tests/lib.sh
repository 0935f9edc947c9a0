# Shared by the shell tests (sourced): a scratch folder and assertions that record a
# failure in $fail and go on, so one run lists every broken check.
fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
check() {  # check NAME EXPECTED ACTUAL (usually an exit code)
  if [[ "$2" != "$3" ]]; then echo "FAIL $1: got '$3', expected '$2'"; fail=1; else echo "ok   $1"; fi
}
contains() {  # contains NAME FILE TEXT
  if grep -qF -- "$3" "$2"; then echo "ok   $1"; else echo "FAIL $1: '$3' not in:"; head -30 "$2"; fail=1; fi
}
lacks() {  # lacks NAME FILE TEXT
  if grep -qF -- "$3" "$2"; then echo "FAIL $1: '$3' in output"; fail=1; else echo "ok   $1"; fi
}

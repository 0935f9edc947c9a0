#!/usr/bin/env bash
# Nothing hangs, nothing vanishes (issue 14): stdin, baselines and config files obey size
# limits; FIFOs and devices are refused without blocking; filesystem errors are K8L002
# with their real reason while the run goes on; a thread that cannot start does not abort
# the run; a .env with a stray NUL is still scanned for secrets.
source "$(dirname "$0")/lib.sh"

to() { timeout 20 "$@"; }  # a hang fails the check (exit 124) instead of the suite

# Standard input obeys --max-file-size, read incrementally.
head -c 5000000 /dev/zero | to "$bin" --max-file-size 1000 -t env - >"$tmp/o" 2>&1
check stdin-over-limit-exit 0 "${PIPESTATUS[1]}"  # head may die of SIGPIPE: k8slint stopped
contains stdin-over-limit-note "$tmp/o" "standard input is over the 1000-byte limit"
to "$bin" --max-file-size 1000 -t env - </dev/zero >"$tmp/o" 2>&1; check stdin-dev-zero-ends 0 $?

# A baseline or config that never ends, or a FIFO, is refused at once.
to "$bin" --baseline /dev/zero . >/dev/null 2>"$tmp/e"; check baseline-dev-zero 2 $?
contains baseline-dev-zero-reason "$tmp/e" "not a regular file (a character device)"
mkfifo "$tmp/fifo"
to "$bin" --baseline "$tmp/fifo" . >/dev/null 2>"$tmp/e"; check baseline-fifo 2 $?
contains baseline-fifo-reason "$tmp/e" "not a regular file (a FIFO)"
to "$bin" -c "$tmp/fifo" . >/dev/null 2>"$tmp/e"; check config-fifo 2 $?
head -c 300000000 /dev/zero >"$tmp/huge.json" 2>/dev/null && {
  to "$bin" --baseline "$tmp/huge.json" . >/dev/null 2>"$tmp/e"; check baseline-huge 2 $?
  contains baseline-huge-reason "$tmp/e" "over the 268435456-byte limit"
  rm -f "$tmp/huge.json"
}

# Binary detection reads the first bytes only: a 2 GB sparse file under a raised limit
# is judged binary within a small memory budget.
truncate -s 2G "$tmp/sparse.bin"
(ulimit -v 400000; to "$bin" --max-file-size 3000000000 "$tmp/sparse.bin" >"$tmp/o" 2>&1)
check sparse-exit 0 $?
contains sparse-binary "$tmp/o" "skipped: binary file [K8L004"
rm -f "$tmp/sparse.bin"

# A FIFO or device named as a path: K8L002 on it, the other paths still linted.
mkdir -p "$tmp/p"
printf 'FROM python:3.12-slim\nCMD ["python"]\n' >"$tmp/p/Dockerfile"
to "$bin" "$tmp/fifo" /dev/null "$tmp/p/Dockerfile" >"$tmp/o" 2>&1; check fifo-path-exit 1 $?
contains fifo-path-k8l002 "$tmp/o" "fifo:1:1: error: not a regular file (a FIFO); not read [K8L002"
contains device-path-k8l002 "$tmp/o" "/dev/null:1:1: error: not a regular file (a character device)"
contains fifo-rest-linted "$tmp/o" "Dockerfile:1:1: warning"
# Met in a walk: reported, never opened.
mkfifo "$tmp/p/pipe.yaml"
to "$bin" --fail-on never "$tmp/p" >"$tmp/o" 2>&1; check fifo-walk-exit 0 $?
contains fifo-walk-k8l004 "$tmp/o" "pipe.yaml:1:1: note: skipped: not a regular file (a FIFO) [K8L004"
rm -f "$tmp/p/pipe.yaml"

# Symbolic link loops: the real reason, explicit or walked; the run goes on.
mkdir -p "$tmp/l"
ln -s loop2 "$tmp/l/loop1" && ln -s loop1 "$tmp/l/loop2"
to "$bin" --fail-on never "$tmp/l/loop1" "$tmp/p/Dockerfile" >"$tmp/o" 2>&1
check loop-explicit-exit 0 $?
contains loop-explicit-reason "$tmp/o" "loop1:1:1: error: symbolic link loop [K8L002"
contains loop-explicit-rest "$tmp/o" "Dockerfile:1:1: warning"
to "$bin" --fail-on never "$tmp/l" >"$tmp/o" 2>&1; check loop-walk-exit 0 $?
contains loop-walk-reason "$tmp/o" "loop1:1:1: error: symbolic link loop [K8L002"
lacks loop-walk-not-broken "$tmp/o" "broken symbolic link"

# A path longer than PATH_MAX inside a walk is reported, not dropped.
deep=$tmp/d
(cd "$tmp" && mkdir d && cd d && for _ in $(seq 1 40); do
  n=$(printf 'x%.0s' $(seq 1 120)); mkdir "$n" && cd "$n" || exit 1; done
  printf 'A=1\n' >.env) 2>/dev/null
to "$bin" --fail-on never "$deep" >"$tmp/o" 2>&1; check long-path-exit 0 $?
contains long-path-reason "$tmp/o" "file name too long [K8L002"

# Permission checks mean nothing to root.
if [[ $(id -u) != 0 ]]; then
  mkdir -p "$tmp/r/locked" && printf 'A=1\n' >"$tmp/r/locked/.env" && chmod 444 "$tmp/r/locked"
  to "$bin" --fail-on never "$tmp/r" >"$tmp/o" 2>&1; check unsearchable-walk-exit 0 $?
  contains unsearchable-walk-reason "$tmp/o" ".env:1:1: error: permission denied [K8L002"
  to "$bin" --fail-on never "$tmp/r/locked/.env" "$tmp/p/Dockerfile" >"$tmp/o" 2>&1
  check unsearchable-explicit-exit 0 $?
  contains unsearchable-explicit-reason "$tmp/o" "permission denied [K8L002"
  chmod 755 "$tmp/r/locked"
fi

# A worker that cannot start leaves the run to the others.
for i in $(seq 1 20); do printf 'FROM python:3.12-slim\n' >"$tmp/p/$i.Dockerfile"; done
(ulimit -v 600000; to "$bin" -j 500 --fail-on never "$tmp/p" >"$tmp/o" 2>&1)
check threads-fall-back 0 $?
contains threads-all-linted "$tmp/o" "21 linted"

# A stray NUL does not hide a .env's secrets.
token=ghp_$(LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 36)
mkdir -p "$tmp/n"
printf 'A=1\0\nGITHUB_TOKEN=%s\n' "$token" >"$tmp/n/.env"
to "$bin" --fail-on never "$tmp/n/.env" >"$tmp/o" 2>&1; check nul-env-exit 0 $?
contains nul-env-scanned "$tmp/o" "[SE003 github-token]"
lacks nul-env-not-skipped "$tmp/o" "binary"
lacks nul-env-redacted "$tmp/o" "$token"

finish

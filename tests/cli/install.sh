#!/usr/bin/env bash
# The install paths that need no package build (tests/cli/package.sh has the packages):
# one version everywhere, documented pins that exist, the pre-commit hooks (the
# source-building hook's progress, with a stand-in cmake), and the Dockerfile, which
# k8slint must lint clean.
#   bash tests/cli/install.sh path/to/k8slint
source "$(dirname "$0")/lib.sh"

# One version, from project() in CMakeLists.txt: --version, -V and SARIF agree.
version=$(sed -n 's/^project(k8slint VERSION \([0-9][0-9.]*\) .*/\1/p' CMakeLists.txt)
check version-in-cmake 0 "$([[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; echo $?)"
check version-flag "k8slint $version" "$("$bin" --version)"
check version-short-flag "k8slint $version" "$("$bin" -V)"
printf 'FROM python:3.12-slim\nUSER 10001\nCMD ["python"]\n' >"$tmp/Dockerfile"
"$bin" --format sarif "$tmp/Dockerfile" >"$tmp/v.sarif"
check version-sarif "$version $version" "$(python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))["runs"][0]["tool"]["driver"]
print(d["version"], d["semanticVersion"])' "$tmp/v.sarif")"
# Nothing else names it (docs/rules/ pages say in which version a rule appeared).
grep -rnE "k8slint[-_ @]v?${version//./\\.}|rev: *v?${version//./\\.}" README.md docs/*.md action.yml \
  .pre-commit-hooks.yaml Dockerfile scripts >"$tmp/hardcoded"
check version-not-hard-coded "" "$(cat "$tmp/hardcoded")"

# Every k8slint pin in a YAML example of the docs names a tag or commit that exists, or
# is a <placeholder>: pre-commit `rev:` under the k8slint repo, and `uses: k8slint/k8slint@`.
python3 - README.md docs/*.md >"$tmp/pins" <<'PY'
import re, sys
for path in sys.argv[1:]:
    fence, repo = None, False
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if line.lstrip().startswith("```"):
            fence = None if fence else line.strip()[3:]
            continue
        if fence not in ("yaml", "yml"):
            continue
        if re.search(r"repo:\s*\S*github\.com/k8slint/k8slint", line):
            repo = True
        elif re.search(r"repo:", line):
            repo = False
        m = re.search(r"\brev:\s*(\S+)", line) if repo else None
        m = m or re.search(r"uses:\s*k8slint/k8slint@(\S+)", line)
        if m:
            print(f"{path}:{n} {m.group(1)}")
PY
check pins-found 0 "$(test -s "$tmp/pins"; echo $?)"
while read -r where ref; do
  if [[ $ref =~ ^\<[^\>]+\>$ ]] || git rev-parse -q --verify "refs/tags/$ref" >/dev/null ||
     { [[ $ref =~ ^[0-9a-f]{40}$ ]] && git cat-file -e "$ref^{commit}" 2>/dev/null; }; then
    ok "pin $where $ref"
  else
    not_ok "pin $where: '$ref' is neither a tag nor a commit of this repository"
  fi
done <"$tmp/pins"

# .pre-commit-hooks.yaml: unique ids, entries that exist, and a hook that needs no compiler.
python3 - <<'PY'
import os, yaml
hooks = yaml.safe_load(open(".pre-commit-hooks.yaml"))
ids = [h["id"] for h in hooks]
assert len(ids) == len(set(ids)), ids
by_id = {h["id"]: h for h in hooks}
for h in hooks:
    assert h["language"] in ("system", "script", "docker", "docker_image"), h
    assert h.get("require_serial") is True, h["id"]
    if h["language"] == "script":
        assert os.access(h["entry"], os.X_OK), h["entry"]
docker = by_id["k8slint-docker"]
assert docker["language"] == "docker" and docker["entry"] == "k8slint", docker
assert os.path.isfile("Dockerfile")
assert by_id["k8slint-build"]["entry"] == "scripts/pre-commit-build.sh"
PY
check hooks-yaml 0 $?

# The source-building hook, with a stand-in cmake: it builds once, reports each tenth of
# the build's progress, then passes the file names to k8slint.
mkdir "$tmp/fakebin"
cat >"$tmp/fakebin/cmake" <<'SH'
#!/usr/bin/env bash
echo "cmake $*" >>"$FAKE_CMAKE_LOG"
if [[ $1 == --build ]]; then
  for p in 5 20 40 40 70 100; do echo "[ $p%] Building CXX object x.o"; done
  [[ -n ${FAKE_CMAKE_FAIL:-} ]] && { echo "x.cpp:1:1: error: boom"; exit 2; }
  printf '#!/bin/sh\n[ "$1" = --version ] && echo "k8slint fake" || echo "linted $*"\n' >"$2/k8slint"
  chmod +x "$2/k8slint"
fi
SH
chmod +x "$tmp/fakebin/cmake"
hook() {  # hook BUILD_DIR ARGS...: runs the hook as pre-commit would, stand-in cmake first on PATH
  local dir=$1; shift
  PATH="$tmp/fakebin:$PATH" FAKE_CMAKE_LOG="$tmp/cmake.log" K8SLINT_HOOK_BUILD_DIR="$dir" \
    K8SLINT_HOOK_PROGRESS="$tmp/progress" bash scripts/pre-commit-build.sh "$@" >"$tmp/hook.out" 2>"$tmp/hook.err"
}
hook "$tmp/hook" a/Dockerfile b.yaml
check hook-first-exit 0 $?
contains hook-first-lints "$tmp/hook.out" "linted a/Dockerfile b.yaml"
contains hook-first-announced "$tmp/progress" "first run: building k8slint in $tmp/hook"
check hook-progress-tenths "5% 20% 40% 70% 100%" "$(sed -n 's/.*building: //p' "$tmp/progress" | tr '\n' ' ' | sed 's/ $//')"
contains hook-built "$tmp/progress" "built k8slint fake in"
contains hook-log "$tmp/hook/build.log" "[ 70%] Building CXX object x.o"
check hook-release-no-tests 1 "$(grep -c -- '-DCMAKE_BUILD_TYPE=Release -DK8SLINT_TESTS=OFF' "$tmp/cmake.log")"
calls=$(wc -l <"$tmp/cmake.log")
hook "$tmp/hook" c.env
check hook-second-exit 0 $?
contains hook-second-lints "$tmp/hook.out" "linted c.env"
check hook-second-no-build "$calls" "$(wc -l <"$tmp/cmake.log")"
FAKE_CMAKE_FAIL=1 hook "$tmp/hook-fail" d.yaml
check hook-fail-exit 2 $?
contains hook-fail-reason "$tmp/hook.err" "the build failed"
contains hook-fail-log-tail "$tmp/hook.err" "x.cpp:1:1: error: boom"

# The Dockerfile: k8slint reports nothing on it, not even notes; a numeric non-root USER
# in the final stage; every file it copies exists; .dockerignore keeps the rest out.
"$bin" --fail-on note Dockerfile >"$tmp/docker.txt" 2>&1
check dockerfile-clean 0 $?
contains dockerfile-no-findings "$tmp/docker.txt" "0 findings"
check dockerfile-numeric-user 0 "$(awk '/^FROM /{u=""} /^USER /{u=$2} END{exit u !~ /^[1-9][0-9]*(:[0-9]+)?$/}' Dockerfile; echo $?)"
for src in $(awk '$1 == "COPY" && $2 !~ /^--from/ {for (i = 2; i < NF; i++) print $i}' Dockerfile); do
  check "dockerfile-copies-$src" 0 "$(test -e "$src"; echo $?)"
done
for pattern in .git 'build*' .cache dist node_modules '.env*'; do
  check "dockerignore-$pattern" 1 "$(grep -cxF -- "$pattern" .dockerignore)"
done

finish

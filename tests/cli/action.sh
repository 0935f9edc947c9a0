#!/usr/bin/env bash
# The GitHub Action's run logic (scripts/action-run.sh) as a workflow runs it: inputs in
# INPUT_* variables, step outputs appended to $GITHUB_OUTPUT; plus the shape of
# action.yml and the cache-key script.
source "$(dirname "$0")/lib.sh"
output_of() {  # output_of FILE KEY: the last value a step wrote for KEY
  sed -n "s/^$2=//p" "$1" | tail -1
}
run_action() {  # run_action GITHUB_OUTPUT_FILE [VAR=VALUE...]: runs the step, echoes its exit code
  local out=$1; shift
  : >"$out"
  env -u INPUT_PATHS -u INPUT_FORMAT -u INPUT_OUTPUT -u INPUT_FAIL_ON -u INPUT_CONFIG -u INPUT_ARGS \
    K8SLINT_BIN="$bin" GITHUB_OUTPUT="$out" GITHUB_STEP_SUMMARY="$tmp/summary" "$@" \
    bash scripts/action-run.sh >"$tmp/stdout" 2>"$tmp/stderr"
  echo $?
}

# Findings: the step succeeds (so the SARIF upload runs) and reports exit-code 1.
rc=$(run_action "$tmp/gh1" INPUT_PATHS=examples/todo-chatbot INPUT_OUTPUT="$tmp/k.sarif")
check sarif-step-exit 0 "$rc"
check sarif-exit-code-output 1 "$(output_of "$tmp/gh1" exit-code)"
check sarif-report-output "$tmp/k.sarif" "$(output_of "$tmp/gh1" report)"
python3 - "$tmp/k.sarif" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
assert log["version"] == "2.1.0", log["version"]
run = log["runs"][0]
assert run["tool"]["driver"]["name"] == "k8slint"
results = run["results"]
assert results, "no results"
uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
# Repository-relative, as code scanning needs them.
assert all(u.startswith("examples/todo-chatbot/") for u in uris), sorted(uris)[:3]
PY
check sarif-content 0 $?
contains summary "$tmp/summary" "exit code 1"

# fail-on never: exit-code 0. Several paths, one per line, as YAML block scalars give them.
rc=$(run_action "$tmp/gh2" INPUT_PATHS=$'examples/todo-chatbot/backend\nexamples/todo-chatbot/deploy\n' \
  INPUT_FAIL_ON=never INPUT_FORMAT=json INPUT_OUTPUT="$tmp/k.json")
check never-step-exit 0 "$rc"
check never-exit-code-output 0 "$(output_of "$tmp/gh2" exit-code)"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); paths={f["path"].split("/")[2] for f in d}; assert paths=={"backend","deploy"}, paths' "$tmp/k.json"
check json-both-paths 0 $?

# Default report name in the workspace.
repo=$PWD
mkdir "$tmp/ws"
printf 'FROM python:3.12-slim\nUSER 10001\nCMD ["python"]\n' >"$tmp/ws/Dockerfile"
(cd "$tmp/ws" && K8SLINT_BIN="$bin" GITHUB_OUTPUT="$tmp/gh3" bash "$repo/scripts/action-run.sh" >/dev/null 2>&1)
check default-output "k8slint.sarif" "$(output_of "$tmp/gh3" report)"
check default-output-written 0 "$(test -s "$tmp/ws/k8slint.sarif"; echo $?)"
check clean-exit-code 0 "$(output_of "$tmp/gh3" exit-code)"

# github format: annotations on stdout, no report file.
rc=$(run_action "$tmp/gh4" INPUT_PATHS=examples/todo-chatbot INPUT_FORMAT=github INPUT_ARGS="--disable MS005")
check github-step-exit 0 "$rc"
contains github-annotations "$tmp/stdout" "::warning file=examples/todo-chatbot/"
check github-report-output "" "$(output_of "$tmp/gh4" report)"
check github-args-passed 1 "$(grep -c -- '--disable MS005' "$tmp/stderr")"

# Errors stop the step (exit 2) with the reason, and no outputs.
rc=$(run_action "$tmp/gh5" INPUT_PATHS=does/not/exist)
check missing-path-exit 2 "$rc"
contains missing-path-message "$tmp/stderr" "does/not/exist: no such file or folder"
check missing-path-no-output "" "$(output_of "$tmp/gh5" exit-code)"
rc=$(run_action "$tmp/gh6" INPUT_FORMAT=xml)
check bad-format-exit 2 "$rc"
contains bad-format-message "$tmp/stderr" "format must be sarif, json, github or text"
rc=$(run_action "$tmp/gh7" INPUT_PATHS=examples/todo-chatbot INPUT_OUTPUT="$tmp/c.sarif" INPUT_CONFIG="$tmp/none.yaml")
check missing-config-exit 2 "$rc"
contains missing-config-message "$tmp/stderr" "none.yaml"

# A '*' in paths reaches k8slint as typed, not expanded by the shell.
rc=$(run_action "$tmp/gh8" INPUT_PATHS='*' INPUT_FORMAT=text)
check no-glob-exit 2 "$rc"
contains no-glob-message "$tmp/stderr" "*: no such file or folder"

# The cache key changes with the sources and nothing else.
key1=$(bash scripts/action-build.sh key)
check key-stable "$key1" "$(bash scripts/action-build.sh key)"
check key-shape 32 "${#key1}"

# action.yml: every input the run step reads is declared, and the steps use the scripts.
python3 - <<'PY'
import re, yaml
action = yaml.safe_load(open("action.yml"))
assert action["runs"]["using"] == "composite"
inputs = set(action["inputs"])
for want in ("paths", "format", "output", "fail-on", "config", "args", "upload-sarif", "category"):
    assert want in inputs, want
steps = {s["name"]: s for s in action["runs"]["steps"]}
run = steps["Run k8slint"]
used = {m.lower().replace("_", "-") for m in re.findall(r"\$INPUT_(\w+)|INPUT_(\w+):", open("scripts/action-run.sh").read() + str(run["env"])) for m in m if m}
assert used <= inputs, used - inputs
assert "action-run.sh" in run["run"]
upload = steps["Upload SARIF to code scanning"]
assert upload["uses"].startswith("github/codeql-action/upload-sarif@")
gate = steps["Check that code scanning accepts an upload"]
assert "inputs.upload-sarif == 'true'" in gate["if"] and "action-upload-check.sh" in gate["run"]
assert "pull_request.head.repo.full_name" in gate["env"]["K8SLINT_PR_HEAD_REPO"]
assert upload["if"] == "steps.sarif.outputs.upload == 'true'", upload["if"]
annotate = steps["Annotate the findings instead"]
assert annotate["if"] == "steps.sarif.outputs.upload == 'false'", annotate["if"]
assert annotate["env"]["INPUT_FORMAT"] == "github" and annotate["env"]["INPUT_FAIL_ON"] == "never"
# Nothing is installed before the cache is restored; on a hit only the runtime step runs.
names = [s["name"] for s in action["runs"]["steps"]]
assert steps["Restore k8slint"]["uses"].startswith("actions/cache@")
for s in action["runs"]["steps"][:names.index("Restore k8slint")]:
    assert "setup.sh" not in s.get("run", "") and "apt-get" not in s.get("run", ""), s["name"]
assert steps["Build k8slint"]["if"] == "steps.cache.outputs.cache-hit != 'true'"
assert "action-build.sh\" build" in steps["Build k8slint"]["run"]
runtime = steps["Check the runtime libraries"]
assert runtime["if"] == "steps.cache.outputs.cache-hit == 'true'"
assert "action-build.sh\" runtime" in runtime["run"]
PY
check action-yml 0 $?

# SARIF upload: skipped, with a notice, for pull requests from forks and Dependabot.
upload_check() {  # upload_check EVENT HEAD_REPO ACTOR: prints the step's upload= output
  : >"$tmp/up"
  env -u K8SLINT_PR_HEAD_REPO GITHUB_OUTPUT="$tmp/up" GITHUB_EVENT_NAME="$1" \
    K8SLINT_PR_HEAD_REPO="$2" GITHUB_REPOSITORY=acme/app GITHUB_ACTOR="$3" \
    bash scripts/action-upload-check.sh >"$tmp/up.out" 2>/dev/null
  output_of "$tmp/up" upload
}
check upload-push true "$(upload_check push "" alice)"
lacks upload-push-no-notice "$tmp/up.out" "::notice"
check upload-same-repo-pr true "$(upload_check pull_request acme/app alice)"
check upload-fork-pr false "$(upload_check pull_request mallory/app mallory)"
contains upload-fork-notice "$tmp/up.out" "::notice title=k8slint::SARIF upload to code scanning skipped: this pull request comes from the fork mallory/app"
check upload-dependabot-pr false "$(upload_check pull_request acme/app 'dependabot[bot]')"
check upload-pr-target true "$(upload_check pull_request_target mallory/app mallory)"

# Cache hit: the runtime step installs the missing runtime packages and nothing else, and
# nothing at all when they are present (stand-in apt-get and sudo record their calls).
mkdir -p "$tmp/stub" "$tmp/cached"
for tool in apt-get sudo; do
  printf '#!/bin/sh
echo "%s $*" >>"%s"
[ "%s" = sudo ] && exec "$@"
exit 0
' "$tool" "$tmp/installs" "$tool" >"$tmp/stub/$tool"
  chmod +x "$tmp/stub/$tool"
done
printf '#!/bin/sh
echo "k8slint cached"
' >"$tmp/cached/k8slint"
chmod +x "$tmp/cached/k8slint"
printf 'bash
coreutils
' >"$tmp/cached/runtime-packages"
PATH="$tmp/stub:$PATH" bash scripts/action-build.sh runtime "$tmp/cached" >"$tmp/rt.out" 2>&1
check runtime-present-exit 0 $?
check runtime-present-installs-nothing 1 "$(test -s "$tmp/installs"; echo $?)"
contains runtime-present-message "$tmp/rt.out" "nothing to install"
printf 'bash
k8slint-test-no-such-package
' >"$tmp/cached/runtime-packages"
PATH="$tmp/stub:$PATH" bash scripts/action-build.sh runtime "$tmp/cached" >"$tmp/rt.out" 2>&1
check runtime-missing-exit 0 $?
contains runtime-missing-installs-only-it "$tmp/installs" "apt-get install -y -qq --no-install-recommends k8slint-test-no-such-package"
check runtime-missing-one-install 1 "$(grep -c 'apt-get install' "$tmp/installs")"

# What the cache-hit step checks: the packages of the binary's shared libraries and of
# the libgit2 it loads with dlopen.
bash scripts/action-build.sh runtime-packages "$bin" "$(dirname "$bin")" >"$tmp/packages"
check runtime-packages-exit 0 $?
check runtime-packages-libgit2 1 "$(grep -c '^libgit2-[0-9]' "$tmp/packages")"
check runtime-packages-yaml-cpp 1 "$(grep -c '^libyaml-cpp[0-9]' "$tmp/packages")"
check runtime-packages-no-dev 0 "$(grep -c -- '-dev$' "$tmp/packages")"

# The build: CI's options, never -Werror (the runner's compiler is not CI's).
flags=$(CI=true bash scripts/action-build.sh flags)
contains build-flags-release <(echo "$flags") "-DCMAKE_BUILD_TYPE=Release -DK8SLINT_TESTS=OFF -DK8SLINT_WERROR=OFF"
lacks build-flags-no-werror <(echo "$flags") "WERROR=ON"

finish

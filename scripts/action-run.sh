#!/usr/bin/env bash
# The run step of action.yml, kept here so tests/cli/action.sh can run it as GitHub does.
# Reads the action inputs from INPUT_* variables (PATHS, FORMAT, OUTPUT, FAIL_ON, CONFIG,
# ARGS) and the binary from K8SLINT_BIN. Writes `report` and `exit-code` to
# $GITHUB_OUTPUT when it is set.
# Exits 0 when k8slint exits 0 or 1, so the SARIF upload step still runs on findings;
# the action's last step fails the job from `exit-code`. Exits 2 on usage, config or
# I/O errors (there is no report to upload then).
set -uo pipefail

bin=${K8SLINT_BIN:-k8slint}
paths=${INPUT_PATHS:-.}
format=${INPUT_FORMAT:-sarif}
output=${INPUT_OUTPUT:-}
fail_on=${INPUT_FAIL_ON:-warning}
config=${INPUT_CONFIG:-}
extra=${INPUT_ARGS:-}

case "$format" in
  sarif | json) output=${output:-k8slint.$format} ;;
  github | text) ;;
  *) echo "k8slint action: format must be sarif, json, github or text, not '$format'" >&2; exit 2 ;;
esac

# Paths and extra arguments are whitespace-separated (one per line reads best in YAML);
# globbing stays off so a '*' reaches k8slint as typed.
set -f
read -r -d '' -a path_list <<<"$paths"
read -r -d '' -a extra_list <<<"$extra"
set +f

args=(--format "$format" --fail-on "$fail_on")
[[ -n "$output" ]] && args+=(--output "$output")
[[ -n "$config" ]] && args+=(--config "$config")
args+=("${extra_list[@]}" -- "${path_list[@]}")

echo "k8slint ${args[*]}" >&2
"$bin" "${args[@]}"
rc=$?
if ((rc != 0 && rc != 1)); then
  echo "k8slint action: k8slint exited with $rc (usage, config or I/O error; see above)" >&2
  exit 2
fi

if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
  {
    echo "report=$output"
    echo "exit-code=$rc"
  } >>"$GITHUB_OUTPUT"
fi
# Shown on the run's summary page.
if [[ -n "${GITHUB_STEP_SUMMARY:-}" && -n "$output" ]]; then
  echo "k8slint: exit code $rc with --fail-on $fail_on; report in \`$output\`" >>"$GITHUB_STEP_SUMMARY"
fi
exit 0

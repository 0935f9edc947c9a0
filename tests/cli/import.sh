#!/usr/bin/env bash
# `k8slint config --import FILE`: the peer configurations of tests/cli/import/ give the
# expected .k8slint.yaml (tests/cli/import/*.expected.yaml), each loads back as a config
# file and lints as the peer would have; bad files exit 2 naming the file and the line.
# The expected files name k8slint's rules and aliases: after adding aliases, review the
# change and rewrite them with
#   K8SLINT_UPDATE_GOLDEN=1 bash tests/cli/import.sh build/k8slint
source "$(dirname "$0")/lib.sh"

dir=tests/cli/import
for peer in hadolint kube-linter gitleaks; do
  src=$(ls "$dir"/."$peer".*)
  "$bin" config --import "$src" >"$tmp/$peer.yaml" 2>"$tmp/e"
  check "import-$peer-exit" 0 $?
  check "import-$peer-quiet" "" "$(cat "$tmp/e")"
  if [[ -n "${K8SLINT_UPDATE_GOLDEN:-}" ]]; then cp "$tmp/$peer.yaml" "$dir/$peer.expected.yaml"; fi
  if diff -u "$dir/$peer.expected.yaml" "$tmp/$peer.yaml" >"$tmp/diff"; then ok "import-$peer-expected"; else
    not_ok "import-$peer-expected: output differs from $dir/$peer.expected.yaml"; head -40 "$tmp/diff"
  fi
  "$bin" -c "$tmp/$peer.yaml" config --print >/dev/null 2>"$tmp/e"
  check "import-$peer-loads" 0 $?
  check "import-$peer-loads-quiet" "" "$(cat "$tmp/e")"
done

# The imported hadolint policy lints as hadolint would: ignored DL3008 (unpinned apt
# packages) is quiet, trustedRegistries (DL3026, KM010) reports quay.io, fail-on warning.
mkdir -p "$tmp/proj"
cp "$tmp/hadolint.yaml" "$tmp/proj/.k8slint.yaml"
cat >"$tmp/proj/Dockerfile" <<'EOF'
FROM quay.io/prometheus/busybox:1.36
USER 65534
EOF
cat >"$tmp/proj/app.Dockerfile" <<'EOF'
FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
USER 10001
EOF
(cd "$tmp/proj" && "$bin" -f json Dockerfile app.Dockerfile >"$tmp/o" 2>"$tmp/e")
check import-hadolint-lints-exit 1 $?
contains import-hadolint-trusted-registries "$tmp/o" '"ruleId": "KM010"'
lacks import-hadolint-ignored-dl3008 "$tmp/o" '"ruleId": "DF060"'
(cd "$tmp/proj" && "$bin" --enable DF060 app.Dockerfile >"$tmp/o" 2>&1)
contains import-hadolint-dl3008-fires-without-the-import "$tmp/o" "DF060"

# Errors: exit 2, the file, the line, the reason.
"$bin" config --import "$tmp/missing/.hadolint.yaml" >"$tmp/o" 2>"$tmp/e"
check import-missing 2 $?
contains import-missing-message "$tmp/e" "missing/.hadolint.yaml: no such file"
printf 'failure-threshold: error\nignored: [DL3008,\n' >"$tmp/.hadolint.yaml"
"$bin" config --import "$tmp/.hadolint.yaml" >"$tmp/o" 2>"$tmp/e"
check import-bad-yaml 2 $?
contains import-bad-yaml-line "$tmp/e" ".hadolint.yaml:2:19: invalid YAML"
check import-bad-yaml-no-output "" "$(cat "$tmp/o")"
printf '[allowlist]\npaths = ["a",\n' >"$tmp/.gitleaks.toml"
"$bin" config --import "$tmp/.gitleaks.toml" >/dev/null 2>"$tmp/e"
check import-bad-toml 2 $?
contains import-bad-toml-line "$tmp/e" ".gitleaks.toml:2:"
printf 'checks:\n  include: {latest-tag: true}\n' >"$tmp/.kube-linter.yaml"
"$bin" config --import "$tmp/.kube-linter.yaml" >/dev/null 2>"$tmp/e"
check import-bad-type 2 $?
contains import-bad-type-message "$tmp/e" ".kube-linter.yaml:2:12: 'checks.include' must be a list, not a map"
printf 'rules: []\n' >"$tmp/lint-policy.yaml"
"$bin" config --import "$tmp/lint-policy.yaml" >/dev/null 2>"$tmp/e"
check import-unknown-tool 2 $?
contains import-unknown-tool-message "$tmp/e" "cannot tell which tool this configuration is for"

finish

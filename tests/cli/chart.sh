#!/usr/bin/env bash
# End-to-end checks of `k8slint chart`: with a fake `helm` first on PATH that records its
# arguments and prints canned `helm template` output (helm itself is not installed in
# CI), with a failing helm, and with no helm at all.
source "$(dirname "$0")/lib.sh"

chart=$tmp/web
mkdir -p "$chart/templates" "$tmp/fakebin" "$tmp/nohelm"
printf 'apiVersion: v2\nname: web\nversion: 0.1.0\n' >"$chart/Chart.yaml"
cat >"$chart/values.yaml" <<'EOF'
image:
  repository: nginx
  tag: latest
securityContext:
  privileged: true
EOF
cat >"$chart/templates/deployment.yaml" <<'EOF'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
EOF
cat >"$tmp/rendered.yaml" <<'EOF'
---
# Source: web/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: rel-web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: "nginx:latest"
          securityContext:
            privileged: true
EOF
cat >"$tmp/fakebin/helm" <<EOF
#!/usr/bin/env bash
printf '%s\n' "\$@" >"$tmp/helm-args"
if [[ -n "\${FAKE_HELM_FAIL:-}" ]]; then
  echo 'Error: template: web/templates/deployment.yaml:16:20: executing "web/templates/deployment.yaml" at <.Values.image.repository>: nil pointer' >&2
  exit 1
fi
cat "$tmp/rendered.yaml"
EOF
chmod +x "$tmp/fakebin/helm"
printf 'image:\n  tag: latest\n' >"$tmp/values-prod.yaml"
with_helm=$tmp/fakebin:$PATH

# Rendered: findings move to the template file and line.
PATH=$with_helm "$bin" chart "$chart" --values "$tmp/values-prod.yaml" --release rel --namespace prod \
  >"$tmp/o" 2>"$tmp/e"
check rendered-exit 1 $?
check helm-args "template rel $chart --namespace prod --values $tmp/values-prod.yaml" "$(tr '\n' ' ' <"$tmp/helm-args" | sed 's/ $//')"
contains privileged-on-template-line "$tmp/o" "$chart/templates/deployment.yaml:17:11: error:"
contains privileged-rule "$tmp/o" "[NR012 privileged-container]"
contains latest-on-image-line "$tmp/o" "$chart/templates/deployment.yaml:16:"
contains from-template "$tmp/o" "(from template web/templates/deployment.yaml)"
lacks no-rendered-paths "$tmp/o" "(helm template)"
contains values-file-linted-as-values "$tmp/o" "$tmp/values-prod.yaml:2:"
contains values-in-chart-linted "$tmp/o" "$chart/values.yaml"
check no-stderr-when-rendered "" "$(cat "$tmp/e")"

# Lint options fall through to the chart command.
PATH=$with_helm "$bin" chart "$chart" --format json --fail-on never --disable KM003 -o "$tmp/o.json"
check options-exit 0 $?
python3 - "$tmp/o.json" "$chart" <<'PY'
import json, sys
findings, chart = json.load(open(sys.argv[1])), sys.argv[2]
ids = {f["ruleId"] for f in findings}
assert "KM003" not in ids, ids
nr012 = [f for f in findings if f["ruleId"] == "NR012"]
assert len(nr012) == 1, nr012
assert nr012[0]["path"] == chart + "/templates/deployment.yaml", nr012[0]["path"]
assert nr012[0]["startLine"] == 17, nr012[0]
PY
check options-json 0 $?
PATH=$with_helm "$bin" chart "$chart" --format sarif --fail-on never -o "$tmp/o.sarif"
python3 - "$tmp/o.sarif" <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
assert any(u.endswith("/web/templates/deployment.yaml") for u in uris), uris
assert not any("(helm template)" in u for u in uris), uris
PY
check sarif-points-at-template 0 $?

# helm fails: its message, exit 2, no report.
FAKE_HELM_FAIL=1 PATH=$with_helm "$bin" chart "$chart" >"$tmp/o" 2>"$tmp/e"
check helm-fails-exit 2 $?
contains helm-fails-message "$tmp/e" "helm template $chart failed (exit 1)"
contains helm-fails-helm-stderr "$tmp/e" "nil pointer"
check helm-fails-no-report "" "$(cat "$tmp/o")"

# No helm (the issue's `k8slint chart` without helm): exit 2, no report, and stderr says
# how to install helm or lint the chart's files without rendering.
PATH=$tmp/nohelm "$bin" chart "$chart" >"$tmp/o" 2>"$tmp/e"
check no-helm-exit 2 $?
contains no-helm-stderr "$tmp/e" "helm is not on PATH"
contains no-helm-how-to-install "$tmp/e" "https://helm.sh/docs/intro/install/"
contains no-helm-how-to-lint "$tmp/e" "k8slint lint $chart"
check no-helm-no-report "" "$(cat "$tmp/o")"
(cd "$tmp" && PATH=$tmp/nohelm "$bin" chart web >/dev/null 2>"$tmp/e"); check no-helm-relative-exit 2 $?
contains no-helm-relative-hint "$tmp/e" "k8slint lint web"

# Usage errors.
"$bin" chart "$tmp" >/dev/null 2>"$tmp/e"
check not-a-chart-exit 2 $?
contains not-a-chart-message "$tmp/e" "not a Helm chart (no Chart.yaml)"
PATH=$with_helm "$bin" chart "$chart" --values "$tmp/missing.yaml" >/dev/null 2>"$tmp/e"
check missing-values-exit 2 $?
contains missing-values-message "$tmp/e" "missing.yaml: no such values file"
"$bin" chart "$chart" "$tmp" >/dev/null 2>"$tmp/e"
check two-charts-exit 2 $?
"$bin" chart >/dev/null 2>"$tmp/e"
check no-chart-exit 2 $?

finish

#!/usr/bin/env bash
# Standard input (docs/cli.md#standard-input): `-`, or no PATH while stdin is a pipe or a
# file with data; the kind from --type, --stdin-filename or the content; `helm template`
# output reported on the templates its `# Source:` comments name. Never a silent lint of
# "." when stdin holds data.
source "$(dirname "$0")/lib.sh"

# A repository with a chart (named web, in chart/) and a Dockerfile with a finding, so a
# run that lints "." instead of stdin shows.
repo=$tmp/repo
mkdir -p "$repo/chart/templates" "$tmp/fakebin"
git -C "$repo" init -q
printf 'apiVersion: v2\nname: web\nversion: 0.1.0\n' >"$repo/chart/Chart.yaml"
printf 'image:\n  repository: nginx\n  tag: "1.27"\n' >"$repo/chart/values.yaml"
cat >"$repo/chart/templates/deployment.yaml" <<'EOF'
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
            privileged: true
EOF
printf 'FROM alpine:3.20\nUSER root\n' >"$repo/Dockerfile"
cat >"$tmp/rendered.yaml" <<'EOF'
---
# Source: web/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: release-name-web
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
          image: "nginx:1.27"
          securityContext:
            privileged: true
EOF
# helm is not installed in CI: a stand-in prints what `helm template ./chart` prints.
cat >"$tmp/fakebin/helm" <<EOF
#!/usr/bin/env bash
cat "$tmp/rendered.yaml"
EOF
chmod +x "$tmp/fakebin/helm"
export PATH=$tmp/fakebin:$PATH
cd "$repo"

# The issue's command: `helm template ./chart | k8slint -t manifest`, no `-`.
helm template ./chart | "$bin" -t manifest >"$tmp/o" 2>"$tmp/e"
check helm-pipe-t-exit 1 $?
contains helm-pipe-on-template "$tmp/o" "chart/templates/deployment.yaml:18:25: error:"
contains helm-pipe-from-template "$tmp/o" "(from template web/templates/deployment.yaml)"
lacks helm-pipe-not-dot "$tmp/o" "Dockerfile"
lacks helm-pipe-no-stdin-path "$tmp/o" "-:"
cp "$tmp/o" "$tmp/helm-pipe.txt"
# Sniffed: manifests need no -t.
helm template ./chart | "$bin" >"$tmp/o" 2>"$tmp/e"
check helm-pipe-sniffed-exit 1 $?
contains helm-pipe-sniffed "$tmp/o" "chart/templates/deployment.yaml:18:25: error:"
lacks helm-pipe-sniffed-not-dot "$tmp/o" "Dockerfile"
# SARIF lands where code scanning can annotate: the template's repository path.
helm template ./chart | "$bin" -t manifest --format sarif --fail-on never >"$tmp/o.sarif"
python3 - "$tmp/o.sarif" <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
locs = [r["locations"][0]["physicalLocation"] for r in run["results"]]
uris = {l["artifactLocation"]["uri"] for l in locs}
assert uris == {"chart/templates/deployment.yaml"}, uris
assert any(l["region"]["startLine"] == 18 for l in locs), locs
PY
check helm-pipe-sarif-uri 0 $?
# The chart found by its name when the folder is named otherwise, from a subfolder.
mkdir -p sub && (cd sub && helm template ../chart | "$bin" -t manifest >"$tmp/o" 2>"$tmp/e")
check helm-pipe-subfolder-exit 1 $?
contains helm-pipe-by-chart-name "$tmp/o" "../chart/templates/deployment.yaml:18:25:"
# A chart that is nowhere here: the `# Source:` path as written, line 1, and the
# rendered line in the message.
sed 's/web\/templates/gone\/templates/' "$tmp/rendered.yaml" | "$bin" -t manifest >"$tmp/o" 2>"$tmp/e"
contains helm-pipe-unknown-chart "$tmp/o" "gone/templates/deployment.yaml:1:1: error:"
contains helm-pipe-unknown-rendered-line "$tmp/o" "(from template gone/templates/deployment.yaml, rendered line 20)"

# Kinds sniffed from the content.
printf 'FROM python:3.12-slim\nCMD ["python"]\n' | "$bin" >"$tmp/o" 2>"$tmp/e"; check dockerfile-sniffed 1 $?
contains dockerfile-sniffed-path "$tmp/o" "-:1:1: warning:"
contains dockerfile-sniffed-rule "$tmp/o" "[NR001 missing-user]"
lacks dockerfile-sniffed-not-dot "$tmp/o" "USER root"
printf '# syntax=docker/dockerfile:1\nARG BASE=python:3.12-slim\nFROM $BASE\nCMD ["python"]\n' | "$bin" >"$tmp/o"
contains dockerfile-after-directive "$tmp/o" "[NR001 missing-user]"
printf 'export DB_HOST=db\nDB_PASSWORD="Zq8#wL2v!pR5mK9x"\n' | "$bin" --fail-on never >"$tmp/o" 2>"$tmp/e"
check env-sniffed 0 $?
contains env-sniffed-path "$tmp/o" "-:2:"
lacks env-sniffed-redacted "$tmp/o" "Zq8#wL2v!pR5mK9x"
printf '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "c", "image": "nginx", "securityContext": {"privileged": true}}]}}\n' \
  | "$bin" >"$tmp/o"
contains json-manifest-sniffed "$tmp/o" "[NR012 privileged-container]"

# What k8slint cannot tell: exit 2, and how to pass it.
printf 'hello world\nthis is not a manifest\n' | "$bin" >"$tmp/o" 2>"$tmp/e"; check unknown-exit 2 $?
contains unknown-says-read "$tmp/e" "standard input is not a terminal, so k8slint read it"
contains unknown-says-type "$tmp/e" "-t dockerfile|manifest|values|chart|env|powershell|markdown"
contains unknown-says-path "$tmp/e" "k8slint ."
check unknown-no-report "" "$(cat "$tmp/o")"
printf 'image:\n  tag: latest\n' | "$bin" >/dev/null 2>"$tmp/e"; check plain-yaml-exit 2 $?
printf 'image:\n  tag: latest\n' | "$bin" -t values >"$tmp/o"; check plain-yaml-with-t 1 $?
contains values-with-t "$tmp/o" "[KM004 unpinned-image-tag-in-values]"

# An empty or closed stdin is no input: "." is linted, as before.
: | "$bin" >"$tmp/o" 2>"$tmp/e"; check empty-pipe-lints-dot 1 $?
contains empty-pipe-dot-findings "$tmp/o" "Dockerfile:2:1: error:"
"$bin" </dev/null >"$tmp/o"; check devnull-lints-dot 1 $?
"$bin" <&- >"$tmp/o" 2>"$tmp/e"; check closed-lints-dot 1 $?
# ...unless -t or --stdin-filename says stdin was meant: then empty is an error (the
# command before the pipe most likely failed).
: | "$bin" -t manifest >"$tmp/o" 2>"$tmp/e"; check empty-with-t-exit 2 $?
contains empty-with-t-message "$tmp/e" "standard input is empty"
: | "$bin" -t manifest - >"$tmp/o"; check empty-dash-with-t 0 $?
# A file on stdin is read like a pipe.
"$bin" <"$repo/Dockerfile" >"$tmp/o"; check file-on-stdin 1 $?
contains file-on-stdin-path "$tmp/o" "-:2:1: error:"

# --stdin-filename: the name in every report, and the kind from it.
printf 'FROM alpine:3.20\nUSER root\n' | "$bin" --stdin-filename app/Dockerfile >"$tmp/o"
contains stdin-filename-text "$tmp/o" "app/Dockerfile:2:1: error:"
printf 'FROM alpine:3.20\nUSER root\n' | "$bin" --stdin-filename app/Dockerfile -f sarif >"$tmp/o.sarif"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["runs"][0]["results"]; assert {x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for x in r} == {"app/Dockerfile"}, r' "$tmp/o.sarif"
check stdin-filename-sarif 0 $?
printf 'FROM alpine:3.20\nUSER root\n' | "$bin" --stdin-filename app/Dockerfile -f github >"$tmp/o"
contains stdin-filename-github "$tmp/o" "file=app/Dockerfile,line=2"
printf 'image:\n  tag: latest\n' | "$bin" --stdin-filename chart/values.yaml >"$tmp/o"
contains stdin-filename-kind "$tmp/o" "chart/values.yaml:2:"
printf 'x\n' | "$bin" --stdin-filename a.yaml Dockerfile >/dev/null 2>"$tmp/e"
check stdin-filename-with-paths 2 $?
# `-` beside paths: both linted.
printf 'FROM alpine:3.20\n' | "$bin" - Dockerfile >"$tmp/o"
contains dash-and-path-stdin "$tmp/o" "-:1:1:"
contains dash-and-path-file "$tmp/o" "Dockerfile:2:1:"
# Over --max-file-size: a note, as for files.
printf 'FROM alpine:3.20\nUSER root\n' | "$bin" --max-file-size 8 -t dockerfile - >"$tmp/o"
contains over-limit-note "$tmp/o" "skipped: standard input is over the 8-byte limit"

finish

#!/usr/bin/env bash
# The CI formats (docs/output.md): junit and checkstyle (well-formed XML, everything
# escaped), gitlab (Code Quality fields, fingerprints unique and stable), rdjson (valid
# against reviewdog's schema, tests/cli/rdjson.schema.json, with byte columns).
source "$(dirname "$0")/lib.sh"

# Hostile input: markup characters, a control character and a secret in a file name
# and in the content, and a non-ASCII line.
work=$tmp/work
mkdir -p "$work"
cp -r examples/todo-chatbot "$work/app"
name=$'Docker<&"\x27>\x01file'
printf 'FROM alpine:3.20\nENV GREETING="héllo <b>&amp;" API_KEY=sk-proj-Zq8wL2vpR5mK9xTf3Hn7Yc1Bd6Ge4Jk0\nUSER root\n' >"$work/app/$name.Dockerfile"
root=$PWD
cd "$work"

for f in junit checkstyle gitlab rdjson; do
  "$bin" --format "$f" --fail-on never app >"$tmp/o.$f" 2>"$tmp/e.$f"
  check "$f-exit" 0 $?
  lacks "$f-secret-redacted" "$tmp/o.$f" "Zq8wL2vpR5mK9xTf3Hn7Yc1Bd6Ge4Jk0"
  lacks "$f-no-raw-control" "$tmp/o.$f" $'\x01'
done
"$bin" --format json --fail-on never app >"$tmp/o.json"

python3 - "$tmp/o.junit" "$tmp/o.checkstyle" "$tmp/o.json" <<'PY'
import json, sys, xml.etree.ElementTree as ET
junit, checkstyle, findings = ET.parse(sys.argv[1]).getroot(), ET.parse(sys.argv[2]).getroot(), json.load(open(sys.argv[3]))
assert junit.tag == "testsuites" and int(junit.get("failures")) == len(findings), (junit.attrib, len(findings))
cases = junit.findall("./testsuite/testcase")
assert len(cases) == len(findings)
assert all(c.find("failure") is not None and c.find("failure").get("type") in ("error", "warning", "note") for c in cases)
assert sum(int(s.get("tests")) for s in junit.findall("testsuite")) == len(findings)
names = {s.get("name") for s in junit.findall("testsuite")}
assert any(n.startswith("app/Docker<&\"'>\\x01file") for n in names), names
assert checkstyle.tag == "checkstyle"
errors = checkstyle.findall("./file/error")
assert len(errors) == len(findings)
assert {e.get("severity") for e in errors} <= {"error", "warning", "info"}
assert all(e.get("source").startswith("k8slint.") and int(e.get("line")) >= 1 for e in errors)
files = [f.get("name") for f in checkstyle.findall("file")]
assert len(files) == len(set(files)) and all(not f.startswith("/") for f in files), files
PY
check xml-well-formed-and-complete 0 $?

python3 - "$tmp/o.gitlab" "$tmp/o.json" <<'PY'
import json, sys
issues, findings = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert isinstance(issues, list) and len(issues) == len(findings)
for i in issues:
    assert isinstance(i["description"], str) and i["description"]
    assert isinstance(i["check_name"], str) and i["check_name"]
    assert isinstance(i["fingerprint"], str) and len(i["fingerprint"]) == 32
    assert i["severity"] in ("info", "minor", "major", "critical", "blocker")
    assert isinstance(i["location"]["path"], str) and not i["location"]["path"].startswith("/")
    assert i["location"]["lines"]["begin"] >= 1
    assert set(i["categories"]) <= {"Bug Risk", "Clarity", "Compatibility", "Complexity", "Duplication", "Performance", "Security", "Style"}
fps = [i["fingerprint"] for i in issues]
assert len(fps) == len(set(fps)), "fingerprints repeat"
PY
check gitlab-fields 0 $?
# Stable: an unrelated line inserted above every finding keeps every fingerprint.
for f in app/backend/Dockerfile app/deploy/rendered.yaml; do
  { printf '# a comment added above\n# and another\n'; cat "$f"; } >"$tmp/d" && cp "$tmp/d" "$f"
done
"$bin" --format gitlab --fail-on never app >"$tmp/o2.gitlab"
python3 -c '
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
fa, fb = sorted(i["fingerprint"] for i in a), sorted(i["fingerprint"] for i in b)
assert fa == fb, set(fa) ^ set(fb)
assert [i["location"]["lines"]["begin"] for i in a] != [i["location"]["lines"]["begin"] for i in b]
' "$tmp/o.gitlab" "$tmp/o2.gitlab"
check gitlab-fingerprints-stable 0 $?

python3 - "$tmp/o.rdjson" "$root/tests/cli/rdjson.schema.json" "$tmp/o.json" <<'PY'
import json, re, sys
doc, schema, findings = (json.load(open(p)) for p in sys.argv[1:4])

def validate(v, s, where="$"):
    if "$ref" in s:
        s = schema["definitions"][s["$ref"].split("/")[-1]]
    t = s.get("type")
    types = {"object": dict, "array": list, "string": str, "integer": int}
    assert t is None or (isinstance(v, types[t]) and not isinstance(v, bool)), (where, t, v)
    if "enum" in s: assert v in s["enum"], (where, v)
    if "minimum" in s: assert v >= s["minimum"], (where, v)
    if "minLength" in s: assert len(v) >= s["minLength"], (where, v)
    if "pattern" in s: assert re.search(s["pattern"], v), (where, v)
    for k in s.get("required", []): assert k in v, (where, "missing", k)
    if t == "object":
        props = s.get("properties", {})
        if s.get("additionalProperties") is False:
            assert set(v) <= set(props), (where, set(v) - set(props))
        for k, sub in props.items():
            if k in v: validate(v[k], sub, where + "." + k)
    if t == "array":
        for i, x in enumerate(v): validate(x, s["items"], "%s[%d]" % (where, i))

validate(doc, schema)
try:
    import jsonschema  # the reference validator, where it is installed
    jsonschema.Draft7Validator(schema).validate(doc)
except ImportError:
    pass
diags = doc["diagnostics"]
assert len(diags) == len(findings) and doc["source"]["name"] == "k8slint"
# Columns are UTF-8 bytes: the ENV line's secret sits after "héllo" (é is 2 bytes).
env = [d for d in diags if d["location"]["path"].endswith("file.Dockerfile") and d["location"]["range"]["start"]["line"] == 2]
js = [f for f in findings if f["path"].endswith("file.Dockerfile") and f["startLine"] == 2]
assert env and js, (env, js)
for d in env:
    j = [f for f in js if f["ruleId"] == d["code"]["value"]][0]
    if j["startColumn"] > 20:
        assert d["location"]["range"]["start"]["column"] == j["startColumn"] + 1, (d, j)
PY
check rdjson-schema 0 $?

# Empty reports are valid documents too.
: >"$tmp/empty.txt"
"$bin" --format junit "$tmp/empty.txt" >"$tmp/e.junit"; check junit-clean-exit 0 $?
python3 -c 'import sys, xml.etree.ElementTree as ET; r=ET.parse(sys.argv[1]).getroot(); assert r.get("failures")=="0" and len(r.findall("./testsuite/testcase"))==1' "$tmp/e.junit"
check junit-clean-one-passing-case 0 $?
"$bin" --format checkstyle "$tmp/empty.txt" >"$tmp/e.cs"
python3 -c 'import sys, xml.etree.ElementTree as ET; r=ET.parse(sys.argv[1]).getroot(); assert r.tag=="checkstyle" and not list(r)' "$tmp/e.cs"
check checkstyle-clean 0 $?
"$bin" --format gitlab "$tmp/empty.txt" >"$tmp/e.gl"; check gitlab-clean "[]" "$(cat "$tmp/e.gl")"
"$bin" --format rdjson "$tmp/empty.txt" >"$tmp/e.rd"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["diagnostics"]==[]' "$tmp/e.rd"; check rdjson-clean 0 $?

finish

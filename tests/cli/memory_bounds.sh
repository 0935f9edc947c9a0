#!/usr/bin/env bash
# Peak memory per input byte (docs/architecture.md, "Limits"): 5 MiB inputs made of the shortest lines
# each model keeps per line (the worst case for per-line overhead) must stay within the
# documented k x file size + 64 MiB. Each is past its model's item cap
# (linter/core/model_limits.h), so the bound holds at any size up to the 64 MiB file
# limit; the caps are what keep k at 10. Bounds are generous on purpose: they catch a
# model that starts copying lines or keeping per-token heap objects, not allocator noise.
source "$(dirname "$0")/lib.sh"

[[ -x /usr/bin/time ]] || skip "/usr/bin/time is not installed"

size=$((5 * 1024 * 1024))
make_file() {  # make_file PATH LINE: PATH of about $size bytes of LINE
  local line=$2 n
  n=$((size / ${#line}))
  awk -v n="$n" -v l="$line" 'BEGIN { for (i = 0; i < n; i++) print l }' >"$1"
}
bound() {  # bound NAME PATH K: peak RSS of linting PATH <= K x its size + 64 MiB
  local kb limit
  /usr/bin/time -f %M -o "$tmp/rss" "$bin" --fail-on never "$2" >/dev/null 2>&1
  kb=$(tail -1 "$tmp/rss")
  limit=$(((${3} * $(wc -c <"$2") + 64 * 1024 * 1024) / 1024))
  if ((kb <= limit)); then ok "$1 ($kb KB <= $limit KB)"; else not_ok "$1: $kb KB > $limit KB"; fi
}

mkdir -p "$tmp/docker" "$tmp/env" "$tmp/ps" "$tmp/yaml" "$tmp/line" "$tmp/md"
make_file "$tmp/docker/Dockerfile" "RUN true"
make_file "$tmp/env/.env" "K=v"
make_file "$tmp/ps/deploy.ps1" "Get-Item x"
# A guide whose one PowerShell fence is the whole file: Markdown's own tree and the
# fence's script both hold it.
{ echo '```powershell'; cat "$tmp/ps/deploy.ps1"; echo '```'; } >"$tmp/md/README.md"
for i in $(seq 1 4000); do
  printf 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s%d\nspec:\n  selector:\n    app: a%d\n  ports:\n    - port: 80\n---\n' "$i" "$i"
done >"$tmp/yaml/all.yaml"

# One 112 KB line with 8,000 findings (PS003): memory grew with findings x line length.
awk 'BEGIN { for (i = 0; i < 8000; i++) printf "%sGet-Item x", (i ? " && " : ""); print "" }' \
  >"$tmp/line/one-line.ps1"

bound dockerfile "$tmp/docker/Dockerfile" 10
bound env "$tmp/env/.env" 10
bound powershell "$tmp/ps/deploy.ps1" 10
bound "markdown fence" "$tmp/md/README.md" 10
bound manifest "$tmp/yaml/all.yaml" 10
bound "findings on one line" "$tmp/line/one-line.ps1" 10
# The caps say so: one K8L001 at the first item left out, naming the count.
for f in docker/Dockerfile env/.env ps/deploy.ps1 md/README.md; do
  "$bin" --fail-on never "$tmp/$f" >"$tmp/capped.txt" 2>&1
  contains "capped-$(dirname "$f")" "$tmp/capped.txt" "file too large to check: more than"
done

finish

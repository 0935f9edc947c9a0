#!/usr/bin/env bash
# Shell code in Markdown fences: the PowerShell target (&& chains are errors on 5.1 only;
# other editions are a usage error) and --shell-fences for bash/sh fences.
source "$(dirname "$0")/lib.sh"

printf '```powershell\nhelm lint ./chart && helm install web ./chart\n```\n' >"$tmp/guide.md"
"$bin" "$tmp/guide.md" >"$tmp/o"; check ps-target-default 1 $?
contains ps-target-default-finding "$tmp/o" "PS003"
"$bin" --powershell-target 7 "$tmp/guide.md" >/dev/null; check ps-target-7 0 $?
"$bin" --powershell-target 6 "$tmp/guide.md" >/dev/null 2>"$tmp/e"; check ps-target-bad 2 $?
contains ps-target-bad-message "$tmp/e" "powershell-target must be 5.1 or 7"
printf '```bash\nexport KUBECONFIG=~/.kube/config\n```\n' >"$tmp/bash.md"
"$bin" "$tmp/bash.md" >/dev/null; check shell-fences-off 0 $?
"$bin" --shell-fences bash,sh "$tmp/bash.md" >"$tmp/o"; check shell-fences-on 1 $?
contains shell-fences-finding "$tmp/o" "PS001"

finish

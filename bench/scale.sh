#!/usr/bin/env bash
# Every target of issue 13 ("linear time and bounded memory on any input"), for one or more
# k8slint binaries side by side, so a before/after pair is measured in one run:
#   bench/scale.sh [--quick] [--only NAME[,NAME...]] [--no-shellcheck] BIN [BIN...]
# NAMEs (rows, in order):
#   corpus     gen_corpus.py --scale 1000, services/ only, every rule, -f sarif, at -j1 and -j2:
#              wall time (best of 3) within 5x of `cat` of the same files (best of 3, warm);
#              peak RSS at most 60 MB and at most scale 100's + 20 MB
#   growth     --big-file 12 and --big-file 50: user time (best of 3), 50 MB / 12 MB within 4.6x
#   big        --big-file 100 at -j2: under 10 s wall and 400 MB peak RSS
#   psline     one PowerShell line of 160 KB with about 8,000 findings: under 2 s and 300 MB
#   huge       60 MiB inputs (Dockerfile, PowerShell script, `Get-Item x` lines, .env): each
#              under 600 MB peak RSS
#   patho      the issue's pathological inputs as regression figures (no target): 20 one-byte
#              YAML files `,`; 96 KB of nested `$(` and 80 KB of nested `@{` in PowerShell
#   precommit  one-file run, user+sys of the children (bench/precommit.sh): under 5 ms
# --quick shrinks every input (scale 20, 2/8/16 MB files, 1 MiB inputs, a 16 KB line...) so
# the script can be checked in about a minute; its PASS/FAIL still compares with the full-size
# targets, so it only shows that the rows work, not that a target is met.
# Inputs are generated deterministically once under ${TMPDIR:-/tmp}/k8slint-scale and reused.
# Every k8slint run is bounded (SCALE_TIMEOUT seconds, default 120; SCALE_MEM_GB peak RSS,
# default 4), so a "before" binary that is quadratic or runaway shows "timeout" or "over 4 GB"
# instead of hanging or exhausting the shared machine.
# Single-file rows run at -j2 (this machine's default, all cores); RSS is in MiB ("MB").
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$root/../shared/bench}
work=${TMPDIR:-/tmp}/k8slint-scale
timeout_s=${SCALE_TIMEOUT:-120}
mem_gb=${SCALE_MEM_GB:-4}
all_targets=corpus,growth,big,psline,huge,patho,precommit

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed -n 's/^# \{0,1\}//p' >&2
  exit 2
}
quick=0 only=$all_targets bins=() no_path=()
while (($#)); do
  case $1 in
    --quick) quick=1; shift ;;
    --only) only=$2; shift 2 ;;
    # DF070 (in binaries that have it) runs shellcheck (one process per Dockerfile before
    # issue 13's batching, one per 1000 distinct scripts after) when it is on PATH; an empty PATH measures k8slint's own work (DF070 then adds one note).
    --no-shellcheck) no_path=(env PATH=/nonexistent); shift ;;
    -h | --help) usage ;;
    -*) echo "unknown option $1" >&2; usage ;;
    *) [[ -x $1 ]] || { echo "not an executable: $1" >&2; exit 2; }
       bins+=("$(realpath "$1")"); shift ;;
  esac
done
((${#bins[@]})) || usage
for name in ${only//,/ }; do
  [[ ,$all_targets, == *",$name,"* ]] || { echo "unknown NAME $name" >&2; usage; }
done
wanted() { [[ ,$only, == *",$1,"* ]]; }

# Sizes: the issue's, or small ones for --quick. The PowerShell counts are in repeats of the
# token; the files' byte sizes follow from them.
if ((quick)); then
  scale=20 small_scale=2 grow_small=2 grow_big=8 big_mb=16 huge_mib=1
  ps_segments=800 comma_files=2 dollar_depth=3200 at_depth=1600 pc_runs=50
else
  scale=1000 small_scale=100 grow_small=12 grow_big=50 big_mb=100 huge_mib=60
  ps_segments=8000 comma_files=20 dollar_depth=32000 at_depth=16000 pc_runs=200
fi
mkdir -p "$work"

# measure REPEAT CMD...: runs CMD REPEAT times (in the current folder) and prints
#   ok WALL USER SYS RSS_MB     best (lowest) wall, user and sys seconds; highest peak RSS
# or instead: "timeout RSS_MB" or "over RSS_MB" (the RSS cap; RSS when killed), "oom" (an
# uncaught bad_alloc under the address-space limit), or exitN. Peak RSS is the child's
# ru_maxrss from wait4, the figure GNU time's %M reports. A watcher thread kills the run past
# the time or RSS cap; RLIMIT_AS at twice the RSS cap is the backstop for allocations faster
# than the watcher (the YAML model turns bad_alloc into a parse error, so the watcher, not
# the limit, is what must catch the usual case and say so).
measure() {
  python3 - "$timeout_s" "$mem_gb" "$@" <<'PY'
import os, resource, signal, subprocess, sys, tempfile, threading, time
timeout, cap = float(sys.argv[1]), int(sys.argv[2]) << 30
repeat, args = int(sys.argv[3]), sys.argv[4:]
page = os.sysconf("SC_PAGE_SIZE")

def limit():
    resource.setrlimit(resource.RLIMIT_AS, (2 * cap, 2 * cap))

wall = user = sys_ = None
rss = 0
for _ in range(repeat):
    start = time.perf_counter()
    err = tempfile.TemporaryFile()
    p = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=err, preexec_fn=limit)
    verdict, done = [], threading.Event()

    def watch():
        while not done.wait(0.02):
            try:
                with open(f"/proc/{p.pid}/statm") as f:
                    resident = int(f.read().split()[1]) * page
            except (OSError, IndexError, ValueError):
                return
            if resident > cap:
                verdict.append(f"over {resident >> 20}")
            elif time.perf_counter() - start > timeout:
                verdict.append(f"timeout {resident >> 20}")
            if verdict:
                os.kill(p.pid, signal.SIGKILL)
                return

    threading.Thread(target=watch, daemon=True).start()
    _, status, ru = os.wait4(p.pid, 0)
    elapsed = time.perf_counter() - start
    done.set()
    p.returncode = 0  # reaped above; keeps Popen from waiting again
    if verdict:
        print(verdict[0]); sys.exit()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        err.seek(0)
        print("oom" if b"bad_alloc" in err.read() else f"exit{code}"); sys.exit()
    wall = elapsed if wall is None else min(wall, elapsed)
    user = ru.ru_utime if user is None else min(user, ru.ru_utime)
    sys_ = ru.ru_stime if sys_ is None else min(sys_, ru.ru_stime)
    rss = max(rss, ru.ru_maxrss / 1024)
print(f"ok {wall:.3f} {user:.3f} {sys_:.3f} {rss:.0f}")
PY
}

# failed WORD [RSS_MB]: the measured cell for a run that did not finish.
failed() {
  case $1 in
    timeout) echo "timeout (${timeout_s} s, ${2:-?} MB by then)" ;;
    over) echo "over ${mem_gb} GB" ;;
    oom) echo "out of memory ($((mem_gb * 2)) GB address space)" ;;
    *) echo "${1/exit/exit }" ;;
  esac
}
# holds EXPR: PASS when the awk expression is true.
holds() { if awk "BEGIN { exit !($1) }"; then echo PASS; else echo FAIL; fi; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }

row() {  # row TARGET BINARY MEASURED GOAL RESULT: one line of the Markdown table
  printf '| %-30s | %-28s | %-44s | %-24s | %-4s |\n' "$@"
}
label() {  # the binary as the reader knows it: its path relative to the repository if inside
  local b=$1
  [[ $b == "$root"/* ]] && b=${b#"$root"/}
  echo "$b"
}

# once PATH CMD...: runs CMD (which writes PATH.tmp) unless PATH exists, then renames it,
# so an interrupted generation is never reused.
once() {
  local path=$1; shift
  [[ -e $path ]] && return
  rm -rf "$path.tmp"
  "$@"
  mv "$path.tmp" "$path"
}
corpus() {  # corpus SCALE [MB]: prints the folder of gen_corpus.py --scale SCALE [--big-file MB]
  local dir=$work/corpus-$1${2:+-big$2}
  once "$dir" python3 "$shared/gen_corpus.py" "$dir.tmp" --scale "$1" ${2:+--big-file "$2"} >/dev/null
  echo "$dir"
}
# nested PATH DEPTH OPEN CLOSE: writes `$a = ` OPEN*DEPTH 1 CLOSE*DEPTH to PATH.
nested() {
  # shellcheck disable=SC2016 # `$a` is PowerShell
  python3 -c 'import sys; p, d, o, c = sys.argv[1:]; open(p, "w").write("$a = " + o * int(d) + "1" + c * int(d) + "\n")' "$@"
}
# repeat_to PATH BYTES [HEADER]: writes HEADER, then stdin's text repeated (whole copies),
# to PATH.tmp: BYTES in all, give or take one copy.
repeat_to() {
  python3 -c '
import sys
path, size, header, text = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.stdin.read()
with open(path, "w") as f:
    f.write(header + text * ((size - len(header)) // len(text)))
' "$1.tmp" "$2" "${3:-}"
}

# k8slint_run REPEAT BIN ARGS...: measure of one k8slint command with the report discarded.
k8slint_run() {
  local repeat=$1 bin=$2; shift 2
  measure "$repeat" "${no_path[@]}" "$bin" --fail-on never -o /dev/null "$@"
}

echo "bench/scale.sh $( ((quick)) && echo '--quick ')on $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'); limits: ${timeout_s} s, ${mem_gb} GB per run"
if ((${#no_path[@]})); then
  echo "shellcheck: hidden (--no-shellcheck)"
else
  echo "shellcheck: $(command -v shellcheck || echo 'not on PATH') (DF070 runs it over the distinct RUN scripts, or per Dockerfile before issue 13)"
fi
for bin in "${bins[@]}"; do echo "  $(label "$bin"): $("$bin" --version 2>/dev/null | head -1)"; done
echo
row target binary measured goal result
row -------- -------- -------- -------- ------

if wanted corpus; then
  big=$(corpus "$scale") small=$(corpus "$small_scale")
  cd "$big"
  files=$(find services -type f | wc -l)
  mb=$(du -sb services | awk '{ printf "%.1f", $1 / 1e6 }')
  read -r _ t_cat _ <<<"$(measure 3 bash -c 'find services -type f -print0 | xargs -0 cat >/dev/null')"
  row "corpus-$scale cat" "(floor)" "$t_cat s ($files files, $mb MB)" "-" "-"
  for bin in "${bins[@]}"; do
    for j in 1 2; do
      read -r st wall _ _ rss <<<"$(k8slint_run 3 "$bin" -f sarif -j$j services)"
      if [[ $st != ok ]]; then
        row "corpus-$scale -j$j sarif time" "$(label "$bin")" "$(failed "$st" "$wall")" "<= 5x cat" FAIL
        continue
      fi
      ratio=$(calc %.1f "$wall / $t_cat")
      row "corpus-$scale -j$j sarif time" "$(label "$bin")" "$wall s = ${ratio}x cat" "<= 5x cat" \
        "$(holds "$wall <= 5 * $t_cat")"
      read -r st2 _ _ _ rss_small <<<"$(cd "$small" && k8slint_run 1 "$bin" -f sarif -j$j services)"
      [[ $st2 == ok ]] || rss_small=NaN
      row "corpus-$scale -j$j peak RSS" "$(label "$bin")" "$rss MB (scale $small_scale: $rss_small MB)" \
        "<= 60, <= scale $small_scale + 20" "$(holds "$rss <= 60 && $rss <= $rss_small + 20")"
    done
  done
  cd "$root"
fi

if wanted growth; then
  # Only the big file: the corpus metadata at the folder's root is not what is measured.
  f_small=$(corpus 0 "$grow_small")/big/rendered-all.yaml
  f_big=$(corpus 0 "$grow_big")/big/rendered-all.yaml
  for bin in "${bins[@]}"; do
    for j in 1 2; do
      read -r st1 w1 u1 _ _ <<<"$(k8slint_run 3 "$bin" -j$j "$f_small")"
      read -r st2 w2 u2 _ _ <<<"$(k8slint_run 3 "$bin" -j$j "$f_big")"
      name="growth $grow_small->$grow_big MB -j$j user"
      if [[ $st1 != ok || $st2 != ok ]]; then
        [[ $st1 == ok ]] && st1="$u1 s" || st1=$(failed "$st1" "$w1")
        [[ $st2 == ok ]] && st2="$u2 s" || st2=$(failed "$st2" "$w2")
        row "$name" "$(label "$bin")" "$st1 -> $st2" "<= 4.6x" FAIL
        continue
      fi
      row "$name" "$(label "$bin")" "$u1 s -> $u2 s = $(calc %.1f "$u2 / $u1")x" "<= 4.6x" \
        "$(holds "$u2 <= 4.6 * $u1")"
    done
  done
fi

if wanted big; then
  f=$(corpus 0 "$big_mb")/big/rendered-all.yaml
  for bin in "${bins[@]}"; do
    # 100 MiB is over the default 64 MiB file limit, which would skip it with a K8L004 note.
    read -r st wall user _ rss <<<"$(k8slint_run 1 "$bin" -j2 --max-file-size 268435456 "$f")"
    if [[ $st == ok ]]; then
      row "big $big_mb MB -j2" "$(label "$bin")" "$wall s (user $user s), $rss MB" "< 10 s, < 400 MB" \
        "$(holds "$wall < 10 && $rss < 400")"
    else
      row "big $big_mb MB -j2" "$(label "$bin")" "$(failed "$st" "$wall")" "< 10 s, < 400 MB" FAIL
    fi
  done
fi

# single NAME PATH GOAL_S GOAL_MB: one row per binary for one input at -j2 (a goal may be "-";
# with neither, the row is a regression figure without PASS/FAIL).
single() {
  local name=$1 path=$2 goal_s=$3 goal_mb=$4 goal="" bin st wall user rss cond
  [[ $goal_s != - ]] && goal="< $goal_s s"
  [[ $goal_mb != - ]] && goal+="${goal:+, }< $goal_mb MB"
  for bin in "${bins[@]}"; do
    read -r st wall user _ rss <<<"$(k8slint_run 1 "$bin" -j2 "$path")"
    if [[ $st != ok ]]; then
      row "$name" "$(label "$bin")" "$(failed "$st" "$wall")" "${goal:-(regression figure)}" "$([[ $goal ]] && echo FAIL || echo -)"
    elif [[ $goal ]]; then
      cond=1
      [[ $goal_s != - ]] && cond+=" && $wall < $goal_s"
      [[ $goal_mb != - ]] && cond+=" && $rss < $goal_mb"
      row "$name" "$(label "$bin")" "$wall s (user $user s), $rss MB" "$goal" "$(holds "$cond")"
    else
      row "$name" "$(label "$bin")" "$wall s (user $user s), $rss MB" "(regression figure)" -
    fi
  done
}

if wanted psline; then
  # "Get-Item xxxxxxx && " is 20 bytes, so 8,000 of them make the issue's 160 KB line. Each
  # `&&` is one PS003 pipeline-chain-operator finding (an error for Windows PowerShell 5.1,
  # the default --powershell-target), and no other rule fires on it (checked with both
  # the baseline and main at 20 segments), so the line holds one finding per 20 bytes and
  # every finding's suggested rewrite is built from this one long line.
  f=$work/psline-$ps_segments.ps1
  once "$f" python3 -c 'import sys; open(sys.argv[1], "w").write("Get-Item xxxxxxx && " * int(sys.argv[2]) + "Get-Item xxxxxxx\n")' \
    "$f.tmp" "$ps_segments"
  name="psline $(($(stat -c %s "$f") / 1000)) KB"
  single "$name" "$f" 2 300
  # The findings each binary reports (a finding cap shows up here as fewer findings).
  for bin in "${bins[@]}"; do
    count=$(timeout "$timeout_s" prlimit --as=$((mem_gb << 31)) "${no_path[@]}" "$bin" --fail-on never --statistics "$f" 2>/dev/null |
      sed -n 's/^\([0-9][0-9]*\) findings\{0,1\} in .*/\1/p' | tail -1) || true
    row "$name findings" "$(label "$bin")" "${count:-?} findings" "(input check: ~$ps_segments)" -
  done
fi

if wanted huge; then
  bytes=$((huge_mib << 20))
  dir=$work/huge-$huge_mib
  mkdir -p "$dir"
  # A Dockerfile of one cheap instruction per line: every line is a model node. It starts
  # FROM a base image so it is a valid Dockerfile and every Dockerfile rule reads it.
  once "$dir/Dockerfile" repeat_to "$dir/Dockerfile" "$bytes" $'FROM debian:12\n' <<<'RUN true'
  # A deploy script as people write them, repeated; each copy has one finding (the `&&`,
  # PS003, as Windows PowerShell 5.1 cannot parse it), so findings grow with the file.
  once "$dir/deploy.ps1" repeat_to "$dir/deploy.ps1" "$bytes" <<'PS'
$ErrorActionPreference = 'Stop'
Write-Host "Deploying build $env:BUILD_ID to $Environment"
Invoke-WebRequest -Uri "https://artifacts.example.com/app/$env:BUILD_ID.zip" -OutFile "$env:TEMP\app.zip"
Expand-Archive -Path "$env:TEMP\app.zip" -DestinationPath 'C:\inetpub\app' -Force
Stop-Service -Name 'AppPool' -ErrorAction SilentlyContinue
$settings = @{ ConnectionString = "Server=db;Database=app"; Retries = 3 }
Invoke-Expression "C:\inetpub\app\migrate.exe --env $Environment"
docker build -t registry.example.com/app:$env:BUILD_ID . && docker push registry.example.com/app:$env:BUILD_ID
Start-Service -Name 'AppPool'
PS
  once "$dir/get-item.ps1" repeat_to "$dir/get-item.ps1" "$bytes" <<<'Get-Item x'
  once "$dir/.env" repeat_to "$dir/.env" "$bytes" <<<'K=v'
  single "huge $huge_mib MiB Dockerfile RUN true" "$dir/Dockerfile" - 600
  single "huge $huge_mib MiB deploy.ps1" "$dir/deploy.ps1" - 600
  single "huge $huge_mib MiB Get-Item x lines" "$dir/get-item.ps1" - 600
  single "huge $huge_mib MiB .env K=v" "$dir/.env" - 600
fi

if wanted patho; then
  # One byte `,` made yaml-cpp return empty documents without end (1.5 s and 195 MB each).
  dir=$work/comma-$comma_files
  # shellcheck disable=SC2016 # $1 and $2 are the inner script's arguments
  once "$dir" bash -c 'mkdir "$1" && for i in $(seq -w "$2"); do printf , >"$1/comma-$i.yaml"; done' _ \
    "$dir.tmp" "$comma_files"
  single "patho $comma_files x ',' YAML files" "$dir" - -
  # Nesting was quadratic when every rule copied (lowercased) a command's whole first word.
  # Balanced and valid, in the shape of tests/ps_tokenizer_test.cpp's nesting case:
  # `$a = $($(...1))` at 3 bytes a level, `$a = @{a=@{a=...1}}` at 5.
  f=$work/nested-dollar-paren-$dollar_depth.ps1
  # shellcheck disable=SC2016 # the literal PowerShell `$(`
  once "$f" nested "$f.tmp" "$dollar_depth" '$(' ')'
  single "patho $(($(stat -c %s "$f") / 1000)) KB nested \$(" "$f" - -
  f=$work/nested-at-brace-$at_depth.ps1
  once "$f" nested "$f.tmp" "$at_depth" '@{a=' '}'
  single "patho $(($(stat -c %s "$f") / 1000)) KB nested @{" "$f" - -
fi

if wanted precommit; then
  # bench/precommit.sh's method (children's user+sys, mean of N runs, a fresh git repository);
  # the whole call is bounded, since its runs are not measured one by one here.
  for bin in "${bins[@]}"; do
    out=$(timeout $((timeout_s * 5)) prlimit --as=$((mem_gb << 31)) \
      bash "$root/bench/precommit.sh" "$bin" "$pc_runs" 2>&1) || true
    # /bin/true's figure says how much of it is this machine's process cost, not k8slint's.
    floor=$(awk '/^\/bin\/true/ { print $NF }' <<<"$out")
    for case in Dockerfile service.yaml; do
      ms=$(awk -v c="k8slint $case" 'index($0, c) == 1 { print $(NF - (/over the/ ? 5 : 0)) }' <<<"$out")
      if [[ $ms ]]; then
        row "precommit $case" "$(label "$bin")" "$ms ms user+sys (/bin/true: $floor ms)" "< 5 ms" "$(holds "$ms < 5")"
      else
        row "precommit $case" "$(label "$bin")" "error: $(tail -1 <<<"$out")" "< 5 ms" FAIL
      fi
    done
  done
fi

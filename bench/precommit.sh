#!/usr/bin/env bash
# Process time of one pre-commit-style run (SPEC §5: under 5 ms on one file).
#   bench/precommit.sh [BUILD_DIR|BINARY] [RUNS]   (defaults: build/, 200)
# Runs k8slint RUNS times on each of: one small Dockerfile, one small manifest, one .env
# file inside a git repository (the case that needs libgit2: SE024 asks the index), and
# `--version` (process start alone). Reports user+sys CPU time per run, from the
# children's getrusage, so other load on the machine barely moves it; wall time would.
# Exits 1 when the Dockerfile or the manifest run is over the 5 ms budget.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target=${1:-$root/build}
runs=${2:-200}
# A binary may be named directly (bench/scale.sh compares several, e.g. a baseline build).
if [[ -f $target ]]; then bin=$(realpath "$target"); else bin=$(cd "$target" && pwd)/k8slint; fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# A fresh repository, so the run sees a realistic .git and no .k8slint.yaml above it.
git -C "$work" init -q
printf 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER 10001\nEXPOSE 8000\nCMD ["python", "-m", "app"]\n' \
  >"$work/Dockerfile"
cat >"$work/service.yaml" <<'EOF'
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8000
EOF
printf 'LOG_LEVEL=info\nPORT=8000\n' >"$work/.env"

python3 - "$bin" "$work" "$runs" <<'PY'
import resource, subprocess, sys
bin, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])

def cpu_ms(args):
    """Mean user+sys milliseconds of one run of `args` (after one warm-up run)."""
    subprocess.run(args, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for _ in range(runs):
        rc = subprocess.run(args, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        if rc not in (0, 1):
            sys.exit(f"{' '.join(args)}: exit {rc}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    user = (after.ru_utime - before.ru_utime) / runs * 1000
    sys_ = (after.ru_stime - before.ru_stime) / runs * 1000
    return user, sys_

budget = 5.0
over = False
print(f"{'case':<28}{'user ms':>9}{'sys ms':>9}{'total ms':>10}")
for name, args, checked in [
    ("/bin/true", ["/bin/true"], False),
    ("k8slint --version", [bin, "--version"], False),
    ("k8slint Dockerfile", [bin, "Dockerfile"], True),
    ("k8slint service.yaml", [bin, "service.yaml"], True),
    ("k8slint .env (libgit2)", [bin, ".env"], False),
]:
    user, sys_ = cpu_ms(args)
    total = user + sys_
    mark = ""
    if checked and total >= budget:
        mark, over = "  over the 5 ms budget", True
    print(f"{name:<28}{user:>9.2f}{sys_:>9.2f}{total:>10.2f}{mark}")
print(f"({runs} runs each)")
sys.exit(1 if over else 0)
PY

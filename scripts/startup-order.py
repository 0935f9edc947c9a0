#!/usr/bin/env python3
"""Lists the code sections a one-file run of k8slint executes, for gold's link order.

    python3 scripts/startup-order.py BINARY MAP > ORDER     write the ordering file
    python3 scripts/startup-order.py --check MAP ORDER      are ORDER's sections together?

BINARY is the package build's unstripped k8slint and MAP the link map gold wrote for it
(cmake/static.cmake). The script runs BINARY under valgrind's callgrind on the one-file
runs a pre-commit hook makes (a Dockerfile, manifests, values.yaml, a .env file, Markdown,
PowerShell, `--version`) and prints, in their current address order, the input sections
(one function each, -ffunction-sections) holding code that ran. scripts/package.sh links
again with that list as gold's --section-ordering-file, which places those sections first
and together: a short run then touches far fewer distinct code pages (docs/pre-commit.md).
Callgrind counts instructions, so the list depends on the code and the inputs only.

--check exits 1 unless the sections ORDER names sit side by side in MAP's .text, with no
other section between them (tests/cli/package.sh).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from bisect import bisect_right

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (source in this repository, the name it is linted under); each is linted alone.
CASES = [
    ("examples/todo-chatbot/backend/Dockerfile", "Dockerfile"),
    ("examples/todo-chatbot/deploy/mcp-debug-service.yaml", "service.yaml"),
    ("examples/todo-chatbot/deploy/rendered.yaml", "rendered.yaml"),
    ("examples/todo-chatbot/charts/todo-chatbot/values.yaml", "values.yaml"),
    ("examples/todo-chatbot/README.md", "README.md"),
    ("fixtures/PS012/clean-powershell-flow.ps1", "deploy.ps1"),
    ("fixtures/KM021/clean-all-received/.env.example", ".env.example"),
]


def text_sections(map_path):
    """(address, size, name) of each input section gold placed in .text, by address."""
    sections, pending, in_text = [], None, False
    with open(map_path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith(".text"):
                in_text = True
                continue
            if in_text and re.match(r"^\.\S", line):  # the next output section
                break
            if not in_text:
                continue
            # gold writes a long name alone on its line, and its address and size below.
            m = re.match(r"^ (\.text\S*)(?:\s+0x([0-9a-f]+)\s+0x([0-9a-f]+))?", line)
            if m:
                pending = m.group(1)
                if m.group(2):
                    sections.append((int(m.group(2), 16), int(m.group(3), 16), pending))
                    pending = None
                continue
            m = re.match(r"^\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s", line)
            if m and pending:
                sections.append((int(m.group(1), 16), int(m.group(2), 16), pending))
                pending = None
    sections.sort()
    return sections


def executed_addresses(binary, args, cwd):
    """Start addresses of the code blocks of `binary` that ran in `binary args`."""
    with tempfile.NamedTemporaryFile(suffix=".callgrind") as out:
        subprocess.run(
            ["valgrind", "--tool=callgrind", "--dump-instr=yes",
             f"--callgrind-out-file={out.name}", binary, *args],
            cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        objects, current, addresses = {}, "", set()
        with open(out.name, encoding="utf-8", errors="replace") as f:
            for line in f:
                m = re.match(r"^(c?ob)=\((\d+)\)(?: (.*))?$", line.rstrip("\n"))
                if m:
                    kind, ref, name = m.groups()
                    if name:
                        objects[ref] = name
                    if kind == "ob":
                        current = os.path.realpath(objects.get(ref, "/"))
                    continue
                # Absolute addresses open each block of cost lines; the rest are relative.
                if current == binary and line.startswith("0x"):
                    addresses.add(int(line.split(None, 1)[0], 16))
        return addresses


def write_order(binary, map_path):
    sections = text_sections(map_path)
    if not sections:
        sys.exit(f"startup-order: {map_path}: no .text input sections (not a gold map?)")
    if shutil.which("valgrind") is None:
        sys.exit("startup-order: valgrind is not installed")
    addresses = set()
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(["git", "init", "-q", work], check=True)
        for src, name in CASES:
            shutil.copy(os.path.join(ROOT, src), os.path.join(work, name))
        for args in [[name] for _, name in CASES] + [["--version"]]:
            addresses |= executed_addresses(binary, args, work)
    starts = [s[0] for s in sections]
    names = {}
    for a in addresses:
        i = bisect_right(starts, a) - 1
        if i >= 0 and a < starts[i] + sections[i][1]:
            names.setdefault(sections[i][2], starts[i])
    # A library compiled without function sections has one plain .text per object: it
    # cannot be split, and naming it would pull whole objects in.
    names.pop(".text", None)
    if len(names) < 100:
        sys.exit(f"startup-order: only {len(names)} executed sections found; did {binary} run?")
    print("# scripts/startup-order.py: the sections a one-file run executes, in link order")
    # linter/cli/prefault.cpp backs the code from the first marker on.
    print(".text.k8slint_startup_first")
    for name, _ in sorted(names.items(), key=lambda item: item[1]):
        print(name)
    print(".text.k8slint_startup_last")


def check(map_path, order_path):
    with open(order_path, encoding="utf-8") as f:
        wanted = {line.strip() for line in f if line.strip() and not line.startswith("#")}
    sections = text_sections(map_path)
    placed = [i for i, s in enumerate(sections) if s[2] in wanted]
    if len(placed) < 100:
        print(f"startup-order: {len(placed)} of the listed sections are in {map_path}")
        return 1
    between = [s[2] for s in sections[placed[0]:placed[-1] + 1] if s[2] not in wanted]
    print(f"startup-order: {len(placed)} listed sections span "
          f"{sections[placed[-1]][0] + sections[placed[-1]][1] - sections[placed[0]][0]} bytes, "
          f"{len(between)} other sections between them")
    return 1 if between else 0


def main():
    args = sys.argv[1:]
    if len(args) == 3 and args[0] == "--check":
        sys.exit(check(args[1], args[2]))
    if len(args) != 2 or args[0].startswith("-"):
        sys.exit("usage: startup-order.py BINARY MAP > ORDER | startup-order.py --check MAP ORDER")
    write_order(os.path.realpath(args[0]), args[1])


if __name__ == "__main__":
    main()

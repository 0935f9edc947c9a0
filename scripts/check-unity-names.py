#!/usr/bin/env python3
"""Names that would clash in a unity batch (CMakeLists.txt, K8SLINT_UNITY).

Each layer's files (linter/<layer>/, rules/) are compiled 16 to a translation unit and the
test files 8, so two files that each define a helper of the same name in the same
namespace's anonymous namespace (or as a `static` function) stop the batch that happens to
hold both, or worse, overload each other. Which files share a batch depends on their order, so a clash can lie dormant
until an unrelated file is added; this check looks at every pair of files instead.

Reads clang-formatted C++: namespace lines, and declarations that start at column 0.
    scripts/check-unity-names.py [ROOT]    exit 1 and one line per clash
"""
import pathlib
import re
import sys

# Renamed per file by the build (CMakeLists.txt, K8SLINT_RULE_LOCAL_NAMES).
ALLOWED = {"Meta", "Detectors"}

NAMESPACE_ALIAS = re.compile(r"^namespace\s+\w+\s*=")  # may repeat: same target
NAMESPACE_OPEN = re.compile(r"^namespace\s*([\w:]*)\s*\{")
NAMESPACE_CLOSE = re.compile(r"^\}\s*//\s*namespace")
TYPE = re.compile(r"^(?:class|struct|enum(?:\s+class)?|union)\s+(\w+)\s*(?:final\s*)?[:{]")
ALIAS = re.compile(r"^using\s+(\w+)\s*=")
# A variable or constant: `constexpr std::string_view kName = ...` or `... kName[] = {`.
VARIABLE = re.compile(r"^(?!return\b)[\w:<>,\s\*&]*?\b(\w+)\s*(?:\[[^\]]*\])?\s*(?:=|\{)")
# A function: a return type, then `Name(` at column 0 (declarations and definitions).
FUNCTION = re.compile(r"^(?!return\b|using\b|namespace\b)[\w:<>,\s\*&]+?[\s\*&](\w+)\(")
# A function's own constant (`static constexpr ... kWords[] = {`): GCC's -Wshadow stops a
# batch where another file of the batch has a file-local name the same.
LOCAL_CONSTANT = re.compile(r"^\s+static\s+constexpr\s[^=(]*?\b(k\w+)\s*(?:\[[^\]]*\])?\s*=")


def local_names(path):
    """(enclosing namespace, name) of each file-local declaration in `path`, and of each
    function's own constant."""
    stack = []
    found, constants = set(), set()
    for line in path.read_text(encoding="utf-8").splitlines():
        constant = LOCAL_CONSTANT.match(line)
        if constant:
            constants.add(("::".join(n for n in stack if n), constant.group(1)))
        opened = NAMESPACE_OPEN.match(line)
        if opened:
            stack.append(opened.group(1))
            continue
        if NAMESPACE_CLOSE.match(line):
            if stack:
                stack.pop()
            continue
        if (not line or line[0].isspace() or line.startswith(("//", "#", "}"))
                or NAMESPACE_ALIAS.match(line)):
            continue
        is_static = line.startswith("static ")
        if "" not in stack and not is_static:
            continue
        enclosing = "::".join(n for n in stack if n)
        for pattern in (TYPE, ALIAS, FUNCTION, VARIABLE):
            match = pattern.match(line[len("static "):] if is_static else line)
            if match:
                found.add((enclosing, match.group(1)))
                break
    return found, constants


def clashes(files):
    owners, shadowers = {}, {}
    for path in files:
        found, constants = local_names(path)
        for key in found:
            owners.setdefault(key, []).append(path)
        for key in constants:
            shadowers.setdefault(key, []).append(path)
    result = {key: paths for key, paths in owners.items()
              if len(paths) > 1 and key[1] not in ALLOWED}
    # Two functions' own constants of one name do not clash; one beside a file-local name
    # of another file does.
    for key, paths in shadowers.items():
        others = [p for p in owners.get(key, []) if p not in paths]
        if others:
            result[key] = sorted(set(others + paths))
    return result


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    # One group per target: a layer is one folder of linter/ (linter/models/<model>/ each),
    # the rules one target across their folders.
    groups = {
        "rules": sorted(root.glob("rules/**/*.cpp")),
        "tests": sorted(root.glob("tests/*.cpp")),
    }
    for path in sorted(root.glob("linter/**/*.cpp")):
        groups.setdefault(str(path.parent.relative_to(root)), []).append(path)
    failed = False
    for group, files in groups.items():
        for (enclosing, name), paths in sorted(clashes(files).items()):
            failed = True
            where = ", ".join(str(p.relative_to(root)) for p in paths)
            print(f"check-unity-names: {group}: {enclosing or '(global)'}::{name} is defined "
                  f"file-locally in {where}; give each a name of its own")
    if not failed:
        print(f"check-unity-names: no clash among {sum(map(len, groups.values()))} files")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

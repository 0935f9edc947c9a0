#!/usr/bin/env python3
"""Prints the include graph between k8slint's source folders (one line per folder)."""
import collections, os, re, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
graph = collections.defaultdict(set)
for top in ('linter', 'rules'):
    for dirpath, _, names in os.walk(os.path.join(root, top)):
        for name in names:
            if not name.endswith(('.cpp', '.h', '.def')):
                continue
            path = os.path.join(dirpath, name)
            src = os.path.relpath(dirpath, root)
            for m in re.finditer(r'#include "([^"]+)"', open(path).read()):
                dst = os.path.dirname(m.group(1))
                if dst != src:
                    graph[src].add(dst)
for k in sorted(graph):
    print(k, '->', ' '.join(sorted(graph[k])))

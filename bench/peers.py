#!/usr/bin/env python3
"""Runs ../shared/bench/bench_peers.py with k8slint added as one more peer.

Usage: bench/peers.py CORPUS --results DIR --k8slint PATH/TO/k8slint [bench_peers options]

The shared harness is imported, not copied: k8slint gets two PEERS entries
(all cores, and -j1 for a per-core comparison) that lint the corpus's
`services/` tree, which leaves out the metadata files at the corpus root as the
other peers' exclude lists do, and write SARIF for the secrets scorer.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("SHARED", os.path.join(HERE, "..", "..", "shared", "bench"))
sys.path.insert(0, SHARED)
import bench_peers  # noqa: E402


def main():
    args = sys.argv[1:]
    if "--k8slint" not in args:
        sys.exit("usage: peers.py CORPUS --results DIR --k8slint PATH [bench_peers options]")
    i = args.index("--k8slint")
    binary = os.path.abspath(args[i + 1])
    del args[i:i + 2]
    for name, jobs in (("k8slint", ""), ("k8slint-j1", "-j1 ")):
        bench_peers.PEERS[name] = dict(
            inputs=["services/**/*"], exclude=bench_peers.META, single_glob="services/*/Dockerfile",
            cmd=f"{binary} {jobs}--fail-on never -f sarif -o {{O}}/{name}.sarif services",
            single=f"{binary} {jobs}--fail-on never {{one}}",
            score=("sarif", f"{{O}}/{name}.sarif"),
            note="every rule, SARIF report" + (", one worker" if jobs else ", all cores"))
    sys.argv = [sys.argv[0]] + args
    return bench_peers.main()


if __name__ == "__main__":
    sys.exit(main())

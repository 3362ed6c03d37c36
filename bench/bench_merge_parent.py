#!/usr/bin/env python3
"""Benchmark: the merge's CPU per bundle against an earlier commit's, measured in the same run.

Run from the repository root (a git checkout):
    .venv/bin/python bench/bench_merge_parent.py [--parent REF] [--bundles N] [--repeat K]

The parent commit's tree is exported (git archive) into a temporary folder; each tree makes its
own bundles with its own bench/bench_merge.py generator (the same synthetic national election;
cached by that generator, so a rerun skips it), and then, alternating K times so that the
machine's load falls on both alike, each runs bench_merge.full_merge in a fresh process on a
fresh coordinator database:
  - parent: the parent's code on the parent's bundles;
  - this:   this checkout's code on its own bundles (this schema);
  - this on the parent's bundles: this checkout's code merging the older schema's bundles.
Printed per run and as medians: wall seconds, CPU ms per bundle of the writer (the merging
process) and of the verification workers (its children), and the ratio this / parent of the
total CPU per bundle (the target of issue 11: at most 1.10).

CPU seconds on a shared virtual machine vary by 20 % from one run to the next; --callgrind also
counts instructions, which do not: each case merges the first 100 and then the first 400
bundles in one process (workers=1: verification and writing) under valgrind's callgrind, and
the difference over 300 bundles is the instructions per bundle (start-up and imports cancel out).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

DRIVER = r"""
import json, sys
from pathlib import Path
tree, n, cache, files_from, db = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), sys.argv[4], Path(sys.argv[5])
sys.path[:0] = [tree, str(Path(tree) / "bench")]
import bench_merge as bench  # by name: the generator's process pool imports it again
assert Path(bench.__file__).resolve().is_relative_to(Path(tree).resolve())
import observer_app
assert Path(observer_app.__file__).resolve().is_relative_to(Path(tree).resolve()), observer_app.__file__
if files_from == "-":
    files, ca, _ = bench.generate(n, cache)
    print(json.dumps({"generated": len(files)}))
    sys.exit(0)
files = sorted(Path(files_from, "bundles").glob("*.obsx"))
ca = (Path(files_from) / "ca" / "ca.pem").read_bytes()
result, wall, _progress, _b, _a, writer, workers, _load = bench.full_merge(files, ca, db)
assert len(result.merged) == len(files) and not result.rejected, (len(result.merged), result.rejected[:1])
print(json.dumps({"wall": wall, "writer": writer, "workers": workers, "bundles": len(files)}))
"""


CALLGRIND_DRIVER = r"""
import sys, tempfile
from pathlib import Path
tree, folder, n = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
sys.path[:0] = [tree]
from observer_app.merge import merge_bundles
from observer_app.storage.store import Store
files = sorted((folder / "bundles").glob("*.obsx"))[:n]
trust = [(folder / "ca" / "ca.pem").read_bytes()]
with tempfile.TemporaryDirectory() as tmp:
    try:
        store = Store.open(Path(tmp) / "c.sqlite", kind="coordinator")
    except TypeError:  # an app from before database kinds
        store = Store.open(Path(tmp) / "c.sqlite")
    result = merge_bundles(store, files, trust, workers=1)
    assert len(result.merged) == n, result.rejected[:1]
    store.close()
"""


def instructions(tree: Path, cache: Path, n: int, work: Path) -> int:
    out = work / f"callgrind-{tree.name}-{cache.name}-{n}.out".replace(" ", "_").replace("#", "")
    env = dict(os.environ, PYTHONPATH=str(tree))
    proc = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable,
                           "-c", CALLGRIND_DRIVER, str(tree), str(cache), str(n)],
                          capture_output=True, text=True, env=env, cwd=tree)
    found = [line for line in proc.stderr.splitlines() if "Collected :" in line]
    if proc.returncode != 0 or not found:
        raise SystemExit(f"bench_merge_parent: callgrind of {tree.name} failed:\n{proc.stderr[-3000:]}")
    return int(found[-1].split(":")[-1])


def export_tree(ref: str, into: Path) -> Path:
    tree = into / f"parent-{ref}"
    tree.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", "--format=tar", ref], cwd=ROOT, check=True,
                             capture_output=True).stdout
    tar = into / "parent.tar"
    tar.write_bytes(archive)
    with tarfile.open(tar) as t:
        t.extractall(tree, filter="data")
    return tree


def run(tree: Path, n: int, cache: Path, files_from: str, db: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join((str(tree), str(tree / "bench"))))
    proc = subprocess.run([sys.executable, "-c", DRIVER, str(tree), str(n), str(cache), files_from, str(db)],
                          capture_output=True, text=True, env=env, cwd=tree)
    if proc.returncode != 0:
        raise SystemExit(f"bench_merge_parent: {tree.name} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("--parent", default="9e16929", help="the commit to compare with (default: "
                        "the last one before issue 11's merge rules)")
    parser.add_argument("--bundles", type=int, default=10_000, metavar="N")
    parser.add_argument("--repeat", type=int, default=3, metavar="K")
    parser.add_argument("--callgrind", action="store_true",
                        help="also count instructions per bundle with valgrind (repeatable)")
    args = parser.parse_args()
    n = args.bundles
    with tempfile.TemporaryDirectory(prefix="bench-merge-parent-") as tmp:
        tmp = Path(tmp)
        parent = export_tree(args.parent, tmp)
        caches = {"parent": Path(tempfile.gettempdir()) / f"observer-bench-merge-{n}-{args.parent} #cache",
                  "this": Path(tempfile.gettempdir()) / f"observer-bench-merge-{n} #cache"}
        trees = {"parent": parent, "this": ROOT}
        for name in ("parent", "this"):
            print(f"bundles of {name}: {run(trees[name], n, caches[name], '-', tmp / 'x.sqlite')}", flush=True)
        cases = [("parent", "parent", "parent"), ("this", "this", "this"),
                 ("this on the parent's bundles", "this", "parent")]
        found: dict[str, list[dict]] = {c[0]: [] for c in cases}
        for k in range(args.repeat):
            for label, code, bundles in cases:
                db = tmp / f"{label} {k} #coord.sqlite".replace("'", "")
                r = run(trees[code], n, caches[bundles], str(caches[bundles]), db)
                found[label].append(r)
                print(f"run {k + 1} {label}: {r['wall']:.2f} s; CPU per bundle: writer "
                      f"{1000 * r['writer'] / n:.3f} ms, workers {1000 * r['workers'] / n:.3f} ms", flush=True)
        print(f"\nmedian of {args.repeat}, {n} bundles, {os.cpu_count()} CPUs:")
        totals = {}
        for label, runs in found.items():
            wall = statistics.median(r["wall"] for r in runs)
            writer = statistics.median(1000 * r["writer"] / n for r in runs)
            workers = statistics.median(1000 * r["workers"] / n for r in runs)
            totals[label] = statistics.median(1000 * (r["writer"] + r["workers"]) / n for r in runs)
            print(f"  {label:30} wall {wall:6.2f} s   CPU ms/bundle: writer {writer:.3f}, workers "
                  f"{workers:.3f}, total {totals[label]:.3f}")
        for label in ("this", "this on the parent's bundles"):
            print(f"ratio {label} / parent (total CPU per bundle): {totals[label] / totals['parent']:.2f}x "
                  f"(target: at most 1.10x)")
        if args.callgrind:
            print("\ninstructions per bundle (callgrind, verification and writing in one process):")
            counted = {}
            for label, code, bundles in cases:
                low, high = (instructions(trees[code], caches[bundles], k, tmp) for k in (100, 400))
                counted[label] = (high - low) / 300
                print(f"  {label:30} {counted[label] / 1e6:.2f} million", flush=True)
            for label in ("this", "this on the parent's bundles"):
                print(f"ratio {label} / parent (instructions per bundle): "
                      f"{counted[label] / counted['parent']:.3f}x (target: at most 1.10x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

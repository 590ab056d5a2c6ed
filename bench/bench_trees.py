"""Two source trees side by side: is a change slower? One `bamboo ingest` of real pages into an empty
warehouse, run by each tree's own virtualenv in turn (A, B, B, A, A, B, ...), so that the load of a
shared machine falls on both alike; per pair, B/A of the CPU time of the whole process tree (user +
sys, children included: far less sensitive to other work than wall time) and of the wall time.

Usage: python bench/bench_trees.py OLD_TREE [NEW_TREE] [--pages 362] [--pairs 6]
       (NEW_TREE defaults to this tree; each tree needs its `.venv` from `make install`; an old tree is
       made with `git worktree add /tmp/old REV && make -C /tmp/old install`)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from statistics import median
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_pipeline import add_feeds, site  # noqa: E402
from bench.bench_scale import load, measured, write_feeds  # noqa: E402
from bench.common import serve, zyte_pages  # noqa: E402

HERE = Path(__file__).resolve().parent.parent


def bamboo_of(tree: Path) -> str:
    exe = tree / ".venv" / "bin" / "bamboo"
    if not exe.exists():
        raise SystemExit(f"{tree}: no .venv/bin/bamboo (run `make install` there)")
    return str(exe)


def one_run(exe: str, feeds: Path, work: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(dir=work) as d:
        m = measured([exe, "ingest", "--feeds", str(feeds), "--db", str(Path(d) / "b.duckdb"),
                      "--allow-private-networks", "--all"])
    return {"wall": m["seconds"], "cpu": m["cpu"], "loaded": m["loaded"], "mb": m["total"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path, nargs="?", default=HERE)
    ap.add_argument("--pages", type=int, default=362, help="real pages each run loads")
    ap.add_argument("--pairs", type=int, default=6)
    args = ap.parse_args()
    exes = {"A": bamboo_of(args.old.resolve()), "B": bamboo_of(args.new.resolve())}
    os.environ.update({"BAMBOO_PER_HOST_DELAY": "0", "BAMBOO_PER_HOST_CONCURRENCY": "16",
                       "BAMBOO_MAX_NEW_PER_FEED": "1000000", "BAMBOO_ALLOW_PRIVATE_NETWORKS": "true",
                       "PREFECT_LOGGING_LEVEL": "ERROR"})
    pages = zyte_pages()
    routes = site(pages, -(-args.pages // len(pages)))
    items = routes.pop("_items")[1].decode().split("\n")[:args.pages]
    print(f"A = {args.old}, B = {args.new}: {args.pairs} pairs of one ingest of {len(items)} pages; "
          f"{os.cpu_count()} cores, load average {load()}", flush=True)
    ratios: dict[str, list[float]] = {"cpu": [], "wall": []}
    with serve(routes) as base, tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        feeds = work / "feeds.toml"
        write_feeds(feeds, add_feeds(routes, base, items))
        one_run(exes["B"], feeds, work)  # warm-up: page cache, Prefect's first start
        for i in range(args.pairs):
            order = "AB" if i % 2 == 0 else "BA"
            got = {t: one_run(exes[t], feeds, work) for t in order}
            if got["A"]["loaded"] != got["B"]["loaded"]:
                raise SystemExit(f"pair {i + 1}: A loaded {got['A']['loaded']}, B {got['B']['loaded']}")
            for k in ratios:
                ratios[k].append(got["B"][k] / got["A"][k])
            print(f"pair {i + 1} ({order}): A {got['A']['cpu']:.1f} s CPU / {got['A']['wall']:.1f} s wall, "
                  f"B {got['B']['cpu']:.1f} / {got['B']['wall']:.1f}; B/A CPU {ratios['cpu'][-1]:.3f}, "
                  f"wall {ratios['wall'][-1]:.3f}; {got['B']['loaded']} loaded; load {load()}", flush=True)
    for k, v in ratios.items():
        print(f"B/A {k}: median {median(v):.3f} (range {min(v):.3f}-{max(v):.3f}, {len(v)} pairs)")


if __name__ == "__main__":
    main()

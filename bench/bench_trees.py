"""Two source trees side by side: is a change slower? One `bamboo ingest` of real pages into an empty
warehouse, run by each tree's own virtualenv in turn (A, B, B, A, A, B, ...), so that the load of a
shared machine falls on both alike; per pair, B/A of the CPU time of the whole process tree (user +
sys, children included: far less sensitive to other work than wall time) and of the wall time.

With --warehouse PATH, each run goes into its own copy of that warehouse instead (one `cp -a` of the
file, its analyst file and generations, as bench/bench_scale.py copies its cached warehouses; the copy
is not timed and is removed after the run), so both trees add the same pages to the same warehouse;
the run's peak memory and its refresh of the analyst copy are printed beside its CPU. --empty adds
to each pair a run of each tree on an empty warehouse, for the ratio of a run at that size to the same
run on an empty warehouse (issue 14's goal). When B adds a migration, --warehouse-new names the same
warehouse upgraded by B's code (migrated and its analyst generations published, e.g. with
`bench.scale_data.upgrade` on a copy), so that neither tree's runs pay for the upgrade. The copies go
under --work (default: the system's temporary folder); each needs the warehouse's size free.

Usage: python bench/bench_trees.py OLD_TREE [NEW_TREE] [--pages 362] [--pairs 6]
       [--warehouse PATH [--warehouse-new PATH] [--empty] [--work DIR]]
       (NEW_TREE defaults to this tree; each tree needs its `.venv` from `make install`; an old tree is
       made with `git worktree add /tmp/old REV && make -C /tmp/old install`)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from statistics import median
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_pipeline import add_feeds, site  # noqa: E402
from bench.bench_scale import fmt, load, measured, publish_in_run, write_feeds  # noqa: E402
from bench.common import serve, zyte_pages  # noqa: E402
from warehouse.snapshot import analyst_path, generations_dir  # noqa: E402

HERE = Path(__file__).resolve().parent.parent


def bamboo_of(tree: Path) -> str:
    exe = tree / ".venv" / "bin" / "bamboo"
    if not exe.exists():
        raise SystemExit(f"{tree}: no .venv/bin/bamboo (run `make install` there)")
    return str(exe)


def one_run(exe: str, feeds: Path, work: Path, warehouse: Path | None = None) -> dict[str, Any]:
    """One ingest into an empty warehouse, or into a copy of `warehouse` (made before the clock starts)."""
    with tempfile.TemporaryDirectory(dir=work) as d:
        db = Path(d) / "b.duckdb"
        if warehouse is not None:
            parts = [warehouse, analyst_path(warehouse), generations_dir(warehouse)]
            subprocess.run(["cp", "-a", *(str(p) for p in parts if p.exists()), d], check=True)
            db = Path(d) / warehouse.name
        m = measured([exe, "ingest", "--feeds", str(feeds), "--db", str(db), "--allow-private-networks",
                      "--all"])
        refresh = publish_in_run(db)
    return {"wall": m["seconds"], "cpu": m["cpu"], "loaded": m["loaded"], "mb": m["total"],
            "refresh": refresh}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path, nargs="?", default=HERE)
    ap.add_argument("--pages", type=int, default=362, help="real pages each run loads")
    ap.add_argument("--pairs", type=int, default=6)
    ap.add_argument("--warehouse", type=Path, help="run each ingest into a copy of this warehouse")
    ap.add_argument("--warehouse-new", type=Path,
                    help="B's runs go into copies of this one: the same warehouse upgraded by B's code")
    ap.add_argument("--empty", action="store_true",
                    help="with --warehouse: each pair also runs both trees on an empty warehouse")
    ap.add_argument("--work", type=Path, help="where the runs' warehouses go (default: the system's temp)")
    args = ap.parse_args()
    warehouse = args.warehouse.resolve() if args.warehouse else None
    into_of = {"A": warehouse, "B": args.warehouse_new.resolve() if args.warehouse_new else warehouse}
    exes = {"A": bamboo_of(args.old.resolve()), "B": bamboo_of(args.new.resolve())}
    os.environ.update({"BAMBOO_PER_HOST_DELAY": "0", "BAMBOO_PER_HOST_CONCURRENCY": "16",
                       "BAMBOO_MAX_NEW_PER_FEED": "1000000", "BAMBOO_ALLOW_PRIVATE_NETWORKS": "true",
                       "PREFECT_LOGGING_LEVEL": "ERROR"})
    pages = zyte_pages()
    routes = site(pages, -(-args.pages // len(pages)))
    items = routes.pop("_items")[1].decode().split("\n")[:args.pages]
    into = f"a copy of {warehouse}" if warehouse else "an empty warehouse"
    if into_of["B"] != warehouse:
        into += f" (B: of {into_of['B']})"
    print(f"A = {args.old}, B = {args.new}: {args.pairs} pairs of one ingest of {len(items)} pages into "
          f"{into}; {os.cpu_count()} cores, load average {load()} at {datetime.now(UTC):%H:%M} UTC",
          flush=True)
    ratios: dict[str, list[float]] = {"cpu": [], "wall": []}
    results: list[dict[str, dict[str, Any]]] = []
    empty: dict[str, list[dict[str, Any]]] = {"A": [], "B": []}
    with serve(routes) as base, tempfile.TemporaryDirectory(dir=args.work) as work_dir:
        work = Path(work_dir)
        feeds = work / "feeds.toml"
        write_feeds(feeds, add_feeds(routes, base, items))
        one_run(exes["B"], feeds, work)  # warm-up: page cache, Prefect's first start
        for i in range(args.pairs):
            order = "AB" if i % 2 == 0 else "BA"
            if args.empty:
                for t in order:
                    empty[t].append(one_run(exes[t], feeds, work))
            got = {t: one_run(exes[t], feeds, work, into_of[t]) for t in order}
            results.append(got)
            if got["A"]["loaded"] != got["B"]["loaded"]:
                raise SystemExit(f"pair {i + 1}: A loaded {got['A']['loaded']}, B {got['B']['loaded']}")
            for k in ratios:
                ratios[k].append(got["B"][k] / got["A"][k])
            print(f"pair {i + 1} ({order}): A {got['A']['cpu']:.1f} s CPU / {got['A']['wall']:.1f} s wall, "
                  f"B {got['B']['cpu']:.1f} / {got['B']['wall']:.1f}; B/A CPU {ratios['cpu'][-1]:.3f}, "
                  f"wall {ratios['wall'][-1]:.3f}; {got['B']['loaded']} loaded; peak A {got['A']['mb']} / "
                  f"B {got['B']['mb']} MB; refresh A {fmt(got['A']['refresh'], '.2f')} / "
                  f"B {fmt(got['B']['refresh'], '.2f')} s; load {load()}", flush=True)
    for k, v in ratios.items():
        print(f"B/A {k}: median {median(v):.3f} (range {min(v):.3f}-{max(v):.3f}, {len(v)} pairs)")
    for t in "AB":
        runs = [r[t] for r in results]
        refreshes = [r["refresh"] for r in runs if r["refresh"] is not None]
        print(f"{t}: CPU median {median(r['cpu'] for r in runs):.1f} s, "
              f"wall {median(r['wall'] for r in runs):.1f} s, peak {max(r['mb'] for r in runs)} MB, "
              f"refresh in the run median {fmt(median(refreshes) if refreshes else None, '.2f')} s")
        if empty[t]:
            per = [r["cpu"] / e["cpu"] for r, e in zip(runs, empty[t], strict=True)]
            print(f"{t}: empty warehouse CPU median {median(e['cpu'] for e in empty[t]):.1f} s, peak "
                  f"{max(e['mb'] for e in empty[t])} MB; run / empty CPU median {median(per):.3f} "
                  f"(range {min(per):.3f}-{max(per):.3f})")


if __name__ == "__main__":
    main()

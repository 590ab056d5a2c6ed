"""Scale benchmark (issue 14): what one run, the analyst copy, the views and the report cost as the
warehouse grows to 10k, 100k and 1M articles.

Per size, a synthetic warehouse (bench/scale_data.py, cached under --data-dir per size and schema
version) is measured --pairs times, each on a fresh copy and each step in its own process with the
peak RSS of its process tree and its CPU time (user + sys, children included): (a) one real
`bamboo ingest` adding --pages real pages (the Zyte pages repeated under distinct URLs, served over
loopback behind feeds of 200 items), paired with the same run on an empty warehouse just before it
(the machine is shared: the ratio is taken per pair, wall and CPU, and reported as median and range);
(b) `warehouse.snapshot.publish` alone (wall and CPU), and its share inside the run (analyst file's
mtime minus the run's `finished_at`, which is written just before publishing); (c) queries on the
analyst copy, median of 3, wall and CPU; (d) `bamboo report` over 30 days; (e) disk per 1,000
articles. Then the goals are checked on the medians and, when bench/bench_dask.py exists, the
backfill rates with Dask.

Usage: python bench/bench_scale.py [--sizes 10000 100000 1000000] [--pages 1000] [--pairs 3] [--quick]
       [--data-dir DIR] [--dask | --no-dask]
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from statistics import median
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import scale_data  # noqa: E402
from bench.bench_pipeline import add_feeds, sample_rss, site  # noqa: E402
from bench.common import serve, zyte_pages  # noqa: E402

PY = sys.executable
BAMBOO = str(Path(PY).with_name("bamboo"))
MB = 2**20

# Queries on the analyst copy (dates fit the synthetic data: stories over the 2 years to 2026-12-01).
QUERIES = {
    "stories count": "SELECT count(*) FROM diplomacy_stories",
    "stories 7 days top 50": (
        "SELECT published_at, outlet, pairs, title FROM diplomacy_stories "
        "WHERE published_at >= TIMESTAMPTZ '2026-11-24 00:00:00+00' AND list_contains(pairs, 'CN-VN') "
        "ORDER BY score DESC, published_at DESC LIMIT 50"),
    "daily_pair_counts": "SELECT * FROM daily_pair_counts",
    "events of a month": ("SELECT * FROM events WHERE event_date BETWEEN DATE '2026-10-01' "
                          "AND DATE '2026-10-31' ORDER BY event_date"),
}
REPORT_PERIOD = ("2026-11-01", "2026-11-30")

GOAL_RUN_RATIO, GOAL_REFRESH_S, GOAL_PEAK_MB, GOAL_QUERY_S, GOAL_REPORT_S = 1.25, 2.0, 1536, 1.0, 10.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--pages", type=int, default=1000, help="real pages one measured run adds")
    ap.add_argument("--quick", action="store_true", help="smoke: 2,000 articles, 200 pages")
    ap.add_argument("--data-dir", type=Path, default=Path(os.environ.get("BAMBOO_BENCH_DIR")
                                                           or "/tmp/bamboo-bench-scale"),
                    help="where generated warehouses are cached (and copied for each measurement)")
    ap.add_argument("--dask", action=argparse.BooleanOptionalAction, default=None,
                    help="also the backfill rates of bench/bench_dask.py (default: when it exists)")
    ap.add_argument("--dask-pages", type=int, default=600)
    ap.add_argument("--pairs", type=int, default=3,
                    help="runs per size, each paired with a run on an empty warehouse just before it")
    ap.add_argument("--_publish", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--_queries", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._publish:
        return publish_alone(args._publish)
    if args._queries:
        return time_queries(args._queries)
    if args.quick:
        args.sizes, args.pages = [2000], 200
    os.environ.update({"BAMBOO_PER_HOST_DELAY": "0", "BAMBOO_PER_HOST_CONCURRENCY": "16",
                       "BAMBOO_MAX_NEW_PER_FEED": "1000000", "BAMBOO_ALLOW_PRIVATE_NETWORKS": "true",
                       "PREFECT_LOGGING_LEVEL": "ERROR"})
    run(args)


def run(args: argparse.Namespace) -> None:
    from warehouse.migrations import latest_version

    print(f"scale bench: sizes {args.sizes}, {args.pages} pages per run, {args.pairs} pairs per size, "
          f"schema {latest_version()}, {os.cpu_count()} cores, "
          f"load average {load()} at {datetime.now(UTC):%H:%M} UTC; data dir {args.data_dir}", flush=True)
    pages = zyte_pages()
    routes = site(pages, -(-args.pages // len(pages)))
    items = routes.pop("_items")[1].decode().split("\n")[:args.pages]
    work = args.data_dir / "work"
    rows = []
    with serve(routes) as base:
        feeds = work / "feeds.toml"
        write_feeds(feeds, add_feeds(routes, base, items))
        for n in args.sizes:
            scale_data.cached(args.data_dir, n)  # generated before the pairs, not between them
            # The machine is shared and its load moves within minutes: each run at size n is paired
            # with the same run on an empty warehouse just before it, and the ratio taken per pair.
            pairs = [(measure_empty(work, feeds), measure_size(args.data_dir, work, feeds, n))
                     for _ in range(args.pairs)]
            rows.append(summarise(n, pairs))
    print_table(rows)
    if args.dask is not False:
        dask_rates(args.dask_pages, required=bool(args.dask))


def measured(cmd: list[str]) -> dict[str, Any]:
    """`sample_rss(cmd)` plus the CPU time (user + sys) of its whole process tree: far less sensitive
    than wall time to what else runs on a shared machine. Two lower bounds, the larger kept: the
    rusage of the process and the children it waited for (exact for those), and every process of the
    tree (the page workers, Prefect's temporary API server) read every 0.2 s, each at its last reading
    (also after its parent ended)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    last: dict[int, float] = {}
    done = threading.Event()

    def sample() -> None:
        known: dict[int, psutil.Process] = {}
        while not done.is_set():
            # Processes stay known after their parent exits (re-parented, they are no children of ours).
            known.update((p.pid, p) for p in psutil.Process().children(recursive=True) if p.pid not in known)
            for pid, p in known.items():
                try:
                    t = p.cpu_times()
                except psutil.Error:
                    continue
                last[pid] = t.user + t.system
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        m = sample_rss(cmd)
    finally:
        done.set()
        sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    m["cpu"] = max(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, sum(last.values()))
    return m


def load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def write_feeds(path: Path, urls: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f'[[feed]]\nname = "bench-{i}"\nurl = "{u}"\noutlet = "bench"\n'
                            f'language = "en"\ntimezone = "UTC"\n' for i, u in enumerate(urls)))


@contextmanager
def scratch(work: Path, name: str) -> Iterator[Path]:
    """An empty folder under `work` for one measurement, removed afterwards."""
    d = work / name
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
    try:
        yield d
    finally:
        shutil.rmtree(d, ignore_errors=True)


def ingest_run(db: Path, feeds: Path) -> dict[str, Any]:
    """One `bamboo ingest` over the bench feeds into `db`: seconds, peak MB, and the publish inside it."""
    m = measured([BAMBOO, "ingest", "--feeds", str(feeds), "--db", str(db), "--allow-private-networks",
                  "--all"])
    out = {"run_s": m["seconds"], "run_cpu": m["cpu"], "run_mb": m["total"], "loaded": m["loaded"]}
    out["publish_in_run_s"] = publish_in_run(db)
    return out


def publish_in_run(db: Path) -> float | None:
    """Seconds from the run's `finished_at` (written just before publishing) to the analyst copy's mtime."""
    import duckdb

    from warehouse.snapshot import analyst_path

    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT max(finished_at) FROM runs WHERE run_id NOT LIKE 'synth-%'").fetchone()
    finally:
        con.close()
    target = analyst_path(db)
    if not row or row[0] is None or not target.exists():
        return None
    return target.stat().st_mtime - row[0].timestamp()


def measure_empty(work: Path, feeds: Path) -> dict[str, Any]:
    with scratch(work, "empty") as d:
        db = d / "bamboo.duckdb"
        out = ingest_run(db, feeds)
        out["pages_mb_per_1000"] = tree_bytes(d / "bamboo.pages") / MB / max(out["loaded"], 1) * 1000
    print(f"empty warehouse: run {out['run_s']:.1f} s, CPU {out['run_cpu']:.1f} s, peak {out['run_mb']} MB, "
          f"{out['loaded']} loaded, "
          f"publish inside {fmt(out['publish_in_run_s'])} s; pages {out['pages_mb_per_1000']:.1f} MB "
          f"per 1,000; load average {load()}", flush=True)
    return out


def measure_size(data_dir: Path, work: Path, feeds: Path, n: int) -> dict[str, Any]:
    """Every figure for one size, on a copy of the cached warehouse."""
    from warehouse.snapshot import analyst_path, generations_dir

    cached, gen = scale_data.cached(data_dir, n)
    row: dict[str, Any] = {"n": n, "gen": gen}
    with scratch(work, f"articles-{n}") as d:
        db = d / "bamboo.duckdb"
        t = time.perf_counter()
        # One `cp -a` of the warehouse, the analyst file and its generations: the analyst file stays a
        # hard link to its generation, and modification times (which the refresh checks) are kept.
        subprocess.run(["cp", "-a", str(cached), str(analyst_path(cached)), str(generations_dir(cached)),
                        str(d)], check=True)
        print(f"{n:,} articles: copied in {time.perf_counter() - t:.1f} s; load average {load()}", flush=True)
        row["warehouse_bytes"] = db.stat().st_size
        row["analyst_bytes"] = analyst_path(db).stat().st_size
        row.update(ingest_run(db, feeds))
        row["load_after_run"] = load()
        print(f"  run {row['run_s']:.1f} s, CPU {row['run_cpu']:.1f} s, peak {row['run_mb']} MB, "
              f"{row['loaded']} loaded, publish inside {fmt(row['publish_in_run_s'])} s", flush=True)
        pub = measured([PY, __file__, "--_publish", str(db)])
        timed = json.loads(pub["out"].strip().splitlines()[-1])
        row["publish_s"], row["publish_cpu"], row["publish_mb"] = timed["s"], timed["cpu"], pub["total"]
        print(f"  publish alone {row['publish_s']:.1f} s, CPU {row['publish_cpu']:.1f} s, "
              f"peak {row['publish_mb']} MB", flush=True)
        q = subprocess.run([PY, __file__, "--_queries", str(analyst_path(db))], check=True,
                           capture_output=True, text=True)
        row["queries"] = json.loads(q.stdout.strip().splitlines()[-1])
        print("  queries (wall / CPU): " + ", ".join(f"{k} {w:.2f} / {c:.2f} s"
                                                     for k, (w, c) in row["queries"].items()), flush=True)
        rep = measured([BAMBOO, "report", "--db", str(analyst_path(db)), "--since", REPORT_PERIOD[0],
                        "--until", REPORT_PERIOD[1], "--out", str(d / "report.html")])
        row["report_s"], row["report_cpu"], row["report_mb"] = rep["seconds"], rep["cpu"], rep["total"]
        print(f"  report {row['report_s']:.1f} s, CPU {row['report_cpu']:.1f} s, peak {row['report_mb']} MB; "
              f"load average {load()}", flush=True)
    return row


def publish_alone(db: Path) -> None:
    """(subprocess) Open the warehouse as a run does, then time `warehouse.snapshot.publish` alone."""
    from warehouse import snapshot
    from warehouse.db import connect

    with connect(db) as con:
        t, c = time.perf_counter(), time.process_time()
        snapshot.publish(con, db)
        print(json.dumps({"s": time.perf_counter() - t, "cpu": time.process_time() - c}))


def time_queries(path: Path) -> None:
    """(subprocess) Median of 3 timings of each query on the analyst copy, all rows fetched: wall and
    CPU (the process's, DuckDB's threads included)."""
    from warehouse.db import reader

    out = {}
    with reader(path) as con:
        for name, sql in QUERIES.items():
            walls, cpus = [], []
            for _ in range(3):
                t, c = time.perf_counter(), time.process_time()
                con.execute(sql).fetchall()
                walls.append(time.perf_counter() - t)
                cpus.append(time.process_time() - c)
            out[name] = (median(walls), median(cpus))
    print(json.dumps(out))


def tree_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.exists() else 0


def fmt(v: float | None, spec: str = ".1f") -> str:
    return "-" if v is None else format(v, spec)


def spread(values: list[float], spec: str = ".2f") -> str:
    """Median and range of `values`: "1.10 (1.02-1.31)"."""
    if len(values) == 1:
        return format(values[0], spec)
    return f"{format(median(values), spec)} ({format(min(values), spec)}-{format(max(values), spec)})"


def summarise(n: int, pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, Any]:
    """One size's figures over its pairs: ratios per pair, the rest as lists (medians taken when printed)."""
    sizes = [s for _, s in pairs]
    out: dict[str, Any] = {"n": n, "gen": sizes[0]["gen"], "pairs": len(pairs),
                           "warehouse_bytes": sizes[0]["warehouse_bytes"],
                           "analyst_bytes": sizes[0]["analyst_bytes"],
                           "pages_mb_per_1000": pairs[0][0]["pages_mb_per_1000"],
                           "loaded": sizes[0]["loaded"],
                           "ratio": [s["run_s"] / e["run_s"] for e, s in pairs],
                           "ratio_cpu": [s["run_cpu"] / e["run_cpu"] for e, s in pairs],
                           "empty_mb": max(e["run_mb"] for e, _ in pairs),
                           "queries": {q: [s["queries"][q] for s in sizes] for q in QUERIES}}
    for key in ("run_s", "run_cpu", "run_mb", "publish_s", "publish_cpu", "publish_mb", "report_s",
                "report_cpu", "report_mb"):
        out[key] = [s[key] for s in sizes]
    out["empty_s"] = [e["run_s"] for e, _ in pairs]
    out["empty_cpu"] = [e["run_cpu"] for e, _ in pairs]
    out["publish_in_run_s"] = [s["publish_in_run_s"] for s in sizes if s["publish_in_run_s"] is not None]
    out["loads"] = [s["load_after_run"] for s in sizes]
    print(f"{n:,} articles, {len(pairs)} pairs: run / empty {spread(out['ratio'])} wall, "
          f"{spread(out['ratio_cpu'])} CPU; loads after the runs {', '.join(out['loads'])}", flush=True)
    return out


def print_table(rows: list[dict[str, Any]]) -> None:
    """Medians over the pairs, with the range in brackets."""
    print(f"\nPer size: median (min-max) over the pairs; each run at a size is divided by the same run "
          f"({rows[0]['loaded'] if rows else 0} pages) on an empty warehouse just before it.\n")
    print("| articles | pairs | run wall (s) | empty wall (s) | run / empty wall | run CPU (s) "
          "| empty CPU (s) | run / empty CPU | run peak (MB) | empty peak (MB) |")
    print("|" + "---|" * 10)
    for r in rows:
        print(f"| {r['n']:,} | {r['pairs']} | {spread(r['run_s'], '.1f')} | {spread(r['empty_s'], '.1f')} "
              f"| {spread(r['ratio'])} | {spread(r['run_cpu'], '.1f')} | {spread(r['empty_cpu'], '.1f')} "
              f"| {spread(r['ratio_cpu'])} | {max(r['run_mb'])} | {r['empty_mb']} |")
    print("\n| articles | refresh in run wall (s) | publish alone wall (s) | publish alone CPU (s) "
          "| publish peak (MB) | report wall (s) | report CPU (s) | report peak (MB) "
          "| warehouse / analyst / pages per 1,000 articles (MB) |")
    print("|" + "---|" * 9)
    for r in rows:
        per = 1000 / r["n"] / MB
        print(f"| {r['n']:,} | {spread(r['publish_in_run_s'])} | {spread(r['publish_s'])} "
              f"| {spread(r['publish_cpu'])} | {max(r['publish_mb'])} | {spread(r['report_s'], '.1f')} "
              f"| {spread(r['report_cpu'], '.1f')} | {max(r['report_mb'])} "
              f"| {r['warehouse_bytes'] * per:.1f} / {r['analyst_bytes'] * per:.1f} / "
              f"{r['pages_mb_per_1000']:.1f} |")
    print("\n| articles | " + " | ".join(f"{q} wall / CPU (s)" for q in QUERIES) + " |")
    print("|" + "---|" * (1 + len(QUERIES)))
    for r in rows:
        cells = [f"{spread([w for w, _ in r['queries'][q]])} / {spread([c for _, c in r['queries'][q]])}"
                 for q in QUERIES]
        print(f"| {r['n']:,} | " + " | ".join(cells) + " |")
    print()
    for r in rows:
        g = r["gen"]
        print(f"generation of {r['n']:,} articles: {g['total_s']:.0f} s (fill {g['fill_s']:.0f} s, "
              f"current rows {g['current_s']:.0f} s, events {g.get('events_s', 0):.0f} s, "
              f"publish {g['publish_s']:.0f} s), {g['bytes'] / 1e6:,.0f} MB")
    print()
    for r in rows:
        print(f"goals at {r['n']:,} articles (medians): " + "; ".join(goal_checks(r)))


def goal_checks(r: dict[str, Any]) -> list[str]:
    def check(label: str, ok: bool) -> str:
        return f"{label} {'PASS' if ok else 'FAIL'}"

    ratio, ratio_cpu = median(r["ratio"]), median(r["ratio_cpu"])
    refresh = median(r["publish_in_run_s"] or r["publish_s"])
    refresh_cpu = median(r["publish_cpu"])
    peak = max(max(r["run_mb"]), max(r["publish_mb"]))
    slowest = max(median(w for w, _ in r["queries"][q]) for q in QUERIES)
    slowest_cpu = max(median(c for _, c in r["queries"][q]) for q in QUERIES)
    report = median(r["report_s"])
    return [check(f"run {ratio:.2f}× empty wall, {ratio_cpu:.2f}× CPU (≤ {GOAL_RUN_RATIO}×)",
                  ratio <= GOAL_RUN_RATIO and ratio_cpu <= GOAL_RUN_RATIO),
            check(f"refresh {refresh:.1f} s in run, {refresh_cpu:.1f} s CPU alone (≤ {GOAL_REFRESH_S:.0f} s)",
                  refresh <= GOAL_REFRESH_S and refresh_cpu <= GOAL_REFRESH_S),
            check(f"peak {peak} MB (< {GOAL_PEAK_MB} MB)", peak < GOAL_PEAK_MB),
            check(f"slowest query {slowest:.2f} s wall, {slowest_cpu:.2f} s CPU (≤ {GOAL_QUERY_S:.0f} s)",
                  slowest <= GOAL_QUERY_S),
            check(f"report {report:.1f} s (≤ {GOAL_REPORT_S:.0f} s)", report <= GOAL_REPORT_S)]


def dask_rates(pages: int, required: bool) -> None:
    """Backfill pages/s with the local pool and 1 and 2 Dask workers, from bench/bench_dask.py."""
    if importlib.util.find_spec("bench.bench_dask") is None:
        print("\nDask backfill rates: not available (bench/bench_dask.py is not in this tree)")
        if required:
            raise SystemExit(1)
        return
    rates = importlib.import_module("bench.bench_dask").backfill_rates(pages=pages)
    print(f"\nDask backfill rates over {pages} pages (load average {load()}):")
    print("| setup | pages/s |\n|---|---|")
    for name, rate in rates.items():
        print(f"| {name} | {rate:.1f} |")


if __name__ == "__main__":
    main()

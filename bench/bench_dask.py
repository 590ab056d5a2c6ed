"""Backfill rates on this machine's process pool, on a Dask cluster of 1 worker and of 2, side by side.

Serves the 181 Zyte benchmark pages over loopback (repeated under different URLs up to --pages),
listed by a sitemap, and runs the real backfill flow over them into a fresh warehouse for each
configuration: the local process pool (BAMBOO_WORKERS=0: one process per core), then
BAMBOO_DASK_ADDRESS pointing at a scheduler with one `dask worker` (1 process, 1 thread), then at
another with two. The configurations alternate within each round (--rounds), and medians are
reported with the load average seen before each run, since the machine is shared.

The Dask workers are started once and warmed, and stay up between runs, as a cluster does; the local
pool is started and warmed before each local run is timed, so the three compare the same work
(`bamboo backfill` starts its pool inside the run: a few seconds more).

Usage: python bench/bench_dask.py [--pages 600] [--rounds 2]
Other scripts: `from bench.bench_dask import backfill_rates` (pages per second by configuration).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flows.runtime import configure_process  # noqa: E402

configure_process()  # quiet Prefect defaults, set before Prefect is imported
from bench.common import serve, zyte_pages  # noqa: E402

LOCAL, DASK_1, DASK_2 = "local", "dask_1", "dask_2"
LABELS = {LOCAL: "local process pool (one process per core)", DASK_1: "Dask, 1 worker (1 process, 1 thread)",
          DASK_2: "Dask, 2 workers (1 process, 1 thread each)"}
WINDOW = (date(2023, 9, 1), date(2023, 9, 30))
DASK = str(Path(sys.executable).with_name("dask"))
ENV = {"BAMBOO_PER_HOST_DELAY": "0", "BAMBOO_PER_HOST_CONCURRENCY": "16",
       "BAMBOO_ALLOW_PRIVATE_NETWORKS": "true", "BAMBOO_WORKERS": "0", "PREFECT_LOGGING_LEVEL": "ERROR"}


@dataclass
class Measured:
    """Every timed run by configuration: pages/s, the 1-minute load average just before it, and the
    CPU seconds per page of the flow's process and (Dask) of the workers' processes."""

    pages: int = 0
    rates: dict[str, list[float]] = field(default_factory=dict)
    loads: dict[str, list[float]] = field(default_factory=dict)
    flow_cpu: dict[str, list[float]] = field(default_factory=dict)
    worker_cpu: dict[str, list[float]] = field(default_factory=dict)
    scheduler_cpu: dict[str, list[float]] = field(default_factory=dict)

    def add(self, key: str, pages: int, secs: float, load: float, flow_cpu: float, worker_cpu: float,
            scheduler_cpu: float) -> None:
        self.pages = pages
        for series, value in ((self.rates, pages / secs), (self.loads, load),
                              (self.flow_cpu, flow_cpu / pages), (self.worker_cpu, worker_cpu / pages),
                              (self.scheduler_cpu, scheduler_cpu / pages)):
            series.setdefault(key, []).append(value)

    def median_rates(self) -> dict[str, float]:
        return {k: median(v) for k, v in self.rates.items()}


def backfill_rates(pages: int = 600) -> dict[str, float]:
    """Pages per second of a backfill over the same `pages` real pages: keys `local` (the process
    pool), `dask_1` (Dask, one single-thread worker) and `dask_2` (two); medians of two rounds."""
    return measure(pages, rounds=2).median_rates()


def measure(pages: int, rounds: int = 2) -> Measured:
    """Time the three configurations `rounds` times each, alternating, over the same pages."""
    out = Measured()
    with _environment(ENV), tempfile.TemporaryDirectory(prefix="bench-dask-") as tmp_name:
        _warm_prefect()  # also sets up Prefect's logging, which the next lines then quiet
        quiet = logging.getLogger("bamboo")
        level = quiet.level
        quiet.setLevel(logging.WARNING)  # one line per run here, not the flow's progress lines
        try:
            _measure(out, Path(tmp_name), pages, rounds)
        finally:
            quiet.setLevel(level)
    return out


def _measure(out: Measured, tmp: Path, pages: int, rounds: int) -> None:
    """Time the configurations into `out`, alternating within each round; files go under `tmp`."""
    routes = _site(zyte_pages(), pages)
    with serve(routes) as base, _cluster(tmp / "one", 1) as one, _cluster(tmp / "two", 2) as two:
        routes["/sitemap.xml"] = ("application/xml", _sitemap(base, list(routes)))
        feeds = tmp / "feeds.toml"
        feeds.write_text(f'[[feed]]\nname = "bench"\nurl = "{base}/feed.xml"\noutlet = "Bench"\n'
                         f'sitemap = "{base}/sitemap.xml"\n')
        clusters = {LOCAL: None, DASK_1: one, DASK_2: two}
        for r in range(rounds):
            for key, cluster in clusters.items():
                db = tmp / f"{key}-{r}" / "bench.duckdb"
                if cluster is None:
                    _warm_local_pool()
                load = os.getloadavg()[0]
                workers, scheduler = (cluster.workers, [cluster.scheduler]) if cluster else ([], [])
                flow0, workers0, scheduler0 = _own_cpu(), _tree_cpu(workers), _tree_cpu(scheduler)
                n, secs = _backfill(feeds, db, cluster.address if cluster else "")
                flow_cpu = _own_cpu() - flow0
                worker_cpu, scheduler_cpu = _tree_cpu(workers) - workers0, _tree_cpu(scheduler) - scheduler0
                out.add(key, n, secs, load, flow_cpu, worker_cpu, scheduler_cpu)
                shutil.rmtree(db.parent, ignore_errors=True)
                print(f"round {r + 1}/{rounds} {key}: {n} pages in {secs:.1f} s ({n / secs:.1f} pages/s, "
                      f"load {load:.1f}; CPU ms/page: flow {1000 * flow_cpu / n:.1f}, workers "
                      f"{1000 * worker_cpu / n:.1f}, scheduler {1000 * scheduler_cpu / n:.1f})", flush=True)


def _own_cpu() -> float:
    """CPU seconds of this process, every thread (the flow, and the loopback page server)."""
    import resource

    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def _tree_cpu(roots: list[subprocess.Popen[bytes]]) -> float:
    """CPU seconds of these processes and all their descendants, live ones and reaped ones.

    A Dask worker's page children are forked and live on between pages; those it has replaced
    were reaped by it, so their time is in its `children_*` times.
    """
    import psutil

    total = 0.0
    for root in roots:
        try:
            procs = [psutil.Process(root.pid)]
            procs += procs[0].children(recursive=True)
        except psutil.NoSuchProcess:
            continue
        for p in procs:
            try:
                t = p.cpu_times()
            except psutil.NoSuchProcess:
                continue
            total += t.user + t.system + t.children_user + t.children_system
    return total


def _backfill(feeds: Path, db: Path, address: str) -> tuple[int, float]:
    """One backfill of the window into `db` (pages loaded, seconds), on the cluster at `address` if set."""
    from flows.backfill import backfill
    from flows.local import local_run

    with _environment({"BAMBOO_DASK_ADDRESS": address}), local_run():
        started = time.perf_counter()
        summary = backfill(*WINDOW, chunk_days=30, feeds_file=str(feeds), db=str(db))
        secs = time.perf_counter() - started
    if summary.fetch_failed or summary.extract_failed > summary.new_articles // 10:
        raise SystemExit(f"the backfill went wrong: {summary}")
    return summary.new_articles, secs


def _warm_local_pool() -> None:
    """Start the flow's process pool and wait until every process is warm, as the cluster's workers are.

    The backfill flow then finds it running (it closes it at its end, inside the timed run).
    """
    from flows import resources
    from flows.variables import settings_for

    size = resources.pool_size(settings_for())
    ex, pids, deadline = resources.pool(size), set(), time.monotonic() + 120
    while len(pids) < size and time.monotonic() < deadline:  # a pid answers once its process is warm
        pids |= {f.result() for f in [ex.submit(os.getpid) for _ in range(4 * size)]}


def _site(pages: list[tuple[str, str, bytes]], count: int) -> dict[str, tuple[str, bytes]]:
    """`count` page routes: the corpus repeated under different URLs."""
    routes = {}
    for i in range(count):
        pid, _, html = pages[i % len(pages)]
        routes[f"/p/{i // len(pages)}/{pid}.html"] = ("text/html; charset=utf-8", html)
    return routes


def _sitemap(base: str, paths: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{base}{p}</loc><lastmod>2023-09-04</lastmod></url>" for p in paths)
    return (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{urls}</urlset>").encode()


def _warm_prefect() -> None:
    """Start Prefect's temporary API (when no server is set) before anything is timed."""
    from prefect import flow

    @flow
    def warm_up() -> None:
        """Nothing: the API's start-up is what this pays for."""

    warm_up()


@dataclass
class Cluster:
    """A scheduler's address and the worker processes started for it."""

    address: str
    scheduler: subprocess.Popen[bytes]
    workers: list[subprocess.Popen[bytes]]


@contextlib.contextmanager
def _cluster(tmp: Path, workers: int) -> Iterator[Cluster]:
    """A scheduler on 127.0.0.1 with `workers` single-thread workers, warmed."""
    from distributed import Client

    from flows.cluster import warm_worker

    tmp.mkdir(parents=True)
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = [_start([DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard",
                     "--idle-timeout", "3600"], tmp / "scheduler.log")]
    try:
        procs += [_start([DASK, "worker", address, "--nworkers", "1", "--nthreads", "1",
                          "--host", "127.0.0.1", "--no-dashboard", "--death-timeout", "60",
                          "--local-directory", str(tmp / f"w{i}")], tmp / f"worker{i}.log")
                  for i in range(workers)]
        with Client(address, timeout=60) as client:
            client.wait_for_workers(workers, timeout=120)
            client.run(warm_worker)  # a cluster outlives runs: its workers are warm when a backfill starts
        yield Cluster(address, procs[0], procs[1:])
    finally:
        for proc in reversed(procs):
            _stop(proc)


def _start(args: list[str], log: Path) -> subprocess.Popen[bytes]:
    with open(log, "wb") as out:
        return subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    import signal

    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=20)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    """Set environment variables for the block, then restore what was there."""
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def report(m: Measured) -> None:
    rates = m.median_rates()
    print()
    print(f"{m.pages} pages per run, {os.cpu_count()} cores; medians of {len(m.rates[LOCAL])} rounds")
    print()
    print("| configuration | pages/s (median) | runs | load average before the runs "
          "| CPU ms/page, flow process | CPU ms/page, Dask workers | CPU ms/page, Dask scheduler |")
    print("|---|---|---|---|---|---|---|")
    for key, label in LABELS.items():
        runs = ", ".join(f"{r:.1f}" for r in m.rates[key])
        loads = ", ".join(f"{x:.1f}" for x in m.loads[key])
        worker = f"{1000 * median(m.worker_cpu[key]):.1f}" if key != LOCAL else "-"
        scheduler = f"{1000 * median(m.scheduler_cpu[key]):.1f}" if key != LOCAL else "-"
        print(f"| {label} | {rates[key]:.1f} | {runs} | {loads} | {1000 * median(m.flow_cpu[key]):.1f} "
              f"| {worker} | {scheduler} |")
    print()
    print(f"2 workers / 1 worker: {rates[DASK_2] / rates[DASK_1]:.2f}x; "
          f"2 workers / local pool: {rates[DASK_2] / rates[LOCAL]:.2f}x")
    w, f, sched = cpu_per_page(m)
    cores = os.cpu_count() or 1
    shared = cores / (w + f + sched)  # every process of the run on the same cores
    here1, here2 = min(1 / w, 1 / f, shared), min(2 / w, 1 / f, shared)
    own1, own2 = min(1 / w, 1 / f), min(2 / w, 1 / f)
    print(f"CPU per page (medians of the Dask runs): {1000 * w:.1f} ms on a worker, {1000 * f:.1f} ms in the "
          f"flow's process, {1000 * sched:.1f} ms in the scheduler.")
    print(f"Best rates these allow on this machine's {cores} cores, idle, flow and workers sharing them: "
          f"1 worker {here1:.0f} pages/s, 2 workers {here2:.0f} pages/s ({here2 / here1:.2f}x).")
    print(f"With a core of its own for the flow and for each worker: 1 worker {own1:.0f} pages/s, "
          f"2 workers {own2:.0f} pages/s ({own2 / own1:.2f}x); the flow's process caps at "
          f"{1 / f:.0f} pages/s.")


def cpu_per_page(m: Measured) -> tuple[float, float, float]:
    """CPU seconds a page costs on a worker (`w`), in the flow's process (`f`) and in the scheduler,
    medians of the Dask runs.

    n single-thread workers then extract at most n / w pages/s, the flow (taken as bound to one
    core, which is conservative: DuckDB, zstd and socket I/O run outside the GIL) keeps up with
    1 / f, and c cores shared by all of them do at most c / (w + f + scheduler).
    """
    dask = [DASK_1, DASK_2]
    return tuple(median([x for k in dask for x in series[k]])  # type: ignore[return-value]
                 for series in (m.worker_cpu, m.flow_cpu, m.scheduler_cpu))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=600, help="pages per backfill")
    ap.add_argument("--rounds", type=int, default=2, help="runs of each configuration; medians are reported")
    args = ap.parse_args()
    report(measure(args.pages, args.rounds))


if __name__ == "__main__":
    main()

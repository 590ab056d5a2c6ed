"""The whole pipeline against bare trafilatura, side by side in one run.

Serves the 181 Zyte benchmark pages over loopback behind a feed and runs the real ingest flow
(fetch, extract, detect, load) into a fresh warehouse; in the same run, times bare
`trafilatura.bare_extraction` over the same pages on one core. Also times the same batches without
Prefect (the task functions called directly), and, with --pages N, the memory of a run over N pages
(the 181 repeated under different URLs, in feeds of 200 items like real ones).
Every timing is repeated (--repeat rounds, bare timings between them) and medians reported; the
marginal rate (extra pages over extra seconds between the small and the large run) is the rate
once a run's fixed costs (Prefect's flow run, starting the workers, publishing) are paid.

Usage: python bench/bench_pipeline.py [--copies 5] [--repeat 3] [--pages 5000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psutil  # noqa: E402

from flows.runtime import configure_process  # noqa: E402

configure_process()  # quiet Prefect defaults, set before Prefect is imported
from bench.common import rss, serve, zyte_pages  # noqa: E402


def bare_rate(pages: list[tuple[str, str, bytes]]) -> float:
    """Pages/s of bare trafilatura on one core (HTML decoded as UTF-8, as the pages are)."""
    import trafilatura

    started = time.perf_counter()
    for _, url, html in pages:
        trafilatura.bare_extraction(html.decode("utf-8", "replace"), url=url, with_metadata=True)
    return len(pages) / (time.perf_counter() - started)


def site(pages: list[tuple[str, str, bytes]], copies: int) -> dict[str, tuple[str, bytes]]:
    routes: dict[str, tuple[str, bytes]] = {}
    items = []
    for k in range(copies):
        for pid, _, html in pages:
            path = f"/p/{k}/{pid}.html"
            routes[path] = ("text/html; charset=utf-8", html)
            items.append((pid, path))
    routes["_items"] = ("", "\n".join(p for _, p in items).encode())
    return routes


FEED_ITEMS = 200  # items per feed, as in real feeds (and the default BAMBOO_MAX_NEW_PER_FEED)


def add_feeds(routes: dict[str, tuple[str, bytes]], base: str, items: list[str]) -> list[str]:
    """Serve `items` as feeds of FEED_ITEMS each; returns their URLs."""
    urls = []
    for k in range(0, len(items), FEED_ITEMS):
        path = f"/feed-{k // FEED_ITEMS}.xml"
        routes[path] = ("application/rss+xml", rss([(p, base + p) for p in items[k:k + FEED_ITEMS]]))
        urls.append(base + path)
    return urls


def run_pipeline(feed_urls: list[str], db: Path, with_prefect: bool) -> tuple[float, int]:
    """Ingest the feed into `db`; returns (seconds, articles loaded)."""
    from flows.ingest import ingest

    if with_prefect:
        from flows.local import local_run

        started = time.perf_counter()
        with local_run():  # as `bamboo ingest` runs it
            summary = ingest(feed_urls=feed_urls, db=str(db))
        return time.perf_counter() - started, summary.new_articles
    return run_without_prefect(feed_urls, db)


def run_without_prefect(feed_urls: list[str], db: Path) -> tuple[float, int]:
    """The ingest flow's steps with the task functions called directly (`.fn`), no Prefect at all."""
    from collections import deque
    from concurrent.futures import ThreadPoolExecutor

    from extractors.feeds.config import feeds_from_urls
    from flows import resources, tasks
    from flows.ingest import next_states
    from flows.variables import settings_for

    settings = settings_for(str(db))
    started = time.perf_counter()
    feeds = feeds_from_urls(feed_urls)
    resources.warm_pool(resources.pool_size(settings))
    run_id, states = tasks.begin_run.fn(settings, "ingest", feeds, {}, None)
    polled = [tasks.poll.fn(f, states.get(f.name), settings) for f in feeds]
    entries = [e for _, es in polled for e in es[: settings.max_new_per_feed]]
    new = tasks.select_new.fn(settings, entries)
    size, window, written = settings.batch_size, settings.extract_workers + 2, 0
    with ThreadPoolExecutor(max_workers=window) as ex:
        pending: deque = deque()
        for i in range(0, len(new), size):
            pending.append(ex.submit(tasks.process_batch.fn, new[i:i + size], settings))
            if len(pending) >= window:
                written += pending.popleft().result().written
        written += sum(f.result().written for f in pending)
    tasks.record_polls.fn(settings, run_id, next_states(polled, new, states))
    tasks.finish_run.fn(settings, run_id, "completed", {"new_articles": written})
    elapsed = time.perf_counter() - started
    resources.close_all()
    return elapsed, written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=5, help="also time the 181 pages repeated this often")
    ap.add_argument("--pages", type=int, default=0, help="also measure memory over this many pages")
    ap.add_argument("--repeat", type=int, default=3, help="rounds of every timing; medians are reported")
    args = ap.parse_args()
    os.environ.update({"BAMBOO_PER_HOST_DELAY": "0", "BAMBOO_PER_HOST_CONCURRENCY": "16",
                       "BAMBOO_MAX_NEW_PER_FEED": "1000000", "BAMBOO_ALLOW_PRIVATE_NETWORKS": "true",
                       "PREFECT_LOGGING_LEVEL": "ERROR"})
    from prefect import flow

    pages = zyte_pages()
    cores = os.cpu_count() or 1
    print(f"{len(pages)} pages, {cores} cores")

    @flow
    def warm_up() -> None:
        """Start Prefect's temporary API before timing anything."""

    warm_up()
    runs: dict[tuple[int, bool], list[tuple[int, float]]] = {}
    bare_rate(pages[:20])  # trafilatura's first calls load and compile what later ones reuse
    bares: list[float] = []
    for rep in range(args.repeat):
        bares.append(bare_rate(pages))
        for copies in (1, args.copies):
            with tempfile.TemporaryDirectory() as tmp:
                routes = site(pages, copies)
                items = routes.pop("_items")[1].decode().split("\n")
                with serve(routes) as base:
                    urls = add_feeds(routes, base, items)
                    for with_prefect in (True, False):
                        secs, n = run_pipeline(urls, Path(tmp) / f"{with_prefect}.duckdb", with_prefect)
                        runs.setdefault((copies, with_prefect), []).append((n, secs))
        print(f"round {rep + 1}/{args.repeat} done", flush=True)
    bares.append(bare_rate(pages))
    report(len(pages), args.copies, bares, runs)
    if args.pages:
        memory(pages, args.pages)


def report(n_pages: int, copies: int, bares: list[float],
           runs: dict[tuple[int, bool], list[tuple[int, float]]]) -> None:
    """Medians over the rounds, each ratio against the median bare rate of the same run."""
    from statistics import median

    bare = median(bares)
    print()
    print("| run | pages | seconds (median) | pages/s | vs 2 x bare single-core |")
    print("|---|---|---|---|---|")
    print(f"| bare trafilatura, 1 core ({len(bares)} timings: {min(bares):.1f}-{max(bares):.1f}) "
          f"| {n_pages} | - | {bare:.1f} | - |")
    secs = {key: median(s for _, s in rs) for key, rs in runs.items()}
    for (c, with_prefect), rs in runs.items():
        n = rs[0][0]
        label = "with" if with_prefect else "without"
        spread = f"{min(s for _, s in rs):.1f}-{max(s for _, s in rs):.1f}"
        print(f"| pipeline {label} Prefect | {n} | {secs[c, with_prefect]:.1f} ({spread}) "
              f"| {n / secs[c, with_prefect]:.1f} | {n / secs[c, with_prefect] / (2 * bare):.0%} |")
    for with_prefect in (True, False):
        small, big = runs[1, with_prefect][0][0], runs[copies, with_prefect][0][0]
        marginal = (big - small) / (secs[copies, with_prefect] - secs[1, with_prefect])
        label = "with" if with_prefect else "without"
        print(f"| each page beyond the first {small} ({label} Prefect): marginal rate "
              f"| {big - small} | {secs[copies, with_prefect] - secs[1, with_prefect]:.1f} "
              f"| {marginal:.1f} | {marginal / (2 * bare):.0%} |")
    for c in (1, copies):
        n = runs[c, True][0][0]
        extra = secs[c, True] - secs[c, False]
        print(f"Prefect overhead over {n} pages: {extra:+.1f} s ({secs[c, True] / secs[c, False] - 1:+.0%})")


def memory(pages: list[tuple[str, str, bytes]], n: int) -> None:
    """Peak RSS of `bamboo ingest` over n pages and over n/5, to see growth.

    The run is a separate `bamboo ingest` process, as users start it, so this harness (its page
    server, its bare trafilatura runs) is not counted. Measured: the flow process plus its
    extraction workers; Prefect's temporary API process, which a deployment's server replaces,
    is reported on its own.
    """
    print()
    print("| pages | seconds | peak RSS, flow + workers (MB) | flow process: peak / median (MB) "
          "| each worker (MB) | Prefect's temporary API (MB) |")
    print("|---|---|---|---|---|---|")
    for count in (max(len(pages), n // 5), n):
        copies = -(-count // len(pages))
        routes = site(pages, copies)
        items = routes.pop("_items")[1].decode().split("\n")[:count]
        with tempfile.TemporaryDirectory() as tmp, serve(routes) as base:
            urls = add_feeds(routes, base, items)
            feeds = Path(tmp) / "feeds.toml"
            feeds.write_text("".join(f'[[feed]]\nname = "bench-{i}"\nurl = "{u}"\noutlet = "bench"\n'
                                     f'language = "en"\ntimezone = "UTC"\n' for i, u in enumerate(urls)))
            cmd = [str(Path(sys.executable).with_name("bamboo")), "ingest", "--feeds", str(feeds),
                   "--db", str(Path(tmp) / "mem.duckdb"), "--allow-private-networks", "--all"]
            m = sample_rss(cmd)
        workers = "/".join(str(v) for v in m["workers"])
        print(f"| {m['loaded']} | {m['seconds']:.0f} | {m['total']} | {m['main']} / {m['main_median']} "
              f"| {workers} | {m['api']} |", flush=True)


def sample_rss(cmd: list[str]) -> dict:
    """Run `cmd`, sampling the RSS of it and its children every 0.2 s; peaks in MB."""
    import re
    import statistics
    import subprocess

    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    me = psutil.Process(proc.pid)
    total = api = 0
    mains: list[int] = []
    workers: dict[int, int] = {}
    while proc.poll() is None:
        try:
            main = me.memory_info().rss
            kids = me.children(recursive=True)
        except psutil.Error:
            break
        now = main
        for k in kids:
            try:
                rss_k, line = k.memory_info().rss, " ".join(k.cmdline())
            except psutil.Error:
                continue
            if "prefect" in line:
                api = max(api, rss_k)
            else:
                now += rss_k
                if "spawn_main" in line and rss_k > 50 * 2**20:  # extraction workers, not the tracker
                    workers[k.pid] = max(workers.get(k.pid, 0), rss_k)
        total = max(total, now)
        mains.append(main)
        time.sleep(0.2)
    out = proc.stdout.read() if proc.stdout else ""
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{out[-2000:]}")
    loaded = re.search(r"New articles: (\d+)", out)
    mb = 2**20
    return {"seconds": time.perf_counter() - started, "loaded": int(loaded.group(1)) if loaded else -1,
            "total": total // mb, "main": max(mains) // mb,
            "main_median": int(statistics.median(mains[len(mains) // 4:]) // mb),
            "workers": [v // mb for v in workers.values()], "api": api // mb, "out": out}


if __name__ == "__main__":
    main()

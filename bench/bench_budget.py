"""The per-page budget, side by side in one run: clean ingests against ingests with one hostile item.

Serves N of the Zyte benchmark pages (default 100) behind a feed over loopback and runs the real
ingest flow, as `bamboo ingest` runs it, into a fresh warehouse. Each round times, interleaved:

  clean           the N pages
  flood           + a page with one 100,000-attribute <div> (issue 19, case 9: 70 s unguarded)
  hidden flood    + the same flood with a quoted '<' every 50 attributes, which the pre-parse guard
                    does not see (libxml2 takes minutes): only the budget stops it
  paragraphs      + a 4.7 MB page of short paragraphs (case 10: ~70 s of CPU, +500 MB)
  feeds           + an 80,000-attribute feed (case 9: 61 s unguarded) beside the pages' feed
  budget off      the N pages with BAMBOO_PAGE_CPU_SECONDS=0 and BAMBOO_PAGE_MEMORY_MB=0

Medians over the rounds; each hostile run is compared with the issue's bound, 1.2 x clean + the page
budget, and what the warehouse recorded for the hostile item is shown. "budget off" against "clean"
is the budget's cost on the normal path (pages/s). Whole runs are noisy on a shared machine, so the
mechanism's own cost is also timed in one process, alternating: the 181 pages extracted in-process
(`process_pages`) and each in the budget's child (`process_pages_within`).

Usage: python bench/bench_budget.py [--pages 100] [--repeat 3] [--budget 10] [--overhead-only]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flows.runtime import configure_process  # noqa: E402

configure_process()  # quiet Prefect defaults, set before Prefect is imported
from bench.common import rss, serve, zyte_pages  # noqa: E402
from tests.hostile import (  # noqa: E402
    many_attributes_feed,
    many_attributes_html,
    short_paragraphs_html,
)

Routes = dict[str, tuple[str, bytes]]
HTML, RSS = "text/html; charset=utf-8", "application/rss+xml"


def normal_site(pages: list[tuple[str, str, bytes]]) -> tuple[Routes, list[str]]:
    """The normal pages at /p/<id>.html; returns the routes and their paths."""
    routes = {f"/p/{pid}.html": (HTML, html) for pid, _, html in pages}
    return routes, list(routes)


def scenarios(paths: list[str]) -> dict[str, Callable[[Routes, str], list[str]]]:
    """name -> a function that adds its routes and returns the feed URLs of the run."""

    def pages_feed(routes: Routes, base: str, extra: list[str]) -> list[str]:
        routes["/feed.xml"] = (RSS, rss([(p, base + p) for p in [*paths, *extra]]))
        return [base + "/feed.xml"]

    def with_page(path: str, body: bytes) -> Callable[[Routes, str], list[str]]:
        def add(routes: Routes, base: str) -> list[str]:
            routes[path] = (HTML, body)
            return pages_feed(routes, base, [path])
        return add

    def feeds(routes: Routes, base: str) -> list[str]:
        routes["/flood.xml"] = (RSS, many_attributes_feed(80_000, [("Flood item", base + "/p/after-flood")]))
        routes["/p/after-flood"] = (HTML, many_attributes_html(3, title="After the flood feed"))
        return [*pages_feed(routes, base, []), base + "/flood.xml"]

    return {
        "clean": lambda routes, base: pages_feed(routes, base, []),
        "flood": with_page("/p/flood.html", many_attributes_html(100_000)),
        "hidden flood": with_page("/p/hidden-flood.html", many_attributes_html(100_000, hidden=True)),
        "paragraphs": with_page("/p/paragraphs.html", short_paragraphs_html(4.7)),
        "feeds": feeds,
        "budget off": lambda routes, base: pages_feed(routes, base, []),
    }


def run(feed_urls: list[str], db: Path, budget_on: bool, budget: float) -> tuple[float, int]:
    """Ingest the feeds into `db` as `bamboo ingest` does; returns (seconds, articles loaded)."""
    from flows.ingest import ingest
    from flows.local import local_run

    os.environ["BAMBOO_PAGE_CPU_SECONDS"] = str(budget if budget_on else 0)
    os.environ["BAMBOO_PAGE_MEMORY_MB"] = "300" if budget_on else "0"
    started = time.perf_counter()
    with local_run():
        summary = ingest(feed_urls=feed_urls, db=str(db))
    return time.perf_counter() - started, summary.new_articles


def recorded(db: Path) -> str:
    """What the warehouse holds for the items that failed to parse: extraction errors and failed polls."""
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        pages = con.execute("SELECT split_part(error, ';', 1), count(*) FROM latest_extractions "
                            "WHERE error LIKE 'budget_exceeded%' OR error LIKE 'extraction killed%' "
                            "GROUP BY 1").fetchall()
        feeds = con.execute("SELECT error_kind, count(*) FROM feed_polls WHERE status = 'failed' "
                            "GROUP BY 1").fetchall()
    parts = [f"page {e} (x{n})" for e, n in pages] + [f"feed {k} (x{n})" for k, n in feeds]
    return "; ".join(parts) or "nothing failed"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=100, help="normal pages in every run")
    ap.add_argument("--repeat", type=int, default=3, help="rounds; medians are reported")
    ap.add_argument("--budget", type=float, default=10.0, help="BAMBOO_PAGE_CPU_SECONDS of the runs")
    ap.add_argument("--overhead-only", action="store_true", help="only time the mechanism in one process")
    args = ap.parse_args()
    if args.overhead_only:
        overhead(args.repeat)
        return
    os.environ.update({"BAMBOO_PER_HOST_DELAY": "0", "BAMBOO_PER_HOST_CONCURRENCY": "16",
                       "BAMBOO_MAX_NEW_PER_FEED": "1000000", "BAMBOO_ALLOW_PRIVATE_NETWORKS": "true",
                       "PREFECT_LOGGING_LEVEL": "ERROR"})
    from prefect import flow

    @flow
    def warm_up() -> None:
        """Start Prefect's temporary API before timing anything."""

    warm_up()
    pages = zyte_pages()[: args.pages]
    normal, paths = normal_site(pages)
    plans = scenarios(paths)
    print(f"{len(pages)} normal pages, {os.cpu_count()} cores, page budget {args.budget:g} s / 300 MB, "
          f"load average {os.getloadavg()[0]:.1f}", flush=True)
    times: dict[str, list[float]] = {name: [] for name in plans}
    loaded: dict[str, int] = {}
    notes: dict[str, str] = {}
    for rnd in range(args.repeat):
        for name, plan in plans.items():
            routes = dict(normal)
            with tempfile.TemporaryDirectory() as tmp, serve(routes) as base:
                urls = plan(routes, base)
                db = Path(tmp) / "bench.duckdb"
                secs, n = run(urls, db, name != "budget off", args.budget)
                times[name].append(secs)
                loaded[name] = n
                notes[name] = recorded(db)
        print(f"round {rnd + 1}/{args.repeat} done (load average {os.getloadavg()[0]:.1f})", flush=True)
    report(times, loaded, notes, args.budget)
    overhead(args.repeat)


def overhead(rounds: int) -> None:
    """Pages/s of extraction in-process and in the budget's child, alternating, in this process."""
    from datetime import UTC, datetime

    from extractors.core.budget import Budget
    from extractors.core.models import RawPage
    from extractors.pipeline import PageWork, process_pages, process_pages_within

    works = [PageWork(url or f"https://bench.invalid/{pid}", RawPage(
        url or f"https://bench.invalid/{pid}", None, 200, HTML, html, datetime.now(UTC)), None)
        for pid, url, html in zyte_pages()]
    process_pages(works[:20])  # load what extraction loads before the child is forked
    budget, plain, within = Budget(10, 300), [], []
    for _ in range(rounds):
        started = time.perf_counter()
        process_pages(works)
        plain.append(len(works) / (time.perf_counter() - started))
        started = time.perf_counter()
        process_pages_within(works, 200, budget)
        within.append(len(works) / (time.perf_counter() - started))
    print(f"Mechanism, one core, {len(works)} pages x {rounds}: {median(plain):.1f} pages/s in-process, "
          f"{median(within):.1f} in the budget's child ({median(plain) / median(within) - 1:+.1%} time)")


def report(times: dict[str, list[float]], loaded: dict[str, int], notes: dict[str, str],
           budget: float) -> None:
    clean = median(times["clean"])
    bound = 1.2 * clean + budget
    print()
    print(f"| run | articles loaded | seconds, median (spread) | vs clean "
          f"| within 1.2 x clean + {budget:g} s "
          f"= {bound:.1f} s | what was recorded |")
    print("|---|---|---|---|---|---|")
    for name, secs in times.items():
        m = median(secs)
        ok = "-" if name in ("clean", "budget off") else ("yes" if m <= bound else "**no**")
        print(f"| {name} | {loaded[name]} | {m:.1f} ({min(secs):.1f}-{max(secs):.1f}) | {m / clean:.2f}x "
              f"| {ok} | {notes[name]} |")
    off = median(times["budget off"])
    n = loaded["clean"]
    print(f"\nNormal path: {n / clean:.1f} pages/s with the budget, {n / off:.1f} without "
          f"({clean / off - 1:+.1%} time)")


if __name__ == "__main__":
    main()

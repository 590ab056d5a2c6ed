"""Replacing existing articles' current rows (refetches, reprocess runs) at scale, before and after.

One copy of the cached synthetic warehouse (bench/scale_data.py) is opened once, as a run does, and
batches of --batch existing articles are written through the loaders a run uses: a refetch (a new
page version, extraction and detection: `warehouse.load.load_articles`) and a reprocess (a new
detector version: `warehouse.load.load_detections`). Each batch recomputes the touched articles'
current rows with either the code before the change (kept below as `refresh_before`: every table
scanned for the batch's ids) or the code now (`warehouse.changes`), alternating which goes first,
so both see the same warehouse and the same load; the connection is reopened when the indexes it
holds grow past a quarter of the buffer pool, as a run's is. Wall and CPU time of each write and of the
current-row step inside it are reported as medians; the current rows written are then checked
against a recompute from the tables.

Usage: python bench/bench_replace.py [--size 1000000] [--rounds 4] [--batch 100] [--lean] [--data-dir DIR]
(the memory limit is BAMBOO_DUCKDB_MEMORY_LIMIT, as a run's)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from statistics import median
from typing import Any

import duckdb
import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import scale_data  # noqa: E402
from extractors.core.models import Article, Detection, Event, FeedEntry, ProcessedArticle, RawPage  # noqa: E402
from warehouse import changes  # noqa: E402

NOW = datetime(2026, 12, 2, tzinfo=UTC)


def refresh_before(con: duckdb.DuckDBPyConnection, articles: list[str], written: Any) -> None:
    """warehouse.changes._refresh_touched as it was: articles with a current row recomputed from the
    tables (each table joined with the ids: a scan of each)."""
    old = changes.existing(con, articles)
    new = [a for a in articles if a not in old and a not in written.unsure]
    if new:
        changes._refresh_new(con, new, written.rows)
    rest = sorted(set(articles) - set(new))
    if rest:
        changes.refresh_current(con, pa.table({"article_id": pa.array(rest, pa.string())}))


def refetched(url: str, k: int) -> ProcessedArticle:
    """The article at `url` fetched again with other bytes: a new page version, extracted and detected."""
    when = NOW + timedelta(minutes=k)
    body = f"Refetch {k} of {url}: Hanoi and Beijing talks on trade. " * 80
    entry = FeedEntry(feed_name="synth-1", url=url, link=url, guid=url, title=f"Story {k}", summary="s",
                      published_at=when)
    page = RawPage(url=url, final_url=url, status=200, content_type="text/html; charset=utf-8",
                   body=f"<html><body><article><p>{body}</p></article></body></html>".encode(),
                   fetched_at=when)
    article = Article(url=url, final_url=url, title=f"Story {k} updated", published_at=when,
                      date_source="feed", language="en", body=body, word_count=len(body.split()),
                      method="trafilatura", extractor_version="bench-ext")
    return ProcessedArticle(url=url, sources=(entry,), page=page, article=article,
                            detection=detection(k, "bench-det"))


def detection(k: int, version: str) -> Detection:
    """A relevant detection (with an event, so the story is clustered too) or not, by k."""
    relevant = k % 3 == 0
    events = (Event(type="meet", cameo="036", actor="CHN", target="VNM", people=("Wang Yi",),
                    evidence=f"Wang Yi met his counterpart ({k})."),) if relevant else ()
    return Detection(relevant=relevant, score=0.9 if relevant else 0.1, pairs=("CN-VN",) if relevant else (),
                     events=events, tiers=(), evidence=(f"evidence {k}",) if relevant else (),
                     detector_version=version)


@contextmanager
def variant(refresh: Callable[..., None] | None) -> Iterator[dict[str, float]]:
    """Writes inside use `refresh` for the touched articles' current rows (None: the code now); yields
    the wall and CPU seconds spent in the current-row step."""
    spent = {"wall": 0.0, "cpu": 0.0}
    inner = refresh or changes._refresh_touched

    def timed(*args: Any) -> None:
        t, c = time.perf_counter(), time.process_time()
        try:
            inner(*args)
        finally:
            spent["wall"] += time.perf_counter() - t
            spent["cpu"] += time.process_time() - c

    saved = changes._refresh_touched
    changes._refresh_touched = timed
    try:
        yield spent
    finally:
        changes._refresh_touched = saved


def write(con: duckdb.DuckDBPyConnection, kind: str, urls: list[str], k: int) -> None:
    from extractors.core.urls import article_id
    from warehouse import load

    if kind == "refetch":
        load.load_articles(con, [refetched(u, k * 1000 + i) for i, u in enumerate(urls)], NOW)
    else:
        load.load_detections(con, [(article_id(u), detection(k * 1000 + i, f"bench-det-{k}"))
                                   for i, u in enumerate(urls)], NOW)


def mismatches(con: duckdb.DuckDBPyConnection, ids: list[str]) -> int:
    """Current rows of `ids` that differ from a recompute from the tables (rolled back)."""
    listed = pa.table({"article_id": pa.array(ids, pa.string())})
    con.register("_bench_ids", listed)
    try:
        kept = con.execute("SELECT c.* FROM article_current c JOIN _bench_ids USING (article_id) "
                           "ORDER BY article_id").fetchall()
        con.execute("BEGIN TRANSACTION")
        con.execute("DELETE FROM article_current WHERE article_id IN (SELECT article_id FROM _bench_ids)")
        changes.refresh_current(con, listed)
        again = con.execute("SELECT c.* FROM article_current c JOIN _bench_ids USING (article_id) "
                            "ORDER BY article_id").fetchall()
        con.execute("ROLLBACK")
    finally:
        con.unregister("_bench_ids")
    return sum(a != b for a, b in zip(kept, again, strict=True)) + abs(len(kept) - len(again))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=4, help="batches per kind and variant")
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--lean", action="store_true",
                    help="a warehouse with short bodies (bench/scale_data.py): a quarter of the generation "
                         "time; the current rows read no body")
    ap.add_argument("--data-dir", type=Path, default=Path(os.environ.get("BAMBOO_BENCH_DIR")
                                                           or "/tmp/bamboo-bench-scale"))
    args = ap.parse_args()
    from extractors.core.settings import Settings
    from extractors.core.urls import article_id
    from warehouse.db import connect, release_indexes

    limit = Settings.from_env().duckdb_memory_limit  # BAMBOO_DUCKDB_MEMORY_LIMIT, as a run's

    cached, _ = scale_data.cached(args.data_dir, args.size, lean=args.lean)
    work = args.data_dir / "work" / f"replace-{args.size}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    db = work / "bamboo.duckdb"
    subprocess.run(["cp", str(cached), str(db)], check=True)
    print(f"replace bench: {args.size:,} articles{' (lean)' if args.lean else ''}, batches of {args.batch}, "
          f"{args.rounds} rounds, memory limit {limit}, "
          f"load average {'/'.join(f'{x:.1f}' for x in os.getloadavg())} at {datetime.now(UTC):%H:%M} UTC",
          flush=True)
    results: dict[tuple[str, str], list[tuple[float, float, float, float]]] = {}
    try:
        with ExitStack() as held:
            con = held.enter_context(connect(db, memory_limit=limit))
            need = args.rounds * 2 * 2 * args.batch
            urls = [r[0] for r in con.execute(
                "SELECT url FROM articles WHERE fetch_status = 'fetched' ORDER BY hash(article_id) LIMIT ?",
                [need]).fetchall()]
            touched: list[str] = []
            chunks = iter(urls[i:i + args.batch] for i in range(0, len(urls), args.batch))
            for k in range(args.rounds):
                order = [("before", refresh_before), ("now", None)]
                for name, refresh in order if k % 2 == 0 else order[::-1]:
                    for kind in ("refetch", "reprocess"):
                        batch = next(chunks)
                        touched += [article_id(u) for u in batch]
                        with variant(refresh) as spent:
                            t, c = time.perf_counter(), time.process_time()
                            write(con, kind, batch, k * 10 + (name == "now"))
                            wall, cpu = time.perf_counter() - t, time.process_time() - c
                        results.setdefault((kind, name), []).append((wall, cpu, spent["wall"], spent["cpu"]))
                        print(f"  round {k + 1} {kind:9} {name:6}: write {wall:.2f} s (CPU {cpu:.2f}), "
                              f"current rows {spent['wall']:.2f} s (CPU {spent['cpu']:.2f})", flush=True)
                        if release_indexes(con, limit):  # as a run's kept connection does (flows/writer.py)
                            held.close()
                            con = held.enter_context(connect(db, memory_limit=limit))
            bad = mismatches(con, touched)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\nmedians over {args.rounds} batches of {args.batch} existing articles at {args.size:,} "
          f"(load average {'/'.join(f'{x:.1f}' for x in os.getloadavg())}):\n")
    print("| write | code | write wall (s) | write CPU (s) | current rows wall (s) | current rows CPU (s) |")
    print("|---|---|---|---|---|---|")
    for (kind, name), rows in results.items():
        cols = [median(r[i] for r in rows) for i in range(4)]
        print(f"| {kind} | {name} | " + " | ".join(f"{v:.2f}" for v in cols) + " |")
    print(f"\ncurrent rows differing from a recompute from the tables: {bad} of {len(touched)}")
    if bad:
        raise SystemExit(1)


if __name__ == "__main__":
    main()

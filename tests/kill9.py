"""kill -9 of real `bamboo ingest` processes at chosen moments, and what a warehouse must look like after.

The subprocesses share the session's Prefect API (PREFECT_API_URL), so each costs ~2-3 s instead
of ~8-10 s with a temporary API of its own, and a killed one leaves no API process behind.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from tests import ROOT
from tests.hostile import HostileServer, feeds_toml, kill_group, news_site, run_measured
from tests.runs import BAMBOO, DEFAULT_BUDGET, bamboo_env, bamboo_here
from tests.warehouse_helpers import query_rows
from warehouse.db import lock_path

SEED = int(os.environ.get("BAMBOO_FAULT_SEED", "20261126"))  # fixed by default; set it to explore
PHASES = ("start", "fetch", "load")


def crash_env(api_url: str, server: HostileServer, **extra: str) -> dict[str, str]:
    """Short timeouts and small batches: several writes per run, so kills land between them; the default
    page budget, so a run is the process tree it is for a user (its extraction process and its child)."""
    return bamboo_env(api_url, server.hostport, BAMBOO_PER_HOST_CONCURRENCY="4", BAMBOO_CONNECT_TIMEOUT="1",
                      BAMBOO_READ_TIMEOUT="2", BAMBOO_BATCH_SIZE="3", **DEFAULT_BUDGET, **extra)


def ingest_cmd(feeds: Path, db: Path) -> list[str]:
    """`bamboo ingest --all` of a feeds file into a warehouse."""
    return [*BAMBOO, "ingest", "--all", "--feeds", str(feeds), "--db", str(db)]


def content(db: Path) -> set[tuple[object, ...]]:
    """What an analyst gets per article: URL, fetch outcome, extraction and detection, sources."""
    rows = query_rows(db, """
        SELECT a.url, a.fetch_status, e.title, md5(e.body), e.error, d.relevant, d.pairs::VARCHAR,
               (SELECT count(*) FROM article_sources s WHERE s.article_id = a.article_id)
        FROM articles a LEFT JOIN latest_extractions e USING (article_id)
        LEFT JOIN detections d USING (article_id)""")
    return {tuple(r) for r in rows}


@dataclass
class Kill:
    """One kill -9: the phase aimed at, pages the run had requested, articles stored afterwards."""

    phase: str
    after: float
    pages: int
    stored: int


def page_hits(server: HostileServer) -> int:
    """Article pages requested so far."""
    return sum(1 for h in server.hits if h.path.startswith("/news/"))


def lock_stamp(db: Path) -> int:
    """Changes whenever a writer takes the warehouse lock (it writes its pid into the lock file) or
    commits a write (DuckDB appends it to the file's log: a run keeps its connection between batches)."""
    stamp = 0
    for path in (lock_path(db), db.with_name(db.name + ".wal")):
        if path.exists():
            stamp += path.stat().st_mtime_ns
    return stamp


def kill_at(phase: str, proc: subprocess.Popen[bytes], server: HostileServer, db: Path,
             rnd: random.Random) -> bool:
    """Wait for the moment `phase` names, then kill -9 the run's process group; False if it ended first."""
    started, pages0 = time.monotonic(), page_hits(server)
    stamp0 = lock_stamp(db)
    target = rnd.uniform(0.3, 2.5)  # start: imports, Prefect, begin-run, polls
    want_pages = rnd.randint(1, 4)  # fetch: after a few page requests
    fetched_at: float | None = None
    while proc.poll() is None and time.monotonic() - started < 60:
        now = time.monotonic()
        pages = page_hits(server) - pages0
        if phase == "start" and now - started >= target:
            break
        if phase == "fetch" and pages >= want_pages:
            break
        if phase == "load":  # a batch has reached the warehouse after pages were fetched
            if fetched_at is None and pages:
                fetched_at, stamp0 = now, lock_stamp(db)
            elif fetched_at is not None and lock_stamp(db) != stamp0:
                time.sleep(rnd.uniform(0.0, 1.5))  # mid-transaction, or a few batches on
                break
        time.sleep(0.005)
    if proc.poll() is not None:
        return False
    kill_group(proc)
    return True


def prefect_states(flow_run_ids: list[str]) -> dict[str, str]:
    """State types of these flow runs in the session's Prefect API."""
    import uuid

    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        return {i: client.read_flow_run(uuid.UUID(i)).state_type.value for i in flow_run_ids}


def stored(db: Path) -> int:
    """Articles in the warehouse now; the killed run's process group is gone. 0 before the file
    exists, and before the first run's schema is committed: a kill between DuckDB creating the file
    and the migration's commit leaves a file with no tables, which the next run migrates."""
    if not db.exists():
        return 0
    sql = "SELECT count(*) FROM information_schema.tables WHERE table_name = 'articles'"
    if not query_rows(db, sql)[0][0]:
        return 0
    return int(query_rows(db, "SELECT count(*) FROM articles")[0][0])  # type: ignore[call-overload]


def no_duplicates_no_half_rows(db: Path, n: int) -> None:
    checks = {
        "articles": "SELECT count(*) FROM articles",
        "distinct urls": "SELECT count(DISTINCT url) FROM articles",
        "with raw page": "SELECT count(*) FROM articles a WHERE EXISTS "
                         "(SELECT 1 FROM raw_pages r WHERE r.article_id = a.article_id)",
        "with extraction": "SELECT count(*) FROM articles a WHERE EXISTS "
                           "(SELECT 1 FROM extractions e WHERE e.article_id = a.article_id)",
        "with detection": "SELECT count(*) FROM articles a WHERE EXISTS "
                          "(SELECT 1 FROM detections d WHERE d.article_id = a.article_id)",
        "with a source": "SELECT count(DISTINCT article_id) FROM article_sources",
        "extractions": "SELECT count(*) FROM extractions",
        "detections": "SELECT count(*) FROM detections",
        "raw pages": "SELECT count(*) FROM raw_pages",
    }
    counts = {name: query_rows(db, sql)[0][0] for name, sql in checks.items()}
    assert counts == dict.fromkeys(checks, n)
    orphans = query_rows(db, "SELECT count(*) FROM extractions e WHERE NOT EXISTS "
                        "(SELECT 1 FROM articles a WHERE a.article_id = e.article_id)")
    assert orphans == [(0,)]


def kill_then_compare(api_url: str, tmp_path: Path, seed: int, count: int) -> None:
    """`count` runs of one warehouse killed -9, each at a moment of one of the PHASES (in a seeded
    order that visits every phase every three runs), then one clean run: the warehouse equals that
    of one clean run of the same site, with nothing doubled or half-written."""
    with HostileServer(lifetime=280) as server:
        _kill_then_compare(server, api_url, tmp_path, random.Random(seed), count)


def _kill_then_compare(server: HostileServer, api_url: str, tmp_path: Path, rnd: random.Random,
                       count: int) -> None:
    # The site publishes more at every poll, as news sites do, so every run has new pages to fetch
    # and load, and the kills keep landing mid-run instead of in runs with nothing left to do.
    news = news_site(server, feeds=3, per_feed=24, delay=0.25, start=4, step=1)
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(feeds_toml(news.feed_urls))
    env = crash_env(api_url, server)
    reference, target = tmp_path / "ref" / "bamboo.duckdb", tmp_path / "wh" / "bamboo.duckdb"

    plan = [p for _ in range(2 * count) for p in rnd.sample(PHASES, len(PHASES))]
    kills: list[Kill] = []
    attempts = finished_first = 0
    while len(kills) < count and attempts < 2 * count:
        attempts += 1
        phase = plan[attempts - 1]
        proc = subprocess.Popen(ingest_cmd(feeds_file, target), env=env, cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        began = time.monotonic()
        if kill_at(phase, proc, server, target, rnd):
            kills.append(Kill(phase, time.monotonic() - began, page_hits(server), stored(target)))
        else:
            finished_first += 1
    assert len(kills) == count, f"only {len(kills)} of {attempts} runs were still going when killed"
    assert {k.phase for k in kills} == set(PHASES)
    print(f"\n{count} kills (phase@seconds->articles stored): "
          + ", ".join(f"{k.phase}@{k.after:.1f}s->{k.stored}" for k in kills))

    news.freeze()  # from here on both warehouses see the same, final site
    final = run_measured(ingest_cmd(feeds_file, target), env, timeout=120, cwd=ROOT)
    assert final.returncode == 0, final.stderr[-3000:]
    # The reference is only the warehouse one clean run leaves: the same command in this process.
    ref = bamboo_here(ingest_cmd(feeds_file, reference)[len(BAMBOO):], env)
    assert ref.returncode == 0, ref.stderr[-3000:]
    expected = content(reference)
    assert len(expected) == len(news.page_urls)
    assert content(target) == expected  # every article, each once, same extraction and detection
    no_duplicates_no_half_rows(target, len(news.page_urls))
    # A run killed before its end is closed as failed by the next run (its process is gone); one
    # killed while Prefect shut down after finish-run is 'completed', rightly: its work was committed.
    statuses = dict(query_rows(target, "SELECT status, count(*) FROM runs GROUP BY ALL"))
    assert set(statuses) <= {"failed", "completed"} and statuses["completed"] >= finished_first + 1
    # Prefect agrees: the killed runs' flow runs were marked Crashed, not left Running for good.
    sql = "SELECT prefect_flow_run_id FROM runs WHERE status = 'failed' AND prefect_flow_run_id IS NOT NULL"
    killed_flow_runs = [r[0] for r in query_rows(target, sql)]
    assert killed_flow_runs
    assert set(prefect_states(killed_flow_runs).values()) == {"CRASHED"}
    # A kill while the analyst copy or a page file was being written leaves no temporary file
    # behind for good, and every stored page has its file.
    assert sorted(p.name for p in target.parent.iterdir()) == [
        "bamboo.analyst-copies", "bamboo.analyst.duckdb", "bamboo.duckdb", "bamboo.duckdb.lock",
        "bamboo.pages"]
    # (a generation's WAL left by a kill mid-refresh is replayed the next time it is refreshed)
    assert all(re.fullmatch(r"copy-[123]\.duckdb(\.wal)?", p.name)
               for p in (target.parent / "bamboo.analyst-copies").iterdir())
    assert not any((target.parent / "bamboo.pages" / ".incoming").iterdir())
    named = {r[0] for r in query_rows(target, "SELECT body_path FROM raw_pages WHERE body_path IS NOT NULL")}
    assert named and all((target.parent / "bamboo.pages" / n).is_file() for n in named)



"""Real `bamboo ingest` processes under kill -9 and hostile bodies: nothing lost, nothing doubled,
nothing half-written, memory bounded.

The subprocesses share the session's Prefect API (PREFECT_API_URL), so each costs ~2-3 s instead
of ~8-10 s with a temporary API of its own, and a killed one leaves no API process behind.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.hostile import (
    HostileServer,
    delayed,
    endless,
    feeds_toml,
    gzip_bomb,
    kill_group,
    news_site,
    respond,
    rss,
    run_measured,
)
from tests.warehouse_helpers import query_rows
from warehouse.db import lock_path

pytestmark = pytest.mark.timeout(300)

ROOT = Path(__file__).resolve().parent.parent
# What the `bamboo` console script runs, imported from this tree (whatever copy is installed).
BAMBOO = [sys.executable, "-c", "from flows.cli import main; main()"]
KILLS = 20
SEED = int(os.environ.get("BAMBOO_FAULT_SEED", "20261126"))  # fixed by default; set it to explore
MIB = 1024 * 1024
# Memory bound: no process of a run may grow more than this above the same run without hostile
# bodies. Bodies are capped on decoded bytes (feed 10 MB, page 5 MB), so reading one hostile body
# costs at most a few caps (the capped buffer plus copies while it is turned into bytes).
MEMORY_MARGIN = 64 * MIB


@pytest.fixture
def server() -> Iterator[HostileServer]:
    """A loopback server for a news site (see `news_site`) and hostile bodies."""
    with HostileServer(lifetime=280) as server:
        yield server


def _env(api_url: str, server: HostileServer, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BAMBOO_")}
    env.update({"PREFECT_API_URL": api_url, "BAMBOO_ALLOWED_HOSTS": server.hostport,
                "BAMBOO_PER_HOST_DELAY": "0", "BAMBOO_PER_HOST_CONCURRENCY": "4",
                "BAMBOO_CONNECT_TIMEOUT": "1", "BAMBOO_READ_TIMEOUT": "2", "BAMBOO_BATCH_SIZE": "3",
                "BAMBOO_WORKERS": "1", **extra})  # extraction in the run's own process: less CPU on 2 cores
    return env


def _ingest_cmd(feeds: Path, db: Path) -> list[str]:
    return [*BAMBOO, "ingest", "--all", "--feeds", str(feeds), "--db", str(db)]


def _content(db: Path) -> set[tuple[object, ...]]:
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


def _page_hits(server: HostileServer) -> int:
    return sum(1 for h in server.hits if h.path.startswith("/news/"))


def _lock_stamp(db: Path) -> int:
    """Changes whenever a writer takes the warehouse lock (it writes its pid into the lock file) or
    commits a write (DuckDB appends it to the file's log: a run keeps its connection between batches)."""
    stamp = 0
    for path in (lock_path(db), db.with_name(db.name + ".wal")):
        if path.exists():
            stamp += path.stat().st_mtime_ns
    return stamp


def _kill_at(phase: str, proc: subprocess.Popen[bytes], server: HostileServer, db: Path,
             rnd: random.Random) -> bool:
    """Wait for the moment `phase` names, then kill -9 the run's process group; False if it ended first."""
    started, pages0 = time.monotonic(), _page_hits(server)
    stamp0 = _lock_stamp(db)
    target = rnd.uniform(0.3, 2.5)  # start: imports, Prefect, begin-run, polls
    want_pages = rnd.randint(1, 4)  # fetch: after a few page requests
    fetched_at: float | None = None
    while proc.poll() is None and time.monotonic() - started < 60:
        now = time.monotonic()
        pages = _page_hits(server) - pages0
        if phase == "start" and now - started >= target:
            break
        if phase == "fetch" and pages >= want_pages:
            break
        if phase == "load":  # a batch has reached the warehouse after pages were fetched
            if fetched_at is None and pages:
                fetched_at, stamp0 = now, _lock_stamp(db)
            elif fetched_at is not None and _lock_stamp(db) != stamp0:
                time.sleep(rnd.uniform(0.0, 1.5))  # mid-transaction, or a few batches on
                break
        time.sleep(0.005)
    if proc.poll() is not None:
        return False
    kill_group(proc)
    return True


def test_kill_9_twenty_times_then_one_clean_run_equals_one_clean_run(
        server: HostileServer, api_url: str, tmp_path: Path) -> None:
    # The site publishes more at every poll, as news sites do, so every run has new pages to fetch
    # and load, and the kills keep landing mid-run instead of in runs with nothing left to do.
    news = news_site(server, feeds=3, per_feed=24, delay=0.25, start=4, step=1)
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(feeds_toml(news.feed_urls))
    env = _env(api_url, server)
    reference, target = tmp_path / "ref" / "bamboo.duckdb", tmp_path / "wh" / "bamboo.duckdb"

    rnd = random.Random(SEED)
    kills: list[Kill] = []
    attempts = finished_first = 0
    while len(kills) < KILLS and attempts < 2 * KILLS:
        attempts += 1
        phase = rnd.choice(["start", "fetch", "load"])
        proc = subprocess.Popen(_ingest_cmd(feeds_file, target), env=env, cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        began = time.monotonic()
        if _kill_at(phase, proc, server, target, rnd):
            kills.append(Kill(phase, time.monotonic() - began, _page_hits(server), _stored(target)))
        else:
            finished_first += 1
    assert len(kills) == KILLS, f"only {len(kills)} of {attempts} runs were still going when killed"
    assert {k.phase for k in kills} == {"start", "fetch", "load"}
    print(f"\n{KILLS} kills (phase@seconds->articles stored): "
          + ", ".join(f"{k.phase}@{k.after:.1f}s->{k.stored}" for k in kills))

    news.freeze()  # from here on both warehouses see the same, final site
    final = run_measured(_ingest_cmd(feeds_file, target), env, timeout=120, cwd=ROOT)
    assert final.returncode == 0, final.stderr[-3000:]
    ref = run_measured(_ingest_cmd(feeds_file, reference), env, timeout=120, cwd=ROOT)
    assert ref.returncode == 0, ref.stderr[-3000:]
    expected = _content(reference)
    assert len(expected) == len(news.page_urls)
    assert _content(target) == expected  # every article, each once, same extraction and detection
    _no_duplicates_no_half_rows(target, len(news.page_urls))
    # A run killed before its end is closed as failed by the next run (its process is gone); one
    # killed while Prefect shut down after finish-run is 'completed', rightly: its work was committed.
    statuses = dict(query_rows(target, "SELECT status, count(*) FROM runs GROUP BY ALL"))
    assert set(statuses) <= {"failed", "completed"} and statuses["completed"] >= finished_first + 1
    # Prefect agrees: the killed runs' flow runs were marked Crashed, not left Running for good.
    sql = "SELECT prefect_flow_run_id FROM runs WHERE status = 'failed' AND prefect_flow_run_id IS NOT NULL"
    killed_flow_runs = [r[0] for r in query_rows(target, sql)]
    assert killed_flow_runs
    assert set(_prefect_states(killed_flow_runs).values()) == {"CRASHED"}
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


def _prefect_states(flow_run_ids: list[str]) -> dict[str, str]:
    """State types of these flow runs in the session's Prefect API."""
    import uuid

    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        return {i: client.read_flow_run(uuid.UUID(i)).state_type.value for i in flow_run_ids}


def _stored(db: Path) -> int:
    """Articles in the warehouse now (0 before it exists); the killed run's process group is gone."""
    if not db.exists():
        return 0
    return int(query_rows(db, "SELECT count(*) FROM articles")[0][0])  # type: ignore[call-overload]


def _no_duplicates_no_half_rows(db: Path, n: int) -> None:
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


def test_memory_bounded_against_100_mb_and_gzip_bombs(server: HostileServer, api_url: str,
                                                      tmp_path: Path) -> None:
    feeds = news_site(server, feeds=1, per_feed=6).feed_urls
    hostile_pages = {"/p/huge": endless(100 * MIB), "/p/huge-declared": endless(100 * MIB, True),
                     "/p/bomb": gzip_bomb(), "/p/bomb2": gzip_bomb()}
    server.routes.update(hostile_pages)
    server.routes["/f/huge"] = endless(100 * MIB, content_type="application/rss+xml")
    server.routes["/f/bomb"] = gzip_bomb()
    server.routes["/f/pages"] = respond(200, rss("Hostile", [(p, server.url(p)) for p in hostile_pages]),
                                      {"Content-Type": "application/rss+xml"})
    calm, hostile = tmp_path / "calm.toml", tmp_path / "hostile.toml"
    calm.write_text(feeds_toml(feeds))
    hostile.write_text(feeds_toml([*feeds, *(server.url(p) for p in ("/f/huge", "/f/bomb", "/f/pages"))]))
    env = _env(api_url, server)

    base = run_measured(_ingest_cmd(calm, tmp_path / "calm.duckdb"), env, timeout=120, cwd=ROOT)
    hit = run_measured(_ingest_cmd(hostile, tmp_path / "hostile.duckdb"), env, timeout=120, cwd=ROOT)
    assert base.returncode == 0 and hit.returncode == 0, hit.stderr[-3000:]
    print(f"\npeak RSS: calm {base.peak_rss / MIB:.0f} MiB, hostile {hit.peak_rss / MIB:.0f} MiB "
          f"(process tree {base.tree_peak / MIB:.0f} / {hit.tree_peak / MIB:.0f} MiB)")
    assert hit.peak_rss <= base.peak_rss + MEMORY_MARGIN
    failed = dict(query_rows(tmp_path / "hostile.duckdb", "SELECT url, split_part(fetch_error, ':', 1) "
                                                     "FROM articles WHERE fetch_status = 'failed'"))
    assert failed == {server.url(p): "too_large" for p in hostile_pages}
    assert query_rows(tmp_path / "hostile.duckdb",
                      "SELECT count(*) FROM articles WHERE fetch_status = 'fetched'") == [(6,)]
    # The client hung up at the cap: the server got to send only a small part of each 100 MB body.
    for path in ("/p/huge", "/f/huge"):
        assert all(h.sent < 40 * MIB for h in server.requests_for(path)), path


def test_publish_clears_copies_left_by_a_killed_writer(tmp_path: Path) -> None:
    """What a kill -9 during publishing leaves behind is removed by the next publish."""
    from warehouse.db import connect
    from warehouse.snapshot import analyst_path, publish

    db = tmp_path / "bamboo.duckdb"
    stale = [analyst_path(db).with_name(analyst_path(db).name + s) for s in (".tmp4242", ".tmp4242.wal")]
    for p in stale:
        p.write_bytes(b"half a copy")
    with connect(db, timeout=10) as con:
        publish(con, db)
    assert not any(p.exists() for p in stale)
    assert analyst_path(db).exists()


# --- case 16: a killed run's flow run is never left Running --------------------------------------


def _flow_run_of(db: Path, timeout: float = 60.0) -> str:
    """The id of the flow run that ingests into `db`, once Prefect has it Running."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.sorting import FlowRunSort

    deadline = time.monotonic() + timeout
    with get_client(sync_client=True) as client:
        while time.monotonic() < deadline:
            runs = client.read_flow_runs(sort=FlowRunSort.EXPECTED_START_TIME_DESC, limit=50)
            ours = [r for r in runs if r.parameters.get("db") == str(db)]
            if ours and ours[0].state_type is not None and ours[0].state_type.value == "RUNNING":
                return str(ours[0].id)
            time.sleep(0.1)
    raise AssertionError(f"no Running flow run for {db} within {timeout:.0f} s")


def _clean_run_marks_crashed(feeds: Path, db: Path, env: dict[str, str], flow_run_id: str) -> None:
    """A later run on this host sets the dead run's flow run Crashed and says so once."""
    assert _prefect_states([flow_run_id]) == {flow_run_id: "RUNNING"}  # what the kill left
    clean = run_measured([*BAMBOO, "ingest", "--all", "--verbose", "--feeds", str(feeds), "--db", str(db)],
                         env, timeout=120, cwd=ROOT)
    assert clean.returncode == 0, clean.stderr[-3000:]
    assert _prefect_states([flow_run_id]) == {flow_run_id: "CRASHED"}
    out = clean.stdout + clean.stderr
    assert out.count(f"Flow run {flow_run_id} had died with its process; marked Crashed") == 1, out[-3000:]


def test_case_16_killed_before_the_runs_table_knew_its_flow_run(
        server: HostileServer, api_url: str, tmp_path: Path) -> None:
    """Killed after Prefect created its flow run but before begin-run recorded the id (here while
    it waits for the warehouse lock, as it would behind another writer): no runs row names it."""
    from warehouse.db import connect, writer_lock

    feeds, db = tmp_path / "feeds.toml", tmp_path / "wh" / "bamboo.duckdb"
    feeds.write_text(feeds_toml(news_site(server, feeds=1, per_feed=3).feed_urls))
    env = _env(api_url, server)
    db.parent.mkdir()
    with connect(db, timeout=10):
        pass  # the warehouse exists, so the run's preflight only takes the lock and lets it go
    stamp = _lock_stamp(db)
    proc = subprocess.Popen(_ingest_cmd(feeds, db), env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        while _lock_stamp(db) == stamp and proc.poll() is None:  # until the preflight has the lock
            time.sleep(0.005)
        # Then another writer takes the warehouse (the flow needs a second or more to start), so
        # begin-run waits for it with its flow run Running and no runs row yet.
        with writer_lock(db, 60):
            flow_run_id = _flow_run_of(db)
            kill_group(proc)
    finally:
        kill_group(proc)
    assert query_rows(db, "SELECT count(*) FROM runs") == [(0,)]
    _clean_run_marks_crashed(feeds, db, env, flow_run_id)


def test_case_16_killed_after_its_row_was_closed_before_prefect_was_told(
        server: HostileServer, api_url: str, tmp_path: Path) -> None:
    """The flaky guard's state: the runs row says failed, Prefect still says Running (a next run
    closed the row, then died or found Prefect unreachable before marking the flow run)."""
    from flows.tasks import process_alive
    from warehouse import load
    from warehouse.db import connect

    news = news_site(server, feeds=1, per_feed=3)
    feeds, db = tmp_path / "feeds.toml", tmp_path / "wh" / "bamboo.duckdb"
    feeds.write_text(feeds_toml(news.feed_urls))
    env = _env(api_url, server)
    feed_path = "/feeds/0.xml"
    fast = server.routes[feed_path]
    server.routes[feed_path] = delayed(fast, 60)  # the run sits polling, its row written
    proc = subprocess.Popen(_ingest_cmd(feeds, db), env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        flow_run_id = _flow_run_of(db)
        deadline = time.monotonic() + 60
        while not server.requests_for(feed_path) and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        assert server.requests_for(feed_path), "the run never polled its feed"
    finally:
        kill_group(proc)
    server.routes[feed_path] = fast
    with connect(db, timeout=10) as con:  # what a next run did before it died
        closed = load.close_abandoned_runs(con, process_alive)
    assert [prefect_id for _, prefect_id in closed] == [flow_run_id]
    assert query_rows(db, "SELECT status, prefect_flow_run_id FROM runs") == [("failed", flow_run_id)]
    _clean_run_marks_crashed(feeds, db, env, flow_run_id)

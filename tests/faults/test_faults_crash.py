"""Real `bamboo ingest` processes under kill -9 and hostile bodies: memory bounded, nothing half-written,
and a killed run's flow run never left Running. The kill -9 matrix (12 kills, 6 over each of two
warehouses) is in test_faults_kill_1.py and test_faults_kill_2.py.

The subprocesses share the session's Prefect API (PREFECT_API_URL), so each costs ~2-3 s instead
of ~8-10 s with a temporary API of its own, and a killed one leaves no API process behind.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import ROOT
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
from tests.kill9 import crash_env, ingest_cmd, lock_stamp, prefect_states
from tests.runs import bamboo_here
from tests.warehouse_helpers import query_rows

pytestmark = pytest.mark.timeout(300)

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
    env = crash_env(api_url, server)

    base = run_measured(ingest_cmd(calm, tmp_path / "calm.duckdb"), env, timeout=120, cwd=ROOT)
    hit = run_measured(ingest_cmd(hostile, tmp_path / "hostile.duckdb"), env, timeout=120, cwd=ROOT)
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
    """A later run on this host sets the dead run's flow run Crashed and says so once (the run in this
    process: the process killed was real, the one after it only has to be the same command)."""
    assert prefect_states([flow_run_id]) == {flow_run_id: "RUNNING"}  # what the kill left
    args = ["ingest", "--all", "--verbose", "--feeds", str(feeds), "--db", str(db)]
    clean = bamboo_here(args, env, cwd=ROOT)
    assert clean.returncode == 0, clean.stderr[-3000:]
    assert prefect_states([flow_run_id]) == {flow_run_id: "CRASHED"}
    out = clean.stdout + clean.stderr
    assert out.count(f"Flow run {flow_run_id} had died with its process; marked Crashed") == 1, out[-3000:]


def test_case_16_killed_before_the_runs_table_knew_its_flow_run(
        server: HostileServer, api_url: str, tmp_path: Path) -> None:
    """Killed after Prefect created its flow run but before begin-run recorded the id (here while
    it waits for the warehouse lock, as it would behind another writer): no runs row names it."""
    from warehouse.db import connect, writer_lock

    feeds, db = tmp_path / "feeds.toml", tmp_path / "wh" / "bamboo.duckdb"
    feeds.write_text(feeds_toml(news_site(server, feeds=1, per_feed=3).feed_urls))
    env = crash_env(api_url, server)
    db.parent.mkdir()
    with connect(db, timeout=10):
        pass  # the warehouse exists, so the run's preflight only takes the lock and lets it go
    stamp = lock_stamp(db)
    proc = subprocess.Popen(ingest_cmd(feeds, db), env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        while lock_stamp(db) == stamp and proc.poll() is None:  # until the preflight has the lock
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
    env = crash_env(api_url, server)
    feed_path = "/feeds/0.xml"
    fast = server.routes[feed_path]
    server.routes[feed_path] = delayed(fast, 60)  # the run sits polling, its row written
    proc = subprocess.Popen(ingest_cmd(feeds, db), env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
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

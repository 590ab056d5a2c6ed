"""Backfills through a real Dask cluster on loopback: a `dask scheduler` and two `dask worker` processes.

The same backfill over the fixture site runs once with BAMBOO_DASK_ADDRESS and once locally, into two
warehouses that must hold the same rows; the workers' own counters show they did the extraction.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pytest

from extractors.core.errors import ConfigError
from extractors.core.models import RawPage
from extractors.core.settings import Settings
from extractors.pipeline import PageWork, process_pages
from flows import cluster, tasks
from flows.backfill import backfill
from flows.demo import ReplayServer
from flows.ingest import ingest
from tests import FIXTURES
from tests.hostile import article_html, free_port, kill_group, many_attributes_html
from tests.warehouse_helpers import query_rows

pytestmark = [pytest.mark.usefixtures("prefect_harness"), pytest.mark.timeout(240)]

FIXTURE = FIXTURES / "backfill"
DASK = str(Path(sys.executable).with_name("dask"))
SEPTEMBER = (date(2023, 9, 1), date(2023, 9, 30))
LOADED = 4  # articles the fixture site lists for September 2023 (tests/discovery/test_backfill.py)

# Columns that differ between two runs by design: random ids, clock times, and the run's process.
VOLATILE = {"run_id", "last_run_id", "backfill_id", "poll_id", "prefect_flow_run_id", "pid", "host",
            "error", "stamp"}  # stamp: an analyst generation's file size and modification time


@pytest.fixture(scope="module")
def dask_address(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A scheduler and two single-thread workers on 127.0.0.1; every process stops at teardown.

    If this test process is killed instead, the workers leave once the scheduler has been gone for
    their death timeout, and the scheduler once it has been idle (no client) for its idle timeout.
    """
    from distributed import Client

    tmp = tmp_path_factory.mktemp("dask")
    address = f"tcp://127.0.0.1:{free_port()}"
    env = dict(os.environ)
    procs: list[subprocess.Popen[bytes]] = []
    try:
        procs.append(_start([DASK, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                             "--no-dashboard", "--idle-timeout", "600"], tmp / "scheduler.log", env))
        for name in ("w1", "w2"):
            procs.append(_start([DASK, "worker", address, "--nworkers", "1", "--nthreads", "1",
                                 "--host", "127.0.0.1", "--no-dashboard", "--name", name,
                                 "--death-timeout", "60", "--local-directory", str(tmp / name)],
                                tmp / f"{name}.log", env))
        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for proc in reversed(procs):
            kill_group(proc)


def _start(args: list[str], log: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    with open(log, "wb") as out:
        return subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=log.parent,
                                start_new_session=True)


def worker_state() -> dict[str, Any]:
    """What a worker process has done and loaded (run on each worker with `Client.run`)."""
    from flows.cluster import worker_counts

    return {**worker_counts(), "duckdb": "duckdb" in sys.modules,
            "warehouse": any(m == "warehouse" or m.startswith("warehouse.") for m in sys.modules)}


def _workers(address: str) -> dict[str, dict[str, Any]]:
    import cloudpickle
    from distributed import Client

    # `worker_state` travels by value: importing this module on a worker would load DuckDB there.
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    with Client(address, timeout=30) as client:
        return client.run(worker_state)


@pytest.fixture
def bf_site(monkeypatch: pytest.MonkeyPatch) -> Iterator[ReplayServer]:
    with ReplayServer(FIXTURE) as server:
        monkeypatch.setenv("BAMBOO_ALLOWED_HOSTS", server.hostport)
        monkeypatch.setenv("BAMBOO_PER_HOST_DELAY", "0")
        monkeypatch.setenv("BAMBOO_CONNECT_TIMEOUT", "2")
        monkeypatch.setenv("BAMBOO_READ_TIMEOUT", "10")
        yield server


def _feeds(server: ReplayServer, tmp_path: Path) -> str:
    path = tmp_path / "feeds.toml"
    path.write_bytes(server.render("feeds.toml"))
    return str(path)


def warehouse_rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every base table's rows, sorted, without the columns that differ between runs by design."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        tables = [t for (t,) in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        for table in tables:
            cols = [(c, t) for c, t in con.execute(
                "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? "
                "ORDER BY column_index", [table]).fetchall()]
            keep = [c for c, t in cols if c not in VOLATILE and not t.startswith("TIMESTAMP")]
            if keep:
                select = ", ".join(f'"{c}"::VARCHAR' for c in keep)
                rows = con.execute(f'SELECT {select} FROM "{table}"').fetchall()
                out[table] = sorted(rows, key=lambda r: tuple("" if v is None else v for v in r))
        return out
    finally:
        con.close()


def test_backfill_on_two_dask_workers_gives_the_rows_of_a_local_run(
        dask_address: str, bf_site: ReplayServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    feeds = _feeds(bf_site, tmp_path)
    before = _workers(dask_address)
    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    # One chunk for the month (and one for undated URLs): its pages go out as one batch, split
    # across the two workers.
    local = backfill(*SEPTEMBER, chunk_days=30, feeds_file=feeds, db=str(local_db))
    monkeypatch.setenv("BAMBOO_DASK_ADDRESS", dask_address)
    remote = backfill(*SEPTEMBER, chunk_days=30, feeds_file=feeds, db=str(dask_db))

    assert local.new_articles == remote.new_articles == LOADED
    assert [s.url for s in remote.stories] == [s.url for s in local.stories] and remote.stories
    local_rows, dask_rows = warehouse_rows(local_db), warehouse_rows(dask_db)
    assert dask_rows.keys() == local_rows.keys()
    for table in local_rows:
        assert dask_rows[table] == local_rows[table], f"table {table} differs"
    for table in ("articles", "extractions", "detections", "detection_events", "detection_tiers"):
        assert local_rows[table], f"{table} is empty: the comparison would prove nothing"

    after = _workers(dask_address)
    done = {w: after[w]["pages"] - before[w]["pages"] for w in after}
    assert sum(done.values()) == LOADED, done  # every page went through the workers, once
    assert all(n > 0 for n in done.values()), done  # ... and both workers took part
    assert all(s["pid"] != os.getpid() for s in after.values())
    # The workers never loaded the warehouse code nor DuckDB: the one writer is the flow's process.
    assert not any(s["duckdb"] or s["warehouse"] for s in after.values()), after
    assert query_rows(dask_db, "SELECT flow, status FROM runs") == [("backfill", "completed")]


def test_an_unreachable_scheduler_fails_the_run_in_one_line_naming_it(
        bf_site: ReplayServer, tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    address = f"tcp://127.0.0.1:{free_port()}"  # nothing listens there
    monkeypatch.setenv("BAMBOO_DASK_ADDRESS", address)
    # Every connection attempt is refused at once; the client gives up after 2 s instead of the 10 s
    # floor a real network's handshake is allowed. The failure and its message are the same.
    monkeypatch.setattr(cluster, "MIN_CONNECT_TIMEOUT", 2.0)
    monkeypatch.setenv("BAMBOO_CONNECT_TIMEOUT", "2")

    with pytest.raises(ConfigError) as failed:
        backfill(*SEPTEMBER, feeds_file=_feeds(bf_site, tmp_path), db=str(db_path))

    message = str(failed.value)
    assert "\n" not in message and message.startswith(f"BAMBOO_DASK_ADDRESS={address}: cannot reach")
    (status, error), = query_rows(db_path, "SELECT status, error FROM runs")
    assert status == "failed" and address in error
    assert bf_site.log == []  # failed before discovery fetched anything
    with pytest.raises(ConfigError, match="not a Dask scheduler address"):  # no 20 s wait on a typo
        cluster.check(Settings(dask_address="http://127.0.0.1:8786"))


def test_an_ingest_on_dask_workers_gives_the_rows_of_a_local_run(
        dask_address: str, site_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    local = ingest(feeds_file=str(site_env), db=str(local_db), all_feeds=True)
    before = _workers(dask_address)
    monkeypatch.setenv("BAMBOO_DASK_ADDRESS", dask_address)
    remote = ingest(feeds_file=str(site_env), db=str(dask_db), all_feeds=True)

    assert remote.new_articles == local.new_articles > 0 and len(remote.stories) == len(local.stories) > 0
    assert warehouse_rows(dask_db) == warehouse_rows(local_db)
    after = _workers(dask_address)
    assert sum(after[w]["pages"] - before[w]["pages"] for w in after) == local.new_articles


def _page(url: str, body: bytes) -> PageWork:
    page = RawPage(url=url, final_url=url, status=200, content_type="text/html; charset=utf-8", body=body,
                   fetched_at=datetime(2023, 9, 4, tzinfo=UTC))
    return PageWork(url, page, None)


def test_the_page_budget_holds_on_a_dask_worker(dask_address: str) -> None:
    """A page libxml2 would parse for minutes, between two plain ones, with a 1 s budget: it comes
    back over budget from the worker, the others extracted as locally, and the workers live on."""
    works = [_page("http://news.invalid/a", article_html(1)),
             _page("http://news.invalid/hidden-flood", many_attributes_html(100_000, hidden=True)),
             _page("http://news.invalid/b", article_html(2))]
    settings = Settings(dask_address=dask_address, page_cpu_seconds=1.0)
    before = _workers(dask_address)

    out = tasks.extract_and_detect(works, settings)

    flood = out[1][0]
    assert str(flood.error).startswith("budget_exceeded: over 1 s of CPU time"), flood.error
    assert [o for i, o in enumerate(out) if i != 1] == process_pages([works[0], works[2]])
    after = _workers(dask_address)
    assert {s["pid"] for s in after.values()} == {s["pid"] for s in before.values()}  # no worker died
    assert sum(after[w]["pages"] - before[w]["pages"] for w in after) == len(works)

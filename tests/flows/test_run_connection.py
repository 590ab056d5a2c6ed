"""A run keeps one warehouse connection across its writes, and lets go between batches when another
process waits for the file: real Prefect flow runs, a real `bamboo ingest` process, real DuckDB files."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

import warehouse.db
from flows.demo import ReplayServer
from flows.ingest import ingest
from tests import ROOT
from tests.hostile import HostileServer, article_html, delayed, kill_group, respond, rss
from tests.runs import bamboo_env
from tests.warehouse_helpers import query_rows
from warehouse.db import connect

pytestmark = pytest.mark.timeout(240)

BAMBOO = [sys.executable, "-c", "from flows.cli import main; main()"]
PAGES = 8  # one per batch, each a little slow, so the run has pauses between its writes


@pytest.fixture
def opens(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Every DuckDB open of the warehouse in this process, by whether it was read-only (the analyst
    copy, which the run summary reads its events from, is another file)."""
    seen: list[bool] = []
    real = warehouse.db.open_duckdb

    def counted(db: Path, **kw: Any) -> duckdb.DuckDBPyConnection:
        if ".analyst" not in Path(db).name:
            seen.append(bool(kw.get("read_only")))
        return real(db, **kw)

    monkeypatch.setattr(warehouse.db, "open_duckdb", counted)
    return seen


@pytest.mark.usefixtures("prefect_harness")
def test_each_run_opens_the_warehouse_once_for_all_its_batches(
        site: ReplayServer, site_env: Path, db_path: Path, opens: list[bool],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BAMBOO_BATCH_SIZE", "2")  # seven articles: four batches, plus the run's own writes
    first = ingest(feeds_file=str(site_env), db=str(db_path), all_feeds=True)
    assert first.new_articles == 7 and first.batches_done == 4
    assert opens == [False]  # begin, plan, four batches, settle, polls, finish and publish: one open
    opens.clear()
    again = ingest(feeds_file=str(site_env), db=str(db_path), all_feeds=True)  # nothing new, still writes
    assert again.new_articles == 0
    assert opens == [False]
    # The file was closed at the end of each run: another process opens it at once, and sees both runs.
    assert query_rows(db_path, "SELECT status, count(*) FROM runs GROUP BY ALL") == [("completed", 2)]
    assert query_rows(db_path, "SELECT count(*) FROM articles") == [(7,)]
    assert query_rows(db_path, "SELECT count(*) FROM article_current") == [(7,)]


@pytest.fixture
def slow_site() -> Iterator[HostileServer]:
    """A feed of PAGES articles whose pages each take half a second."""
    with HostileServer(lifetime=220) as server:
        urls = []
        for i in range(PAGES):
            path = f"/news/{i}.html"
            server.routes[path] = delayed(respond(200, article_html(i), {"Content-Type": "text/html"}), 0.5)
            urls.append(server.url(path))
        server.routes["/feed.xml"] = respond(200, rss("Feed", [(u, u) for u in urls]),
                                             {"Content-Type": "application/rss+xml"})
        yield server


def _running_with_some_loaded(db: Path) -> tuple[str, int] | None:
    """While holding the writer lock: (the run's status, articles loaded), once the run has a row."""
    with connect(db, timeout=120) as con:
        row = con.execute("SELECT status FROM runs WHERE flow = 'ingest'").fetchone()
        loaded = con.execute("SELECT count(*) FROM articles").fetchone()
    return (str(row[0]), int(loaded[0])) if row and loaded else None


def test_a_waiting_writer_gets_the_file_between_the_batches_of_a_run(
        slow_site: HostileServer, api_url: str, tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f'[[feed]]\nname = "wire"\nurl = "{slow_site.url("/feed.xml")}"\noutlet = "Wire"\n')
    db = tmp_path / "wh" / "bamboo.duckdb"
    env = bamboo_env(api_url, slow_site.hostport, BAMBOO_PER_HOST_CONCURRENCY="1", BAMBOO_BATCH_SIZE="1",
                     BAMBOO_READ_TIMEOUT="10")
    run = subprocess.Popen([*BAMBOO, "ingest", "--all", "--feeds", str(feeds), "--db", str(db)], env=env,
                           cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           start_new_session=True)
    seen: list[tuple[str, int]] = []
    try:
        # This process asks for the writer lock again and again, as another run's batches would.
        while run.poll() is None and not any(s == "running" and 0 < n < PAGES for s, n in seen):
            if db.exists() and (state := _running_with_some_loaded(db)) is not None:
                seen.append(state)
            time.sleep(0.2)
        out, err = run.communicate(timeout=180)
    finally:
        kill_group(run)  # type: ignore[arg-type]
    assert run.returncode == 0, out[-2000:] + err[-3000:]
    # It got the file while the run was under way, between two of its batches, not only at its end.
    assert any(s == "running" and 0 < n < PAGES for s, n in seen), seen
    assert query_rows(db, "SELECT status, new_articles FROM runs") == [("completed", PAGES)]
    assert query_rows(db, "SELECT count(*) FROM article_current WHERE page_sha256 <> ''") == [(PAGES,)]

"""The run lifecycle every flow shares (flows/runs.py): a failed backfill or reprocess run leaves its
`runs` row under its own flow name with its error, also when the warehouse could not take the record
at once (real Prefect flow runs, a real DuckDB file, another writer really holding the lock)."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

import flows.reprocess
from extractors.core.errors import WarehouseError
from flows.backfill import backfill
from flows.demo import ReplayServer
from flows.reprocess import reprocess
from tests import FIXTURES
from tests.runs import DEFAULT_BUDGET
from tests.warehouse_helpers import query_rows
from warehouse.db import connect, others_wait, writer_lock
from warehouse.deferred import journal_path, record_deferred
from warehouse.pagestore import pages_dir

pytestmark = [pytest.mark.usefixtures("prefect_harness"), pytest.mark.timeout(300)]

FIXTURE = FIXTURES / "backfill"
SEPTEMBER = (date(2023, 9, 1), date(2023, 9, 30))
LOCK_TIMEOUT = "2"  # seconds a run (and its failure record) waits for the writer lock


class _Holder:
    """Another writer: takes the warehouse's writer lock (waiting as any writer does) and keeps it."""

    def __init__(self, db: Path) -> None:
        self.db, self.held, self.release = db, threading.Event(), threading.Event()
        self.thread = threading.Thread(target=self._hold, daemon=True)
        self._once = threading.Lock()
        self.started = False

    def _hold(self) -> None:
        with writer_lock(self.db, timeout=120):
            self.held.set()
            self.release.wait(120)

    def start(self) -> None:
        """Start taking the lock (once) and wait until it is held."""
        with self._once:
            if not self.started:
                self.started = True
                self.thread.start()
        assert self.held.wait(60), "the other writer never got the lock"

    def stop(self) -> None:
        self.release.set()
        if self.started:
            self.thread.join(30)


@contextmanager
def _site(cls: type[ReplayServer], monkeypatch: pytest.MonkeyPatch) -> Iterator[ReplayServer]:
    with cls(FIXTURE) as server:
        monkeypatch.setenv("BAMBOO_ALLOWED_HOSTS", server.hostport)
        monkeypatch.setenv("BAMBOO_PER_HOST_DELAY", "0")
        yield server


def _failed_runs(db: Path) -> list[tuple[str, str, str]]:
    """The failed runs, once the next writer has moved deferred failures into `runs` (as a run does)."""
    with connect(db, timeout=30) as con:
        record_deferred(con, db)
    return query_rows(db, "SELECT flow, status, error FROM runs WHERE status = 'failed' ORDER BY started_at")


def test_failed_backfill_is_recorded_as_backfill_when_the_lock_is_taken(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "wh" / "bamboo.duckdb"
    holder = _Holder(db)

    class LockingSite(ReplayServer):
        """The fixture site; its first request (the run's discovery) lets another writer take the lock."""

        def _answer(self, path: str, if_none_match: str | None) -> tuple[int, dict[str, str], bytes]:
            holder.start()
            return super()._answer(path, if_none_match)

    monkeypatch.setenv("BAMBOO_LOCK_TIMEOUT", LOCK_TIMEOUT)
    with _site(LockingSite, monkeypatch) as site:
        feeds = tmp_path / "feeds.toml"
        feeds.write_bytes(site.render("feeds.toml"))
        try:
            with pytest.raises(WarehouseError, match="held the writer lock"):
                backfill(*SEPTEMBER, feeds=["delta-dispatch"], feeds_file=str(feeds), db=str(db))
            assert journal_path(db).exists()  # the record itself could not get the lock either
        finally:
            holder.stop()
    [(flow, status, error)] = _failed_runs(db)
    assert (flow, status) == ("backfill", "failed")
    assert "held the writer lock" in error


def test_failed_reprocess_is_recorded_as_reprocess_when_the_lock_is_taken(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "wh" / "bamboo.duckdb"
    with _site(ReplayServer, monkeypatch) as site:
        feeds = tmp_path / "feeds.toml"
        feeds.write_bytes(site.render("feeds.toml"))
        assert backfill(*SEPTEMBER, feeds=["delta-dispatch"], feeds_file=str(feeds), db=str(db)).new_articles
    # One stored page becomes a pipe: reading it waits until the test writes, which happens only once
    # another writer waits for the lock; the run then lets go of its connection and cannot get it back.
    [(name,)] = query_rows(db, "SELECT body_path FROM raw_pages WHERE body_path IS NOT NULL "
                               "ORDER BY article_id LIMIT 1")
    page = pages_dir(db) / name
    page.unlink()
    os.mkfifo(page)
    holder = _Holder(db)

    def release_the_page() -> None:
        fd = os.open(page, os.O_WRONLY)  # returns once the run opened the page to read it
        threading.Thread(target=holder.start, daemon=True).start()
        deadline = time.monotonic() + 60
        while not others_wait(db) and time.monotonic() < deadline:
            time.sleep(0.05)
        os.write(fd, b"not a zstd frame")
        os.close(fd)

    feeder = threading.Thread(target=release_the_page, daemon=True)
    feeder.start()
    monkeypatch.setenv("BAMBOO_LOCK_TIMEOUT", LOCK_TIMEOUT)
    # The default page budget: the run extracts in an extraction process it starts once it has let go,
    # which gives the other writer (polling every 50-150 ms) the time to take the lock first; pages
    # extracted in the run's own process are done in about that time.
    for name, value in DEFAULT_BUDGET.items():
        monkeypatch.setenv(name, value)
    # The batch task still fails, is retried once (its `retries=1`) and fails again while the lock is
    # held; only the 5 s pause before the retry, which no assertion reads, is left out.
    monkeypatch.setattr(flows.reprocess, "reprocess_batch",
                        flows.reprocess.reprocess_batch.with_options(retry_delay_seconds=0))
    try:
        with pytest.raises(WarehouseError, match="held the writer lock"):
            reprocess(*SEPTEMBER, what="extract", db=str(db))
        assert holder.held.is_set() and journal_path(db).exists()
    finally:
        feeder.join(60)
        holder.stop()
    [(flow, status, error)] = _failed_runs(db)
    assert (flow, status) == ("reprocess", "failed")
    assert "held the writer lock" in error

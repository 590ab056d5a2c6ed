"""An extraction worker that dies (killed for memory, or crashed by a page) costs no page of the run."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
import time

import psutil
import pytest

from extractors.core.models import FeedEntry
from extractors.core.settings import Settings
from extractors.pipeline import PageWork, process_pages, unprocessable
from flows import resources
from flows.tasks import extract_and_detect
from tests.runs import DEFAULT_BUDGET
from tests.warehouse_helpers import fixture_page_works


def _settings() -> Settings:
    """Two extraction processes, each page parsed in a child under the default budget (as for a user)."""
    return Settings.from_env({**os.environ, **DEFAULT_BUDGET}).with_(workers=2)


def _workers_of() -> list[psutil.Process]:
    me = psutil.Process()
    return [p for p in me.children() if "multiprocessing" in " ".join(p.cmdline())
            and "resource_tracker" not in " ".join(p.cmdline())]


def test_batch_survives_its_workers_being_killed(caplog: pytest.LogCaptureFixture) -> None:
    settings = _settings()
    works = fixture_page_works()
    expected = process_pages(works, settings.min_body_chars)
    try:
        ex = resources.pool(2)
        resources.warm_pool(2)
        for _ in range(2):
            ex.submit(os.getpid).result()
        victims = _workers_of()
        assert victims, "no worker process to kill"
        for p in victims:
            p.send_signal(signal.SIGKILL)
        psutil.wait_procs(victims, timeout=10)
        time.sleep(0.2)  # let the pool's manager thread see its dead workers
        with caplog.at_level(logging.WARNING, logger="bamboo.flows"):
            got = extract_and_detect(works, settings)
        assert resources.pool(2) is not ex
    finally:
        resources.close_all()
    assert [a.body for a, _ in got] == [a.body for a, _ in expected]
    assert [d.relevant for _, d in got] == [d.relevant for _, d in expected]
    assert any("worker process died" in r.getMessage() for r in caplog.records)


def test_stopped_workers_are_gone_and_the_next_pool_starts_anew() -> None:
    """A run stops its extraction workers once everything is extracted (flows/ingest.py); a later
    extraction in the same process gets a new pool."""
    settings = _settings()
    works = fixture_page_works()[:2]
    try:
        ex = resources.pool(2)
        pids = {ex.submit(os.getpid).result() for _ in range(4)}
        workers = _workers_of()
        assert pids and {p.pid for p in workers} >= pids
        resources.stop_workers()
        gone, alive = psutil.wait_procs(workers, timeout=10)
        assert alive == [] and _workers_of() == []
        got = extract_and_detect(works, settings)
        assert resources.pool(2) is not ex and _workers_of()
    finally:
        resources.close_all()
    assert [a.body for a, _ in got] == [a.body for a, _ in process_pages(works, settings.min_body_chars)]


def test_a_page_that_kills_its_worker_is_stored_with_the_reason() -> None:
    entry = FeedEntry(feed_name="f", url="https://news.example/a", link="https://news.example/a", guid="a",
                      title="Vietnam and China sign",
                      summary="Hanoi and Beijing signed a border agreement on Monday. " * 6)
    work = PageWork(entry.url, None, entry)
    article, detection = unprocessable(work, "extraction killed its worker process")
    assert article.error and article.error.startswith("extraction killed its worker process")
    assert article.body == ""  # the page was not parsed again
    assert detection.relevant and detection.pairs == ("CN-VN",)  # the detector read the feed's text


def test_pages_whose_workers_keep_dying_are_stored_failed_and_the_batch_returns(
        caplog: pytest.LogCaptureFixture) -> None:
    """Every worker is killed as soon as it appears (as an OOM killer would): each page is tried
    alone, twice, then recorded as failed with the reason; the call returns instead of hanging."""
    settings = _settings()
    works = fixture_page_works()[:2]
    stop = threading.Event()

    def killer() -> None:
        while not stop.is_set():
            for p in _workers_of():
                with contextlib.suppress(psutil.Error):
                    p.send_signal(signal.SIGKILL)
            time.sleep(0.01)

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    try:
        with caplog.at_level(logging.WARNING, logger="bamboo.flows"):
            got = extract_and_detect(works, settings)
    finally:
        stop.set()
        thread.join()
        resources.close_all()
    assert len(got) == len(works)
    assert all(a.error and a.error.startswith("extraction killed its worker process") for a, _ in got)
    assert sum("killed the worker process" in r.getMessage() for r in caplog.records) == len(works)

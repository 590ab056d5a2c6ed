"""One warehouse writer at a time, across threads, processes and flow runs.

Three layers, always taken in this order (so they cannot deadlock):
1. a lock per process and warehouse file, so threads of one run queue quietly;
2. the Prefect global concurrency limit `bamboo-warehouse-writer` (limit 1), when the API is a real
   server and the limit exists there (`bamboo serve` creates it): runs on other workers queue too,
   and the Prefect UI shows who holds the slot. Strict only when it exists, so a missing limit never
   stops a run, and an ephemeral API (which leaks slots of crashed runs) is never asked;
3. the file lock of `warehouse.db.connect`, which works with no Prefect server at all.
Each layer logs once when a run has to wait for it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import duckdb

from extractors.settings import Settings
from warehouse.db import connect

log = logging.getLogger("bamboo.flows")

WRITER_LIMIT = "bamboo-warehouse-writer"
LEASE_SECONDS = 60.0  # a crashed holder's slot returns after this (the lease is renewed while held)
FIRST_TRY_SECONDS = 1.0  # after this, log that the run waits, then keep waiting
RECHECK_SECONDS = 60.0  # how long a "the limit exists / does not" answer is trusted

_locks: dict[Path, threading.Lock] = {}
_locks_guard = threading.Lock()
_known: dict[str, tuple[bool, float]] = {}


@contextmanager
def warehouse(settings: Settings) -> Iterator[duckdb.DuckDBPyConnection]:
    """The warehouse connection, once this run is the only writer."""
    with _process_lock(settings), writer_slot(settings), \
            connect(settings.db, timeout=settings.lock_timeout) as con:
        yield con


@contextmanager
def _process_lock(settings: Settings) -> Iterator[None]:
    path = Path(settings.db).resolve()
    with _locks_guard:
        lock = _locks.setdefault(path, threading.Lock())
    if not lock.acquire(timeout=settings.lock_timeout):
        raise TimeoutError(f"{path}: another thread of this run wrote for over {settings.lock_timeout:.0f} s")
    try:
        yield
    finally:
        lock.release()


@contextmanager
def writer_slot(settings: Settings) -> Iterator[None]:
    """Hold the global concurrency limit's slot when a server has the limit; else do nothing."""
    if not limit_exists():
        yield
        return
    from prefect.concurrency.sync import concurrency

    stack = ExitStack()
    started = time.monotonic()
    with stack:
        try:
            stack.enter_context(concurrency(WRITER_LIMIT, occupy=1, timeout_seconds=FIRST_TRY_SECONDS,
                                            lease_duration=LEASE_SECONDS, strict=True))
        except TimeoutError:
            log.info("Waiting for the warehouse writer slot (Prefect global concurrency limit %r): "
                     "another run is writing", WRITER_LIMIT)
            stack.enter_context(concurrency(WRITER_LIMIT, occupy=1, timeout_seconds=settings.lock_timeout,
                                            lease_duration=LEASE_SECONDS, strict=True))
            log.info("Got the warehouse writer slot after %.1f s", time.monotonic() - started)
        yield


def server_url() -> str | None:
    """The Prefect API URL when it is a real server (not the ephemeral one started per process)."""
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    return str(url) if url else None


def limit_exists() -> bool:
    """Whether the configured server has the writer limit (answers cached for a minute)."""
    url = server_url()
    if url is None:
        return False
    cached = _known.get(url)
    if cached and time.monotonic() - cached[1] < RECHECK_SECONDS:
        return cached[0]
    from prefect.client.orchestration import get_client

    try:
        with get_client(sync_client=True) as client:
            client.read_global_concurrency_limit_by_name(WRITER_LIMIT)
        exists = True
    except Exception as exc:  # not found, or no server answering: the file lock alone serialises
        exists = False
        if type(exc).__name__ != "ObjectNotFound":
            log.warning("Could not read the Prefect limit %r (%s); using the file lock only",
                        WRITER_LIMIT, exc)
    _known[url] = (exists, time.monotonic())
    return exists


def ensure_limit() -> None:
    """Create the writer limit (limit 1) on the configured server if it is missing."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
    from prefect.exceptions import ObjectNotFound

    with get_client(sync_client=True) as client:
        try:
            client.read_global_concurrency_limit_by_name(WRITER_LIMIT)
        except ObjectNotFound:
            client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(name=WRITER_LIMIT, limit=1))
    _known.clear()

"""One warehouse writer at a time, across threads, processes and flow runs.

Three layers, always taken in this order (so they cannot deadlock):
1. a lock per process and warehouse file, so threads of one run queue quietly;
2. the Prefect global concurrency limit `bamboo-warehouse-writer` (limit 1), when the API is a real
   server and the limit exists there (`bamboo serve` creates it): runs on other workers queue too,
   and the Prefect UI shows who holds the slot. Asked only when it exists, so a missing limit never
   stops a run, and an ephemeral API (which leaks slots of crashed runs) is never asked;
3. the file lock of `warehouse.db.connect`, which works with no Prefect server at all.
Each layer logs once when a run has to wait for it.

Inside a run (`run_session`) the connection and the layers under it are kept between the run's writes:
opening the warehouse, loading its primary-key indexes and checkpointing it on close cost about a
second at a million articles, once per run instead of once per batch. The run lets go as soon as it
pauses while anyone else waits for the file (`warehouse.db.waiting`), so concurrent runs still take
turns batch by batch.
"""

from __future__ import annotations

import logging
import random
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from uuid import UUID

import duckdb

from extractors.core.settings import Settings
from warehouse.db import connect, others_wait, release_indexes, waiting

log = logging.getLogger("bamboo.flows")
T = TypeVar("T")
# Busy pauses draw from their own generator, never from the caller's module-level `random` state.
_jitter = random.Random()

WRITER_LIMIT = "bamboo-warehouse-writer"
LEASE_SECONDS = 60.0  # a crashed holder's slot returns after this (the lease is renewed while held)
RENEW_AT = 0.75  # renew the lease when this share of it has passed
RETRY_CAP_SECONDS = 2.0  # longest pause between asks while another run holds the slot
HTTP_LOCKED = 423  # the server's answer when the slot is taken
HTTP_BUSY = 503  # the server's answer when its database is busy: ask again soon
BUSY_TRIES = 40  # then the error stands (about 5 s of a busy server)
BUSY_PAUSE_SECONDS = (0.05, 0.2)
RECHECK_SECONDS = 60.0  # how long a "the limit exists / does not" answer is trusted
WAITERS_POLL_SECONDS = 0.25  # how often a run that keeps the warehouse open looks for others waiting

_locks: dict[Path, threading.Lock] = {}
_locks_guard = threading.Lock()
_known: dict[str, tuple[bool, float]] = {}
_retries_off: dict[int, tuple[Any, Any]] = {}


@dataclass
class _Held:
    """A writer connection with the layers it holds (slot, file lock), closed together."""

    con: duckdb.DuckDBPyConnection
    layers: ExitStack


_runs: dict[Path, int] = {}  # warehouses with a run session open in this process (how many)
_held: dict[Path, _Held] = {}  # the connection such a run keeps between its writes
_runs_guard = threading.Lock()


@contextmanager
def warehouse(settings: Settings) -> Iterator[duckdb.DuckDBPyConnection]:
    """The warehouse connection, once this run is the only writer.

    Inside a `run_session` the connection is kept for the run's next write, unless another process
    waits for the file; outside one (or after an error) it is closed, with the layers under it.
    """
    path = Path(settings.db).resolve()
    with _process_lock(settings):
        held = _held.pop(path, None)
        if held is not None and _indexes_too_large(held.con, settings, "before this write"):
            held.layers.close()
            held = None
        held = held or _open(settings)
        try:
            yield held.con
        except BaseException:
            # The error goes through connect() (a damaged file, or one out of memory, is named there)
            # and ends the connection.
            if not held.layers.__exit__(*sys.exc_info()):
                raise
            return
        if path in _runs and not others_wait(path) and not _indexes_too_large(held.con, settings,
                                                                                "after a write"):
            _held[path] = held
        else:
            held.layers.close()


def _indexes_too_large(con: duckdb.DuckDBPyConnection, settings: Settings, when: str) -> bool:
    """Whether a kept connection still holds too much index memory once a checkpoint let go of what
    it could (warehouse.db.release_indexes): measured before each write too, so a write never starts
    on what the reads since the last one pinned."""
    mb = release_indexes(con, settings.duckdb_memory_limit)
    if mb is not None:
        log.info("Warehouse %s: the connection holds %d MB of index buffers %s; it is closed and "
                 "the write opens the file again", Path(settings.db).resolve(), mb, when)
    return mb is not None


def _open(settings: Settings) -> _Held:
    layers = ExitStack()
    try:
        layers.enter_context(writer_slot(settings))
        con = layers.enter_context(connect(settings.db, timeout=settings.lock_timeout,
                                                   report_language=settings.report_language,
                                                   memory_limit=settings.duckdb_memory_limit))
    except BaseException:
        layers.close()
        raise
    return _Held(con, layers)


@contextmanager
def run_session(settings: Settings) -> Iterator[None]:
    """Keep the writer connection between this run's writes (in this process), until the block ends.

    A watcher lets go of it at the first moment no write is under way once another process waits
    for the file, so a concurrent run, `bamboo sql --live` or an analyst's retrying open gets its
    turn within a batch, as when every write opened the file. A kill -9 loses only the open
    transaction: every write commits before the connection is reused.
    """
    path = Path(settings.db).resolve()
    with _runs_guard:
        _runs[path] = _runs.get(path, 0) + 1
    stop = threading.Event()
    watcher = threading.Thread(target=_let_go_when_asked, args=(settings, path, stop), daemon=True,
                               name="bamboo-writer-watch")
    watcher.start()
    try:
        yield
    finally:
        stop.set()
        watcher.join()
        with _runs_guard:
            _runs[path] -= 1
            last = not _runs[path]
            if last:
                del _runs[path]
        if last:
            _let_go(settings, path, wait=True)


def _let_go_when_asked(settings: Settings, path: Path, stop: threading.Event) -> None:
    while not stop.wait(WAITERS_POLL_SECONDS):
        if path in _held and others_wait(path):
            _let_go(settings, path, wait=False)


def _let_go(settings: Settings, path: Path, wait: bool) -> None:
    """Close the kept connection of `path`, if no write is using it (or, with `wait`, once none is)."""
    lock = _process_lock_of(path)
    if not lock.acquire(timeout=settings.lock_timeout if wait else 0):
        return
    try:
        held = _held.pop(path, None)
        if held is not None:
            held.layers.close()
    except Exception as exc:  # the data is committed; closing checkpoints, which the next open redoes
        log.warning("Closing the warehouse connection of %s failed: %s", path, exc)
    finally:
        lock.release()


@contextmanager
def _process_lock(settings: Settings) -> Iterator[None]:
    path = Path(settings.db).resolve()
    lock = _process_lock_of(path)
    if not lock.acquire(timeout=settings.lock_timeout):
        raise TimeoutError(f"{path}: another thread of this run wrote for over {settings.lock_timeout:.0f} s")
    try:
        yield
    finally:
        lock.release()


def _process_lock_of(path: Path) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(path, threading.Lock())


@contextmanager
def writer_slot(settings: Settings) -> Iterator[None]:
    """Hold the global concurrency limit's slot when a server has the limit; else do nothing.

    Only the server's answer "locked" (HTTP 423) means another run holds the slot: then this run
    logs once and waits. A slow answer is not taken for one: there is no client timeout, and a 503
    (the server's SQLite database busy for a moment) is asked again within 0.2 s. A free slot costs
    one request, not a fixed wait.
    """
    if not limit_exists():
        yield
        return
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        lease_id = _take_slot(client, settings.lock_timeout, Path(settings.db))
        if lease_id is None:
            yield
            return
        try:
            with _renewing(lease_id):
                yield
        finally:
            _release(client, lease_id)


def _take_slot(client: Any, timeout: float, db: Path) -> UUID | None:
    """The lease of the writer slot, waiting while another run holds it (None: no slot to hold)."""
    with ExitStack() as queued:  # while waiting, a run that keeps the file open is asked to let go
        return _ask_for_slot(client, timeout, db, queued)


def _ask_for_slot(client: Any, timeout: float, db: Path, queued: ExitStack) -> UUID | None:
    started, in_queue = time.monotonic(), False
    while True:
        try:
            response = _soon(lambda: client.increment_concurrency_slots_with_lease(
                names=[WRITER_LIMIT], slots=1, mode="concurrency", lease_duration=LEASE_SECONDS,
                holder=_holder()))
        except Exception as exc:
            if _status(exc) != HTTP_LOCKED:  # no answer, or another error: the file lock still serialises
                log.warning("Could not take the Prefect writer slot %r (%s: %s); using the file lock only",
                            WRITER_LIMIT, type(exc).__name__, exc)
                return None
            waited = time.monotonic() - started
            if waited >= timeout:
                raise TimeoutError(f"Prefect limit {WRITER_LIMIT!r}: another run held the writer slot "
                                   f"for over {timeout:.0f} s") from exc
            if not in_queue:
                log.info("Waiting for the warehouse writer slot (Prefect global concurrency limit %r): "
                         "another run is writing", WRITER_LIMIT)
                queued.enter_context(waiting(db))
                in_queue = True
            retry_after = float(exc.response.headers.get("Retry-After", RETRY_CAP_SECONDS))  # type: ignore[attr-defined]
            time.sleep(max(0.05, min(retry_after, RETRY_CAP_SECONDS, timeout - waited)))
            continue
        if in_queue:
            log.info("Got the warehouse writer slot after %.1f s", time.monotonic() - started)
        data = response.json()
        if not data.get("limits"):  # deleted since it was read: like a missing limit
            _known.clear()
            return None
        return UUID(data["lease_id"])


def _soon(call: Callable[[], T]) -> T:
    """`call`, retried soon while the server answers 503 (its SQLite database busy for a moment).

    The Prefect client's own first retry of a 503 comes after ~2 s; a busy moment is far shorter.
    """
    for attempt in range(BUSY_TRIES):
        try:
            with _client_retries_off():
                return call()
        except Exception as exc:
            if _status(exc) != HTTP_BUSY or attempt == BUSY_TRIES - 1:
                raise
            time.sleep(_jitter.uniform(*BUSY_PAUSE_SECONDS))
    raise AssertionError("unreachable")


@contextmanager
def _client_retries_off() -> Iterator[None]:
    """Prefect's settings of this context with the client's retries off (derived once: ~0.2 s each)."""
    import prefect.context
    from prefect.settings import PREFECT_CLIENT_MAX_RETRIES

    ctx = prefect.context.get_settings_context()
    source, derived = _retries_off.get(id(ctx.settings), (None, None))
    if source is not ctx.settings:  # the source is kept, so its id is not reused by another
        derived = ctx.settings.copy_with_update(updates={PREFECT_CLIENT_MAX_RETRIES: 0})
        _retries_off[id(ctx.settings)] = (ctx.settings, derived)
    with prefect.context.SettingsContext(profile=ctx.profile, settings=derived):
        yield


def _status(exc: Exception) -> int | None:
    return getattr(getattr(exc, "response", None), "status_code", None)


def _holder() -> Any:
    """This flow run, shown as the slot's holder in the Prefect UI (None outside a flow run)."""
    from prefect.client.schemas.objects import ConcurrencyLeaseHolder
    from prefect.context import FlowRunContext

    ctx = FlowRunContext.get()
    if ctx is None or ctx.flow_run is None:
        return None
    return ConcurrencyLeaseHolder(type="flow_run", id=ctx.flow_run.id)


@contextmanager
def _renewing(lease_id: UUID) -> Iterator[None]:
    """Renew the lease while the slot is held (most writes end long before the first renewal)."""
    stop = threading.Event()
    thread = threading.Thread(target=_renew_until, args=(lease_id, stop), daemon=True,
                              name="bamboo-writer-lease")
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def _renew_until(lease_id: UUID, stop: threading.Event) -> None:
    from prefect.client.orchestration import get_client

    while not stop.wait(LEASE_SECONDS * RENEW_AT):
        try:
            with get_client(sync_client=True) as client:
                client.renew_concurrency_lease(lease_id=lease_id, lease_duration=LEASE_SECONDS)
        except Exception as exc:  # the file lock still serialises; the slot may pass to another run
            log.warning("Could not renew the Prefect writer slot's lease (%s); it ends within %.0f s",
                        exc, LEASE_SECONDS)


def _release(client: Any, lease_id: UUID) -> None:
    try:
        _soon(lambda: client.release_concurrency_slots_with_lease(lease_id=lease_id))
    except Exception as exc:  # the lease ends by itself
        log.warning("Could not release the Prefect writer slot (%s); it frees itself within %.0f s",
                    exc, LEASE_SECONDS)


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

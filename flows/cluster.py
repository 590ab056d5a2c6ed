"""Extraction and detection of page batches on a Dask cluster (BAMBOO_DASK_ADDRESS), through prefect-dask.

Worker side: `process_on_worker` is all a Dask worker runs: pages (bytes and metadata) in, records
(dataclasses) out, each page under the per-page budget in a child forked from the warmed worker. It
imports no warehouse code and no DuckDB, and fetches nothing.

Flow side: one prefect-dask `DaskTaskRunner(address=...)` per process and address, connected once
and closed with the flow's other resources. Its client sends each batch's pages in chunks, about one
per worker thread, as plain functions rather than Prefect tasks: a Prefect task run on a worker would
report to the flow's Prefect API, and with no server configured each worker started a temporary API
server of its own (seconds, and a process left running). Fetching, the warehouse writer and every
Prefect task stay in the flow's process.
"""

from __future__ import annotations

import logging
import math
import os
import threading
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from extractors.core.budget import Budget
from extractors.core.errors import ConfigError
from extractors.core.models import Article, Detection, RawPage
from extractors.core.settings import Settings
from extractors.pipeline import CRASHED, PageWork, process_page, process_pages_within, unprocessable
from flows.runtime import limit_malloc_arenas

log = logging.getLogger("bamboo.flows")

MAX_CHUNK = 16  # pages per Dask task, at most: a few seconds of work, a few MB over the wire
WORKERS_WAIT = 60.0  # seconds a run waits for the scheduler to have at least one worker
MIN_CONNECT_TIMEOUT = 10.0  # seconds to reach the scheduler, at least (its handshake is several round trips)

Output = tuple[Article, Detection]


# --- the worker's side ---------------------------------------------------------------------------

_worker_lock = threading.Lock()
_warmed = False
_done = {"pages": 0, "chunks": 0}

_WARM_PAGE = (b"<html><head><title>Warm-up</title></head><body><article><p>"
              + b"Hanoi and Beijing held talks on Monday. " * 12 + b"</p></article></body></html>")


def process_on_worker(works: Sequence[PageWork], min_body_chars: int, budget: Budget | None) -> list[Output]:
    """Extract and detect a chunk of pages on a Dask worker, each page under its budget."""
    warm_worker()
    out = process_pages_within(works, min_body_chars, budget)
    with _worker_lock:
        _done["pages"] += len(works)
        _done["chunks"] += 1
    return out


def worker_counts() -> dict[str, int]:
    """Pages and chunks this process has extracted as a Dask worker, and its pid (`Client.run` it)."""
    with _worker_lock:
        return {**_done, "pid": os.getpid()}


def warm_worker() -> None:
    """Load trafilatura, the language model and the lexicons in the worker itself, once.

    The budget's child is forked from this process: warmed first, a page's budget counts the page,
    not the imports (an unwarmed child grew by over 100 MB on its first page).
    """
    global _warmed
    with _worker_lock:
        if _warmed:
            return
        limit_malloc_arenas()  # two malloc arenas, like the flow's process (flows/runtime.py)
        page = RawPage(url="https://warm.invalid/a", final_url=None, status=200, content_type="text/html",
                       body=_WARM_PAGE, fetched_at=datetime.now(UTC))
        process_page(PageWork(page.url, page, None))
        _warmed = True


# --- the flow's side -----------------------------------------------------------------------------

_lock = threading.Lock()
_runners: dict[str, Any] = {}


def enabled(settings: Settings) -> bool:
    """Whether pages go to a Dask cluster."""
    return bool(settings.dask_address)


def check(settings: Settings) -> None:
    """Connect to the cluster now (if one is set), so a wrong address fails the run before any fetch."""
    if not enabled(settings):
        return
    client = _runner(settings).client
    threads = client.nthreads()
    log.info("Pages are extracted on the Dask cluster at %s: %d workers, %d threads",
             settings.dask_address, len(threads), sum(threads.values()))


def extract_and_detect(works: Sequence[PageWork], settings: Settings) -> list[Output]:
    """Extract and detect pages on the cluster in chunks, about one per worker thread; input order kept.

    Dask retries a chunk whose worker died on another worker; a chunk that killed workers every
    time (KilledWorker) goes again one page at a time, so only a page that kills its worker again
    is recorded as failed, as with the local process pool.
    """
    if not works:
        return []
    client = _runner(settings).client
    threads = max(1, sum(client.nthreads().values()))
    size = max(1, min(MAX_CHUNK, math.ceil(len(works) / threads)))
    chunks = [list(works[i:i + size]) for i in range(0, len(works), size)]
    futures = [_submit(client, c, settings) for c in chunks]
    outputs: list[Output] = []
    for chunk, fut in zip(chunks, futures, strict=True):
        try:
            outputs += fut.result()
        except Exception as exc:
            if not _killed_worker(exc):
                raise
            log.warning("A Dask worker died %d times on a chunk of %d pages; extracting them one at a time",
                        _allowed_failures(), len(chunk))
            outputs += [_extract_alone(client, w, settings) for w in chunk]
    return outputs


def _submit(client: Any, chunk: list[PageWork], settings: Settings) -> Any:
    return client.submit(process_on_worker, chunk, settings.min_body_chars, settings.budget, pure=False,
                         key=f"bamboo-extract-{len(chunk)}-{uuid.uuid4().hex[:12]}")


def _extract_alone(client: Any, work: PageWork, settings: Settings) -> Output:
    try:
        return _submit(client, [work], settings).result()[0]
    except Exception as exc:
        if not _killed_worker(exc):
            raise
        return unprocessable(work, CRASHED, settings.min_body_chars)


def _killed_worker(exc: BaseException) -> bool:
    from distributed import KilledWorker

    return isinstance(exc, KilledWorker)


def _allowed_failures() -> int:
    import dask

    return int(dask.config.get("distributed.scheduler.allowed-failures", 3)) + 1


def _runner(settings: Settings) -> Any:
    """The process's started DaskTaskRunner for the configured scheduler (connected on first use)."""
    address = settings.dask_address
    with _lock:
        if address not in _runners:
            _runners[address] = _connect(address, max(MIN_CONNECT_TIMEOUT, settings.connect_timeout))
        return _runners[address]


def _connect(address: str, timeout: float) -> Any:
    """A started DaskTaskRunner whose client reached the scheduler and sees a worker; ConfigError if not."""
    from distributed.comm.addressing import parse_address, parse_host_port
    from distributed.comm.registry import backends
    from prefect_dask import DaskTaskRunner

    try:  # checked before a client exists: a half-made client takes 20 s to give up when collected
        scheme, location = parse_address(address)
        if scheme not in backends:
            raise ValueError(f"unknown scheme {scheme!r} (known: {', '.join(sorted(backends))})")
        if scheme in ("tcp", "tls"):
            parse_host_port(location)
    except ValueError as exc:
        raise ConfigError(f"BAMBOO_DASK_ADDRESS={address}: not a Dask scheduler address (expected "
                          f"tcp://host:8786): {_one_line(exc)}") from exc
    runner = DaskTaskRunner(address=address, client_kwargs={"timeout": timeout})
    runner.__enter__()
    try:
        client = runner.client
    except Exception as exc:
        runner.__exit__(None, None, None)
        raise ConfigError(f"BAMBOO_DASK_ADDRESS={address}: cannot reach the Dask scheduler: "
                          f"{_one_line(exc)}") from exc
    try:
        client.wait_for_workers(1, timeout=WORKERS_WAIT)
    except Exception as exc:
        runner.__exit__(None, None, None)
        raise ConfigError(f"BAMBOO_DASK_ADDRESS={address}: the Dask scheduler has no worker (none joined "
                          f"within {WORKERS_WAIT:.0f} s; start one with `dask worker {address}`)") from exc
    return runner


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:500]


def close_all() -> None:
    """Close this process's cluster connections (end of a flow run); the cluster itself keeps running."""
    with _lock:
        runners = list(_runners.values())
        _runners.clear()
    for runner in runners:
        try:
            runner.__exit__(None, None, None)
        except Exception as exc:  # closing must not hide the run's outcome
            log.warning("Could not close the Dask client: %s", exc)

"""Per-process shared resources of a flow run: one HTTP fetcher, one extraction process pool.

Tasks receive records and settings, never open connections; they look these up here, so each
worker process (thread runner, or a Dask worker later) builds its own on first use.
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING

from extractors.core.settings import Settings

if TYPE_CHECKING:  # imported when a fetcher is made: extraction workers import this module, not httpx
    from extractors.http.client import Fetcher

_lock = threading.Lock()
_fetchers: dict[Settings, Fetcher] = {}
_pools: dict[int, ProcessPoolExecutor] = {}


def fetcher(settings: Settings) -> Fetcher:
    """The process's fetcher for these settings (per-host limits are shared through it)."""
    from extractors.http.client import Fetcher

    with _lock:
        if settings not in _fetchers:
            _fetchers[settings] = Fetcher(settings)
        return _fetchers[settings]


def pool(workers: int) -> ProcessPoolExecutor:
    """A process pool for CPU-bound extraction; 'spawn' because the flow process has threads."""
    with _lock:
        if workers not in _pools:
            ctx = multiprocessing.get_context("spawn")
            _pools[workers] = ProcessPoolExecutor(max_workers=workers, mp_context=ctx,
                                                  initializer=_warm_worker)
        return _pools[workers]


def pool_size(settings: Settings) -> int:
    """Extraction processes to start; 0 means pages are parsed in the flow's own process.

    With a budget, even one worker is a process of its own: the budget forks the parsing from a
    single-threaded process, and the flow's process has threads (and must not stall on a page).
    """
    workers = settings.extract_workers
    return workers if workers > 1 or settings.budget.enabled else 0


def replace_pool(broken: ProcessPoolExecutor) -> None:
    """Forget a pool whose worker died, so the next `pool()` call starts a new one.

    Only if it is still the current pool: batches that saw the same breakage must not throw away
    the new pool another batch already started.
    """
    with _lock:
        for workers, ex in list(_pools.items()):
            if ex is broken:
                del _pools[workers]
    broken.shutdown(wait=False, cancel_futures=True)


def warm_pool(workers: int) -> None:
    """Start the worker processes now (they import trafilatura, ~1 s) while other work goes on.

    Once per pool: `bamboo ingest` warms it before the flow starts, and the flow's own call is then free.
    """
    if workers < 1:
        return
    with _lock:
        running = workers in _pools
    if not running:
        ex = pool(workers)
        for _ in range(workers):
            ex.submit(_noop)


def _noop() -> None:
    return None


_WARM_PAGE = (b"<html><head><title>Warm-up</title></head><body><article><p>"
              + b"Hanoi and Beijing held talks on Monday. " * 12 + b"</p></article></body></html>")


def _warm_worker() -> None:
    # Load everything the first page would (trafilatura, the language model, the detector's
    # lexicons) before the first batch arrives, while the feeds are still being polled.
    from datetime import UTC, datetime

    from extractors.core.models import RawPage
    from extractors.pipeline import PageWork, process_page
    from flows.runtime import limit_malloc_arenas

    limit_malloc_arenas()  # a worker process is an entry point too: two arenas, like the flow's

    page = RawPage(url="https://warm.invalid/a", final_url=None, status=200, content_type="text/html",
                   body=_WARM_PAGE, fetched_at=datetime.now(UTC))
    process_page(PageWork(page.url, page, None))


def stop_workers() -> None:
    """Stop the extraction worker processes once a run has extracted everything it will: its last
    steps (alerts, the analyst refresh, the summary) hold DuckDB's buffers, and the workers (a spawned
    process and its forked child each, ~150 MB apiece) need not stay beside them. A later `pool()`
    call starts new ones."""
    with _lock:
        pools = list(_pools.values())
        _pools.clear()
    for p in pools:
        p.shutdown(wait=True, cancel_futures=True)


def close_all() -> None:
    """Close fetchers, stop worker processes and close Dask connections (end of a flow run)."""
    from flows import cluster

    cluster.close_all()
    with _lock:
        for f in _fetchers.values():
            f.close()
        _fetchers.clear()
        for p in _pools.values():
            p.shutdown(wait=True, cancel_futures=True)
        _pools.clear()

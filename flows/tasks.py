"""Prefect tasks shared by the flows: each is one call into extractors/ or warehouse/.

Tasks receive records and settings and open what they need themselves (warehouse connections
are opened and closed inside a task), so they can run in threads, processes or on other machines.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from extractors.errors import WarehouseError
from extractors.feeds import poll_feed
from extractors.fetch import FetchResult
from extractors.models import Feed, FeedEntry, FeedPoll, FeedState, ProcessedArticle, RawPage
from extractors.pipeline import PageWork, process_pages, unprocessable
from extractors.settings import Settings
from extractors.urls import preferred_url
from flows import resources, writer
from warehouse import deferred, load, snapshot, state

log = logging.getLogger("bamboo.flows")

POOL_CHUNK = 4  # pages per process-pool job: small enough to keep both cores busy to the end


@dataclass(frozen=True)
class Story:
    """A diplomacy story found in a run (for summaries)."""

    title: str
    url: str
    pairs: tuple[str, ...]
    outlet: str | None = None


@dataclass
class BatchResult:
    """What one batch did."""

    written: int = 0
    fetch_failed: int = 0
    extract_failed: int = 0
    stories: list[Story] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def _task(**kw: Any) -> Any:
    # Inputs are large record lists: hashing them for a cache key would cost more than the work.
    return task(cache_policy=NO_CACHE, **kw)


@_task(name="begin-run")
def begin_run(settings: Settings, flow: str, feeds: Sequence[Feed], params: dict[str, Any],
              prefect_flow_run_id: str | None) -> tuple[str, dict[str, FeedState]]:
    """Record the run and the configured feeds; return the run id and stored feed states."""
    run_id = uuid.uuid4().hex[:16]
    mark_crashed(_dead_flow_runs())
    try:
        with writer.warehouse(settings) as con:
            deferred.record_deferred(con, settings.db)
            # Prefect is told before the rows are closed: a kill in between leaves them 'running',
            # so the next run does both again (marking Crashed twice changes nothing).
            load.close_abandoned_runs(con, process_alive, before_close=mark_crashed)
            load.sync_feeds(con, feeds, datetime.now(UTC))
            load.start_run(con, run_id, flow, params, prefect_flow_run_id)
            states = state.feed_states(con)
    except WarehouseError as exc:
        get_run_logger().error("Run not started: %s", exc)
        deferred.defer_run_failure(settings.db, flow, params, str(exc))
        raise
    return run_id, states


def _dead_flow_runs() -> list[str]:
    """Flow runs of `bamboo` processes on this host that died before the runs table knew them."""
    from prefect.context import FlowRunContext

    from flows.local import dead_flow_runs

    if FlowRunContext.get() is None:  # called as a plain function (benchmarks): no Prefect to ask
        return []
    try:
        return dead_flow_runs(process_alive)
    except Exception as exc:  # like mark_crashed: the Prefect record is a courtesy
        log.warning("Could not look for flow runs left Running by killed processes: %s", exc)
        return []


def mark_crashed(flow_run_ids: Sequence[str]) -> None:
    """Set Prefect flow runs whose process died while Running to Crashed, as the runs table has them.

    A flow run killed with its process (kill -9, OOM) stays Running in the Prefect UI otherwise:
    nothing was left to report its end. Runs already final (a server saw the heartbeats stop) are
    left as they are; an API that cannot be reached only costs a warning.
    """
    if not flow_run_ids:
        return
    from prefect.client.orchestration import get_client
    from prefect.states import Crashed

    try:
        with get_client(sync_client=True) as client:
            for flow_run_id in flow_run_ids:
                _mark_one_crashed(client, flow_run_id, Crashed)
    except Exception as exc:  # the Prefect record is a courtesy; the runs table already says failed
        log.warning("Could not mark abandoned flow runs %s as Crashed in Prefect: %s", flow_run_ids, exc)


def _mark_one_crashed(client: Any, flow_run_id: str, crashed: Any) -> None:
    try:  # one flow run that cannot be read (deleted in the UI) stops no other
        flow_run = client.read_flow_run(uuid.UUID(flow_run_id))
        if flow_run.state is None or not flow_run.state.is_final():
            client.set_flow_run_state(flow_run.id, crashed(
                message="Its process ended before the run finished (killed or crashed); "
                        "recorded by the next Bamboo Wire run"), force=True)
            log.warning("Flow run %s had died with its process; marked Crashed", flow_run_id)
    except Exception as exc:
        log.warning("Could not mark abandoned flow run %s as Crashed in Prefect: %s", flow_run_id, exc)


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (signal 0 only checks)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    return True


@_task(name="poll-feed", task_run_name="poll-{feed.name}")
def poll(feed: Feed, prior: FeedState | None, settings: Settings) -> tuple[FeedPoll, list[FeedEntry]]:
    """Poll one feed (conditional, polite, bounded); failures come back as a failed FeedPoll."""
    result = poll_feed(resources.fetcher(settings), feed, prior)
    poll_, entries = result
    if poll_.status == "failed":
        get_run_logger().warning("Feed %s failed: %s", feed.name, poll_.error or poll_.error_kind)
    return poll_, entries


@_task(name="select-new")
def select_new(settings: Settings, entries: Sequence[FeedEntry], refetch: bool = False
               ) -> list[tuple[str, tuple[FeedEntry, ...]]]:
    """Group entries by canonical URL and keep those not stored yet (by URL or GUID)."""
    grouped: dict[str, list[FeedEntry]] = {}
    for e in entries:
        grouped.setdefault(e.url, []).append(e)
    if refetch or not grouped:
        return [(u, tuple(es)) for u, es in grouped.items()]
    with writer.warehouse(settings) as con:
        stored = state.stored_keys(con, [es[0] for es in grouped.values()])
    return [(u, tuple(es)) for u, es in grouped.items() if u not in stored]


@_task(name="process-batch", retries=2, retry_delay_seconds=[5, 30])
def process_batch(batch: Sequence[tuple[str, tuple[FeedEntry, ...]]], settings: Settings,
                  discovered_via: str = "feed") -> BatchResult:
    """Fetch, extract, detect and load one batch of new articles in one transaction."""
    pages = fetch_pages([url for url, _ in batch], settings)
    works = [PageWork(url, pages[url], sources[0] if sources else None) for url, sources in batch]
    outputs = extract_and_detect(works, settings)
    processed = [ProcessedArticle(url=preferred_url(url, art.canonical_url), sources=sources,
                                  page=pages[url], article=art, detection=det,
                                  discovered_via=discovered_via)
                 for (url, sources), (art, det) in zip(batch, outputs, strict=True)]
    load_batch(processed, settings)
    return _summarise(processed)


def load_batch(processed: Sequence[ProcessedArticle], settings: Settings) -> int:
    """Load processed articles in one transaction, once this run is the only writer."""
    with writer.warehouse(settings) as con:
        return load.load_articles(con, processed, datetime.now(UTC))


def fetch_pages(urls: Sequence[str], settings: Settings) -> dict[str, RawPage]:
    """Fetch pages concurrently through the shared fetcher (its per-host limits apply)."""
    f = resources.fetcher(settings)
    with ThreadPoolExecutor(max_workers=max(1, min(settings.fetch_threads, len(urls) or 1))) as ex:
        results = list(ex.map(lambda u: f.get(u, kind="page"), urls))
    return {u: to_raw_page(u, r) for u, r in zip(urls, results, strict=True)}


def to_raw_page(url: str, r: FetchResult) -> RawPage:
    """The record kept of a page fetch."""
    return RawPage(url=url, final_url=r.final_url, status=r.status,
                   content_type=r.headers.get("content-type"), body=r.body if r.ok else b"",
                   fetched_at=r.fetched_at, error_kind=r.error_kind, error=r.error)


def extract_and_detect(works: Sequence[PageWork], settings: Settings) -> list[tuple[Any, Any]]:
    """Run extraction and detection in the process pool, in chunks, keeping input order.

    A worker that dies (killed for memory, or crashed by a page) breaks the whole pool; the batch
    then goes again through a new pool one page at a time, so only a page that kills its worker
    again is recorded as failed, and the run goes on.
    """
    # Even a lone page goes to the pool: a page that crashes the parser must not take the flow with it.
    if settings.extract_workers <= 1 or not works:
        return process_pages(works, settings.min_body_chars)
    ex = resources.pool(settings.extract_workers)
    chunks = [works[i:i + POOL_CHUNK] for i in range(0, len(works), POOL_CHUNK)]
    try:
        futures = [ex.submit(process_pages, c, settings.min_body_chars) for c in chunks]
        return [out for fut in futures for out in fut.result()]
    except BrokenProcessPool:
        resources.replace_pool(ex)
        log.warning("An extraction worker process died; extracting this batch's %d pages one at a time",
                    len(works))
        return [_extract_alone(w, settings) for w in works]


def _extract_alone(work: PageWork, settings: Settings, tries: int = 2) -> tuple[Any, Any]:
    # Two tries: batches in flight share the pool, so one break can be another batch's page.
    for _ in range(tries):
        ex = resources.pool(settings.extract_workers)
        try:
            return ex.submit(process_pages, [work], settings.min_body_chars).result()[0]
        except BrokenProcessPool:
            resources.replace_pool(ex)
    log.error("Page %s: its extraction killed the worker process; stored with the feed's text only", work.url)
    return unprocessable(work, "extraction killed its worker process", settings.min_body_chars)


def _summarise(processed: Sequence[ProcessedArticle]) -> BatchResult:
    out = BatchResult(written=len(processed))
    for p in processed:
        if p.page is None or not p.page.ok:
            out.fetch_failed += 1
            out.failures.append(f"{p.url}: {p.page.error_kind if p.page else 'not fetched'}")
        elif p.article is not None and p.article.error:
            out.extract_failed += 1
        if p.detection is not None and p.detection.relevant:
            title = (p.article.title if p.article else None) or (p.sources[0].title if p.sources else "")
            out.stories.append(Story(title or p.url, p.url, tuple(p.detection.pairs)))
    return out


@_task(name="record-polls")
def record_polls(settings: Settings, run_id: str, polls: Sequence[tuple[FeedPoll, FeedState]]) -> None:
    """Store poll attempts and feed states once the articles they found are loaded."""
    rows = [(uuid.uuid4().hex, p, st) for p, st in polls]
    with writer.warehouse(settings) as con:
        load.record_polls(con, rows, run_id)


@_task(name="finish-run")
def finish_run(settings: Settings, run_id: str, status: str, counts: dict[str, Any]) -> str:
    """Record the run's outcome and publish the analyst snapshot; returns its path."""
    with writer.warehouse(settings) as con:
        load.finish_run(con, run_id, status, **counts)
        return str(snapshot.publish(con, settings.db))

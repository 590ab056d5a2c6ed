"""Prefect tasks shared by the flows: each is one call into extractors/ or warehouse/.

Tasks receive records and settings and open what they need themselves (the warehouse connection
comes from flows.writer, which keeps it in the flow's process for the run), never a connection, so
they can run in threads, processes or on other machines.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable, Collection, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from extractors.core.budget import WorkFailed
from extractors.core.errors import WarehouseError
from extractors.core.models import Feed, FeedEntry, FeedPoll, FeedState, ProcessedArticle, RawPage
from extractors.core.redact import redact_url
from extractors.core.settings import Settings
from extractors.feeds.parse import ParsedFeed
from extractors.feeds.poll import SUCCESS_STATUSES, poll_feed
from extractors.http.client import FetchResult
from extractors.pipeline import (
    CRASHED,
    PageWork,
    parse_feed_within,
    process_pages,
    process_pages_within,
    unprocessable,
)
from flows import cluster, resources, writer
from warehouse import clusters, deferred, identity, ingest_reads, load, snapshot

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
    deferred: int = 0  # pages never sent because their host asked us to wait: new again next run
    fetch_failed: int = 0
    extract_failed: int = 0
    stories: list[Story] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def _task(**kw: Any) -> Any:
    # Inputs are large record lists: hashing them for a cache key would cost more than the work.
    return task(cache_policy=NO_CACHE, **kw)


@_task(name="begin-run")
def begin_run(settings: Settings, flow: str, feeds: Sequence[Feed], params: dict[str, Any],
              prefect_flow_run_id: str | None, *,
              whole_file: bool = False) -> tuple[str, dict[str, FeedState]]:
    """Record the run and the configured feeds; return the run id and stored feed states.

    `whole_file`: `feeds` is the whole feeds file (disabled ones included), so the warehouse's
    other configured feeds are marked removed.
    """
    run_id = uuid.uuid4().hex[:16]
    mark_crashed(_dead_flow_runs())
    try:
        with writer.warehouse(settings) as con:
            deferred.record_deferred(con, settings.db)
            # Prefect is told before the rows are closed: a kill in between leaves them 'running',
            # so the next run does both again (marking Crashed twice changes nothing).
            load.close_abandoned_runs(con, process_alive, before_close=mark_crashed)
            load.sync_feeds(con, feeds, datetime.now(UTC), complete=whole_file)
            load.start_run(con, run_id, flow, params, prefect_flow_run_id)
            clusters.assign_history(con)
            states = ingest_reads.feed_states(con)
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
    """Poll one feed (conditional, polite, bounded); failures come back as a failed FeedPoll.

    The fetch runs here; the parse runs in the extraction pool under the feed's budget, so a feed
    that would take minutes to parse is stopped there and cannot hold the other feeds' articles back.
    """
    result = poll_feed(resources.fetcher(settings), feed, prior, parse=_pool_parser(settings))
    poll_, entries = result
    if poll_.status not in SUCCESS_STATUSES:  # failed, not_a_feed, parse_error: each named as it happens
        get_run_logger().warning("Feed %s failed (%s): %s", feed.name, poll_.error_kind or poll_.status,
                                 poll_.error or poll_.status)
    return poll_, entries


def _pool_parser(settings: Settings) -> Callable[..., ParsedFeed]:
    """`parse_feed` as run in the extraction pool under the budget (in-process without a pool)."""
    size = resources.pool_size(settings)

    def parse(body: bytes, feed: Feed, **kw: Any) -> ParsedFeed:
        if size == 0:
            return parse_feed_within(None, body, feed, **kw)
        for _ in range(2):  # a pool broken by another batch's page is replaced once
            ex = resources.pool(size)
            try:
                return ex.submit(parse_feed_within, settings.budget, body, feed, **kw).result()
            except BrokenProcessPool:
                resources.replace_pool(ex)
        raise WorkFailed("crashed", "its worker process died twice while parsing it")
    return parse


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
        stored = ingest_reads.stored_keys(con, [es[0] for es in grouped.values()])
    return [(u, tuple(es)) for u, es in grouped.items() if u not in stored]


@_task(name="process-batch", retries=2, retry_delay_seconds=[5, 30])
def process_batch(batch: Sequence[tuple[str, tuple[FeedEntry, ...]]], settings: Settings,
                  discovered_via: str = "feed") -> BatchResult:
    """Fetch, extract, detect and load one batch of new articles in one transaction.

    Pages refused before being sent, because their host is under a Retry-After block, are not
    attempts: they are left out of the load (not stored), so the next run finds them new again.
    """
    ignore_robots = {url for url, sources in batch if any(not e.obey_robots for e in sources)}
    pages = fetch_pages([url for url, _ in batch], settings, ignore_robots)
    deferred = {url for url, page in pages.items() if page.deferred}
    log_deferred(pages, deferred)
    batch = [(url, sources) for url, sources in batch if url not in deferred]
    works = [PageWork(url, pages[url], sources[0] if sources else None) for url, sources in batch]
    outputs = extract_and_detect(works, settings)
    processed = [ProcessedArticle(url=url, sources=sources, page=pages[url], article=art, detection=det,
                                  discovered_via=discovered_via)
                 for (url, sources), (art, det) in zip(batch, outputs, strict=True)]
    out = _summarise(load_batch(processed, settings))
    out.deferred = len(deferred)
    return out


def load_batch(processed: Sequence[ProcessedArticle], settings: Settings) -> list[ProcessedArticle]:
    """Key processed articles (their `url` is the entry URL) and load them in one transaction, once
    this run is the only writer: keys depend on what earlier batches stored. Returns them keyed."""
    now = datetime.now(UTC)
    with writer.warehouse(settings) as con:
        keyed = identity.resolve(con, processed, now)
        load.load_articles(con, keyed.articles, now, keyed.rows)
    return keyed.articles


def fetch_pages(urls: Sequence[str], settings: Settings,
                ignore_robots: Collection[str] = ()) -> dict[str, RawPage]:
    """Fetch pages concurrently through the shared fetcher (its per-host limits and robots.txt apply,
    except for `ignore_robots`: pages of feeds configured with robots = "ignore")."""
    f = resources.fetcher(settings)
    with ThreadPoolExecutor(max_workers=max(1, min(settings.fetch_threads, len(urls) or 1))) as ex:
        results = list(ex.map(lambda u: f.get(u, kind="page", robots=u not in ignore_robots), urls))
    return {u: to_raw_page(u, r) for u, r in zip(urls, results, strict=True)}


def to_raw_page(url: str, r: FetchResult) -> RawPage:
    """The record kept of a page fetch (its final URL without credentials)."""
    return RawPage(url=url, final_url=redact_url(r.final_url) if r.final_url else None, status=r.status,
                   content_type=r.headers.get("content-type"), body=r.body if r.ok else b"",
                   fetched_at=r.fetched_at, error_kind=r.error_kind, error=r.error, sent=r.sent,
                   retry_after=r.retry_after)


def log_deferred(pages: dict[str, RawPage], deferred: Collection[str]) -> None:
    """One line per host whose pages were held back by its Retry-After block."""
    hosts: dict[str, list[RawPage]] = {}
    for url in deferred:
        hosts.setdefault(urlsplit(url).netloc.rsplit("@", 1)[-1], []).append(pages[url])
    for host, held in sorted(hosts.items()):
        until = max((p.retry_after for p in held if p.retry_after), default=None)
        log.warning("%d pages of host %s deferred until %s: it asked us to wait", len(held), host,
                    until.isoformat() if until else "later")


def extract_and_detect(works: Sequence[PageWork], settings: Settings) -> list[tuple[Any, Any]]:
    """Run extraction and detection in the process pool (or on the Dask cluster), in chunks, keeping order.

    Each page runs under the page budget inside its worker (`process_pages_within`): a page over
    budget, or one that crashes the parser, costs only itself. A worker that dies anyway (killed
    from outside, e.g. for memory) breaks the whole pool; the batch then goes again through a new
    pool one page at a time, so only a page that kills its worker again is recorded as failed.
    """
    if cluster.enabled(settings):  # a Dask cluster: same records, same budget, other machines
        outputs = cluster.extract_and_detect(works, settings)
        _log_unprocessable(works, outputs)
        return outputs
    # Even a lone page goes to the pool: a page that crashes the parser must not take the flow with it.
    size = resources.pool_size(settings)
    if size == 0 or not works:
        return process_pages(works, settings.min_body_chars)
    ex = resources.pool(size)
    chunks = [works[i:i + POOL_CHUNK] for i in range(0, len(works), POOL_CHUNK)]
    try:
        futures = [ex.submit(process_pages_within, c, settings.min_body_chars, settings.budget)
                   for c in chunks]
        outputs = [out for fut in futures for out in fut.result()]
    except BrokenProcessPool:
        resources.replace_pool(ex)
        log.warning("An extraction worker process died; extracting this batch's %d pages one at a time",
                    len(works))
        outputs = [_extract_alone(w, settings) for w in works]
    _log_unprocessable(works, outputs)
    return outputs


def _extract_alone(work: PageWork, settings: Settings, tries: int = 2) -> tuple[Any, Any]:
    # Two tries: batches in flight share the pool, so one break can be another batch's page.
    for _ in range(tries):
        ex = resources.pool(resources.pool_size(settings))
        try:
            return ex.submit(process_pages_within, [work], settings.min_body_chars, settings.budget
                             ).result()[0]
        except BrokenProcessPool:
            resources.replace_pool(ex)
    return unprocessable(work, CRASHED, settings.min_body_chars)


def _log_unprocessable(works: Sequence[PageWork], outputs: Sequence[tuple[Any, Any]]) -> None:
    """One line per page that was over its budget or killed its process (stored with the feed's text)."""
    for work, (article, _) in zip(works, outputs, strict=True):
        error = (article.error or "").split(";")[0]
        if error.startswith("budget_exceeded"):
            log.error("Page %s: %s; stored with the feed's text only", work.url, error)
        elif error.startswith(CRASHED):
            log.error("Page %s: its extraction killed the worker process; stored with the feed's text only",
                      work.url)


def _summarise(processed: Sequence[ProcessedArticle]) -> BatchResult:
    out = BatchResult(written=len({p.url for p in processed}))  # URL variants of one page are one article
    for p in {p.url: p for p in processed}.values():
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
    """Record the run's outcome and publish the analyst snapshot; returns its path ("" if not published).

    The run's data is loaded by now, so a failed publish does not fail the run: it is named in one
    log line and in `runs.publish_error`, and the previous analyst copy stays in place.
    """
    with writer.warehouse(settings) as con:
        load.finish_run(con, run_id, status, **counts)
        try:
            return str(snapshot.publish(con, settings.db))
        except snapshot.PublishError as exc:
            log.error("Run %s: analyst copy not updated (the previous one stays in place): %s", run_id, exc)
            load.finish_run(con, run_id, status, publish_error=str(exc)[:2000])
            return ""

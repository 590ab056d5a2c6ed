"""The ingest flow: poll feeds -> keep new entries -> fetch, extract, detect -> load.

One task per feed poll and one per batch of pages; never one per article.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prefect import flow
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from extractors.core.models import Feed, FeedEntry, FeedPoll, FeedState
from extractors.core.settings import Settings
from extractors.feeds.config import feeds_from_urls, load_feeds
from extractors.feeds.poll import SUCCESS_STATUSES, update_state
from flows import alerting, backlog, cluster, resources, tasks
from flows.runs import run_lifecycle
from flows.runtime import configure_process
from flows.summary import publish_summary, run_events_of
from flows.variables import settings_for, warn_contact

if TYPE_CHECKING:
    from warehouse.report_data import RunEvent

log = logging.getLogger("bamboo.flows")


@dataclass
class RunSummary:
    """What a run did, for the CLI, the Prefect UI and the runs table."""

    run_id: str = ""
    flow: str = "ingest"
    feeds_polled: int = 0
    feeds_skipped: int = 0
    failed_feeds: list[tuple[str, str]] = field(default_factory=list)
    new_articles: int = 0
    fetch_failed: int = 0
    extract_failed: int = 0
    stories: list[tasks.Story] = field(default_factory=list)
    events: list[RunEvent] = field(default_factory=list)  # the events its stories belong to
    batches_done: int = 0
    analyst_db: str = ""
    db: str = ""
    warnings: list[str] = field(default_factory=list)  # partial failures, one line each for the summary
    alerts: list[Any] = field(default_factory=list)  # what the alert rules raised (warehouse.alerts.Alert)

    @property
    def feeds_failed(self) -> int:
        return len(self.failed_feeds)

    def counts(self) -> dict[str, Any]:
        return {"feeds_polled": self.feeds_polled, "feeds_failed": self.feeds_failed,
                "new_articles": self.new_articles, "stories_found": len(self.stories)}


def due_feeds(feeds: Sequence[Feed], states: dict[str, FeedState], now: datetime,
              every: bool) -> list[Feed]:
    """Feeds whose next poll time has come (all of them when `every`)."""
    if every:
        return list(feeds)
    return [f for f in feeds if (s := states.get(f.name)) is None or s.next_poll_at is None
            or s.next_poll_at <= now]


@flow(name="ingest", task_runner=ThreadPoolTaskRunner(max_workers=16), log_prints=True,
      on_failure=[alerting.notify_failure])
def ingest(feeds_file: str | None = None, feed_urls: list[str] | None = None, db: str | None = None,
           allow_private_networks: bool | None = None, all_feeds: bool = False) -> RunSummary:
    """Poll the feeds that are due, load their new articles, and detect diplomacy stories."""
    configure_process()
    settings = settings_for(db, allow_private_networks)
    warn_contact(settings)
    configured = feeds_from_urls(feed_urls) if feed_urls else load_feeds(Path(feeds_file or settings.feeds))
    params = {"feeds_file": feeds_file, "feed_urls": feed_urls, "all_feeds": all_feeds}
    with run_lifecycle(settings, "ingest", params, configured, whole_file=not feed_urls,
                       warm_workers=resources.pool_size(settings)) as (run_id, states):
        cluster.check(settings)  # a wrong BAMBOO_DASK_ADDRESS fails the run before any fetch
        return _poll_and_load(settings, enabled_feeds(configured), states, run_id,
                              every=all_feeds or bool(feed_urls))


def enabled_feeds(feeds: Sequence[Feed]) -> list[Feed]:
    """The feeds to poll: all but those the file marks `disabled = true` (named in one log line)."""
    disabled = [f.name for f in feeds if f.disabled]
    if disabled:
        log.info("Skipping %d disabled feed(s): %s", len(disabled), ", ".join(disabled))
    return [f for f in feeds if not f.disabled]


def _poll_and_load(settings: Settings, feeds: list[Feed], states: dict[str, FeedState], run_id: str,
                   every: bool) -> RunSummary:
    summary = RunSummary(run_id=run_id, db=str(settings.db))
    due = due_feeds(feeds, states, datetime.now(UTC), every)
    summary.feeds_skipped = len(feeds) - len(due)
    log.info("Polling %d of %d feeds (%d not due yet)", len(due), len(feeds), summary.feeds_skipped)
    polled = [f.result() for f in tasks.poll.map(due, [states.get(f.name) for f in due], settings)]
    summary.feeds_polled = len(polled)
    for p, _ in polled:
        if p.status not in SUCCESS_STATUSES:
            summary.failed_feeds.append((p.feed_name, failure_reason(p)))
    # The cap applies to what is fetched, not to the feed: the rest stays pending in the warehouse.
    new = backlog.plan_fetches(settings, run_id, [f.name for f in feeds], polled)
    load_new(new, settings, summary, "feed")
    resources.stop_workers()  # everything is extracted: the rest of the run needs only the warehouse
    backlog.settle_backlog(settings, run_id, new)
    tasks.record_polls(settings, run_id, next_states(polled, new, states))
    alerting.raise_alerts(settings, summary, "check")
    summary.analyst_db = tasks.finish_run(settings, run_id, "completed", summary.counts())
    alerting.raise_alerts(settings, summary, "deliver")
    summary.events = run_events_of(settings, summary)
    publish_summary(summary)
    return summary


def failure_reason(p: FeedPoll) -> str:
    """Why a poll counts as a failed feed, in one line (a page that is not a feed says so first)."""
    reason = p.error or p.error_kind or p.status
    return f"not a feed: {reason}" if p.status == "not_a_feed" else reason


def load_new(new: Sequence[tuple[str, tuple[FeedEntry, ...]]], settings: Settings, summary: RunSummary,
             discovered_via: str) -> None:
    """Process new articles in batches, one task each, a few in flight at a time, and add up results.

    Extraction is the bottleneck, so a couple of batches beyond the number of extraction workers keep
    every core busy while fetching and loading overlap; more would only hold pages in memory.
    """
    size = max(1, settings.batch_size)
    batches = [new[i:i + size] for i in range(0, len(new), size)]
    window = settings.extract_workers + 2
    pending: deque[Any] = deque()
    for i, batch in enumerate(batches, 1):
        # quote: Prefect would otherwise walk every entry of the batch looking for futures.
        pending.append(tasks.process_batch.submit(quote(batch), quote(settings), discovered_via))
        if len(pending) >= window or i == len(batches):
            while pending and (len(pending) >= window or i == len(batches)):
                _add(summary, pending.popleft().result(), len(batches))


def _add(summary: RunSummary, r: tasks.BatchResult, total: int) -> None:
    summary.batches_done += 1
    summary.new_articles += r.written
    summary.fetch_failed += r.fetch_failed
    summary.extract_failed += r.extract_failed
    summary.stories.extend(r.stories)
    log.info("Batch %d/%d loaded: %d articles, %d not fetched, %d diplomacy stories",
             summary.batches_done, total, r.written, r.fetch_failed, len(r.stories))


def next_states(polled: Sequence[tuple[FeedPoll, list[FeedEntry]]],
                new: Sequence[tuple[str, tuple[FeedEntry, ...]]],
                priors: dict[str, FeedState]) -> list[tuple[FeedPoll, FeedState]]:
    """Each poll with its count of new (not stored) items, and the feed state it leaves."""
    counts: dict[str, int] = {}
    for _, sources in new:
        for e in sources:
            counts[e.feed_name] = counts.get(e.feed_name, 0) + 1
    out = []
    for p, entries in polled:
        p = replace(p, new_entries_count=counts.get(p.feed_name, 0))
        out.append((p, update_state(priors.get(p.feed_name), p, entries)))
    return out


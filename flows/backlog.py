"""Prefect tasks of the per-feed backlog: what an ingest run fetches, and what it leaves pending.

`plan_fetches` runs once per ingest run, in one short write transaction: it notes feeds whose GUIDs
stopped being unique, adds this run's new entries to their feed's pending list, takes up to the cap
per feed from the pending lists (see `extractors.feeds.backlog`), and claims those articles so that a
concurrent run leaves them alone. `settle_backlog` drops what was loaded and frees the claims.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime

import duckdb
from prefect import task
from prefect.cache_policies import NO_CACHE

from extractors.core.models import FeedEntry, FeedPoll
from extractors.core.settings import Settings
from extractors.feeds.backlog import Pending, guid_collisions, take_capped, without_guids
from flows import writer
from warehouse import backlog, ingest_reads
from warehouse.db import transaction

log = logging.getLogger("bamboo.flows")

NewArticles = list[tuple[str, tuple[FeedEntry, ...]]]


@task(name="plan-fetches", cache_policy=NO_CACHE)
def plan_fetches(settings: Settings, run_id: str, feed_names: Sequence[str],
                 polled: Sequence[tuple[FeedPoll, list[FeedEntry]]]) -> NewArticles:
    """The articles this run fetches: per feed, up to the cap of its pending entries, claimed."""
    fresh = [Pending(e, i) for _, entries in polled for i, e in enumerate(entries)]
    now = datetime.now(UTC)
    with writer.warehouse(settings) as con, transaction(con):
        reused = _note_reused_guids(con, [p.entry for p in fresh], now)
        known = {(p.entry.feed_name, p.entry.url) for p in fresh}
        waiting = [p for p in backlog.pending(con, feed_names)
                   if (p.entry.feed_name, p.entry.url) not in known]
        every = fresh + waiting
        stored = ingest_reads.stored_keys(con, without_guids([p.entry for p in every], reused), now)
        backlog.remember(con, [p for p in fresh if p.entry.url not in stored], now)
        _forget_done(con, [p for p in waiting if p.entry.url in stored])
        open_ = [p for p in every if p.entry.url not in stored]
        busy = backlog.claimed_elsewhere(con, {p.entry.url for p in open_}, run_id, now)
        chosen = {p.entry.url for p in take_capped(open_, settings.max_new_per_feed, busy)}
        backlog.claim(con, chosen, run_id, now)
    if busy:
        log.info("%d pending articles are being fetched by another run; left to it", len(busy))
    log.info("%d entries listed or pending, %d not loaded yet, %d taken this run (at most %d per feed)",
             len(every), len(open_), len(chosen), settings.max_new_per_feed)
    grouped: dict[str, list[FeedEntry]] = {}
    for p in open_:  # every feed that lists a chosen article is one of its sources
        if p.entry.url in chosen:
            grouped.setdefault(p.entry.url, []).append(p.entry)
    return [(url, tuple(es)) for url, es in grouped.items()]


@task(name="settle-backlog", cache_policy=NO_CACHE)
def settle_backlog(settings: Settings, run_id: str, taken: NewArticles) -> None:
    """Drop loaded articles from the pending lists and free this run's claims.

    An article not loaded (its page never sent, or the batch failed) stays pending for the next run.
    """
    entries = [e for _, sources in taken for e in sources]
    now = datetime.now(UTC)
    with writer.warehouse(settings) as con, transaction(con):
        if entries:
            reused = backlog.guid_issue_feeds(con)
            stored = ingest_reads.stored_keys(con, without_guids(entries, reused), now)
            _forget_done(con, [Pending(e, 0) for e in entries if e.url in stored])
        backlog.release(con, run_id, now)


def _note_reused_guids(con: duckdb.DuckDBPyConnection, entries: list[FeedEntry], now: datetime) -> set[str]:
    """Feeds whose GUIDs are not unique (seen now or before); a newly found one is logged once."""
    found = guid_collisions(entries)
    others = [e for e in entries if e.feed_name not in found]
    found.update(backlog.stored_guid_conflicts(con, others))
    for issue in backlog.flag_guid_issues(con, found.values(), now):
        log.warning("Feed %s gives one GUID (%s) to different links (%s); its entries are told apart "
                    "by link from now on", issue.feed_name, issue.guid, issue.detail)
    return backlog.guid_issue_feeds(con)


def _forget_done(con: duckdb.DuckDBPyConnection, done: list[Pending]) -> None:
    """Remove stored entries from the pending lists, except failed fetches that will be retried."""
    retry = backlog.awaiting_retry(con, {p.entry.url for p in done})
    backlog.forget(con, [(p.entry.feed_name, p.entry.url) for p in done if p.entry.url not in retry])

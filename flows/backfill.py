"""The backfill flow: discover older articles over [since, until] -> chunks -> fetch, extract, detect, load.

Discovery (sitemaps, paginated archives) runs once per feed and attempt; the URLs are then cut into
date chunks, each loaded exactly like an ingest and checkpointed in the warehouse, so a rerun with the
same parameters after a crash skips the finished chunks (docs/backfill.md).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from uuid import UUID

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner

from extractors.core.models import Feed
from extractors.core.settings import Settings
from extractors.discovery import loop, plan
from extractors.discovery.archives import Archive
from extractors.discovery.loop import DiscoveredUrl, DiscoveryReport, Walk, fetcher_adapter
from extractors.discovery.sitemapfiles import SPEC_MAX_BYTES
from extractors.discovery.sitemaps import Sitemaps
from extractors.feeds.config import load_feeds
from flows import alerting, cluster, resources, tasks, writer
from flows.ingest import RunSummary, load_new
from flows.runs import run_lifecycle
from flows.runtime import configure_process
from flows.summary import run_events_of, summary_markdown
from flows.variables import settings_for, warn_contact
from warehouse import checkpoints

log = logging.getLogger("bamboo.flows")


@dataclass
class Progress:
    """Where a backfill stands, for the progress artifact, the log and the CLI's progress bar."""

    chunks_total: int
    chunks_done: int = 0
    label: str = ""
    rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def percent(self) -> float:
        return 100.0 * self.chunks_done / self.chunks_total if self.chunks_total else 100.0


# Same-process observers of progress (the CLI's progress bar); Prefect parameters cannot carry callables.
progress_listeners: list[Callable[[Progress], None]] = []


@task(name="discover", task_run_name="discover-{feed.name}", cache_policy=NO_CACHE, retries=1,
      retry_delay_seconds=10)
def discover(feed: Feed, since: date, until: date, settings: Settings) -> tuple[list[DiscoveredUrl], int]:
    """Every URL the feed's sitemap and archive date in the window (plus undated ones), and failures."""
    f = resources.fetcher(settings)
    sources: list[Walk] = []
    if feed.sitemap:
        # A gzipped sitemap inflates within the feed cap, as any fetched feed body does.
        sources.append(Sitemaps(fetcher_adapter(f, "feed"), feed.sitemap,
                                max_bytes=min(settings.max_feed_bytes, SPEC_MAX_BYTES)))
    if feed.archive:
        sources.append(Archive(fetcher_adapter(f, "page"), feed.archive))
    report, found = DiscoveryReport(), {}
    for source in sources:
        for d in loop.discover(source, since, until, report=report):
            found.setdefault(d.url, d)
    log.info("Feed %s: %d URLs in the window (%d undated, %d listed outside it, %d documents failed)",
             feed.name, len(found), report.undated_yielded, report.out_of_window, len(report.failures))
    return list(found.values()), len(report.failures)


@task(name="open-backfill", cache_policy=NO_CACHE)
def open_backfill(settings: Settings, key: str, since: date, until: date, feeds: Sequence[str],
                  refetch: bool, chunk_days: int, run_id: str) -> tuple[str, set[str]]:
    """The backfill to continue (or a new one) and its finished chunks."""
    with writer.warehouse(settings) as con:
        return checkpoints.open_backfill(con, key, since, until, feeds, refetch, chunk_days, run_id)


@task(name="checkpoint", task_run_name="checkpoint-{chunk[chunk]}", cache_policy=NO_CACHE)
def checkpoint(settings: Settings, backfill_id: str, chunk: dict[str, Any], urls: Sequence[str],
               since: date, until: date) -> dict[str, Any]:
    """Record a finished chunk, counting loaded articles whose own date is outside the window."""
    with writer.warehouse(settings) as con:
        row = {**chunk, "outside_window": checkpoints.outside_window(con, urls, since, until)}
        checkpoints.record_chunk(con, backfill_id, row)
    return row


@task(name="complete-backfill", cache_policy=NO_CACHE)
def complete(settings: Settings, backfill_id: str) -> None:
    """Mark the backfill completed."""
    with writer.warehouse(settings) as con:
        checkpoints.complete_backfill(con, backfill_id)


@flow(name="backfill", task_runner=ThreadPoolTaskRunner(max_workers=8), log_prints=True,
      on_failure=[alerting.notify_failure])
def backfill(since: date, until: date, feeds: list[str] | None = None, refetch: bool = False,
             chunk_days: int = 7, feeds_file: str | None = None, db: str | None = None,
             allow_private_networks: bool | None = None) -> RunSummary:
    """Load the articles the feeds' sites list for [since, until] (UTC days), in resumable chunks."""
    configure_process()
    settings = settings_for(db, allow_private_networks)
    warn_contact(settings)
    until_ = plan.check_window(since, until, plan.today_utc())
    chosen = plan.select_feeds(load_feeds(Path(feeds_file or settings.feeds)), feeds)
    chunks = plan.plan_chunks(since, until_, chunk_days)
    if until_ != until:
        log.info("until=%s is after today: the window stops at %s", until, until_)
    params = {"since": str(since), "until": str(until_), "feeds": [f.name for f in chosen],
              "refetch": refetch, "chunk_days": chunk_days}
    with run_lifecycle(settings, "backfill", params, chosen) as (run_id, _):
        cluster.check(settings)  # a wrong BAMBOO_DASK_ADDRESS fails the run before any fetch
        return _backfill(settings, chosen, since, until_, refetch, chunks, run_id, params)


def _backfill(settings: Settings, feeds: list[Feed], since: date, until: date, refetch: bool,
              chunks: list[plan.Chunk], run_id: str, params: dict[str, Any]) -> RunSummary:
    summary = RunSummary(run_id=run_id, flow="backfill", db=str(settings.db))
    key = plan.params_key(since, until, params["feeds"], refetch, params["chunk_days"])
    backfill_id, done = open_backfill(settings, key, since, until, params["feeds"], refetch,
                                      params["chunk_days"], run_id)
    if done:
        log.info("Resuming backfill %s: %d of %d chunks already done", backfill_id, len(done), len(chunks))
    found, incomplete = _discover_all(feeds, since, until, settings, summary)
    if incomplete:
        # A chunk may miss what the failed documents listed: load what was found, but leave every
        # chunk unchecked so a rerun of the same command discovers and retries them.
        log.warning("Discovery failed for %s: chunks are loaded but not checkpointed; rerun the same "
                    "command to retry them", "; ".join(incomplete))
        summary.warnings.append(f"Backfill not complete: discovery failed for {'; '.join(incomplete)}. "
                                "Its chunks were not checkpointed; rerun the same command to retry them.")
    by_chunk = plan.group_by_chunk(found, chunks)
    progress = Progress(chunks_total=len(chunks), chunks_done=sum(c.label in done for c in chunks))
    artifact = _progress_artifact(progress)
    for c in chunks:
        if c.label in done:
            continue
        progress.rows.append(_load_chunk(settings, backfill_id, c, by_chunk[c.label], refetch, since, until,
                                         summary, checkpointed=not incomplete))
        progress.chunks_done += 1
        progress.label = c.label
        _report(progress, artifact)
    resources.stop_workers()  # everything is extracted: the rest of the run needs only the warehouse
    if not incomplete:
        complete(settings, backfill_id)
    summary.analyst_db = tasks.finish_run(settings, run_id, "completed", summary.counts())
    summary.events = run_events_of(settings, summary)
    _publish(summary, progress)
    return summary


def _discover_all(feeds: list[Feed], since: date, until: date, settings: Settings,
                  summary: RunSummary) -> tuple[list[tuple[str, DiscoveredUrl]], list[str]]:
    """Discovery of every feed (concurrently), and a line per feed where any document failed.

    A feed whose every document failed (nothing found) counts as a failed feed.
    """
    futures = discover.map(feeds, since, until, settings)
    out: list[tuple[str, DiscoveredUrl]] = []
    incomplete: list[str] = []
    for feed, fut in zip(feeds, futures, strict=True):
        urls, failures = fut.result()
        summary.feeds_polled += 1
        if failures and not urls:
            summary.failed_feeds.append((feed.name, f"{failures} discovery documents failed"))
        if failures:
            incomplete.append(f"{feed.name} ({failures} documents failed, {len(urls)} URLs found)")
        out += [(feed.name, d) for d in urls]
    return out, incomplete


def _load_chunk(settings: Settings, backfill_id: str, c: plan.Chunk, entries: list[Any], refetch: bool,
                since: date, until: date, summary: RunSummary, checkpointed: bool = True) -> dict[str, Any]:
    """Load one chunk like an ingest, then checkpoint it (unless its discovery was incomplete)."""
    new = tasks.select_new(settings, entries, refetch) if entries else []
    urls = {e.url for e in entries}
    part = RunSummary(flow="backfill")
    load_new(new, settings, part, "backfill")
    summary.new_articles += part.new_articles
    summary.fetch_failed += part.fetch_failed
    summary.extract_failed += part.extract_failed
    summary.stories.extend(part.stories)
    row = {"chunk": c.label, "chunk_start": c.start, "chunk_end": c.end, "discovered": len(urls),
           "already_stored": len(urls) - len(new), "loaded": part.new_articles,
           "fetch_failed": part.fetch_failed, "stories": len(part.stories), "run_id": summary.run_id}
    if checkpointed:
        row = checkpoint(settings, backfill_id, row, [u for u, _ in new], since, until)
    else:
        row["outside_window"] = 0  # not counted: the chunk is not recorded, its rerun counts
    log.info("Chunk %s %s: %d discovered, %d already stored, %d loaded (%d not fetched, %d dated "
             "outside the window), %d diplomacy stories", c.label,
             "done" if checkpointed else "loaded, not checkpointed", row["discovered"], row["already_stored"],
             row["loaded"], row["fetch_failed"], row["outside_window"], row["stories"])
    return row


def _progress_artifact(progress: Progress) -> UUID | None:
    """The run's progress artifact (None outside a flow run or if the API refuses it)."""
    from prefect.artifacts import create_progress_artifact

    try:
        return create_progress_artifact(progress=progress.percent, key="backfill-progress",
                                        description="Backfill chunks done")
    except Exception as exc:  # progress display must never fail the load
        log.warning("Could not create the progress artifact: %s", exc)
        return None


def _report(progress: Progress, artifact: UUID | None) -> None:
    """Update the progress artifact and same-process listeners; log the percentage."""
    from prefect.artifacts import update_progress_artifact

    log.info("Backfill progress: %d/%d chunks (%.0f%%)", progress.chunks_done, progress.chunks_total,
             progress.percent)
    if artifact is not None:
        try:
            update_progress_artifact(artifact, progress=progress.percent)
        except Exception as exc:
            log.warning("Could not update the progress artifact: %s", exc)
    for listener in progress_listeners:
        listener(progress)


def _publish(summary: RunSummary, progress: Progress) -> None:
    """The markdown summary, with this run's chunk table."""
    from prefect.artifacts import create_markdown_artifact

    md = [summary_markdown(summary), "", "## Chunks loaded by this run", "",
          "| chunk | discovered | already stored | loaded | not fetched | dated outside window | stories |",
          "|---|---|---|---|---|---|---|"]
    md += [f"| {r['chunk']} | {r['discovered']} | {r['already_stored']} | {r['loaded']} | "
           f"{r['fetch_failed']} | {r['outside_window']} | {r['stories']} |" for r in progress.rows]
    skipped = progress.chunks_done - len(progress.rows)
    if skipped:
        md.append(f"\n{skipped} chunk(s) were done by an earlier, interrupted run.")
    try:
        create_markdown_artifact(markdown="\n".join(md), key="backfill-summary",
                                 description="What this backfill run found")
    except Exception as exc:
        log.warning("Could not attach the run summary artifact: %s", exc)

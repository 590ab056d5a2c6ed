"""The reprocess flow: stored pages -> re-extract and/or re-detect -> new versions beside the old ones.

No network: pages come back from `raw_pages`, texts from the latest extraction. Extractions are keyed
by (article, extractor version) and detections by (article, detector version), so a new version of
either adds rows and the `latest_*` views pick them up; the same version is recomputed in place.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Literal

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner

from extractors.article.extract import EXTRACTOR_VERSION
from extractors.core.errors import ConfigError
from extractors.core.models import Article, Detection, FeedEntry, RawPage
from extractors.core.settings import Settings
from extractors.diplomacy import DETECTOR_VERSION
from extractors.pipeline import PageWork, detect_article
from flows import alerting, resources, tasks, writer
from flows.runs import run_lifecycle
from flows.runtime import configure_process
from flows.variables import settings_for
from warehouse import clusters, load, reprocessing
from warehouse.db import transaction

log = logging.getLogger("bamboo.flows")
What = Literal["extract", "detect", "both", "cluster"]
DETECT_CHUNK = 16  # articles per process-pool job for detection alone (it is fast; keep overhead low)


@dataclass
class ReprocessResult:
    """What reprocessing did (one batch, or a whole run)."""

    articles: int = 0
    extracted: int = 0
    detected: int = 0
    no_page: int = 0  # nothing stored to re-extract (the fetch had failed, or its file is corrupt)
    page_corrupt: int = 0  # of those, stored page files that could not be read (page_corrupt)
    relevant: int = 0
    changed: int = 0  # verdict differs from the latest detection before this run
    events: int = 0  # --what cluster: the events every relevant story was assigned to again
    merges: int = 0

    def add(self, other: ReprocessResult) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))


@task(name="window-articles", cache_policy=NO_CACHE)
def window_articles(settings: Settings, since: date, until: date) -> list[str]:
    """Ids of the stored articles dated in the window."""
    with writer.warehouse(settings) as con:
        return reprocessing.window_article_ids(con, since, until)


@task(name="reprocess-batch", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=5)
def reprocess_batch(ids: Sequence[str], settings: Settings, what: What) -> ReprocessResult:
    """Re-extract and/or re-detect one batch of stored articles and write the results in one transaction."""
    result = ReprocessResult(articles=len(ids))
    corrupt: list[tuple[str, str, str]] = []
    with writer.warehouse(settings) as con:
        before = reprocessing.latest_verdicts(con, ids)
        pages = reprocessing.stored_pages(con, ids) if what != "detect" else []
        texts = reprocessing.latest_articles(con, ids) if what == "detect" else []
    extractions: list[tuple[str, Article]] = []
    detections: list[tuple[str, Detection]] = []
    if what == "detect":
        detections = list(zip([a for a, _, _ in texts], _detect([(art, e) for _, art, e in texts], settings),
                              strict=True))
    else:
        usable = [(aid, PageWork(url, page, entry)) for aid, url, page, entry in pages
                  if page is not None and page.ok and page.body]
        result.no_page = len(pages) - len(usable)
        corrupt = _corrupt(pages)
        result.page_corrupt = len(corrupt)
        outputs = tasks.extract_and_detect([w for _, w in usable], settings)
        extractions = [(aid, art) for (aid, _), (art, _) in zip(usable, outputs, strict=True)]
        if what == "both":
            detections = [(aid, det) for (aid, _), (_, det) in zip(usable, outputs, strict=True)]
    now = datetime.now(UTC)
    with writer.warehouse(settings) as con:
        if corrupt:
            reprocessing.record_page_errors(con, corrupt)
        result.extracted = reprocessing.load_extractions(con, extractions, now) if extractions else 0
        result.detected = load.load_detections(con, detections, now) if detections else 0
    result.relevant = sum(d.relevant for _, d in detections)
    result.changed = sum(before.get(aid) != d.relevant for aid, d in detections)
    return result


def _corrupt(pages: Sequence[tuple[str, str, RawPage | None, FeedEntry | None]]
             ) -> list[tuple[str, str, str]]:
    """(article_id, kind, error) of each page whose stored file is corrupt, each logged on one line."""
    out = []
    for aid, _, page, _ in pages:
        if page is not None and page.error_kind == reprocessing.PAGE_CORRUPT:
            log.warning("page_corrupt: %s; not re-extracted", page.error)
            out.append((aid, reprocessing.PAGE_CORRUPT, page.error or ""))
    return out


def _detect(items: Sequence[tuple[Article, FeedEntry | None]], settings: Settings) -> list[Detection]:
    """The current detector over (article, feed item) pairs, in the process pool when it pays."""
    if settings.extract_workers <= 1 or len(items) <= DETECT_CHUNK:
        return [detect_article(a, e) for a, e in items]
    ex = resources.pool(settings.extract_workers)
    return list(ex.map(detect_article, [a for a, _ in items], [e for _, e in items], chunksize=DETECT_CHUNK))


@flow(name="reprocess", task_runner=ThreadPoolTaskRunner(max_workers=2), log_prints=True,
      on_failure=[alerting.notify_failure])
def reprocess(since: date | None = None, until: date | None = None, what: What = "both",
              db: str | None = None) -> ReprocessResult:
    """Re-extract stored pages and/or re-run the current detector over articles dated in [since, until];
    `what="cluster"` assigns every relevant story to its event again, whatever its date."""
    configure_process()
    if what == "cluster":
        return _recluster_run(db)
    if since is None or until is None:
        raise ConfigError("since and until are required unless what=cluster")
    if until < since:
        raise ConfigError(f"until={until} is before since={since}: the window is empty")
    if what not in ("extract", "detect", "both"):
        raise ConfigError(f"what={what!r}: must be extract, detect, both or cluster")
    settings = settings_for(db)
    params = {"since": str(since), "until": str(until), "what": what}
    with run_lifecycle(settings, "reprocess", params) as (run_id, _):
        return _reprocess(settings, since, until, what, run_id)


def _reprocess(settings: Settings, since: date, until: date, what: What, run_id: str) -> ReprocessResult:
    ids = window_articles(settings, since, until)
    size = max(1, settings.batch_size)
    batches = [ids[i:i + size] for i in range(0, len(ids), size)]
    log.info("Reprocessing (%s) %d stored articles dated %s..%s in %d batches; extractor %s, detector %s",
             what, len(ids), since, until, len(batches), EXTRACTOR_VERSION, DETECTOR_VERSION)
    total = ReprocessResult()
    for i, fut in enumerate([reprocess_batch.submit(b, settings, what) for b in batches], 1):
        r = fut.result()
        total.add(r)
        log.info("Batch %d/%d: %d re-extracted, %d re-detected, %d without a stored page (%d corrupt), "
                 "%d verdicts changed", i, len(batches), r.extracted, r.detected, r.no_page, r.page_corrupt,
                 r.changed)
    tasks.finish_run(settings, run_id, "completed", {"new_articles": 0, "stories_found": total.relevant})
    _publish(total, since, until, what, run_id)
    return total


def _publish(r: ReprocessResult, since: date, until: date, what: What, run_id: str) -> None:
    """The run summary as a markdown artifact."""
    from prefect.artifacts import create_markdown_artifact

    md = (f"# reprocess run `{run_id}`\n\nWindow {since}..{until}, `{what}`; "
          f"extractor `{EXTRACTOR_VERSION}`, detector `{DETECTOR_VERSION}`.\n\n"
          "| articles | re-extracted | re-detected | no stored page | "
          f"relevant | verdicts changed |\n|---|---|---|---|---|---|\n| {r.articles} | {r.extracted} | "
          f"{r.detected} | {r.no_page} | {r.relevant} | {r.changed} |\n")
    try:
        create_markdown_artifact(markdown=md, key="reprocess-summary", description="What this reprocess did")
    except Exception as exc:  # the data is written already; a UI extra must not fail the run
        log.warning("Could not attach the run summary artifact: %s", exc)


def _recluster_run(db: str | None) -> ReprocessResult:
    """Every relevant story assigned to its event again, in one write, in a fixed order: the same
    stories give the same events and ids (warehouse/clusters.py)."""
    settings = settings_for(db)
    with run_lifecycle(settings, "reprocess", {"what": "cluster"}) as (run_id, _):
        with writer.warehouse(settings) as con, transaction(con):
            done = clusters.recluster(con)
        result = ReprocessResult(articles=len(done.members), relevant=len(done.members),
                                 events=len(done.opened), merges=len(done.merges))
        log.info("Re-clustered %d stories into %d events", result.relevant, result.events)
        tasks.finish_run(settings, run_id, "completed", {"new_articles": 0, "stories_found": result.relevant})
        return result

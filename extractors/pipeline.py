"""The CPU-bound middle of the pipeline: page bytes in, Article and Detection out.

Top-level and picklable, so flows can run it in a process pool over batches, and the CLI
and reprocessing can run exactly the same code in one process.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from extractors.article.extract import extract_article
from extractors.core.budget import Budget, WorkFailed, run_within
from extractors.core.models import Article, Detection, Feed, FeedEntry, RawPage
from extractors.diplomacy import detect
from extractors.feeds.parse import ParsedFeed, parse_feed

CRASHED = "extraction killed its worker process"  # the reason kept for a page whose process died


@dataclass(frozen=True)
class PageWork:
    """One page to turn into records; `entry` is the feed item that pointed at it, if any."""

    url: str
    page: RawPage | None
    entry: FeedEntry | None


def process_page(work: PageWork, min_body_chars: int = 200, now: datetime | None = None
                 ) -> tuple[Article, Detection]:
    """Extract the article (or record why not) and run the detector on what text there is."""
    page, entry = work.page, work.entry
    if page is not None and page.ok and page.body:
        article = extract_article(page.body, work.url, entry=entry, final_url=page.final_url,
                                  min_body_chars=min_body_chars, now=now, content_type=page.content_type)
    else:
        reason = f"not fetched: {page.error_kind}: {page.error}" if page else "not fetched"
        article = extract_article(b"", work.url, entry=entry, min_body_chars=min_body_chars, now=now)
        if article.error:
            article = _with_error(article, reason)
    return article, detect_article(article, entry)


def detect_article(article: Article, entry: FeedEntry | None) -> Detection:
    """Run the detector on the article's title and body, or on the feed's text when extraction failed.

    The article's publication date (else the feed item's) anchors the events' relative dates.
    """
    title = article.title or (entry.title if entry else "") or ""
    text = article.body or (entry.summary if entry else "") or ""
    published = article.published_at or (entry.published_at if entry else None)
    return detect(title, text, article.language, published)


def process_pages(works: Sequence[PageWork], min_body_chars: int = 200
                  ) -> list[tuple[Article, Detection]]:
    """`process_page` over a chunk (the unit sent to a worker process)."""
    return [process_page(w, min_body_chars) for w in works]


def process_pages_within(works: Sequence[PageWork], min_body_chars: int, budget: Budget | None
                         ) -> list[tuple[Article, Detection]]:
    """`process_pages` with every page under its own CPU-time and memory budget.

    A page over budget (or whose process dies) is stored as `unprocessable`, with the reason
    ("budget_exceeded: over 10 s of CPU time"); the other pages of the chunk are not affected.
    """
    return [_process_within(w, min_body_chars, budget) for w in works]


def _process_within(work: PageWork, min_body_chars: int, budget: Budget | None) -> tuple[Article, Detection]:
    try:
        return run_within(budget, process_page, work, min_body_chars)
    except WorkFailed as exc:
        reason = str(exc) if exc.kind == "budget_exceeded" else f"{CRASHED} ({exc})"
        return unprocessable(work, reason, min_body_chars)


def parse_feed_within(budget: Budget | None, body: bytes, feed: Feed, *, url: str,
                      headers: Mapping[str, str] | None = None, now: datetime | None = None) -> ParsedFeed:
    """`parse_feed` under a CPU-time and memory budget; raises `WorkFailed` when over it."""
    return run_within(budget, parse_feed, body, feed, url=url, headers=headers, now=now)


def unprocessable(work: PageWork, reason: str, min_body_chars: int = 200) -> tuple[Article, Detection]:
    """Records for a page whose extraction could not run (over budget, or it killed its process).

    The page is not parsed again; the detector reads the feed's text, and the reason is kept.
    """
    article = _with_error(extract_article(b"", work.url, entry=work.entry, min_body_chars=min_body_chars),
                          reason)
    return article, detect_article(article, work.entry)


def _with_error(article: Article, reason: str) -> Article:
    return replace(article, error=f"{reason}; {article.error}" if article.error else reason)

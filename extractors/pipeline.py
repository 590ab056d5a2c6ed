"""The CPU-bound middle of the pipeline: page bytes in, Article and Detection out.

Top-level and picklable, so flows can run it in a process pool over batches, and the CLI
and reprocessing can run exactly the same code in one process.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from extractors.article import extract_article
from extractors.diplomacy import detect
from extractors.models import Article, Detection, FeedEntry, RawPage


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


def unprocessable(work: PageWork, reason: str, min_body_chars: int = 200) -> tuple[Article, Detection]:
    """Records for a page whose extraction could not run (it killed its worker process).

    The page is not parsed again; the detector reads the feed's text, and the reason is kept.
    """
    article = _with_error(extract_article(b"", work.url, entry=work.entry, min_body_chars=min_body_chars),
                          reason)
    return article, detect_article(article, work.entry)


def _with_error(article: Article, reason: str) -> Article:
    return replace(article, error=f"{reason}; {article.error}" if article.error else reason)

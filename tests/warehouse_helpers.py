"""Synthetic records for warehouse tests and the load benchmark, the fixture pages as extraction work,
and a read-only query helper."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb

from extractors.core.models import (
    Article,
    Detection,
    Event,
    Feed,
    FeedEntry,
    ProcessedArticle,
    RawPage,
    TierMention,
)
from extractors.pipeline import PageWork
from tests import FIXTURES

FEED = Feed(name="synthetic", url="http://news.example/feed.xml", outlet="Synthetic News",
            timezone="Asia/Ho_Chi_Minh")
BASE = datetime(2023, 9, 1, tzinfo=UTC)
PAGES = FIXTURES / "pages"


def synthetic_article(i: int, body_chars: int = 5000, relevant: bool | None = None,
                      detector_version: str = "test-det-1") -> ProcessedArticle:
    """One processed article with page, extraction and detection; deterministic in `i`."""
    url = f"http://news.example/2023/{i:07d}.html"
    when = BASE + timedelta(hours=i)
    rel = (i % 3 == 0) if relevant is None else relevant
    words = f"Article {i} about Hanoi, Beijing and Washington. "
    body = (words * (body_chars // len(words) + 1))[:body_chars]
    entry = FeedEntry(feed_name=FEED.name, url=url, link=url + "?utm_source=rss", guid=f"g-{i}",
                      title=f"Story {i}", summary="summary", published_at=when)
    page = RawPage(url=url, final_url=url, status=200, content_type="text/html; charset=utf-8",
                   body=f"<html><body><article><p>{body}</p></article></body></html>".encode(),
                   fetched_at=when)
    article = Article(url=url, final_url=url, title=f"Story {i}", published_at=when, date_source="feed",
                      language="en", body=body, word_count=len(body.split()), method="trafilatura",
                      extractor_version="test-ext-1")
    events = (Event(type="meet", cameo="036", actor="CHN", target="VNM", people=("Wang Yi",),
                    evidence=f"Wang Yi met his counterpart ({i})."),) if rel else ()
    tier = TierMention(tier="comprehensive_strategic_partnership", pair="CN-VN", text="CSP")
    tiers = (tier,) if rel else ()
    detection = Detection(relevant=rel, score=0.9 if rel else 0.1, pairs=("CN-VN",) if rel else (),
                          events=events, tiers=tiers, evidence=(f"evidence {i}",) if rel else (),
                          detector_version=detector_version)
    return ProcessedArticle(url=url, sources=(entry,), page=page, article=article, detection=detection)


def fixture_page_works() -> list[PageWork]:
    """The fixture pages (tests/fixtures/pages) as extraction work, fetched on 10 September 2023."""
    works = []
    for f in sorted(PAGES.glob("*.html")):
        url = f"https://news.example/{f.stem}"
        page = RawPage(url=url, final_url=None, status=200, content_type="text/html", body=f.read_bytes(),
                       fetched_at=datetime(2023, 9, 10, tzinfo=UTC))
        works.append(PageWork(url, page, None))
    return works


def query_rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    """All rows of `sql` on warehouse file `db`, read-only (the connection is closed again)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()

"""Reads and writes for reprocessing: stored pages and extractions back into records, new versions out.

Reprocessing never touches the network: everything it needs (the page as fetched, the feed item
that pointed at it, the latest extraction) is read back from the warehouse here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import duckdb
import pyarrow as pa

from extractors.core.compression import CorruptData
from extractors.core.models import Article, FeedEntry, RawPage
from warehouse import changes
from warehouse.db import transaction
from warehouse.load import database_path, newest_versions, upsert
from warehouse.pagestore import read_page

# An article's date for window selection: its extracted publication date, else the feed's, else its
# sitemap's lastmod (pages stored before extraction used it), else when it was first seen (so undated
# articles are still reachable).
_ARTICLE_DAY = "coalesce(x.published_at, s.published_at, s.lastmod, a.first_seen_at)"
PAGE_CORRUPT = "page_corrupt"  # raw_pages.error_kind of a page whose stored file cannot be read
_SOURCE_COLS = "feed_name, entry_url, link, guid, title, summary, published_at, published_raw, lastmod"


def window_article_ids(con: duckdb.DuckDBPyConnection, since: date, until: date) -> list[str]:
    """Ids of stored articles dated in [since 00:00 UTC, until + 1 day), oldest first."""
    start = datetime(since.year, since.month, since.day, tzinfo=UTC)
    end = datetime(until.year, until.month, until.day, tzinfo=UTC) + timedelta(days=1)
    rows = con.execute(
        f"SELECT a.article_id FROM articles a LEFT JOIN latest_extractions x USING (article_id) "
        f"LEFT JOIN (SELECT article_id, min(published_at) AS published_at, min(lastmod) AS lastmod "
        f"FROM article_sources GROUP BY 1) s "
        f"USING (article_id) WHERE {_ARTICLE_DAY} >= ? AND {_ARTICLE_DAY} < ? "
        f"ORDER BY {_ARTICLE_DAY}, a.article_id", [start, end]).fetchall()
    return [r[0] for r in rows]


def _probe(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> None:
    con.register("_bamboo_ids", pa.table({"article_id": list(ids)}))


def stored_pages(con: duckdb.DuckDBPyConnection, ids: Sequence[str]
                 ) -> list[tuple[str, str, RawPage | None, FeedEntry | None]]:
    """(article_id, url, newest page version, first feed item) for each id, in the order given."""
    _probe(con, ids)
    try:
        rows = con.execute(
            "SELECT a.article_id, a.url, p.final_url, p.status, p.content_type, p.fetched_at, p.body_path, "
            "p.error_kind, p.error FROM _bamboo_ids i JOIN articles a USING (article_id) "
            "LEFT JOIN latest_pages p USING (article_id)").fetchall()
    finally:
        con.unregister("_bamboo_ids")
    entries = first_sources(con, ids)
    found = {}
    db = database_path(con)
    for aid, url, final, status, ctype, fetched_at, body_path, ekind, err in rows:
        try:
            body = read_page(db, body_path)
        except CorruptData as exc:  # one damaged file costs its article only
            body, ekind, err = None, PAGE_CORRUPT, f"{url}: stored page {body_path} is corrupt: {exc}"
        if body is None and body_path and ekind != PAGE_CORRUPT:
            ekind, err = "page_missing", f"{url}: stored page {body_path} is missing"
        elif body is not None and ekind == PAGE_CORRUPT:  # the file was restored since
            ekind, err = None, None
        page = None if fetched_at is None else RawPage(
            url=url, final_url=final, status=status, content_type=ctype,
            body=body or b"", fetched_at=fetched_at, error_kind=ekind, error=err)
        found[aid] = (aid, url, page, entries.get(aid))
    return [found[i] for i in ids if i in found]


def first_sources(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> dict[str, FeedEntry]:
    """The earliest feed item (or backfill discovery) recorded for each article."""
    _probe(con, ids)
    try:
        rows = con.execute(
            f"SELECT article_id, {_SOURCE_COLS} FROM (SELECT s.*, row_number() OVER (PARTITION BY "
            f"article_id ORDER BY first_seen_at, feed_name) AS rn FROM article_sources s "
            f"JOIN _bamboo_ids USING (article_id)) WHERE rn = 1").fetchall()
    finally:
        con.unregister("_bamboo_ids")
    return {r[0]: FeedEntry(feed_name=r[1], url=r[2] or r[3] or "", link=r[3] or "", guid=r[4],
                            title=r[5] or "", summary=r[6] or "", published_at=r[7], published_raw=r[8],
                            lastmod=r[9])
            for r in rows}


def latest_articles(con: duckdb.DuckDBPyConnection, ids: Sequence[str]
                    ) -> list[tuple[str, Article, FeedEntry | None]]:
    """(article_id, latest extraction as an Article, first feed item) for each id that has one."""
    _probe(con, ids)
    try:
        rows = con.execute(
            "SELECT x.article_id, a.url, x.canonical_url, x.title, x.author, x.site_name, x.published_at, "
            "x.date_source, x.language, x.body, x.word_count, x.method, x.error, x.extractor_version "
            "FROM _bamboo_ids i JOIN latest_extractions x USING (article_id) "
            "JOIN articles a USING (article_id)").fetchall()
    finally:
        con.unregister("_bamboo_ids")
    entries = first_sources(con, ids)
    found = {r[0]: (r[0], Article(url=r[1], canonical_url=r[2], title=r[3], author=r[4], site_name=r[5],
                                  published_at=r[6], date_source=r[7], language=r[8], body=r[9] or "",
                                  word_count=r[10] or 0, method=r[11], error=r[12],
                                  extractor_version=r[13]), entries.get(r[0])) for r in rows}
    return [found[i] for i in ids if i in found]


def latest_verdicts(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> dict[str, bool]:
    """The latest detection's verdict (relevant or not) per article."""
    _probe(con, ids)
    try:
        rows = con.execute("SELECT article_id, relevant FROM latest_detections "
                           "JOIN _bamboo_ids USING (article_id)").fetchall()
    finally:
        con.unregister("_bamboo_ids")
    return {r[0]: bool(r[1]) for r in rows}


def load_extractions(con: duckdb.DuckDBPyConnection, extracted: Sequence[tuple[str, Article]],
                     now: datetime) -> int:
    """Write extractions of each article's newest page version, keyed by (article_id, body_sha256,
    extractor_version): a new extractor version sits beside the old."""
    with transaction(con):
        versions = newest_versions(con, [aid for aid, _ in extracted])
        upsert(con, "extractions", _extraction_rows(extracted, versions, now))
    return len(extracted)


def _extraction_rows(extracted: Sequence[tuple[str, Article]], versions: dict[str, str], now: datetime
                     ) -> list[dict[str, object]]:
    return [{"article_id": aid, "body_sha256": versions.get(aid, ""),
             "extractor_version": art.extractor_version, "extracted_at": now,
             "title": art.title, "author": art.author, "site_name": art.site_name,
             "canonical_url": art.canonical_url, "published_at": art.published_at,
             "date_source": art.date_source, "language": art.language, "body": art.body,
             "word_count": art.word_count, "method": art.method, "error": art.error}
            for aid, art in extracted]


def record_page_errors(con: duckdb.DuckDBPyConnection, errors: Sequence[tuple[str, str, str]]) -> None:
    """Record (article_id, error_kind, error) on each article's newest page version (a refetch of other
    bytes adds a new version beside it)."""
    with transaction(con):
        versions = newest_versions(con, [aid for aid, _, _ in errors])
        con.executemany("UPDATE raw_pages SET error_kind = ?, error = ? "
                        "WHERE article_id = ? AND body_sha256 = ?",
                        [(kind, err, aid, versions.get(aid, "")) for aid, kind, err in errors])
        changes.note(con, "raw_pages", (aid for aid, _, _ in errors))

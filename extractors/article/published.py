"""Where a page's publication date is chosen: candidates in order of trust, the first plausible wins."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from extractors.core.dates import as_utc, parse_iso, plausible

# Order of trust: the page's own structured data (JSON-LD, then the publication-time <meta> of its
# head) carries a time and zone; the feed usually does too; htmldate and the URL only give a day
# and are guesses from page text / path conventions. A day alone read as midnight UTC is a day off
# for much of Asia, which is why a timestamp with its offset wins. Last, a sitemap's <lastmod> (when
# the page last changed) dates a backfilled page that carries no date of its own.
SOURCE_ORDER = ("jsonld", "meta", "feed", "htmldate", "url", "sitemap")


_META_TAG = re.compile(r"<meta\b[^>]{0,600}>", re.I)
_META_DATE_NAME = re.compile(
    r"""(?:property|name|itemprop)\s*=\s*["']?(?:article:published_time|og:article:published_time|"""
    r"""datepublished|publishdate|pubdate|publish-date|dc\.date\.issued|dcterms\.issued|"""
    r"""parsely-pub-date|sailthru\.date)["'\s/>]""", re.I)
_META_CONTENT = re.compile(r"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_HEAD_LIMIT = 200_000  # publication <meta> tags live in <head>


def date_from_meta(page: str) -> datetime | None:
    """The publication time a page's head declares (`article:published_time` and kin), or None."""
    for tag in _META_TAG.finditer(page, 0, _HEAD_LIMIT):
        text = tag.group(0)
        if _META_DATE_NAME.search(text):
            content = _META_CONTENT.search(text)
            value = parse_iso((content.group(1) or content.group(2)) if content else None)
            if value is not None:
                return value
    return None


def reconcile(
    candidates: Iterable[tuple[str, datetime | None]], now: datetime
) -> tuple[datetime | None, str | None]:
    """Pick the most trusted plausible date (`extractors.core.dates.plausible`)."""
    found = {source: as_utc(value) for source, value in candidates if value is not None}
    for source in SOURCE_ORDER:
        value = found.get(source)
        if plausible(value, now):
            return value, source
    return None, None

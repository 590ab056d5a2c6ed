"""Publication dates: parse candidates (feed, JSON-LD, htmldate, URL) and pick one, all UTC-aware."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from extractors.core.dates import parse_iso_datetime

# Order of trust: the page's own structured data (JSON-LD, then the publication-time <meta> of its
# head) carries a time and zone; the feed usually does too; htmldate and the URL only give a day
# and are guesses from page text / path conventions. A day alone read as midnight UTC is a day off
# for much of Asia, which is why a timestamp with its offset wins. Last, a sitemap's <lastmod> (when
# the page last changed) dates a backfilled page that carries no date of its own.
SOURCE_ORDER = ("jsonld", "meta", "feed", "htmldate", "url", "sitemap")
EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)  # older "dates" are copyright lines or epoch zeros
FUTURE_SLACK = timedelta(hours=1)  # tolerate clock skew between publisher and us, no more

_URL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})[/_-](?P<m>0?[1-9]|1[0-2])[/_-](?P<d>0?[1-9]|[12]\d|3[01])(?!\d)"
    r"|/(?P<y2>(?:19|20)\d{2})(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01])(?:/|\b)"
)


def as_utc(value: datetime) -> datetime:
    """The same instant in UTC; naive values are read as UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def parse_iso(value: str | None) -> datetime | None:
    """A datetime from an ISO-8601-ish string ("2019-11-18", "2019-11-18T10:00:00Z", ...), or None."""
    if not value:
        return None
    found = parse_iso_datetime(value, need_day=True)
    if found is not None:
        return found
    try:  # "2019-11-18 | 10:00" and other strings that start with a full date
        return as_utc(datetime.combine(date.fromisoformat(value.strip()[:10]), datetime.min.time()))
    except ValueError:
        return None


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


def date_from_url(url: str | None) -> datetime | None:
    """A date encoded in a URL path (/2019/11/18/, /2019-11-18-, /20191118/), or None."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    y, m, d = (match.group("y"), match.group("m"), match.group("d"))
    if y is None:
        y, m, d = match.group("y2"), match.group("m2"), match.group("d2")
    try:
        return datetime(int(y), int(m), int(d), tzinfo=UTC)
    except ValueError:
        return None


def plausible(value: datetime | None, now: datetime) -> bool:
    """True for a date between 1995 and now (plus a little clock skew)."""
    return value is not None and EARLIEST <= value <= now + FUTURE_SLACK


def reconcile(
    candidates: Iterable[tuple[str, datetime | None]], now: datetime
) -> tuple[datetime | None, str | None]:
    """Pick the most trusted plausible date; future and pre-1995 dates are rejected."""
    found = {source: as_utc(value) for source, value in candidates if value is not None}
    for source in SOURCE_ORDER:
        value = found.get(source)
        if plausible(value, now):
            return value, source
    return None, None

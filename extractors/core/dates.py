"""The one date parser (feed dates, ISO 8601 / W3C, dates in URLs) and the one plausibility rule.

Every result is aware UTC. Feed dates: naive times are read in the feed's zone. feedparser's own
date parser reads naive times as UTC, drops AM/PM, misreads `2020/1/10 14:33:00` as 1 November and
gives up on localised day/month names, so `parse_date` parses the common shapes itself and only
falls back to feedparser (then the stdlib) for the rest.

Plausibility, for every source (feed, page, sitemap, URL): a publication date is plausible from
1995-01-01 (EARLIEST) to less than a day after now (FUTURE_SLACK). Before 1995 the "dates" found
on news pages and in feeds are not publication dates: epoch zeros (1970-01-01), parser artefacts
(year 1), copyright lines and numbers in URLs; news sites went online from 1994-95, and htmldate,
which dates the pages without structured data, refuses anything before 1995 itself, so the floor is
the same for every source. A day ahead covers a publisher's clock and a zone label that is wrong
by up to UTC+14; a date further ahead is a mistake, not a time.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_tz
from typing import Any
from urllib.parse import parse_qsl, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import feedparser.datetimes

EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)
FUTURE_SLACK = timedelta(days=1)

# Month abbreviations (first 3 letters, lower case) in the languages our feeds use.
MONTHS: dict[str, int] = {
    **{m: i for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)},
    "gen": 1, "ene": 1, "jän": 1, "fév": 2, "fev": 2, "mär": 3, "avr": 4, "abr": 4, "mag": 5,
    "mai": 5, "giu": 6, "jui": 7, "lug": 7, "aoû": 8, "ago": 8, "set": 9, "ott": 10, "out": 10,
    "okt": 10, "dic": 12, "dez": 12, "déc": 12,
}

# Fixed offsets (hours) of zone abbreviations seen in feeds; ambiguous ones are first checked
# against the feed's own zone (CST is China in a Shanghai feed, Central in a Chicago one).
ZONE_HOURS: dict[str, float] = {
    "Z": 0, "UT": 0, "UTC": 0, "GMT": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7,
    "MDT": -6, "PST": -8, "PDT": -7, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
    "ICT": 7, "WIB": 7, "HKT": 8, "SGT": 8, "AWST": 8, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11,
    "IST": 5.5,
}

_TIME = r"(?P<H>\d{1,2})[:h.](?P<M>\d{2})(?:[:.](?P<S>\d{2})(?:[.,]\d+)?)?"
_AMPM = r"(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?"
_ZONE = r"(?:\s*(?P<zone>Z|[A-Za-z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{1,2}(?::?\d{2})?))?"
_TAIL = rf"(?:(?:\s*,?\s+|T){_TIME}{_AMPM})?{_ZONE}\s*"
_WEEKDAY = r"(?:[^\W\d_]+\.?,?\s+)?"
_PATTERNS = [
    # 2020-01-10T14:33:00+07:00, 2018-09-18 14:38:10, 2020/1/10 14:33:00
    re.compile(rf"(?P<y>\d{{4}})[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}}){_TAIL}"),
    # Thu, 01 Jan 2004 19:48:21 GMT, mer, 16 nov 2022 00:38:15 +0100
    re.compile(rf"{_WEEKDAY}(?P<d>\d{{1,2}})[\s-]+(?P<mon>[^\W\d_]{{3,}})\.?[\s-]+(?P<y>\d{{2,4}}){_TAIL}"),
    # Sat, Dec 16 2023 02:02:33 PM, December 16, 2023 2:02 PM
    re.compile(rf"{_WEEKDAY}(?P<mon>[^\W\d_]{{3,}})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){_TAIL}"),
    # 08/02/2013 12:00:00 (day first unless impossible)
    re.compile(rf"(?P<a>\d{{1,2}})[/.-](?P<b>\d{{1,2}})[/.-](?P<y>\d{{4}}){_TAIL}"),
]


def plausible(value: datetime | None, now: datetime) -> bool:
    """Whether a date can be a publication date: from EARLIEST to less than FUTURE_SLACK after `now`."""
    return value is not None and EARLIEST <= value < now + FUTURE_SLACK


def as_utc(value: datetime) -> datetime:
    """The same instant in UTC; naive values are read as UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


_W3C = re.compile(
    r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?)?)?\s*$",
    re.IGNORECASE,
)


def parse_iso_datetime(text: str | None, *, need_day: bool = False) -> datetime | None:
    """An ISO 8601 / W3C datetime (YYYY[-MM[-DD[Thh:mm[:ss[.s]]TZD]]]) as aware UTC, else None.

    Sitemaps, JSON-LD and page meta all write dates this way; no offset is read as UTC. With
    `need_day`, a bare year or year-month is refused rather than read as the 1st.
    """
    if not text:
        return None
    m = _W3C.match(text)
    if not m:
        return None
    year, month, day, hour, minute, second, tz = m.groups()
    if need_day and day is None:
        return None
    try:
        dt = datetime(int(year), int(month or 1), int(day or 1), int(hour or 0), int(minute or 0),
                      int(second or 0), tzinfo=_tz(tz))
    except ValueError:
        return None
    return dt.astimezone(UTC)


def parse_iso(value: str | None) -> datetime | None:
    """A datetime from an ISO-8601-ish string with a day ("2019-11-18", "2019-11-18T10:00Z"...), or None."""
    if not value:
        return None
    found = parse_iso_datetime(value, need_day=True)
    if found is not None:
        return found
    try:  # "2019-11-18 | 10:00" and other strings that start with a full date
        return as_utc(datetime.combine(date.fromisoformat(value.strip()[:10]), datetime.min.time()))
    except ValueError:
        return None


def _tz(text: str | None) -> timezone:
    """A fixed offset from `Z`, `+07:00`, `+0700` or `+07`; no offset is read as UTC."""
    if not text or text.upper() == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def parse_date(raw: str | None, tz: str = "UTC", now: datetime | None = None, *,
               dayfirst: bool = True) -> datetime | None:
    """Aware UTC datetime for a feed date string, or None when unparseable or over a day in the future."""
    if raw is None or not isinstance(raw, str):
        return None
    text = " ".join(raw.split())
    if not text or len(text) > 200:
        return None
    zone = _zone(tz)
    try:
        parsed = _parse_own(text, zone, dayfirst) or _parse_fallback(text, zone)
    except (ValueError, OverflowError):
        parsed = None
    if parsed is None:
        return None
    # e.g. feedparser reads "0001-0-0" as 1 November of year 1: an artefact, not a date
    return parsed if plausible(parsed, now or datetime.now(UTC)) else None


def entry_date(entry: Mapping[str, Any], tz: str = "UTC", now: datetime | None = None) -> tuple[
        datetime | None, str | None]:
    """(UTC date, raw string) of a feedparser entry: published, then updated, then created."""
    first_raw: str | None = None
    for key in ("published", "updated", "created"):
        # dict.get skips FeedParserDict aliasing (updated -> published) and its deprecation warning
        raw = dict.get(entry, key) if isinstance(entry, dict) else entry.get(key)
        if not isinstance(raw, str) or not raw.strip():
            continue
        first_raw = first_raw or raw.strip()
        parsed = parse_date(raw, tz, now)
        if parsed is not None:
            return parsed, raw.strip()
    return None, first_raw


def _zone(tz: str) -> ZoneInfo | timezone:
    """The feed's zone; UTC when the name is unknown (a config error must not lose the entry)."""
    try:
        return ZoneInfo(tz) if tz and tz.upper() != "UTC" else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def _parse_own(text: str, zone: ZoneInfo | timezone, dayfirst: bool) -> datetime | None:
    """Parse the shapes listed in _PATTERNS; None when none matches fully."""
    for pattern in _PATTERNS:
        m = pattern.fullmatch(text)
        if m:
            return _build(m.groupdict(), zone, dayfirst)
    return None


def _build(g: dict[str, str | None], zone: ZoneInfo | timezone, dayfirst: bool) -> datetime | None:
    """A UTC datetime from regex groups, or None for impossible fields."""
    ymd = _year_month_day(g, dayfirst)
    if ymd is None:
        return None
    hour, minute, second = int(g["H"] or 0), int(g["M"] or 0), int(g["S"] or 0)
    hour = _apply_ampm(hour, g.get("ampm"))
    if hour is None:
        return None
    naive = datetime(*ymd, hour, minute, min(second, 59))
    return _localise(naive, g.get("zone"), zone)


def _year_month_day(g: dict[str, str | None], dayfirst: bool) -> tuple[int, int, int] | None:
    """(year, month, day) from whichever groups the pattern had."""
    year = int(g["y"] or 0)
    if year < 100:
        year += 1900 if year >= 70 else 2000
    if g.get("a") is not None:
        a, b = int(g["a"] or 0), int(g["b"] or 0)
        day_first = a > 12 or (dayfirst and b <= 12)
        return (year, b, a) if day_first else (year, a, b)
    if g.get("mon") is not None:
        month = MONTHS.get((g["mon"] or "")[:3].lower())
        return None if month is None else (year, month, int(g["d"] or 0))
    return year, int(g["m"] or 0), int(g["d"] or 0)


def _apply_ampm(hour: int, ampm: str | None) -> int | None:
    """24-hour clock from a 12-hour one; None for an hour that can't carry AM/PM."""
    if not ampm:
        return hour
    if not 1 <= hour <= 12:
        return None
    pm = ampm.lower().startswith("p")
    return (hour % 12) + (12 if pm else 0)


def _localise(naive: datetime, zone_text: str | None, feed_zone: ZoneInfo | timezone) -> datetime:
    """Attach the written zone (or the feed's zone for naive times) and convert to UTC."""
    tzinfo = _written_zone(zone_text, naive, feed_zone) if zone_text else None
    local = naive.replace(tzinfo=tzinfo or feed_zone)
    return local.astimezone(UTC)


def _written_zone(text: str, naive: datetime, feed_zone: ZoneInfo | timezone) -> timezone | None:
    """The tzinfo a zone token names: +0700, +07:00, GMT+7, an abbreviation; None when unknown."""
    m = re.fullmatch(r"([A-Za-z]*)(?:([+-])(\d{1,2}):?(\d{2})?)?", text)
    if not m:
        return None
    abbr, sign, hh, mm = m.groups()
    if sign:
        if abbr and abbr.upper() not in ("GMT", "UTC", "UT"):
            return None
        offset = timedelta(hours=int(hh), minutes=int(mm or 0))
        return timezone(-offset if sign == "-" else offset)
    abbr = abbr.upper()
    if isinstance(feed_zone, ZoneInfo) and naive.replace(tzinfo=feed_zone).tzname() == abbr:
        offset_now = naive.replace(tzinfo=feed_zone).utcoffset()
        return timezone(offset_now) if offset_now is not None else None
    hours = ZONE_HOURS.get(abbr)
    return None if hours is None else timezone(timedelta(hours=hours))


def _parse_fallback(text: str, zone: ZoneInfo | timezone) -> datetime | None:
    """feedparser's many parsers (localised formats), then the stdlib RFC 2822 parser."""
    if not _has_zone(text):
        stdlib = parsedate_tz(text)
        if stdlib is not None and stdlib[9] is None:
            return datetime(*stdlib[:6], tzinfo=zone).astimezone(UTC)
    parsed = feedparser.datetimes._parse_date(text)
    if parsed is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC)


def _has_zone(text: str) -> bool:
    """Whether a date string carries an explicit zone or offset."""
    return bool(re.search(r"(Z|[+-]\d{2}:?\d{2}|\b(?:GMT|UTC|UT|[A-Z]{2,4}T))\s*$", text))


# --- dates spelled in URLs --------------------------------------------------------------------------

# /2023/09/04/, 2023-09, 2019-11/18 (Xinhua), sitemap_2023_09.xml, 2019/1/10, 20191118, 202309.
_URL_YMD = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?:([-/_.])(\d{1,2})(?:[-/_.](\d{1,2}))?|(\d{2})(\d{2})?)(?!\d)")
# a year alone must stand between separators: `post-sitemap2000.xml` is Yoast's 2000th chunk
_URL_YEAR = re.compile(r"(?:^|[-_/.=])((?:19|20)\d{2})(?=$|[-_/.?&])")
_YEAR_KEYS = {"y", "yy", "yyyy", "year"}
_MONTH_KEYS = {"m", "mm", "month"}
_DAY_KEYS = {"d", "dd", "day"}


def url_date_span(url: str, *, allow_year_only: bool = True, now: datetime | None = None
                  ) -> tuple[date, date] | None:
    """The inclusive, plausible date span a URL's path or query spells (day, month or year), else None."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    now = now or datetime.now(UTC)
    path = parts.path + ("?" + parts.query if parts.query else "")
    span = _query_span(parts.query, now) or _path_span(path, now)
    if span or not allow_year_only:
        return span
    m = _URL_YEAR.search(parts.path)
    return _span(int(m.group(1)), None, None, now) if m else None


def url_day(url: str | None, now: datetime | None = None) -> datetime | None:
    """The day a URL spells in full (/2019/11/18/, /20191118/), as midnight UTC; None otherwise."""
    span = url_date_span(url, allow_year_only=False, now=now) if url else None
    if not span or span[0] != span[1]:
        return None
    return datetime(span[0].year, span[0].month, span[0].day, tzinfo=UTC)


def _path_span(text: str, now: datetime) -> tuple[date, date] | None:
    """The first usable year-month(-day) in a path.

    A one-digit month counts only with a day after it (`2019/1/10`; `sitemap-2019-1` is a chunk),
    and a compact YYYYMM only inside a file name: a bare 6-digit run in a folder is more often an
    ID than a month, while a compact YYYYMMDD folder (/20191118/) is a day.
    """
    for m in _URL_YMD.finditer(text):
        year, sep, month, day, compact_month, compact_day = m.groups()
        if sep and len(month) == 1 and day is None:
            continue
        if compact_month and not compact_day and "/" in text[m.end():].split("?", 1)[0]:
            continue
        month, day = (month, day) if sep else (compact_month, compact_day)
        span = _span(int(year), int(month), int(day) if day else None, now)
        if span:
            return span
    return None


def _query_span(query: str, now: datetime) -> tuple[date, date] | None:
    """A span from ?year=2023&month=9[&day=4] style parameters."""
    params = {k.lower(): v for k, v in parse_qsl(query)}
    year = next((params[k] for k in _YEAR_KEYS if k in params), None)
    if not (year and year.isdigit() and len(year) == 4):
        return None
    month = next((params[k] for k in _MONTH_KEYS if k in params), None)
    day = next((params[k] for k in _DAY_KEYS if k in params), None)
    m = int(month) if month and month.isdigit() and 1 <= int(month) <= 12 else None
    d = int(day) if m and day and day.isdigit() else None
    return _span(int(year), m, d, now)


def _span(year: int, month: int | None, day: int | None, now: datetime) -> tuple[date, date] | None:
    """First and last day of a year, month or single day; None when impossible or never plausible."""
    try:
        if month is None:
            first, last = date(year, 1, 1), date(year, 12, 31)
        elif day is not None:
            first = last = date(year, month, day)
        else:
            first = date(year, month, 1)
            last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    except ValueError:
        return None
    start = datetime(first.year, first.month, first.day, tzinfo=UTC)
    end = datetime(last.year, last.month, last.day, tzinfo=UTC) + timedelta(days=1)
    # the plausibility rule on an interval: some instant of the span is plausible
    return (first, last) if end > EARLIEST and start < now + FUTURE_SLACK else None

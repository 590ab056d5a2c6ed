"""Backfill discovery from sitemaps: robots.txt, indexes, urlsets, Google News sitemaps, gzip.

Pure of Prefect and DuckDB: all network I/O goes through a `Fetch` callable the caller gives.
Our own lxml iterparse parser is used instead of `trafilatura.sitemaps` because that module does
its own fetching (bypassing our Fetcher's politeness and SSRF rules), sleeps between requests and
drops `lastmod` / `news:publication_date`, which the date window needs (see docs/backfill.md).
"""

from __future__ import annotations

import gzip
import io
import logging
import re
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal, Protocol
from urllib.parse import parse_qsl, urldefrag, urljoin, urlsplit

from lxml import etree

from extractors.core.dates import parse_iso_datetime
from extractors.core.urls import canonicalize_url

log = logging.getLogger(__name__)

# The sitemaps protocol caps a file at 50,000 entries and 50 MB uncompressed.
SPEC_MAX_ENTRIES = 50_000
SPEC_MAX_BYTES = 50 * 1024 * 1024
MAX_ROBOTS_BYTES = 512 * 1024  # what Google reads of a robots.txt
GZIP_MAGIC = b"\x1f\x8b"
NESTED_FIELDS = {"publication_date", "title"}  # read from <news:news> inside a <url>

Source = Literal["sitemap", "news-sitemap", "archive"]
DateSource = Literal["publication_date", "lastmod", "url", "page"]


class FetchedDoc(Protocol):
    """What discovery needs from a response; the project's FetchResult has all of it."""

    @property
    def ok(self) -> bool: ...
    @property
    def status(self) -> int | None: ...
    @property
    def body(self) -> bytes: ...
    @property
    def final_url(self) -> str | None: ...
    @property
    def error(self) -> str | None: ...


Fetch = Callable[[str], FetchedDoc]


def fetcher_adapter(fetcher: Any, kind: str = "feed") -> Fetch:
    """Wrap any object with `get(url, *, kind=...)` (the project's Fetcher) as a `Fetch`."""

    def fetch(url: str) -> FetchedDoc:
        """GET one URL through the wrapped fetcher."""
        return fetcher.get(url, kind=kind)

    return fetch


@dataclass(frozen=True)
class DiscoveredUrl:
    """One article URL found for a backfill window."""

    url: str  # canonical URL
    lastmod: datetime | None  # aware UTC; None when nothing dated the URL
    source: Source
    sitemap_url: str  # the sitemap (or archive page) that listed it
    date_source: DateSource | None = None

    @property
    def date_known(self) -> bool:
        """True when a date (publication, lastmod, URL or page) was found for the URL."""
        return self.lastmod is not None


@dataclass(frozen=True)
class Failure:
    """A document discovery could not use; discovery went on without it."""

    url: str
    reason: str


@dataclass
class DiscoveryReport:
    """What a discovery run did, filled in while it iterates."""

    fetched: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (url, reason), first MAX_SKIPPED_KEPT
    skipped_count: int = 0
    urls_yielded: int = 0
    undated_yielded: int = 0
    out_of_window: int = 0
    stop_reason: str | None = None

    def fail(self, url: str, reason: str) -> None:
        """Record a failure and log it."""
        log.warning("discovery: %s: %s", url, reason)
        self.failures.append(Failure(url, reason))

    def skip(self, url: str, reason: str) -> None:
        """Record a document deliberately not fetched."""
        self.skipped_count += 1
        if len(self.skipped) < MAX_SKIPPED_KEPT:
            self.skipped.append((url, reason))


MAX_SKIPPED_KEPT = 1000


# ---------------------------------------------------------------- dates


def window_bounds(since: date, until: date) -> tuple[datetime, datetime]:
    """The window as a half-open UTC interval [since 00:00, until+1 00:00)."""
    start = datetime(since.year, since.month, since.day, tzinfo=UTC)
    end = datetime(until.year, until.month, until.day, tzinfo=UTC) + timedelta(days=1)
    return start, end


def in_window(dt: datetime, since: date, until: date) -> bool:
    """True when an aware datetime falls inside the inclusive date window (UTC days)."""
    start, end = window_bounds(since, until)
    return start <= dt < end


# Dates spelled in URLs: /2023/09/04/, 2023-09, sitemap_2023_09.xml, ?year=2023&month=9, 202309.
_URL_YMD = re.compile(r"(?<!\d)((?:19|20)\d{2})([-/_.]?)(0[1-9]|1[0-2])(?:\2(0[1-9]|[12]\d|3[01]))?(?!\d)")
# a year alone must stand between separators: `post-sitemap2000.xml` is Yoast's 2000th chunk
_URL_YEAR = re.compile(r"(?:^|[-_/.=])((?:19|20)\d{2})(?=$|[-_/.?&])")
FIRST_URL_YEAR = 1990  # older "years" in URLs are more likely numbers than dates
_YEAR_KEYS = {"y", "yy", "yyyy", "year"}
_MONTH_KEYS = {"m", "mm", "month"}
_DAY_KEYS = {"d", "dd", "day"}


def url_date_span(url: str, *, allow_year_only: bool = True) -> tuple[date, date] | None:
    """The inclusive date span a URL's path or query spells (day, month or year), else None."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    span = _query_span(parts.query) or _path_span(parts.path + ("?" + parts.query if parts.query else ""))
    if span or not allow_year_only:
        return span
    m = _URL_YEAR.search(parts.path)
    return _span(int(m.group(1)), None, None) if m else None


def _path_span(text: str) -> tuple[date, date] | None:
    """The first year-month(-day) in a path; compact YYYYMM only counts inside a file name."""
    for m in _URL_YMD.finditer(text):
        year, sep, month, day = m.groups()
        if not sep and "/" in text[m.end():].split("?", 1)[0]:
            continue  # a bare 6/8-digit run inside a folder is more often an ID than a date
        return _span(int(year), int(month), int(day) if day else None)
    return None


def _query_span(query: str) -> tuple[date, date] | None:
    """A span from ?year=2023&month=9[&day=4] style parameters."""
    params = {k.lower(): v for k, v in parse_qsl(query)}
    year = next((params[k] for k in _YEAR_KEYS if k in params), None)
    if not (year and year.isdigit() and len(year) == 4):
        return None
    month = next((params[k] for k in _MONTH_KEYS if k in params), None)
    day = next((params[k] for k in _DAY_KEYS if k in params), None)
    m = int(month) if month and month.isdigit() and 1 <= int(month) <= 12 else None
    d = int(day) if m and day and day.isdigit() else None
    return _span(int(year), m, d)


def _span(year: int, month: int | None, day: int | None) -> tuple[date, date] | None:
    """First and last day of a year, month or single day; None for impossible or implausible dates."""
    if not FIRST_URL_YEAR <= year <= date.today().year + 1:
        return None
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is not None:
            d = date(year, month, day)
            return d, d
        first = date(year, month, 1)
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        return first, nxt - timedelta(days=1)
    except ValueError:
        return None


def span_outside(span: tuple[date, date], since: date, until: date) -> bool:
    """True when a date span and the window do not overlap."""
    return span[1] < since or span[0] > until


# ---------------------------------------------------------------- robots.txt


def parse_robots_sitemaps(text: str, base_url: str | None = None) -> list[str]:
    """The `Sitemap:` URLs of a robots.txt, in order, deduplicated, http(s) only."""
    found: list[str] = []
    for raw in text[:MAX_ROBOTS_BYTES].splitlines():
        key, sep, value = raw.partition(":")
        if not sep or key.strip().lower() != "sitemap":
            continue
        # only a comment after whitespace is cut: a '#' glued to the URL may be part of it
        url = re.split(r"\s+#", value.strip(), maxsplit=1)[0].strip()
        if not url:
            continue  # an empty value would resolve to the robots.txt URL itself
        url = resolve_url(base_url, url) if base_url else url
        if url and _is_http(url) and url not in found:
            found.append(url)
    return found


def _is_http(url: str) -> bool:
    """True for an absolute http(s) URL with a host."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def resolve_url(base: str, ref: str) -> str | None:
    """An absolute http(s) URL for a reference found in a document, or None when it is unusable."""
    try:
        url = urljoin(base, ref.strip())
    except ValueError:  # e.g. a broken IPv6 literal: one bad entry must not end the walk
        return None
    return url if _is_http(url) else None


# ---------------------------------------------------------------- sitemap documents


@dataclass(frozen=True)
class SitemapUrl:
    """A `<url>` entry of a urlset."""

    loc: str
    lastmod: datetime | None = None
    publication_date: datetime | None = None  # news:publication_date, Google News sitemaps
    title: str | None = None


@dataclass(frozen=True)
class SitemapRef:
    """A `<sitemap>` entry of a sitemap index."""

    loc: str
    lastmod: datetime | None = None


@dataclass
class Sitemap:
    """A parsed sitemap document: urls for a urlset or text sitemap, children for an index."""

    kind: Literal["urlset", "index", "text", "unknown"]
    urls: list[SitemapUrl] = field(default_factory=list)
    children: list[SitemapRef] = field(default_factory=list)
    error: str | None = None  # set when the document is broken; entries parsed before it are kept
    truncated: bool = False  # more entries than max_entries


class BodyTooLarge(ValueError):
    """A decompressed body went past the byte cap."""


def decode_body(body: bytes, max_bytes: int = SPEC_MAX_BYTES) -> bytes:
    """Gunzip a body that starts with the gzip magic (bounded); pass other bodies through."""
    if not body.startswith(GZIP_MAGIC):
        if len(body) > max_bytes:
            raise BodyTooLarge(f"body larger than {max_bytes} bytes")
        return body
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as gz:
            data = gz.read(max_bytes + 1)  # reading one byte past the cap is how we detect a bomb
    except (OSError, EOFError, zlib.error) as exc:
        raise ValueError(f"bad gzip data: {exc}") from exc
    if len(data) > max_bytes:
        raise BodyTooLarge(f"gunzipped body larger than {max_bytes} bytes")
    return data


def parse_sitemap(body: bytes, *, max_entries: int = SPEC_MAX_ENTRIES,
                  max_bytes: int = SPEC_MAX_BYTES) -> Sitemap:
    """Parse a sitemap body (XML urlset or index, Google News, plain text; gzip or not)."""
    try:
        data = decode_body(body, max_bytes).lstrip(b"\xef\xbb\xbf \t\r\n")
    except ValueError as exc:
        return Sitemap("unknown", error=str(exc))
    if not data:
        return Sitemap("unknown", error="empty document")
    if not data.startswith(b"<"):
        return _parse_text_sitemap(data, max_entries)
    return _parse_xml_sitemap(data, max_entries)


def _parse_text_sitemap(data: bytes, max_entries: int) -> Sitemap:
    """A text sitemap: one absolute URL per line, no dates."""
    sm = Sitemap("text")
    for line in data.decode("utf-8", "replace").splitlines():
        url = line.strip()
        if not url:
            continue
        if not _is_http(url):
            return Sitemap("unknown", urls=sm.urls, error="not a sitemap (text line is not a URL)")
        if len(sm.urls) >= max_entries:
            sm.truncated = True
            break
        sm.urls.append(SitemapUrl(url))
    return sm


def _localname(tag: Any) -> str:
    """Element name without namespace: sites use the wrong sitemap namespace often enough."""
    return tag.rpartition("}")[2].lower() if isinstance(tag, str) else ""


def _parse_xml_sitemap(data: bytes, max_entries: int) -> Sitemap:
    """Stream an XML sitemap with iterparse, freeing each entry once read."""
    sm = Sitemap("unknown")
    events = etree.iterparse(io.BytesIO(data), events=("start", "end"), resolve_entities=False,
                             no_network=True, load_dtd=False, huge_tree=False, remove_comments=True,
                             remove_pis=True)
    depth = 0
    try:
        for event, el in events:
            if event == "start":
                depth += 1
                if depth == 1 and not _set_kind(sm, _localname(el.tag)):
                    return sm
                continue
            depth -= 1
            if depth != 1:
                continue
            if len(sm.urls) + len(sm.children) >= max_entries:
                sm.truncated = True
                return sm
            _take_entry(sm, el)
            _free(el)
    except etree.XMLSyntaxError as exc:
        sm.error = f"malformed XML: {exc}"
    return sm


def _set_kind(sm: Sitemap, root: str) -> bool:
    """Set the sitemap kind from its root element; False (with an error) if it is not a sitemap."""
    if root == "urlset":
        sm.kind = "urlset"
    elif root == "sitemapindex":
        sm.kind = "index"
    else:
        sm.error = f"not a sitemap (root element <{root}>)"
        return False
    return True


def _take_entry(sm: Sitemap, el: Any) -> None:
    """Add one <url> or <sitemap> element to the sitemap; entries without a usable loc are ignored."""
    name = _localname(el.tag)
    fields_ = _child_texts(el)
    loc = (fields_.get("loc") or "").strip()
    if not loc:
        return
    lastmod = parse_iso_datetime(fields_.get("lastmod"))
    if sm.kind == "index" and name == "sitemap":
        sm.children.append(SitemapRef(loc, lastmod))
    elif sm.kind == "urlset" and name == "url":
        sm.urls.append(SitemapUrl(loc, lastmod, parse_iso_datetime(fields_.get("publication_date")),
                                  fields_.get("title")))


def _child_texts(el: Any) -> dict[str, str]:
    """Texts of an entry's fields: loc/lastmod from direct children, news fields from below."""
    # only direct children give `loc`, so an <image:loc> nested in the entry never replaces it
    out: dict[str, str] = {}
    for child in el.iter():
        if child is el:
            continue
        name = _localname(child.tag)
        nested = child.getparent() is not el
        if name in out or (nested and name not in NESTED_FIELDS) or not (child.text and child.text.strip()):
            continue
        out[name] = child.text.strip()
    return out


def _free(el: Any) -> None:
    """Drop a processed entry and its already-read siblings so memory stays flat."""
    el.clear()
    parent = el.getparent()
    if parent is not None:
        while el.getprevious() is not None:
            del parent[0]


# ---------------------------------------------------------------- discovery


@dataclass(frozen=True)
class Limits:
    """Bounds on one discovery run."""

    max_sitemaps: int = 200  # sitemap documents fetched
    max_depth: int = 3  # index nesting below the first sitemap
    max_urls: int = 100_000  # URLs yielded
    max_entries: int = SPEC_MAX_ENTRIES  # entries read per sitemap
    max_bytes: int = SPEC_MAX_BYTES  # decompressed bytes per sitemap


def discover_urls(
    fetch: Fetch,
    site_or_sitemap_url: str,
    since: date,
    until: date,
    *,
    max_sitemaps: int = 200,
    max_depth: int = 3,
    max_urls: int = 100_000,
    max_bytes: int = SPEC_MAX_BYTES,
    keep_undated: bool = True,
    report: DiscoveryReport | None = None,
) -> Iterator[DiscoveredUrl]:
    """Yield the article URLs a site's sitemaps date inside [since, until] (plus undated ones)."""
    if until < since:
        raise ValueError(f"until {until} is before since {since}")
    report = report if report is not None else DiscoveryReport()
    limits = Limits(max_sitemaps, max_depth, max_urls, SPEC_MAX_ENTRIES, max_bytes)
    walk = _Walk(fetch, since, until, limits, keep_undated, report)
    yield from walk.run(site_or_sitemap_url)


def sitemap_roots(fetch: Fetch, url: str, report: DiscoveryReport) -> list[str]:
    """The first sitemaps to read: the URL itself, or a site's robots.txt Sitemap lines (or /sitemap.xml)."""
    if not _is_http(url):
        report.fail(url, "not an absolute http(s) URL")
        return []
    parts = urlsplit(url)
    is_robots = parts.path.lower().endswith("/robots.txt")
    if not is_robots and parts.path not in ("", "/"):
        return [url]
    robots_url = url if is_robots else urljoin(url, "/robots.txt")
    root = urljoin(robots_url, "/")
    doc = _get(fetch, robots_url, report)
    found = parse_robots_sitemaps(doc.body[:MAX_ROBOTS_BYTES].decode("utf-8", "replace"), robots_url) \
        if doc is not None else []
    if found:
        return found
    report.fail(robots_url, "no Sitemap: line in robots.txt; trying /sitemap.xml")
    return [urljoin(root, "/sitemap.xml")]


def _get(fetch: Fetch, url: str, report: DiscoveryReport) -> FetchedDoc | None:
    """Fetch a document; failures are recorded, never raised."""
    report.fetched.append(url)
    try:
        doc = fetch(url)
    except Exception as exc:  # noqa: BLE001 - one broken fetch must not end discovery of the others
        report.fail(url, f"fetch raised {type(exc).__name__}: {exc}")
        return None
    if not doc.ok:
        report.fail(url, f"fetch failed: status={doc.status} {doc.error or ''}".strip())
        return None
    return doc


class _Walk:
    """One breadth-first walk over a site's sitemaps, with its bounds and window."""

    def __init__(self, fetch: Fetch, since: date, until: date, limits: Limits, keep_undated: bool,
                 report: DiscoveryReport) -> None:
        self.fetch, self.since, self.until = fetch, since, until
        self.limits, self.keep_undated, self.report = limits, keep_undated, report
        self.start, _ = window_bounds(since, until)
        self.visited: set[str] = set()
        self.seen_urls: set[str] = set()
        self.sitemaps_read = 0
        self.yielded = 0  # counted here, not in the report, which a caller may share between sources

    def run(self, url: str) -> Iterator[DiscoveredUrl]:
        """Walk each reachable sitemap once, breadth-first, yielding URLs as each one is read."""
        queue: deque[tuple[str, int]] = deque((u, 0) for u in self._roots(url))
        while queue:
            sm_url, depth = queue.popleft()
            key = urldefrag(sm_url)[0]
            if key in self.visited:
                continue
            if self.sitemaps_read >= self.limits.max_sitemaps:
                self.report.skip(sm_url, f"max_sitemaps={self.limits.max_sitemaps} reached")
                self.report.stop_reason = "max_sitemaps"
                continue
            self.visited.add(key)
            sitemap = self._read(sm_url)
            if sitemap is None:
                continue
            queue.extend(self._children(sm_url, sitemap, depth))
            for found in self._urls(sm_url, sitemap):
                if self.yielded >= self.limits.max_urls:
                    self.report.stop_reason = "max_urls"
                    return
                self.yielded += 1
                self.report.urls_yielded += 1
                self.report.undated_yielded += not found.date_known
                yield found

    def _roots(self, url: str) -> list[str]:
        """The first sitemaps; robots.txt entries whose URL is dated outside the window are skipped."""
        roots = sitemap_roots(self.fetch, url, self.report)
        if roots == [url]:
            return roots  # a sitemap the caller named is always read
        kept = []
        for root in roots:
            span = url_date_span(root)
            if span and span_outside(span, self.since, self.until):
                self.report.skip(root, f"URL dated {span[0]}..{span[1]}, outside the window")
            else:
                kept.append(root)
        return kept

    def _read(self, sm_url: str) -> Sitemap | None:
        """Fetch and parse one sitemap; broken parts are reported, usable entries kept."""
        self.sitemaps_read += 1
        doc = _get(self.fetch, sm_url, self.report)
        if doc is None:
            return None
        limits = self.limits
        sitemap = parse_sitemap(doc.body, max_entries=limits.max_entries, max_bytes=limits.max_bytes)
        if sitemap.error:
            self.report.fail(sm_url, sitemap.error)
        if sitemap.truncated:
            self.report.fail(sm_url, f"more than {self.limits.max_entries} entries; the rest ignored")
        return sitemap

    def _children(self, sm_url: str, sitemap: Sitemap, depth: int) -> Iterator[tuple[str, int]]:
        """Child sitemaps worth reading: in depth, not dated before the window by lastmod or URL."""
        for ref in sitemap.children:
            child = resolve_url(sm_url, ref.loc)
            if child is None:
                self.report.skip(ref.loc, "not an http(s) URL")
                continue
            reason = self._skip_reason(child, ref, depth)
            if reason:
                self.report.skip(child, reason)
            else:
                yield child, depth + 1

    def _skip_reason(self, child: str, ref: SitemapRef, depth: int) -> str | None:
        """Why a child sitemap need not be read, or None to read it."""
        if depth + 1 > self.limits.max_depth:
            return f"deeper than max_depth={self.limits.max_depth}"
        # lastmod is the child's latest change: older than the window start means nothing in it
        # is newer; a lastmod after the window says nothing, the child may still hold older items
        if ref.lastmod is not None and ref.lastmod < self.start:
            return f"lastmod {ref.lastmod.isoformat()} before the window"
        span = url_date_span(child)
        if span and span_outside(span, self.since, self.until):
            return f"URL dated {span[0]}..{span[1]}, outside the window"
        return None

    def _urls(self, sm_url: str, sitemap: Sitemap) -> Iterator[DiscoveredUrl]:
        """The in-window (or undated) URLs of a urlset, canonical and new to this walk."""
        for entry in sitemap.urls:
            found = self._discovered(sm_url, entry)
            if found is None or found.url in self.seen_urls:
                continue
            self.seen_urls.add(found.url)
            yield found

    def _discovered(self, sm_url: str, entry: SitemapUrl) -> DiscoveredUrl | None:
        """A DiscoveredUrl for an entry in the window (or undated and kept), else None."""
        loc = resolve_url(sm_url, entry.loc)
        if loc is None:
            return None
        when, date_source, source = _entry_date(loc, entry)
        if when is None and not self.keep_undated:
            return None
        if when is not None and not in_window(when, self.since, self.until):
            self.report.out_of_window += 1
            return None
        try:
            url = canonicalize_url(loc)
        except ValueError:
            return None
        return DiscoveredUrl(url, when, source, sm_url, date_source)


def _entry_date(loc: str, entry: SitemapUrl) -> tuple[datetime | None, DateSource | None, Source]:
    """Best date for an entry: news publication date, then lastmod, then a full date in its URL."""
    if entry.publication_date is not None:
        return entry.publication_date, "publication_date", "news-sitemap"
    if entry.lastmod is not None:
        return entry.lastmod, "lastmod", "sitemap"
    span = url_date_span(loc, allow_year_only=False)
    if span and span[0] == span[1]:
        d = span[0]
        return datetime(d.year, d.month, d.day, tzinfo=UTC), "url", "sitemap"
    return None, None, "sitemap"

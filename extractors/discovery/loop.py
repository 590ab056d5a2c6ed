"""The one discovery loop shared by sitemaps and archives: records, the date window, fetching, bounds.

`discover` runs a source (`sitemaps.Sitemaps`, `archives.Archive`): the source reads its documents
and offers candidate URLs; `Window.admits` keeps those dated inside the window (and undated ones, if
asked), `fetch_doc` fetches without ever raising, and `bounded` yields at most the source's `max_urls`
of them, counting them in the `DiscoveryReport`. All network I/O goes through the source's `Fetch`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal, Protocol
from urllib.parse import urljoin, urlsplit

log = logging.getLogger(__name__)

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



@dataclass(frozen=True)
class Window:
    """The inclusive date window of a discovery, in UTC days; `keep_undated` keeps URLs with no date."""

    since: date
    until: date
    keep_undated: bool = True

    def __post_init__(self) -> None:
        if self.until < self.since:
            raise ValueError(f"until {self.until} is before since {self.since}")

    @property
    def start(self) -> datetime:
        """The window's first instant (since, 00:00 UTC)."""
        return window_bounds(self.since, self.until)[0]

    def admits(self, when: datetime | None, report: DiscoveryReport) -> bool:
        """Whether a URL dated `when` is kept: inside the window, or undated and undated ones are kept."""
        if when is None:
            return self.keep_undated
        if not in_window(when, self.since, self.until):
            report.out_of_window += 1
            return False
        return True

    def excludes(self, span: tuple[date, date] | None) -> bool:
        """True when a date span (from a URL) lies wholly outside the window."""
        return span is not None and span_outside(span, self.since, self.until)


def window_bounds(since: date, until: date) -> tuple[datetime, datetime]:
    """The window as a half-open UTC interval [since 00:00, until+1 00:00)."""
    start = datetime(since.year, since.month, since.day, tzinfo=UTC)
    end = datetime(until.year, until.month, until.day, tzinfo=UTC) + timedelta(days=1)
    return start, end


def in_window(dt: datetime, since: date, until: date) -> bool:
    """True when an aware datetime falls inside the inclusive date window (UTC days)."""
    start, end = window_bounds(since, until)
    return start <= dt < end


def span_outside(span: tuple[date, date], since: date, until: date) -> bool:
    """True when a date span and the window do not overlap."""
    return span[1] < since or span[0] > until


def fetch_doc(fetch: Fetch, url: str, report: DiscoveryReport) -> FetchedDoc | None:
    """GET one document, recorded in `report.fetched`; a fetch that raises is a failure (None).

    The response comes back whatever its status: what a 404 means is the source's call.
    """
    report.fetched.append(url)
    try:
        return fetch(url)
    except Exception as exc:  # noqa: BLE001 - one broken fetch must not end discovery of the others
        report.fail(url, f"fetch raised {type(exc).__name__}: {exc}")
        return None


def fetch_failed(doc: FetchedDoc) -> str:
    """The failure reason of a response that is not a 2xx."""
    return f"fetch failed: status={doc.status} {doc.error or ''}".strip()


class Walk(Protocol):
    """A source of candidate URLs (a site's sitemaps, a paginated archive) and its bound on them."""

    @property
    def max_urls(self) -> int: ...

    def __call__(self, window: Window, report: DiscoveryReport) -> Iterator[DiscoveredUrl]: ...


def discover(walk: Walk, since: date, until: date, *, keep_undated: bool = True,
             report: DiscoveryReport | None = None) -> Iterator[DiscoveredUrl]:
    """Yield the URLs a source dates inside [since, until] (plus undated ones), at most its `max_urls`."""
    window = Window(since, until, keep_undated)
    report = report if report is not None else DiscoveryReport()
    yield from bounded(walk(window, report), walk.max_urls, report)


def bounded(found: Iterable[DiscoveredUrl], max_urls: int, report: DiscoveryReport
            ) -> Iterator[DiscoveredUrl]:
    """Yield a source's admitted URLs, at most `max_urls` (stop_reason `max_urls`), counted in `report`.

    The bound counts this source's URLs only, not the report's, which a caller may share between sources.
    """
    for yielded, item in enumerate(found):
        if yielded >= max_urls:
            report.stop_reason = "max_urls"
            return
        report.urls_yielded += 1
        report.undated_yielded += not item.date_known
        yield item


def is_http(url: str) -> bool:
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
    return url if is_http(url) else None

"""Backfill discovery from sitemaps: the walk from robots.txt through indexes to urlsets, in the window.

Pure of Prefect and DuckDB: all network I/O goes through the `Fetch` callable a `Sitemaps` holds; the
documents are parsed by `sitemapfiles`, and `loop.discover` runs the walk as it runs an archive's.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urldefrag, urljoin, urlsplit

from extractors.core.dates import url_date_span, url_day
from extractors.core.urls import canonicalize_url
from extractors.discovery.loop import (
    DateSource,
    DiscoveredUrl,
    DiscoveryReport,
    Fetch,
    FetchedDoc,
    Source,
    Window,
    fetch_doc,
    fetch_failed,
    is_http,
    resolve_url,
)
from extractors.discovery.sitemapfiles import (
    SPEC_MAX_BYTES,
    SPEC_MAX_ENTRIES,
    Sitemap,
    SitemapRef,
    SitemapUrl,
    parse_robots_sitemaps,
    parse_sitemap,
)
from extractors.http.robots import MAX_ROBOTS_BYTES


@dataclass(frozen=True)
class Sitemaps:
    """A site's sitemaps for `loop.discover`: walked from robots.txt (or one named sitemap), in bounds."""

    fetch: Fetch
    url: str  # a site, its robots.txt, or one sitemap
    max_sitemaps: int = 200  # sitemap documents fetched
    max_depth: int = 3  # index nesting below the first sitemap
    max_urls: int = 100_000  # URLs yielded
    max_entries: int = SPEC_MAX_ENTRIES  # entries read per sitemap
    max_bytes: int = SPEC_MAX_BYTES  # decompressed bytes per sitemap

    def __call__(self, window: Window, report: DiscoveryReport) -> Iterator[DiscoveredUrl]:
        """Each reachable sitemap's in-window URLs, breadth-first."""
        return _Walk(self, window, report).run(self.url)


def sitemap_roots(fetch: Fetch, url: str, report: DiscoveryReport) -> list[str]:
    """The first sitemaps to read: the URL itself, or a site's robots.txt Sitemap lines (or /sitemap.xml)."""
    if not is_http(url):
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
    """Fetch a document; failures (a raise or a non-2xx) are recorded, never raised."""
    doc = fetch_doc(fetch, url, report)
    if doc is not None and not doc.ok:
        report.fail(url, fetch_failed(doc))
        return None
    return doc


class _Walk:
    """One breadth-first walk over a site's sitemaps, with its bounds and window."""

    def __init__(self, sitemaps: Sitemaps, window: Window, report: DiscoveryReport) -> None:
        self.fetch, self.window, self.limits, self.report = sitemaps.fetch, window, sitemaps, report
        self.visited: set[str] = set()
        self.seen_urls: set[str] = set()
        self.sitemaps_read = 0

    def run(self, url: str) -> Iterator[DiscoveredUrl]:
        """Walk each reachable sitemap once, breadth-first, offering URLs as each one is read."""
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
            yield from self._urls(sm_url, sitemap)

    def _roots(self, url: str) -> list[str]:
        """The first sitemaps; robots.txt entries whose URL is dated outside the window are skipped."""
        roots = sitemap_roots(self.fetch, url, self.report)
        if roots == [url]:
            return roots  # a sitemap the caller named is always read
        kept = []
        for root in roots:
            span = url_date_span(root)
            if span and self.window.excludes(span):
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
        if ref.lastmod is not None and ref.lastmod < self.window.start:
            return f"lastmod {ref.lastmod.isoformat()} before the window"
        span = url_date_span(child)
        if span and self.window.excludes(span):
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
        if not self.window.admits(when, self.report):
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
    day = url_day(loc)
    return (day, "url", "sitemap") if day else (None, None, "sitemap")

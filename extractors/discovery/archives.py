"""Backfill discovery from paginated archives (`https://site/category/news/page/{page}/`, `?paged={page}`).

Pages are walked from 1 (newest) up; article links are picked with courlan's URL heuristics plus
a slug/date test, and dated from the URL or a `<time>` in the link's card. An `Archive` is run by
the same discovery loop (`loop.discover`) as sitemaps, its network I/O through the same `Fetch`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import courlan
from lxml import etree, html

from extractors.core.dates import parse_iso_datetime, url_day
from extractors.core.urls import canonicalize_url, site_of
from extractors.discovery.loop import (
    DateSource,
    DiscoveredUrl,
    DiscoveryReport,
    Fetch,
    FetchedDoc,
    Window,
    fetch_doc,
    fetch_failed,
    resolve_url,
)

log = logging.getLogger(__name__)

MAX_PAGE_BYTES = 5_000_000
CARD_LEVELS = 6  # how far up from a link we look for the card holding its <time>
# Site chrome: links here are menus and teasers repeated on every page, not the archive's list.
CHROME = {"nav", "header", "footer", "aside", "form", "menu"}
CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary"}
_SLUG = re.compile(r"[^\W_]+(?:-[^\W_]+){2,}")  # at least three words joined by hyphens
_ID = re.compile(r"\d{5,}")  # long numeric article ids (/news/123456, story-20230904123.html)


@dataclass(frozen=True)
class ArchiveLink:
    """An article link found on one archive page, with the date its card or URL shows."""

    url: str  # canonical
    when: datetime | None
    date_source: DateSource | None


def page_url(template: str, page: int) -> str:
    """The archive URL of one page; the template must contain `{page}`."""
    if "{page}" not in template:
        raise ValueError(f"archive template has no {{page}}: {template!r}")
    return template.replace("{page}", str(page))


@dataclass(frozen=True)
class Archive:
    """A paginated archive for `loop.discover`: walked from page 1 (newest) up, within these bounds."""

    fetch: Fetch
    template: str  # the pages' URL, with `{page}`
    max_pages: int = 50
    max_urls: int = 20_000
    max_bytes: int = MAX_PAGE_BYTES  # per page

    def __call__(self, window: Window, report: DiscoveryReport) -> Iterator[DiscoveredUrl]:
        """The archive's new in-window links, page by page."""
        return _walk(self.fetch, self.template, window, self.max_pages, self.max_bytes, report)


def _walk(fetch: Fetch, template: str, window: Window, max_pages: int, max_bytes: int,
          report: DiscoveryReport) -> Iterator[DiscoveredUrl]:
    """Pages from 1 (newest) up, offering their new in-window links, until the archive or window ends."""
    seen: set[str] = set()
    for page in range(1, max_pages + 1):
        links = _page_links(fetch, template, page, max_bytes, report)
        if links is None:
            return
        new = [link for link in links if link.url not in seen]
        if not new:
            report.stop_reason = "page with no new links"
            return
        seen.update(link.url for link in new)
        where = page_url(template, page)
        yield from (DiscoveredUrl(link.url, link.when, "archive", where, link.date_source)
                    for link in new if window.admits(link.when, report))
        if _all_dated_before(new, window.start):
            report.stop_reason = "every dated link on the page is older than the window"
            return
    report.stop_reason = "max_pages"


def _page_links(fetch: Fetch, template: str, page: int, max_bytes: int,
                report: DiscoveryReport) -> list[ArchiveLink] | None:
    """Fetch and parse one archive page; None when the walk must stop there."""
    url = page_url(template, page)
    doc = _fetch_page(fetch, url, page, report)
    if doc is None:
        return None
    if len(doc.body) > max_bytes:
        report.fail(url, f"page larger than {max_bytes} bytes")
        report.stop_reason = "page too large"
        return None
    try:
        return parse_archive_page(doc.body, doc.final_url or url, template)
    except (etree.ParserError, ValueError) as exc:
        report.fail(url, f"unparseable page: {exc}")
        report.stop_reason = "page unparseable"
        return None


def _fetch_page(fetch: Fetch, url: str, page: int, report: DiscoveryReport) -> FetchedDoc | None:
    """Fetch one page; a 404/410 past page 1 is the archive's normal end, not a failure."""
    doc = fetch_doc(fetch, url, report)
    if doc is not None and doc.ok:
        return doc
    if doc is not None and page > 1 and doc.status in (404, 410):
        report.stop_reason = f"end of archive ({doc.status})"
        return None
    if doc is not None:
        report.fail(url, fetch_failed(doc))
    report.stop_reason = "page fetch failed"
    return None


def parse_archive_page(body: bytes, base_url: str, template: str) -> list[ArchiveLink]:
    """The article links of an archive page, in page order, canonical and deduplicated."""
    root = html.fromstring(body, base_url=base_url)
    anchors = _article_anchors(root, base_url, template)
    out: dict[str, ArchiveLink] = {}
    for a, canon in anchors.items():
        when, source = _link_date(a, canon, anchors)
        if canon not in out or (out[canon].when is None and when is not None):
            out[canon] = ArchiveLink(canon, when, source)
    return list(out.values())


def _article_anchors(root: Any, base_url: str, template: str) -> dict[Any, str]:
    """Each <a> of the page's main content that points to an article, with its canonical URL."""
    host = site_of(base_url)
    anchors: dict[Any, str] = {}
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or _in_chrome(a):
            continue
        url = resolve_url(base_url, href)
        if url is None or not _looks_like_article(url, host, template):
            continue
        try:
            anchors[a] = canonicalize_url(url)
        except ValueError:
            continue
    return anchors


def _in_chrome(el: Any) -> bool:
    """True when an element sits in navigation, header, footer or sidebar markup."""
    for anc in el.iterancestors():
        tag = anc.tag if isinstance(anc.tag, str) else ""
        if tag.lower() in CHROME or (anc.get("role") or "").lower() in CHROME_ROLES:
            return True
    return False


def _looks_like_article(url: str, host: str, template: str) -> bool:
    """Same site, passes courlan's filters, not a listing page, and has a slug, id or date."""
    if site_of(url) != host or _is_archive_page(url, template):
        return False
    parts = urlsplit(url)
    # courlan judges the path and query; its host test rejects IPs and localhost, and the host
    # was already checked above, so a neutral host stands in for the real one
    probe = urlunsplit(("https", "example.org", parts.path, parts.query, ""))
    checked = courlan.check_url(probe, strict=True)
    if checked is None or courlan.is_navigation_page(probe) or courlan.is_not_crawlable(probe):
        return False
    path = parts.path.rstrip("/")
    last = path.rsplit("/", 1)[-1]
    if not last:
        return False
    return bool(_SLUG.search(last) or _ID.search(last) or url_day(url))


def _is_archive_page(url: str, template: str) -> bool:
    """True for the archive's own pagination links (same pattern, any page number)."""
    pattern = re.escape(template).replace(re.escape("{page}"), r"\d+")
    return re.fullmatch(pattern.rstrip("/") + "/?", url) is not None


def _link_date(a: Any, canon: str, anchors: dict[Any, str]) -> tuple[datetime | None, DateSource | None]:
    """A link's date: a full date in its URL, else the single <time> of its card."""
    day = url_day(canon)
    if day:
        return day, "url"
    when = _card_time(a, canon, anchors)
    return (when, "page") if when else (None, None)


def _card_time(a: Any, canon: str, anchors: dict[Any, str]) -> datetime | None:
    """The date of the link's card: the nearest ancestor with one <time> and no other article link."""
    node = a
    for _ in range(CARD_LEVELS):
        node = node.getparent()
        if node is None:
            return None
        # a container linking to another article is a list, and its <time> may be a neighbour's
        if any(anchors.get(o, canon) != canon for o in node.iter("a")):
            return None
        times = node.findall(".//time")
        if len(times) > 1:
            return None
        if times:
            t = times[0]
            return parse_iso_datetime(t.get("datetime") or t.text_content())
    return None


def _all_dated_before(links: list[ArchiveLink], start: datetime) -> bool:
    """True when a page has dated links and every one is older than the window start."""
    dated = [link.when for link in links if link.when is not None]
    return bool(dated) and all(when < start for when in dated)

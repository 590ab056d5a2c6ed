"""Feed documents: tolerant parsing into normalised entries (canonical URL, GUID, UTC date + raw date).

`parse_feed` turns feed bytes into `FeedEntry` records and says what the document was (a feed, or
e.g. an HTML page advertising the feed that moved); it never raises for a bad document, and a crash
of feedparser itself comes back as `parse_error`, not as a verdict on the document. Charsets
are read by `extractors.core.charset`, dates by `extractors.core.dates`.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import feedparser

from extractors.article.markupguard import cap_attributes
from extractors.core.charset import (
    repair_mixed_utf8,
    trusted_content_type,
    utf8_content_type,
    widen_to_superset,
)
from extractors.core.dates import entry_date
from extractors.core.models import Feed, FeedEntry
from extractors.core.urls import canonicalize_url
from extractors.feeds.schedule import ttl_minutes, update_period_seconds

MAX_GUNZIP = 10_000_000  # a gzipped payload parsed on its own is refused past this (the feed cap default)

_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class ParsedFeed:
    """What one feed document held."""

    entries: list[FeedEntry]
    is_feed: bool
    version: str = ""
    title: str = ""
    encoding: str | None = None
    bozo: str | None = None  # feedparser's complaint; a warning, entries are still used
    ttl_minutes: float | None = None
    update_period_seconds: float | None = None
    skipped: int = 0  # entries without a usable http(s) link
    feed_links: tuple[str, ...] = ()  # for an HTML page: the feeds it advertises (the feed moved?)
    warnings: tuple[str, ...] = field(default=())
    language: str = ""  # the channel's declared language (<language>, xml:lang), as written
    parse_error: str | None = None  # feedparser itself raised ("ExcClass: message"): no verdict on the body


class PayloadTooLarge(ValueError):
    """A gzipped feed payload inflates past the feed cap."""


def parse_feed(body: bytes, feed: Feed, *, url: str, headers: Mapping[str, str] | None = None,
               now: datetime | None = None, max_bytes: int = MAX_GUNZIP) -> ParsedFeed:
    """Parse feed bytes into normalised entries; never raises for a bad document."""
    now = now or datetime.now(UTC)
    headers = {k.lower(): v for k, v in (headers or {}).items()}
    try:
        body = gunzip_payload(body, max_bytes)
    except PayloadTooLarge as exc:
        return ParsedFeed(entries=[], is_feed=False, bozo=str(exc))
    try:
        doc, encoding = _feedparser(body, headers)
    except Exception as exc:  # feedparser is tolerant, but a bad document must not stop the poll
        crash = f"{type(exc).__name__}: {exc}".replace("\n", " ")[:300]
        return ParsedFeed(entries=[], is_feed=False, parse_error=crash)
    entries, skipped = _entries(doc.get("entries", []), feed, url, now)
    channel = doc.get("feed", {})
    is_feed = _is_feed(body, doc, entries)
    return ParsedFeed(
        entries=entries,
        is_feed=is_feed,
        feed_links=() if is_feed else _advertised_feeds(body, url),
        version=doc.get("version", "") or "",
        title=_text(channel.get("title")),
        language=_text(channel.get("language")),
        encoding=encoding,
        bozo=_bozo(doc),
        # Read as text only: a mangled tag ("<sy:updatePeriod\thourly</...>") comes back as attributes.
        ttl_minutes=ttl_minutes(_text(channel.get("ttl"))),
        update_period_seconds=update_period_seconds(_text(channel.get("sy_updateperiod")),
                                                    _text(channel.get("sy_updatefrequency"))),
        skipped=skipped,
    )


def _feedparser(body: bytes, headers: dict[str, str]) -> tuple[Any, str | None]:
    """feedparser's result and the encoding used, re-decoding with a superset codec where needed."""
    body = cap_attributes(body)  # xml.sax compares each attribute with the element's others
    headers = _trusted_headers(body, headers)
    repaired = repair_mixed_utf8(body, headers.get("content-type"))
    if repaired is not None:
        return feedparser.parse(repaired, response_headers=_utf8_headers(headers)), "utf-8+cp1252"
    doc = feedparser.parse(body, response_headers=headers, sanitize_html=True, resolve_relative_uris=True)
    encoding = doc.get("encoding")
    wider = widen_to_superset(body, encoding)
    if wider is not None:
        doc = feedparser.parse(wider[0], response_headers=_utf8_headers(headers))
        encoding = wider[1]
    return doc, encoding


def _trusted_headers(body: bytes, headers: dict[str, str]) -> dict[str, str]:
    """Headers minus a legacy HTTP charset that a valid, non-ASCII UTF-8 body contradicts."""
    ctype = headers.get("content-type")
    return headers if ctype is None else {**headers, "content-type": trusted_content_type(body, ctype)}


def _utf8_headers(headers: dict[str, str]) -> dict[str, str]:
    """Response headers with the charset replaced by utf-8, after transcoding the body."""
    return {**headers, "content-type": utf8_content_type(headers.get("content-type"))}


def _entries(raw_entries: list[Any], feed: Feed, base_url: str, now: datetime) -> tuple[list[FeedEntry], int]:
    """Normalised entries, first occurrence of each canonical URL kept; plus how many were skipped."""
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    skipped = 0
    for raw in raw_entries:
        entry = normalise_entry(raw, feed, base_url, now)
        if entry is None:
            skipped += 1
        elif entry.url not in seen:
            seen.add(entry.url)
            entries.append(entry)
    return entries, skipped


def normalise_entry(raw: Mapping[str, Any], feed: Feed, base_url: str,
                    now: datetime | None = None) -> FeedEntry | None:
    """A FeedEntry from one feedparser entry, or None when it has no usable http(s) link."""
    link = _link(raw)
    url = _canonical(link, base_url)
    if url is None or link is None:
        return None
    published_at, published_raw = entry_date(raw, feed.timezone, now)
    guid = raw.get("id")
    return FeedEntry(
        feed_name=feed.name, url=url, link=link,
        guid=guid.strip() if isinstance(guid, str) and guid.strip() else None,
        title=_text(raw.get("title")), summary=_text(raw.get("summary")),
        content=_content(raw.get("content")), author=_text(raw.get("author")) or None,
        published_at=published_at, published_raw=published_raw, obey_robots=feed.robots != "ignore",
    )


def _link(raw: Mapping[str, Any]) -> str | None:
    """The entry's link: <link>, an alternate link, or a GUID that is a URL."""
    candidates: list[Any] = [raw.get("link")]
    links = raw.get("links")
    if isinstance(links, list):
        candidates += [lk.get("href") for lk in links if isinstance(lk, Mapping)
                       and lk.get("rel", "alternate") == "alternate"]
    guid = raw.get("id")
    if isinstance(guid, str) and guid.strip().lower().startswith(("http://", "https://")):
        candidates.append(guid)
    for cand in candidates:
        if isinstance(cand, str) and cand.strip():
            return cand.strip()
    return None


def _canonical(link: str | None, base_url: str) -> str | None:
    """Canonical URL of a link, resolved against the feed URL; None when not http(s)."""
    if not link:
        return None
    try:
        return canonicalize_url(link, base=base_url)
    except ValueError:
        return None


def _content(value: Any) -> str:
    """content:encoded / Atom content: the longest HTML-ish value."""
    if not isinstance(value, list):
        return ""
    texts = [c.get("value", "") for c in value if isinstance(c, Mapping) and isinstance(c.get("value"), str)]
    return max(texts, key=len, default="")


def _text(value: Any) -> str:
    """A stripped string, or '' for anything else."""
    return value.strip() if isinstance(value, str) else ""


def _bozo(doc: Any) -> str | None:
    """feedparser's bozo exception as one line of text."""
    if not doc.get("bozo"):
        return None
    exc = doc.get("bozo_exception")
    return f"{type(exc).__name__}: {exc}".replace("\n", " ")[:300] if exc else "bozo"


def gunzip_payload(body: bytes, max_bytes: int = MAX_GUNZIP) -> bytes:
    """The body, or its gunzipped content when a server sent a .gz file without Content-Encoding.

    The feed cap holds for what the payload inflates to, whatever the headers said: past
    `max_bytes` decoded bytes it raises PayloadTooLarge, so a gzip bomb is refused, not parsed.
    """
    if body[:2] != b"\x1f\x8b":
        return body
    try:
        out = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(body, max_bytes + 1)
    except zlib.error:
        return body
    if len(out) > max_bytes:
        raise PayloadTooLarge(f"gzipped feed payload larger than {max_bytes} bytes (decoded)")
    return out or body


_LINK_TAG = re.compile(rb"<link\b[^>]*>", re.IGNORECASE)
_FEED_TYPE = re.compile(rb"""type\s*=\s*["']?application/(?:rss|atom|rdf)\+xml""", re.IGNORECASE)
_HREF = re.compile(rb"""href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


def _advertised_feeds(body: bytes, base_url: str) -> tuple[str, ...]:
    """Feed URLs an HTML page advertises with <link rel=alternate type=application/rss+xml>."""
    found: list[str] = []
    for tag in _LINK_TAG.findall(body[:200_000]):
        href = _HREF.search(tag)
        if not _FEED_TYPE.search(tag) or href is None:
            continue
        raw = next(g for g in href.groups() if g is not None).decode("utf-8", "replace")
        url = _canonical(raw, base_url)
        if url and url not in found:
            found.append(url)
    return tuple(found)


def _is_feed(body: bytes, doc: Any, entries: list[FeedEntry]) -> bool:
    """False for an HTML page or a document feedparser recognised as no feed format."""
    if entries:
        return True
    if _HTML_START.match(body[:2048]):
        return False
    return bool(doc.get("version"))

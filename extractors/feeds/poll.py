"""Feed polling: conditional GET, change detection, tolerant parsing, normalised entries.

`parse_feed` turns feed bytes into `FeedEntry` records (canonical URL, GUID, UTC date + raw date);
`poll_feed` fetches one feed with `If-None-Match` / `If-Modified-Since`, detects an unchanged body by
hash even when the server ignores conditional requests, and says when to poll next.
`update_state` folds a poll into the `FeedState` the warehouse keeps.

Poll statuses: ok | not_modified (304) | unchanged (same body hash) | empty (a feed with no entries)
| not_a_feed (e.g. an HTML page at the feed URL) | failed (see `FetchResult.error_kind`).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import feedparser

from extractors.article.markupguard import cap_attributes
from extractors.core.budget import WorkFailed
from extractors.core.charset import (
    repair_mixed_utf8,
    trusted_content_type,
    utf8_content_type,
    widen_to_superset,
)
from extractors.core.dates import entry_date
from extractors.core.models import Feed, FeedEntry, FeedPoll, FeedState
from extractors.core.redact import redact_text, redact_url
from extractors.core.urls import canonicalize_url
from extractors.feeds.schedule import (
    items_per_day,
    max_age_seconds,
    next_poll_at,
    ttl_minutes,
    update_period_seconds,
)
from extractors.http.client import Fetcher, FetchResult

MAX_GUNZIP = 10_000_000  # a gzipped payload parsed on its own is refused past this (the feed cap default)
UNCONDITIONAL_EVERY = timedelta(hours=12)  # some servers answer 304 wrongly; re-read in full now and then
SUCCESS_STATUSES = frozenset({"ok", "not_modified", "unchanged", "empty"})

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


class PayloadTooLarge(ValueError):
    """A gzipped feed payload inflates past the feed cap."""


def parse_feed(body: bytes, feed: Feed, *, url: str, headers: Mapping[str, str] | None = None,
               now: datetime | None = None, max_bytes: int = MAX_GUNZIP) -> ParsedFeed:
    """Parse feed bytes into normalised entries; never raises for a bad document."""
    now = now or datetime.now(UTC)
    headers = {k.lower(): v for k, v in (headers or {}).items()}
    try:
        body = _gunzip_payload(body, max_bytes)
    except PayloadTooLarge as exc:
        return ParsedFeed(entries=[], is_feed=False, bozo=str(exc))
    try:
        doc, encoding = _feedparser(body, headers)
    except Exception as exc:  # feedparser is tolerant, but a bad document must not stop the poll
        return ParsedFeed(entries=[], is_feed=False, bozo=f"parser crashed: {type(exc).__name__}: {exc}")
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
        ttl_minutes=ttl_minutes(channel.get("ttl")),
        update_period_seconds=update_period_seconds(channel.get("sy_updateperiod"),
                                                    channel.get("sy_updatefrequency")),
        skipped=skipped,
    )


def poll_feed(fetcher: Fetcher, feed: Feed, state: FeedState | None, now: datetime | None = None,
              parse: Callable[..., ParsedFeed] | None = None) -> tuple[FeedPoll, list[FeedEntry]]:
    """Poll one feed once: conditional GET, hash check, parse; never raises for a bad feed or network.

    `parse` stands in for `parse_feed` (same arguments), e.g. to parse under a budget in another
    process; a `WorkFailed` it raises makes the poll failed with its kind (`budget_exceeded`). The poll
    record carries the feed URL and error without credentials (`extractors.core.redact`); the request itself
    uses the real URL.
    """
    poll, entries = _poll(fetcher, feed, state, now, parse or parse_feed)
    return replace(poll, url=redact_url(poll.url), error=redact_text(poll.error),
                   bozo=redact_text(poll.bozo)), entries


def _poll(fetcher: Fetcher, feed: Feed, state: FeedState | None, now: datetime | None,
          parse: Callable[..., ParsedFeed]) -> tuple[FeedPoll, list[FeedEntry]]:
    state = state or FeedState()
    started = now or datetime.now(UTC)
    conditional = use_conditional(state, started)
    headers = conditional_headers(state) if conditional else {}
    result = fetcher.get(feed.url, kind="feed", headers=headers)
    finished = started + timedelta(seconds=result.elapsed)
    base = FeedPoll(feed_name=feed.name, url=feed.url, started_at=started, finished_at=finished,
                    status="failed", http_status=result.status, conditional=bool(headers),
                    etag=state.etag, last_modified=state.last_modified, content_hash=state.content_hash)
    if result.error_kind:
        return _failed(base, state, result), []
    if result.not_modified:
        return _not_modified(base, state, result), []
    return _fetched(base, state, result, feed, fetcher.settings.max_feed_bytes, parse)


def use_conditional(state: FeedState, now: datetime) -> bool:
    """Whether to send validators: yes, unless the last full fetch is over 12 h old (or never was)."""
    if not (state.etag or state.last_modified):
        return False
    last = state.last_unconditional_at
    return last is not None and now - last < UNCONDITIONAL_EVERY


def conditional_headers(state: FeedState) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from the last successful poll."""
    headers = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers


def update_state(state: FeedState | None, poll: FeedPoll, entries: list[FeedEntry]) -> FeedState:
    """The feed's state after a poll (failures counted, validators and hash kept, rate re-estimated)."""
    state = state or FeedState()
    if poll.status not in SUCCESS_STATUSES:
        return replace(state, consecutive_failures=state.consecutive_failures + 1,
                       next_poll_at=poll.next_poll_at)
    rate = items_per_day([e.published_at for e in entries], poll.finished_at) if entries else None
    return replace(
        state,
        etag=poll.etag, last_modified=poll.last_modified, content_hash=poll.content_hash,
        last_unconditional_at=state.last_unconditional_at if poll.conditional else poll.started_at,
        last_success_at=poll.finished_at,
        last_new_item_at=poll.finished_at if poll.new_entries_count else state.last_new_item_at,
        consecutive_failures=0, next_poll_at=poll.next_poll_at,
        items_per_day=rate if rate is not None else state.items_per_day,
    )


def content_hash(body: bytes) -> str:
    """SHA-256 of a feed body, to spot a server that sends the same bytes again."""
    return hashlib.sha256(body).hexdigest()


# --- poll outcomes -------------------------------------------------------------------------------


def _failed(base: FeedPoll, state: FeedState, result: FetchResult) -> FeedPoll:
    """A poll that got no usable response; backs off, honouring Retry-After."""
    due = next_poll_at(base.started_at, consecutive_failures=state.consecutive_failures + 1,
                       retry_after=result.retry_after)
    return replace(base, error_kind=result.error_kind, error=result.error, next_poll_at=due)


def _not_modified(base: FeedPoll, state: FeedState, result: FetchResult) -> FeedPoll:
    """A 304: nothing new; validators refreshed if the server sent new ones."""
    due = next_poll_at(base.started_at, items_per_day=state.items_per_day,
                       max_age_seconds=max_age_seconds(result.headers))
    return replace(base, status="not_modified", etag=result.headers.get("etag") or state.etag,
                   last_modified=result.headers.get("last-modified") or state.last_modified, next_poll_at=due)


def _fetched(base: FeedPoll, state: FeedState, result: FetchResult, feed: Feed,
             max_bytes: int, parse: Callable[..., ParsedFeed]) -> tuple[FeedPoll, list[FeedEntry]]:
    """A 200: unchanged by hash, or parsed into entries (a gzipped payload bounded by the feed cap)."""
    try:
        body = _gunzip_payload(result.body, max_bytes)
    except PayloadTooLarge as exc:
        too_large = replace(result, error_kind="too_large", error=f"{result.final_url or feed.url}: {exc}")
        return _failed(base, state, too_large), []
    digest = content_hash(result.body)
    validators = {"etag": result.headers.get("etag"), "last_modified": result.headers.get("last-modified"),
                  "content_hash": digest}
    max_age = max_age_seconds(result.headers)
    if state.content_hash == digest:
        due = next_poll_at(base.started_at, items_per_day=state.items_per_day, max_age_seconds=max_age)
        return replace(base, status="unchanged", next_poll_at=due, **validators), []
    try:
        parsed = parse(body, feed, url=result.final_url or feed.url, headers=result.headers,
                       now=base.started_at)
    except WorkFailed as exc:
        return _parse_failed(base, state, exc), []
    # entries_count is what the document held; entries without an http(s) link are not returned
    poll = replace(base, bozo=parsed.bozo, encoding=parsed.encoding,
                   entries_count=len(parsed.entries) + parsed.skipped, **validators)
    if not parsed.is_feed:
        return _not_a_feed(poll, state, result, parsed.feed_links), []
    rate = items_per_day([e.published_at for e in parsed.entries], base.started_at)
    due = next_poll_at(base.started_at, items_per_day=rate if rate is not None else state.items_per_day,
                       ttl_minutes=parsed.ttl_minutes, update_period_seconds=parsed.update_period_seconds,
                       max_age_seconds=max_age)
    status = "ok" if parsed.entries else "empty"
    return replace(poll, status=status, new_entries_count=_count_new(parsed.entries, state),
                   next_poll_at=due), parsed.entries


def _parse_failed(base: FeedPoll, state: FeedState, exc: WorkFailed) -> FeedPoll:
    """A body that could not be parsed within its budget (or whose parser died): failed, backed off."""
    due = next_poll_at(base.started_at, consecutive_failures=state.consecutive_failures + 1)
    return replace(base, error_kind=exc.kind, error=f"{base.url}: parsing the feed: {exc}", next_poll_at=due)


def _not_a_feed(poll: FeedPoll, state: FeedState, result: FetchResult, links: tuple[str, ...]) -> FeedPoll:
    """An HTML page (or other non-feed) at the feed URL: recorded, backed off like a failure."""
    due = next_poll_at(poll.started_at, consecutive_failures=state.consecutive_failures + 1)
    ctype = result.headers.get("content-type", "unknown type")
    hint = f"; the page advertises {', '.join(links[:3])}" if links else ""
    return replace(poll, status="not_a_feed", error_kind="not_a_feed",
                   error=f"{result.final_url or poll.url}: not a feed ({ctype}){hint}", next_poll_at=due,
                   content_hash=state.content_hash)


def _count_new(entries: list[FeedEntry], state: FeedState) -> int:
    """Entries dated after the last new item seen (an estimate; the warehouse dedups by URL)."""
    since = state.last_new_item_at
    if since is None:
        return len(entries)
    return sum(1 for e in entries if e.published_at is None or e.published_at > since)


# --- parsing -------------------------------------------------------------------------------------


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


def _gunzip_payload(body: bytes, max_bytes: int = MAX_GUNZIP) -> bytes:
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

"""Feed polling: conditional GET, change detection by hash, poll outcomes and the feed's state.

`poll_feed` fetches one feed with `If-None-Match` / `If-Modified-Since`, detects an unchanged body by
hash even when the server ignores conditional requests, parses it (`parse.parse_feed`) and says when
to poll next (`schedule`). `update_state` folds a poll into the `FeedState` the warehouse keeps.

Poll statuses: ok | not_modified (304) | unchanged (same body hash) | empty (a feed with no entries)
| not_a_feed (e.g. an HTML page at the feed URL) | parse_error (feedparser itself raised)
| failed (see `FetchResult.error_kind`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from extractors.core.budget import WorkFailed
from extractors.core.models import Feed, FeedEntry, FeedPoll, FeedState
from extractors.core.redact import redact_text, redact_url
from extractors.feeds.parse import ParsedFeed, PayloadTooLarge, gunzip_payload, parse_feed
from extractors.feeds.schedule import items_per_day, max_age_seconds, next_poll_at
from extractors.http.client import Fetcher, FetchResult

UNCONDITIONAL_EVERY = timedelta(hours=12)  # some servers answer 304 wrongly; re-read in full now and then
SUCCESS_STATUSES = frozenset({"ok", "not_modified", "unchanged", "empty"})


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
        body = gunzip_payload(result.body, max_bytes)
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
    if parsed.parse_error:
        return _parser_crashed(poll, state, parsed.parse_error), []
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


def _parser_crashed(poll: FeedPoll, state: FeedState, crash: str) -> FeedPoll:
    """feedparser raised on the body: named as such (not "not a feed"), backed off like a failure."""
    due = next_poll_at(poll.started_at, consecutive_failures=state.consecutive_failures + 1)
    return replace(poll, status="parse_error", error_kind="parse_error",
                   error=f"{poll.url}: the feed parser crashed: {crash}", next_poll_at=due,
                   content_hash=state.content_hash)


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

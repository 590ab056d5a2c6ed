"""The per-feed backlog, as pure functions: GUIDs that stopped being unique, and what a cap takes first.

A feed lists more entries than one run may fetch (`BAMBOO_MAX_NEW_PER_FEED`); the rest wait in the
warehouse's `feed_pending` table. The cap takes a feed's waiting entries newest first by their feed
date, undated ones after the dated, and feed order (the place in the feed as last listed) breaks ties.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from extractors.core.models import FeedEntry


@dataclass(frozen=True)
class Pending:
    """An entry a feed listed that is not loaded yet, with its place in the feed (0 = first)."""

    entry: FeedEntry
    position: int


@dataclass(frozen=True)
class GuidIssue:
    """A feed whose GUID was seen on more than one link: its GUIDs no longer identify items."""

    feed_name: str
    guid: str
    links: tuple[str, ...]

    @property
    def detail(self) -> str:
        return ", ".join(self.links[:5]) + (f" and {len(self.links) - 5} more" if len(self.links) > 5 else "")


def guid_collisions(entries: Iterable[FeedEntry]) -> dict[str, GuidIssue]:
    """Per feed, the first GUID carried by entries with different URLs (within one poll)."""
    urls: dict[tuple[str, str], list[str]] = {}
    for e in entries:
        if e.guid:
            seen = urls.setdefault((e.feed_name, e.guid), [])
            if e.url not in seen:
                seen.append(e.url)
    out: dict[str, GuidIssue] = {}
    for (feed, guid), links in urls.items():
        if len(links) > 1 and feed not in out:
            out[feed] = GuidIssue(feed, guid, tuple(links))
    return out


def without_guids(entries: Iterable[FeedEntry], feeds: set[str]) -> list[FeedEntry]:
    """The entries, with the GUID dropped for feeds whose GUIDs are not unique: the link decides."""
    return [replace(e, guid=None) if e.feed_name in feeds and e.guid else e for e in entries]


def cap_key(p: Pending) -> tuple[bool, float, int]:
    """Sort key: dated entries newest first, then undated ones; feed order breaks ties."""
    when: datetime | None = p.entry.published_at
    return (when is None, -when.timestamp() if when else 0.0, p.position)


def take_capped(pending: Sequence[Pending], cap: int, skip: set[str]) -> list[Pending]:
    """Up to `cap` entries per feed in `cap_key` order, leaving out URLs in `skip`."""
    by_feed: dict[str, list[Pending]] = {}
    for p in pending:
        if p.entry.url not in skip:
            by_feed.setdefault(p.entry.feed_name, []).append(p)
    return [p for feed in by_feed.values() for p in sorted(feed, key=cap_key)[: max(0, cap)]]

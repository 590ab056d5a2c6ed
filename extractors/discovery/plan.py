"""The backfill plan: the window and feeds checked, the window cut into chunks, found URLs as entries.

Pure: no network, no warehouse; the `backfill` flow (flows/backfill.py) runs the plan.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from extractors.core.errors import ConfigError
from extractors.core.models import Feed, FeedEntry
from extractors.discovery.loop import DiscoveredUrl

UNDATED = "undated"
# Discovery dates that say when an article was published; `lastmod` says when it last changed, so it
# is offered to extraction only as the date of last resort (date_source `sitemap`), after every date
# the page itself carries.
PUBLICATION_SOURCES = {"publication_date", "url", "page"}


@dataclass(frozen=True)
class Chunk:
    """A slice of the window, processed and checkpointed as one unit; `start` None is the undated one."""

    label: str
    start: date | None
    end: date | None


def check_window(since: date, until: date, today: date) -> date:
    """Raise ConfigError for an impossible window; returns `until`, capped at today."""
    if until < since:
        raise ConfigError(f"until={until} is before since={since}: the window is empty")
    if since > today:
        raise ConfigError(f"the window since={since} until={until} is in the future (today is {today} UTC)")
    return min(until, today)


def select_feeds(feeds: Sequence[Feed], names: Sequence[str] | None) -> list[Feed]:
    """The feeds to backfill: those named (each must exist and have a sitemap or archive), or all that can
    and are not disabled."""
    usable = [f for f in feeds if (f.sitemap or f.archive) and not f.disabled]
    if not names:
        if not usable:
            raise ConfigError("no feed in the feeds file has a `sitemap` or `archive` to backfill from")
        return usable
    by_name = {f.name: f for f in feeds}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        raise ConfigError(f"unknown feed name(s): {', '.join(unknown)} "
                          f"(known: {', '.join(sorted(by_name)) or 'none'})")
    unusable = [n for n in names if not (by_name[n].sitemap or by_name[n].archive)]
    if unusable:
        raise ConfigError(f"feed(s) {', '.join(unusable)} have neither `sitemap` nor `archive` in the "
                          "feeds file: nothing to discover older articles from")
    return [by_name[n] for n in dict.fromkeys(names)]


def plan_chunks(since: date, until: date, chunk_days: int) -> list[Chunk]:
    """Consecutive chunks of `chunk_days` days, oldest first, then the chunk of undated URLs."""
    if chunk_days < 1:
        raise ConfigError(f"chunk_days={chunk_days}: must be at least 1")
    out, start = [], since
    while start <= until:
        end = min(until, start + timedelta(days=chunk_days - 1))
        out.append(Chunk(f"{start}..{end}", start, end))
        start = end + timedelta(days=1)
    return [*out, Chunk(UNDATED, None, None)]


def chunk_of(found_day: date | None, chunks: Sequence[Chunk]) -> Chunk:
    """The chunk a URL dated `found_day` belongs to (days outside the window go to the nearest end)."""
    dated = [c for c in chunks if c.start is not None]
    if found_day is None or not dated:
        return chunks[-1]
    for c in dated:
        if c.end is not None and found_day <= c.end:
            return c
    return dated[-1]


def entry_for(found: DiscoveredUrl, feed_name: str) -> FeedEntry:
    """A feed entry for a discovered URL, so article_sources records which feed's site listed it."""
    published = found.lastmod if found.date_source in PUBLICATION_SOURCES else None
    raw = f"{found.date_source}: {found.lastmod.isoformat()}" if found.lastmod else None
    lastmod = found.lastmod if found.lastmod and published is None else None
    return FeedEntry(feed_name=feed_name, url=found.url, link=found.url, published_at=published,
                     published_raw=raw, lastmod=lastmod)


def group_by_chunk(found: Iterable[tuple[str, DiscoveredUrl]], chunks: Sequence[Chunk]
                   ) -> dict[str, list[FeedEntry]]:
    """Entries per chunk label; a URL found through several feeds keeps one entry per feed."""
    out: dict[str, list[FeedEntry]] = {c.label: [] for c in chunks}
    seen: dict[str, str] = {}  # url -> chunk label of its first (dated) discovery
    for feed_name, d in found:
        day = d.lastmod.astimezone(UTC).date() if d.lastmod else None
        label = seen.setdefault(d.url, chunk_of(day, chunks).label)
        out[label].append(entry_for(d, feed_name))
    return out


def params_key(since: date, until: date, feeds: Sequence[str], refetch: bool, chunk_days: int) -> str:
    """A stable key of a backfill's parameters: the same key resumes the same backfill."""
    text = json.dumps([str(since), str(until), sorted(feeds), refetch, chunk_days])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def today_utc() -> date:
    """Today's date in UTC."""
    return datetime.now(UTC).date()

"""Typed records that cross layers: config -> fetch -> extract -> detect -> load.

Every timestamp is timezone-aware UTC. Records are frozen; stages make new ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Feed:
    """One configured feed (a row of config/feeds.toml)."""

    name: str
    url: str
    outlet: str
    language: str = "en"
    timezone: str = "UTC"  # how naive dates in this feed are read
    tags: tuple[str, ...] = ()
    sitemap: str | None = None  # sitemap or robots.txt URL for backfills
    archive: str | None = None  # paginated archive URL template with {page}, for backfills
    robots: str = "obey"  # "ignore": its pages are fetched whatever robots.txt says (feeds we own)
    disabled: bool = False  # `disabled = true` in the file: kept, not polled, shown so in feed_health


@dataclass(frozen=True)
class FeedState:
    """What the last polls of a feed left behind, for conditional and adaptive polling."""

    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    last_unconditional_at: datetime | None = None
    last_success_at: datetime | None = None
    last_new_item_at: datetime | None = None
    consecutive_failures: int = 0
    next_poll_at: datetime | None = None
    items_per_day: float | None = None


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed, normalised."""

    feed_name: str
    url: str  # canonical URL: the article's natural key
    link: str  # the link as the feed gave it
    guid: str | None = None
    title: str = ""
    summary: str = ""
    content: str = ""  # content:encoded / atom content, if any
    author: str | None = None
    published_at: datetime | None = None
    published_raw: str | None = None
    obey_robots: bool = True  # False when its feed is configured with robots = "ignore"
    # A sitemap's <lastmod> for a backfilled page: when it last changed, the date of last resort.
    lastmod: datetime | None = None


@dataclass(frozen=True)
class FeedPoll:
    """One attempt to poll one feed.

    status: ok | not_modified | unchanged | empty | not_a_feed | parse_error | failed | skipped
    """

    feed_name: str
    url: str
    started_at: datetime
    finished_at: datetime
    status: str
    http_status: int | None = None
    error_kind: str | None = None
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    conditional: bool = False
    entries_count: int = 0
    new_entries_count: int = 0
    bozo: str | None = None  # feedparser's warning, kept but not fatal
    encoding: str | None = None
    next_poll_at: datetime | None = None


@dataclass(frozen=True)
class RawPage:
    """A fetched article page (body kept compressed in the warehouse for reprocessing)."""

    url: str  # canonical URL requested
    final_url: str | None
    status: int | None
    content_type: str | None
    body: bytes
    fetched_at: datetime
    error_kind: str | None = None
    error: str | None = None
    sent: bool = True  # False when refused before any request went out
    retry_after: datetime | None = None

    @property
    def ok(self) -> bool:
        return self.error_kind is None and self.status is not None and 200 <= self.status < 300

    @property
    def deferred(self) -> bool:
        """Never sent because its host asked us to wait: not an attempt, new again next run."""
        return self.error_kind == "rate_limited" and not self.sent


@dataclass(frozen=True)
class Article:
    """An extracted article. `error` is set when extraction failed; the record is still loaded."""

    url: str  # canonical URL, natural key
    final_url: str | None = None
    canonical_url: str | None = None  # the page's own <link rel=canonical>
    title: str | None = None
    author: str | None = None
    site_name: str | None = None
    published_at: datetime | None = None
    date_source: str | None = None  # feed | htmldate | url | jsonld | trafilatura
    language: str | None = None
    body: str = ""
    word_count: int = 0
    method: str | None = None  # trafilatura | jsonld | feed | none
    error: str | None = None
    extractor_version: str = ""


@dataclass(frozen=True)
class Event:
    """A diplomatic event between two of CHN, USA, VNM."""

    type: str  # visit | host_visit | meet | phone_call | negotiate | sign_agreement | statement | protest ...
    cameo: str | None
    actor: str  # CHN | USA | VNM
    target: str
    people: tuple[str, ...] = ()
    place: str | None = None  # canonical English city name (gazetteer); None when no city is stated
    date: str | None = None  # ISO YYYY-MM-DD, or --MM-DD when the year cannot be known
    evidence: str = ""
    date_text: str | None = None  # the date words as written ("on Monday (September 4)")
    place_country: str | None = None  # ISO3 of the place, or the host country of a visit with no city
    main: bool = False  # the event the headline and lead are about (listed first)


@dataclass(frozen=True)
class TierMention:
    """A relationship-tier mention, normalised to a code."""

    tier: str  # comprehensive_strategic_partnership | strategic_partnership | ...
    pair: str | None  # CN-VN | US-VN | CN-US | None when unclear
    text: str


@dataclass(frozen=True)
class Detection:
    """The detector's verdict on one article."""

    relevant: bool
    score: float
    pairs: tuple[str, ...] = ()
    events: tuple[Event, ...] = ()
    tiers: tuple[TierMention, ...] = ()
    evidence: tuple[str, ...] = ()
    detector_version: str = ""
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class ProcessedArticle:
    """Everything one article produced in a run: the unit the warehouse loads in batches."""

    url: str  # canonical URL
    sources: tuple[FeedEntry, ...]  # one entry per feed that carried it (empty for backfill/CLI)
    page: RawPage | None
    article: Article | None
    detection: Detection | None
    discovered_via: str = "feed"  # feed | backfill | cli

"""One fetch of a candidate feed URL through the guarded client: is it a feed, and what does it say it is."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.article.language import detect_language
from extractors.core.errors import ConfigError
from extractors.core.models import Feed
from extractors.core.redact import redact_url
from extractors.feeds.parse import parse_feed
from extractors.http.client import Fetcher

_LANGUAGE_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")


@dataclass(frozen=True)
class Probe:
    """What the feed document said about itself."""

    url: str
    final_url: str
    title: str
    language: str  # ISO 639 code: declared by the feed, else detected from its items; "" if unknown
    entries: int
    version: str


def probe_feed(fetcher: Fetcher, url: str) -> Probe:
    """Fetch `url` once (feed caps, SSRF guard, timeouts) and parse it.

    Raises ConfigError, one line naming the URL, when it cannot be fetched or is not a feed.
    """
    shown = redact_url(url)
    result = fetcher.get(url, kind="feed")
    if not result.ok:
        why = result.error or result.error_kind or f"HTTP {result.status}"
        raise ConfigError(f"{shown}: cannot fetch the feed: {why}")
    parsed = parse_feed(result.body, Feed(name="probe", url=url, outlet="probe"),
                        url=result.final_url or url, headers=result.headers)
    if parsed.parse_error:
        raise ConfigError(f"{shown}: the feed parser crashed: {parsed.parse_error}")
    if not parsed.is_feed:
        html = "html" in result.headers.get("content-type", "")
        what = "an HTML page" if html else "no RSS or Atom document"
        hint = f"; it links to the feed(s) {', '.join(parsed.feed_links)}" if parsed.feed_links else ""
        raise ConfigError(f"{shown} is not a feed ({what}){hint}")
    sample = " ".join(f"{e.title}. {e.summary}" for e in parsed.entries[:20])
    return Probe(url=url, final_url=result.final_url or url, title=parsed.title,
                 language=language_code(parsed.language) or detect_language(sample) or "",
                 entries=len(parsed.entries), version=parsed.version)


def language_code(tag: str) -> str:
    """The primary subtag of a language tag, lower case ("en-US" -> "en"); "" if it is not one."""
    m = _LANGUAGE_TAG.match(tag.strip())
    return m.group(1).lower() if m else ""

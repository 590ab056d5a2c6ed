"""robots.txt for article pages: rules read once per host, kept in a bounded cache, read leniently.

A 4xx robots.txt allows everything, and so does one that cannot be read (5xx, network faults) or
parsed, as Google does; only the first MAX_ROBOTS_BYTES are read. A Crawl-delay is returned to the
caller, which slows the host down (`politeness.HostGate.slow_down`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from urllib.parse import urlsplit

from protego import Protego

MAX_ROBOTS_BYTES = 512 * 1024  # what Google reads of a robots.txt; the rest is ignored
ROBOTS_CACHE_HOSTS = 1024  # robots.txt rules kept per Fetcher (least recently used dropped)


class RobotsEntry:
    """The robots.txt rules of one host, loaded once (None: everything allowed)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.loaded = False
        self.rules: Protego | None = None


class RobotsCache:
    """robots.txt entries per host:port, at most `size` of them (least recently used dropped)."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._entries: OrderedDict[str, RobotsEntry] = OrderedDict()
        self._lock = threading.Lock()

    def entry(self, key: str) -> RobotsEntry:
        """The entry of one host, made if new."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                entry = self._entries[key] = RobotsEntry()
                while len(self._entries) > self._size:
                    self._entries.popitem(last=False)
            else:
                self._entries.move_to_end(key)
            return entry


def parse_rules(ok: bool, body: bytes, agent: str) -> tuple[Protego | None, float | None]:
    """(rules, crawl delay) of a robots.txt response; (None, None), allow all, for a 4xx, unreadable or
    broken one (5xx, network faults and rate_limited are allowed too, as documented)."""
    if not ok:
        return None, None
    try:
        rules = Protego.parse(body.decode("utf-8", "replace"))
    except Exception:  # a robots.txt protego cannot read says nothing we could honour
        return None, None
    delay = rules.crawl_delay(agent)
    return rules, float(delay) if delay else None


def robots_url(url: str) -> str:
    """The robots.txt URL of the URL's scheme, host and port."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"

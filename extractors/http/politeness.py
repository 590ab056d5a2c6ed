"""Per-host politeness: concurrency slots, spacing between request starts, and Retry-After blocks.

Politeness is per host (`host:port`): at most `per_host_concurrency` requests at once and at least
`per_host_delay` seconds between two request starts; a host that answered 429/503 with Retry-After is
not asked again before that time (capped at MAX_RETRY_AFTER); a robots.txt Crawl-delay raises the
spacing up to MAX_CRAWL_DELAY.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

MAX_RETRY_AFTER = timedelta(hours=6)
DEFAULT_RETRY_AFTER = timedelta(seconds=60)  # a 429 without Retry-After still earns a pause
MAX_CRAWL_DELAY = 10.0  # seconds: a robots.txt may slow us down, not stall a run


class HostGate:
    """Per-host concurrency slots, start spacing and a Retry-After block."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self.slots = threading.BoundedSemaphore(max(1, concurrency))
        self.delay = max(0.0, delay)
        self.lock = threading.Lock()
        self.next_start = 0.0
        self.blocked_until: datetime | None = None

    def wait_turn(self) -> None:
        """Sleep until this request may start (slot held by the caller)."""
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next_start)
            self.next_start = start + self.delay
        if start > now:
            time.sleep(start - now)

    def blocked(self, now: datetime) -> datetime | None:
        """The time the host is blocked until, if still in the future."""
        with self.lock:
            until = self.blocked_until
        return until if until is not None and until > now else None

    def block(self, until: datetime) -> None:
        """Refuse requests to this host until `until` (never shortening an existing block)."""
        with self.lock:
            if self.blocked_until is None or until > self.blocked_until:
                self.blocked_until = until

    def slow_down(self, delay: float) -> None:
        """Raise the spacing between request starts (a robots.txt Crawl-delay), never lower it."""
        with self.lock:
            self.delay = max(self.delay, min(delay, MAX_CRAWL_DELAY))


def parse_retry_after(value: str | None, now: datetime) -> datetime | None:
    """The time a Retry-After header (seconds or HTTP date) points at, capped; None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return now + min(timedelta(seconds=int(value[:9])), MAX_RETRY_AFTER)
    try:
        when = parsedate_to_datetime(value)
    except (ValueError, TypeError, OverflowError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(max(when, now), now + MAX_RETRY_AFTER)



class HostGates:
    """The politeness gate of every host:port seen, made on first use (thread-safe)."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self._concurrency, self._delay = concurrency, delay
        self._gates: dict[str, HostGate] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> HostGate:
        """The gate of one host:port."""
        with self._lock:
            gate = self._gates.get(key)
            if gate is None:
                gate = self._gates[key] = HostGate(self._concurrency, self._delay)
            return gate


def host_key(url: str) -> str:
    """host:port of a URL, lower-cased, the unit of politeness."""
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        return f"{(parts.hostname or '').lower()}:{port}"
    except ValueError:
        return url

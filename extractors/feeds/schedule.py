"""Adaptive poll scheduling, pure: when should a feed be polled next?

A healthy feed is polled about twice per gap between its new items, never more often than every
MIN_INTERVAL nor less often than MAX_INTERVAL, and never more often than the feed itself asks
(`<ttl>`, `sy:updatePeriod`/`sy:updateFrequency`, `Cache-Control: max-age`). A failing feed backs off
exponentially with jitter up to MAX_INTERVAL; it is never disabled, so it recovers by itself.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

MIN_INTERVAL = timedelta(minutes=5)
MAX_INTERVAL = timedelta(hours=24)
DEFAULT_INTERVAL = timedelta(hours=1)  # a feed we know nothing about yet
FAILURE_BASE = timedelta(minutes=5)
JITTER = 0.2  # +-20 %, so feeds that failed together do not retry together
POLLS_PER_ITEM = 2.0
RATE_WINDOW = timedelta(days=14)

_PERIOD_SECONDS = {"hourly": 3600, "daily": 86400, "weekly": 7 * 86400, "monthly": 30 * 86400,
                   "yearly": 365 * 86400}


def next_poll_at(now: datetime, *, items_per_day: float | None = None, ttl_minutes: float | None = None,
                 update_period_seconds: float | None = None, max_age_seconds: float | None = None,
                 consecutive_failures: int = 0, retry_after: datetime | None = None,
                 rng: random.Random | None = None) -> datetime:
    """The next time to poll a feed, from its item rate, its own hints and its failures."""
    if consecutive_failures > 0:
        interval = failure_backoff(consecutive_failures, rng)
    else:
        interval = _clamp(max(success_interval(items_per_day),
                              _hint(ttl_minutes, update_period_seconds, max_age_seconds)))
    due = now + interval
    if retry_after is not None and retry_after > due:
        due = min(retry_after, now + MAX_INTERVAL)
    return due


def success_interval(items_per_day: float | None) -> timedelta:
    """Interval for a healthy feed: POLLS_PER_ITEM polls per mean gap between new items."""
    if items_per_day is None or items_per_day != items_per_day:  # unknown or NaN
        return DEFAULT_INTERVAL
    if items_per_day <= 0:
        return MAX_INTERVAL
    seconds = 86400.0 / (items_per_day * POLLS_PER_ITEM)
    return _clamp(timedelta(seconds=min(seconds, MAX_INTERVAL.total_seconds())))


def failure_backoff(consecutive_failures: int, rng: random.Random | None = None) -> timedelta:
    """5 min, 10, 20, ... doubling per failure, +-20 % jitter, capped at 24 h."""
    rng = rng or random.Random()
    exponent = min(max(consecutive_failures, 1) - 1, 20)
    base = min(FAILURE_BASE * (2 ** exponent), MAX_INTERVAL)
    return _clamp(base * (1 + rng.uniform(-JITTER, JITTER)))


def items_per_day(dates: Iterable[datetime | None], now: datetime) -> float | None:
    """Rate of new items estimated from entry dates in the last RATE_WINDOW; None without dates."""
    recent = sorted(d for d in dates if d is not None and now - RATE_WINDOW <= d <= now)
    if len(recent) < 2:
        return None if not recent else 1.0 / max((now - recent[0]) / timedelta(days=1), 1.0)
    span_days = max((now - recent[0]) / timedelta(days=1), 1 / 24)
    return len(recent) / span_days


def update_period_seconds(period: str | None, frequency: str | None) -> float | None:
    """Seconds between updates from sy:updatePeriod / sy:updateFrequency (e.g. hourly, 2 -> 1800)."""
    seconds = _PERIOD_SECONDS.get((period or "").strip().lower())
    if seconds is None:
        return None
    try:
        freq = max(1, int((frequency or "1").strip()))
    except ValueError:
        freq = 1
    return seconds / freq


def ttl_minutes(ttl: str | None) -> float | None:
    """RSS <ttl> in minutes, or None when absent or not a positive number."""
    try:
        value = float((ttl or "").strip())
    except ValueError:
        return None
    return value if value > 0 else None


def max_age_seconds(headers: Mapping[str, str]) -> float | None:
    """Cache-Control max-age (or s-maxage) of a response, in seconds."""
    m = re.search(r"(?:s-)?max-age\s*=\s*\"?(\d+)", headers.get("cache-control", ""), re.IGNORECASE)
    return float(m.group(1)) if m else None


def _hint(ttl: float | None, period: float | None, max_age: float | None) -> timedelta:
    """The longest wait the feed asks for; zero when it asks for none."""
    seconds = max((ttl or 0) * 60, period or 0, max_age or 0)
    return timedelta(seconds=min(seconds, MAX_INTERVAL.total_seconds()))  # huge hints must not overflow


def _clamp(interval: timedelta) -> timedelta:
    """Bound an interval to [MIN_INTERVAL, MAX_INTERVAL]."""
    return max(MIN_INTERVAL, min(interval, MAX_INTERVAL))

"""Adaptive scheduling: item rate, feed hints, bounds, failure backoff with jitter."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.feeds.schedule import (
    MAX_INTERVAL,
    MIN_INTERVAL,
    failure_backoff,
    items_per_day,
    max_age_seconds,
    next_poll_at,
    ttl_minutes,
    update_period_seconds,
)

pytestmark = pytest.mark.timeout(30)

NOW = datetime(2024, 6, 1, 12, tzinfo=UTC)


def test_busy_feed_is_polled_often_but_not_below_five_minutes() -> None:
    assert next_poll_at(NOW, items_per_day=48) == NOW + timedelta(minutes=15)  # 2 polls per 30-min gap
    assert next_poll_at(NOW, items_per_day=10_000) == NOW + MIN_INTERVAL


def test_quiet_feed_is_polled_rarely_but_at_least_daily() -> None:
    assert next_poll_at(NOW, items_per_day=1) == NOW + timedelta(hours=12)
    assert next_poll_at(NOW, items_per_day=0.01) == NOW + MAX_INTERVAL
    assert next_poll_at(NOW, items_per_day=0) == NOW + MAX_INTERVAL


def test_unknown_rate_uses_the_default_hour() -> None:
    assert next_poll_at(NOW) == NOW + timedelta(hours=1)
    assert next_poll_at(NOW, items_per_day=float("nan")) == NOW + timedelta(hours=1)


def test_feed_hints_are_respected_and_capped() -> None:
    assert next_poll_at(NOW, items_per_day=48, ttl_minutes=60) == NOW + timedelta(minutes=60)
    assert next_poll_at(NOW, items_per_day=48, update_period_seconds=7200) == NOW + timedelta(hours=2)
    assert next_poll_at(NOW, items_per_day=48, max_age_seconds=1800) == NOW + timedelta(minutes=30)
    assert next_poll_at(NOW, ttl_minutes=60 * 24 * 7) == NOW + MAX_INTERVAL


def test_backoff_doubles_with_jitter_and_caps() -> None:
    rng = random.Random(7)
    waits = [failure_backoff(n, rng) for n in range(1, 16)]
    for n, wait in enumerate(waits[:8], start=1):
        base = timedelta(minutes=5) * 2 ** (n - 1)
        assert max(MIN_INTERVAL, base * 0.8) <= wait <= base * 1.2
    assert all(timedelta(hours=19) <= w <= MAX_INTERVAL for w in waits[10:])
    assert len({failure_backoff(3, random.Random(s)) for s in range(10)}) > 1  # jitter spreads retries


def test_failures_override_rate_and_retry_after_wins() -> None:
    due = next_poll_at(NOW, items_per_day=1000, consecutive_failures=5, rng=random.Random(1))
    assert due >= NOW + timedelta(minutes=64)
    later = NOW + timedelta(hours=3)
    assert next_poll_at(NOW, consecutive_failures=1, retry_after=later) == later
    assert next_poll_at(NOW, retry_after=NOW + timedelta(days=9)) == NOW + MAX_INTERVAL


def test_items_per_day_from_entry_dates() -> None:
    dates = [NOW - timedelta(hours=h) for h in range(0, 48, 2)]  # one item every 2 h for 2 days
    assert items_per_day(dates, NOW) == pytest.approx(24 / (46 / 24), rel=0.01)
    assert items_per_day([], NOW) is None and items_per_day([None], NOW) is None
    assert items_per_day([NOW - timedelta(days=400)], NOW) is None  # too old to say anything
    assert items_per_day([NOW - timedelta(days=3)], NOW) == pytest.approx(1 / 3)


def test_hint_parsers() -> None:
    assert update_period_seconds("hourly", "2") == 1800
    assert update_period_seconds("Daily", None) == 86400
    assert update_period_seconds("sometimes", "2") is None
    assert update_period_seconds("weekly", "zero") == 7 * 86400
    assert ttl_minutes("30") == 30 and ttl_minutes("-1") is None and ttl_minutes("x") is None
    assert ttl_minutes(None) is None
    assert max_age_seconds({"cache-control": "public, max-age=600"}) == 600
    assert max_age_seconds({"cache-control": "no-cache"}) is None and max_age_seconds({}) is None


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.none(), st.just(float("nan")), st.floats(min_value=-10, max_value=1e6)),
       st.one_of(st.none(), st.floats(min_value=0, max_value=1e7)),
       st.one_of(st.none(), st.floats(min_value=0, max_value=1e9)),
       st.integers(min_value=0, max_value=10_000), st.integers(min_value=0, max_value=2**32))
def test_fuzz_always_within_bounds(rate: float | None, ttl: float | None, period: float | None,
                                   failures: int, seed: int) -> None:
    due = next_poll_at(NOW, items_per_day=rate, ttl_minutes=ttl, update_period_seconds=period,
                       consecutive_failures=failures, rng=random.Random(seed))
    assert NOW + MIN_INTERVAL <= due <= NOW + MAX_INTERVAL
